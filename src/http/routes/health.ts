import { Type } from 'typebox';
import type { AppContext } from '../../app/context.js';
import { readiness } from '../../store/database.js';
import type { HeraldServer } from '../types.js';

// Neither route authenticates (a probe carries no credentials, and a cookie must not make it touch
// the database). /readyz answers within the probe timeout (DB_PROBE_TIMEOUT_MS) even when the
// database is frozen, and says "not ready" while writes fail for lack of space (see availability.ts).
export function registerHealthRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/healthz',
    {
      config: { public: true },
      schema: { hide: true, response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get('/readyz', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
    const state = await readiness(ctx.database);
    if (state.ready) return reply.code(200).send({ status: 'ready' });
    return reply.code(503).header('retry-after', '5').send({ status: state.reason });
  });
}
