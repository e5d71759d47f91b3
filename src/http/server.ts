// Builds the HTTP server. The request pipeline, in order: authenticate (onRequest) → validate
// (TypeBox schemas) → use case (which opens the transaction and checks rights) → present.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { DOCS_CSP, registerDocsAssets } from './docsAssets.js';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from '../app/context.js';
import { verificationSecrets, type HeraldConfig } from '../config.js';
import { HeraldError, words } from '../errors.js';
import { registerAuthentication } from './authenticate.js';
import { guardInputOf } from './storableInput.js';
import { sharedRateLimitStore } from './rateLimitStore.js';
import { sendProblem } from './problem.js';
import { problemReader } from './problemReader.js';
import { loggerOptions, RequestLog } from './requestLog.js';
import { registerRoutes } from './routes/index.js';
import { registerMetricsEndpoint, registerMetricsRoutes } from './routes/metrics.js';
import { registerPublicStatusRoutes, type SnapshotFastPath } from './routes/serviceHealth/public.js';
import type { HeraldServer } from './types.js';

export interface ServerOptions {
  logger?: boolean;
  /** Where the log goes (default stdout); tests read it back. */
  logStream?: NodeJS.WritableStream;
}

/**
 * Fastify takes addresses as they are; a hop count becomes "the n nearest addresses are proxies"
 * (as Express counts them), since this Fastify trusts nothing for a bare number. A hop count trusts
 * whoever connects directly, so it fits only where clients cannot bypass the proxy.
 */
function trustProxyOption(
  setting: HeraldConfig['trustProxy'],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address: string, hop: number) => hop < setting : setting;
}

export async function buildServer(ctx: AppContext, options: ServerOptions = {}): Promise<HeraldServer> {
  // The public status snapshot's fixed addresses are answered before Fastify routes a request
  // (src/http/routes/serviceHealth/public.ts, snapshotFastPath); set once those routes exist.
  let fastPath: SnapshotFastPath = () => false;
  const app: HeraldServer = Fastify({
    serverFactory: (handler, fastifyOptions) => {
      const options = fastifyOptions as {
        keepAliveTimeout?: number;
        requestTimeout?: number;
        connectionTimeout?: number;
        maxRequestsPerSocket?: number;
      };
      const server = http.createServer((req, res) => {
        if (!fastPath(req, res)) handler(req, res);
      });
      // What Fastify sets on a server it makes itself (its defaults filled in by then).
      if (options.keepAliveTimeout !== undefined) server.keepAliveTimeout = options.keepAliveTimeout;
      if (options.requestTimeout !== undefined) server.requestTimeout = options.requestTimeout;
      if (options.connectionTimeout !== undefined) server.setTimeout(options.connectionTimeout);
      if (options.maxRequestsPerSocket) server.maxRequestsPerSocket = options.maxRequestsPerSocket;
      return server;
    },
    logger: options.logger ? loggerOptions(ctx.config, options.logStream) : false,
    // One line per request, quiet for the public status routes (src/http/requestLog.ts).
    logController: new RequestLog(ctx.config),
    bodyLimit: 1024 * 1024,
    // A path segment may be as long as a file name (255): unsubscribe links mailed before tokens
    // were short run to about 110 characters, past the router's default of 100. A longer segment
    // matches no parametric route and ends as a 404.
    routerOptions: { maxParamLength: 255 },
    // Off unless TRUST_PROXY says which proxies may set X-Forwarded-For: otherwise any client
    // could pick the address that rate limits are keyed on.
    trustProxy: trustProxyOption(ctx.config.trustProxy),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Only JSON bodies by default: anything else is a 415 that says what to send.
  app.removeContentTypeParser('text/plain');

  const reader = problemReader(ctx);
  app.setErrorHandler((error, request, reply) => sendProblem(request, reply, error as Error, reader));
  // Registered first, at the root: the OpenAPI document sees every route, in every context below.
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Herald API',
        version: '0.1.0',
        description: 'Service health, maintenance, updates and Message Center.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'A personal API token from `herald token create`' },
          session: { type: 'apiKey', in: 'cookie', name: 'herald_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
  });
  app.addHook('onRoute', guardInputOf);
  registerMetricsRoutes(app);

  // The public status snapshot (page, Statuspage JSON, feeds, badge, embed) sits at the root,
  // outside the context below: it is most of the traffic, answers everybody the same from memory
  // and sets fixed headers of its own, so none of cookies, CSRF, helmet, rate limits or
  // authentication has anything to do for it — and their hooks (helmet's builds its middleware
  // per request, an async hook costs a promise) were most of its cost per request.
  fastPath = await registerPublicStatusRoutes(app, ctx);

  // Everything else: the API, the console, sign-in, the docs.
  await app.register(async (scope) => {
    const main = scope as unknown as HeraldServer;
    // In this context, so that a 404 passes through the same hooks (helmet's headers) as the rest.
    main.setNotFoundHandler((request, reply) =>
      sendProblem(
        request,
        reply,
        new HeraldError(
          'HERALD_NOT_FOUND',
          words('problem.noRoute', { method: request.method, path: request.url.split('?')[0]! }),
        ),
        reader,
      ),
    );

    // Signs with HERALD_SECRET; during a rotation also accepts what HERALD_SECRET_PREVIOUS signed.
    await main.register(cookie, { secret: verificationSecrets(ctx.config) });
    // The CSRF token is bound to the session it was issued for (the session cookie is mixed into its
    // HMAC), so a token and `_csrf` cookie pair taken from one user is refused in another's session.
    await main.register(csrf, {
      sessionPlugin: '@fastify/cookie',
      cookieOpts: {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        signed: true,
        secure: ctx.config.publicUrl.startsWith('https://'),
      },
      getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
      getUserInfo: (request) => request.sessionToken ?? '',
      csrfOpts: { hmacKey: createHmac('sha256', ctx.config.secret).update('herald csrf').digest() },
    });
    await main.register(helmet, {
      // The console and the docs page load only our own scripts; inline styles are used by the
      // server-rendered status page.
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
        },
      },
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    });
    await main.register(rateLimit, {
      global: false,
      store: sharedRateLimitStore(ctx),
      errorResponseBuilder: (_request, context) =>
        new HeraldError('HERALD_RATE_LIMITED', words('problem.tooManyAttempts', { after: context.after })),
    });
    await main.register(swaggerUi, { routePrefix: '/docs', staticCSP: DOCS_CSP, uiConfig: { validatorUrl: null } });
    registerDocsAssets(main);
    main.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

    registerAuthentication(main, ctx);
    registerMetricsEndpoint(main, ctx);
    await registerRoutes(main, ctx);
  });
  return app;
}
