// Console sign-in: email and password into an HttpOnly, SameSite session cookie.
import { Type } from 'typebox';
import { signIn, signOut, SESSION_HOURS } from '../../app/auth.js';
import type { AppContext } from '../../app/context.js';
import { unauthenticated } from '../../errors.js';
import { SESSION_COOKIE } from '../authenticate.js';
import { signInLimitKey } from '../rateLimitStore.js';
import { MeSchema, presentMe } from '../presenters/actor.js';
import type { HeraldServer } from '../types.js';

const SessionSchema = Type.Object({ person: MeSchema, csrfToken: Type.String() });

export function registerSessionRoutes(app: HeraldServer, ctx: AppContext): void {
  const secure = ctx.config.publicUrl.startsWith('https://');

  app.post(
    '/api/session',
    {
      schema: {
        tags: ['sign-in'],
        summary: 'Sign in with email and password; sets the session cookie',
        body: Type.Object({ email: Type.String({ minLength: 3, maxLength: 320 }), password: Type.String({ minLength: 1, maxLength: 1024 }) }, { additionalProperties: false }),
        response: { 200: SessionSchema },
      },
      config: {
        rateLimit: {
          max: ctx.config.signInAttemptsPerMinute,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (request: { ip: string; body?: unknown }) => signInLimitKey(request.ip, (request.body as { email?: unknown } | undefined)?.email),
        },
      },
    },
    async (request, reply) => {
      const { token, expiresAt, actor } = await signIn(ctx, request.body.email, request.body.password);
      reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt, maxAge: SESSION_HOURS * 3600 });
      return { person: presentMe(actor)!, csrfToken: reply.generateCsrf({ userInfo: token }) };
    },
  );

  app.get('/api/session', { schema: { tags: ['sign-in'], summary: 'Who am I, and the CSRF token for changes', response: { 200: SessionSchema } } }, async (request, reply) => {
    const me = presentMe(request.actor);
    if (!me) throw unauthenticated();
    // A bearer token needs no CSRF token; it still gets one bound to no session.
    return { person: me, csrfToken: reply.generateCsrf({ userInfo: request.sessionToken ?? '' }) };
  });

  app.delete('/api/session', { schema: { tags: ['sign-in'], summary: 'Sign out' } }, async (request, reply) => {
    if (request.sessionToken) await signOut(ctx, request.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });
}
