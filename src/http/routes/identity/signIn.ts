// Single sign-on in the browser: home-realm discovery from the email, the redirect to the
// identity provider, its callback (which ends in Herald's session cookie) and the provider's
// back-channel logout.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { SignInProblem, startSignIn, verifyCallback, verifyLogoutToken } from '../../../app/identity/oidc.js';
import { providerForEmail } from '../../../app/identity/providers.js';
import { endProviderSessions, signInVerified } from '../../../app/identity/signInPerson.js';
import { SESSION_HOURS } from '../../../app/auth.js';
import { checkEmail, normaliseEmail } from '../../../domain/directory.js';
import { invalid } from '../../../errors.js';
import { SESSION_COOKIE } from '../../authenticate.js';
import type { HeraldServer } from '../../types.js';
import { sendSignInPage } from './page.js';

const tags = ['sign-in'];

export function registerSignInRoutes(app: HeraldServer, ctx: AppContext): void {
  const secure = ctx.config.publicUrl.startsWith('https://');

  app.post(
    '/api/sign-in/discover',
    {
      schema: {
        tags,
        summary: 'How this email signs in: through its organisation’s identity provider, or with a password',
        body: Type.Object({ email: Type.String({ minLength: 3, maxLength: 320 }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            method: Type.Union([Type.Literal('oidc'), Type.Literal('password')]),
            providerName: Type.Optional(Type.String()),
            redirectUrl: Type.Optional(Type.String()),
            passwordAllowed: Type.Boolean(),
          }),
        },
      },
      config: { rateLimit: { max: ctx.config.signInAttemptsPerMinute, timeWindow: '1 minute' } },
    },
    async (request) => {
      const email = normaliseEmail(request.body.email);
      const problem = checkEmail(email);
      if (problem) throw invalid('body.email', problem);
      const provider = await providerForEmail(ctx, email);
      if (!provider) return { method: 'password' as const, passwordAllowed: true };
      return {
        method: 'oidc' as const,
        providerName: provider.name,
        redirectUrl: `/auth/oidc/${encodeURIComponent(provider.key)}/start?login_hint=${encodeURIComponent(email)}`,
        passwordAllowed: provider.passwordFallback,
      };
    },
  );

  app.get(
    '/auth/oidc/:providerKey/start',
    {
      schema: {
        tags,
        summary: 'Sends the browser to the identity provider',
        params: Type.Object({ providerKey: Type.String({ maxLength: 100 }) }),
        querystring: Type.Object({ login_hint: Type.Optional(Type.String({ maxLength: 320 })) }),
      },
    },
    async (request, reply) => {
      try {
        const url = await startSignIn(ctx, request.params.providerKey, request.query.login_hint);
        return reply.header('cache-control', 'no-store').redirect(url.href, 302);
      } catch (error) {
        if (error instanceof SignInProblem) return sendSignInPage(reply, error.status, error.title, error.message);
        throw error;
      }
    },
  );

  app.get(
    '/auth/oidc/callback',
    { schema: { tags, summary: 'Where the identity provider sends the browser back' } },
    async (request, reply) => {
      try {
        const url = new URL(request.url, ctx.config.publicUrl);
        const verified = await verifyCallback(ctx, url);
        const result = await signInVerified(ctx, verified.provider, verified.claims, { ip: request.ip });
        if ('pending' in result) {
          return sendSignInPage(
            reply,
            202,
            'Waiting for approval',
            'Your organisation asks its administrators to approve new people. You will be able to sign in once one of them has.',
          );
        }
        reply.setCookie(SESSION_COOKIE, result.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure,
          expires: result.expiresAt,
          maxAge: SESSION_HOURS * 3600,
        });
        return reply.header('cache-control', 'no-store').redirect('/', 302);
      } catch (error) {
        if (error instanceof SignInProblem) return sendSignInPage(reply, error.status, error.title, error.message);
        throw error;
      }
    },
  );

  // OpenID Connect Back-Channel Logout 1.0: the provider posts a signed logout token as a form.
  app.register(async (logout) => {
    logout.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 64 * 1024 },
      (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      },
    );
    logout.post(
      '/auth/oidc/backchannel-logout',
      { schema: { tags, summary: 'The identity provider ends the Herald sessions of a provider session' } },
      async (request, reply) => {
        const token = (request.body as { logout_token?: unknown } | undefined)?.logout_token;
        reply.header('cache-control', 'no-store');
        if (typeof token !== 'string' || !token)
          return reply.code(400).send({ error: 'invalid_request', error_description: 'logout_token is required' });
        try {
          const ended = await verifyLogoutToken(ctx, token);
          await endProviderSessions(ctx, ended.provider, ended);
          return reply.code(200).send();
        } catch (error) {
          if (error instanceof SignInProblem)
            return reply.code(400).send({ error: 'invalid_request', error_description: error.message });
          throw error;
        }
      },
    );
  });
}
