// Console sign-in: email and password into an HttpOnly, SameSite session cookie.
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { signIn, signInWithLink, signOut, SESSION_HOURS } from '../../app/auth.js';
import { endMyOtherSessions, endMySession, listMySessions } from '../../app/sessions.js';
import type { AppContext } from '../../app/context.js';
import { unauthenticated } from '../../errors.js';
import { SESSION_COOKIE } from '../authenticate.js';
import { signInLimitKey } from '../rateLimitStore.js';
import { presentMe } from '../presenters/actor.js';
import type { HeraldServer } from '../types.js';
import { SessionSchema, SessionInfoSchema } from '../../shared/contracts/session.js';

/** Where a sign-in came from, so a person can tell their sessions apart (and the audit log says). */
const originOf = (request: FastifyRequest) => ({ userAgent: request.headers['user-agent'] ?? null, ip: request.ip });

export function registerSessionRoutes(app: HeraldServer, ctx: AppContext): void {
  const secure = ctx.config.publicUrl.startsWith('https://');

  app.post(
    '/api/session',
    {
      schema: {
        tags: ['sign-in'],
        summary: 'Sign in with email and password; sets the session cookie',
        body: Type.Object(
          {
            email: Type.String({ minLength: 3, maxLength: 320 }),
            password: Type.String({ minLength: 1, maxLength: 1024 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: SessionSchema },
      },
      config: {
        rateLimit: {
          max: ctx.config.signInAttemptsPerMinute,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (request: { ip: string; body?: unknown }) =>
            signInLimitKey(request.ip, (request.body as { email?: unknown } | undefined)?.email),
        },
      },
    },
    async (request, reply) => {
      const { token, expiresAt, actor } = await signIn(
        ctx,
        request.body.email,
        request.body.password,
        originOf(request),
      );
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure,
        expires: expiresAt,
        maxAge: SESSION_HOURS * 3600,
      });
      return { person: presentMe(actor)!, csrfToken: reply.generateCsrf({ userInfo: token }) };
    },
  );

  // The link printed by `herald operator add`: sets a password and signs in, once.
  app.post(
    '/api/session/link',
    {
      schema: {
        tags: ['sign-in'],
        summary: 'Sign in with a one-time link and set a password; sets the session cookie',
        body: Type.Object(
          {
            token: Type.String({ minLength: 1, maxLength: 200 }),
            password: Type.String({ minLength: 1, maxLength: 1024 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: SessionSchema },
      },
      config: { rateLimit: { max: ctx.config.signInAttemptsPerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token, expiresAt, actor } = await signInWithLink(
        ctx,
        request.body.token,
        request.body.password,
        originOf(request),
      );
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure,
        expires: expiresAt,
        maxAge: SESSION_HOURS * 3600,
      });
      return { person: presentMe(actor)!, csrfToken: reply.generateCsrf({ userInfo: token }) };
    },
  );

  app.get(
    '/api/me/sessions',
    {
      schema: {
        tags: ['sign-in'],
        summary: 'Where you are signed in: your sessions that have not expired',
        response: { 200: Type.Array(SessionInfoSchema) },
      },
    },
    async (request) => listMySessions(ctx, request.actor, request.sessionToken),
  );

  app.delete(
    '/api/me/sessions/:id',
    {
      schema: {
        tags: ['sign-in'],
        summary: 'End one of your sessions (sign that browser out)',
        params: Type.Object({ id: Type.String({ maxLength: 128 }) }),
      },
    },
    async (request, reply) => {
      await endMySession(ctx, request.actor, request.params.id);
      return reply.code(204).send();
    },
  );

  app.delete(
    '/api/me/sessions',
    {
      schema: {
        tags: ['sign-in'],
        summary: 'End all your sessions but this one',
        response: { 200: Type.Object({ ended: Type.Integer() }) },
      },
    },
    async (request) => ({ ended: await endMyOtherSessions(ctx, request.actor, request.sessionToken) }),
  );

  app.get(
    '/api/session',
    {
      schema: {
        tags: ['sign-in'],
        summary: 'Who am I, and the CSRF token for changes',
        response: { 200: SessionSchema },
      },
    },
    async (request, reply) => {
      const me = presentMe(request.actor);
      if (!me) throw unauthenticated();
      // A bearer token needs no CSRF token; it still gets one bound to no session.
      return { person: me, csrfToken: reply.generateCsrf({ userInfo: request.sessionToken ?? '' }) };
    },
  );

  app.delete('/api/session', { schema: { tags: ['sign-in'], summary: 'Sign out' } }, async (request, reply) => {
    if (request.sessionToken) await signOut(ctx, request.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });
}
