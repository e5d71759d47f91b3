// GET /metrics (Prometheus text format) on the public port, only when METRICS_TOKEN is set and
// only for `Authorization: Bearer <METRICS_TOKEN>`; without the setting it is not there at all
// (use METRICS_PORT for a listener of its own, see src/observability/metricsServer.ts). Also
// counts and times every request by its route pattern.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../app/context.js';
import { HeraldError, words } from '../../errors.js';
import { METRICS_CONTENT_TYPE, metricsText, recordHttpRequest } from '../../observability/metrics.js';
import type { HeraldServer } from '../types.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Counts and times every request, in every context (registered at the root). */
export function registerMetricsRoutes(app: HeraldServer): void {
  // A callback hook, not an async one: it runs on every request, and a promise per request for
  // synchronous work is the larger part of its cost.
  app.addHook('onResponse', (request, reply, done) => {
    // The pattern, not the URL: one series per route, however many ids are asked for.
    recordHttpRequest(
      request.method,
      request.routeOptions.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });
}

/** GET /metrics, when METRICS_TOKEN is set. */
export function registerMetricsEndpoint(app: HeraldServer, ctx: AppContext): void {
  const token = ctx.config.metricsToken;
  if (!token) return;
  const expected = digest(token);
  app.get('/metrics', { schema: { hide: true }, config: { ownBearer: true } }, async (request, reply) => {
    const given = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!given || !timingSafeEqual(digest(given), expected)) {
      throw new HeraldError(
        'HERALD_UNAUTHENTICATED',
        words('problem.metrics.token', { header: 'Authorization: Bearer <METRICS_TOKEN>' }),
      );
    }
    return reply
      .type(METRICS_CONTENT_TYPE)
      .header('cache-control', 'no-store')
      .send(await metricsText(ctx));
  });
}
