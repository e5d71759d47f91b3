import { Type } from 'typebox';
import type { AppContext } from '../../app/context.js';
import { isReachable } from '../../store/database.js';
import type { HeraldServer } from '../types.js';

export function registerHealthRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get('/healthz', { schema: { hide: true, response: { 200: Type.Object({ status: Type.Literal('ok') }) } } }, async () => ({ status: 'ok' as const }));

  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const up = await isReachable(ctx.database);
    return reply.code(up ? 200 : 503).send({ status: up ? 'ready' : 'database unreachable' });
  });
}
