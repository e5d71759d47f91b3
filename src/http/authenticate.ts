// Step one of every request: who is acting. A bearer token wins over the session cookie; a bad
// token is an error (never silently anonymous), a stale cookie is simply cleared.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorFromApiToken, actorFromSession } from '../app/auth.js';
import type { AppContext } from '../app/context.js';
import { anonymous } from '../domain/actor.js';
import { unauthenticated } from '../errors.js';
import type { HeraldServer } from './types.js';

export const SESSION_COOKIE = 'herald_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAuthentication(app: HeraldServer, ctx: AppContext): void {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('authMethod', 'none');
  app.decorateRequest('sessionToken', null);

  // Attached route by route (not as a global hook), so that public routes (`config: { public: true }`:
  // the status page, its JSON, feeds, the console's files, health probes) skip it entirely. They
  // answer everybody the same, from memory: finding out who is asking would only make a signed-in
  // visitor wait on the database, and fail with it. Their handlers never read the actor, and they
  // are the hottest path under a crowd.
  app.addHook('onRoute', (route) => {
    if ((route.config as { public?: boolean } | undefined)?.public === true) return;
    const own = route.onRequest ? (Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest]) : [];
    route.onRequest = [authenticate, ...own];
  });
  async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    request.actor = anonymous;
    request.authMethod = 'none';
    // A route with a bearer of its own (GET /metrics and METRICS_TOKEN) checks it itself.
    if ((request.routeOptions.config as { ownBearer?: boolean } | undefined)?.ownBearer === true) return;
    const header = request.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const actor = match ? await actorFromApiToken(ctx, match[1]!) : null;
      if (!actor) throw unauthenticated('problem.auth.badToken');
      request.actor = actor;
      request.authMethod = 'token';
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const actor = await actorFromSession(ctx, cookie);
    if (!actor) {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return;
    }
    request.actor = actor;
    request.authMethod = 'session';
    request.sessionToken = cookie;
    // A cookie is sent by the browser on its own, so a change made with one must also carry the
    // CSRF token that only our own pages can read. Bearer tokens are never sent implicitly. Routes
    // whose URL itself carries a signed proof of intent (unsubscribe links) say `csrfExempt`.
    const exempt = request.routeOptions.config.csrfExempt === true;
    if (!SAFE_METHODS.has(request.method) && !exempt) {
      await new Promise<void>((resolve, reject) => {
        app.csrfProtection(request, reply, (err?: Error) => (err ? reject(err) : resolve()));
      });
    }
  }
}
