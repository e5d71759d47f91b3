// The public status: /status (HTML), the Statuspage-compatible /api/v2, the history feeds (also at
// Statuspage's /history.atom and /history.rss, whole or per component), the badge (/badge.svg)
// and the embed (/embed), served from the in-memory snapshot (src/http/pages/publicSnapshot.ts) —
// no database on the way, so it stays fast under visitors and keeps answering while the database
// is down. Anonymous (`public`: no authentication, even for a visitor with a session cookie),
// cacheable, and open to any origin: GET carries Access-Control-Allow-Origin and a browser's
// preflight (OPTIONS) is answered, so a script on another site may send If-None-Match.
// What has words (the page, feeds, badge, embed) is in the visitor's language: `?lang=`, else
// Accept-Language, else the provider's; those answers say `Vary: Accept-Language` and carry the
// language's own ETag.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type, type TSchema } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { HeraldError, words } from '../../../errors.js';
import { localeFor, visitorLocale } from '../../language.js';
import { compressedBody, preferredEncoding, type Encoding } from '../../pages/compressed.js';
import {
  ATOM_TYPE,
  badgeFile,
  BADGE_FILE,
  EMBED_FILE,
  RSS_TYPE,
  siteFile,
  STATUS_PAGE_FILE,
  type SiteFile,
} from '../../pages/publicSite.js';
import { renderAtom, renderRss } from '../../pages/feeds.js';
import { releasePublicSnapshot, startPublicSnapshot, type PublicSnapshot } from '../../pages/publicSnapshot.js';
import { StatuspageSchemas } from '../../presenters/statuspage.js';
import { countHttpAnswer } from '../../../observability/metrics.js';
import { lazyRequestLogger } from '../../requestLog.js';
import type { HeraldServer } from '../../types.js';

// Short enough that a visitor sees a change within seconds; long enough for a CDN to absorb a crowd.
const CACHE_CONTROL = 'public, max-age=10, stale-if-error=86400';

// These routes skip @fastify/helmet, which builds its middleware anew on every request — the
// largest cost of the whole pipeline for a response served from memory. The protections that
// matter here, fixed once: the page needs nothing but its own inline styles and may not be framed
// elsewhere (except /embed); nothing is to be sniffed into another type. Images from https for
// the branding's logo.
const PAGE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
};
const API_HEADERS = { 'x-content-type-options': 'nosniff', 'access-control-allow-origin': '*' };
// An SVG opened on its own is a document: ours has no script, and may load nothing either.
const BADGE_HEADERS = { ...API_HEADERS, 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" };

// A browser's preflight before a cross-origin GET that sets a header (If-None-Match, a custom
// one): allowed for any origin, cached by the browser for a day. Nothing here reads cookies,
// so no Allow-Credentials.
const PREFLIGHT_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers':
    'Accept, Accept-Language, Content-Language, Content-Type, If-None-Match, If-Modified-Since, Cache-Control, X-Requested-With',
  'access-control-max-age': '86400',
  vary: 'origin, access-control-request-method, access-control-request-headers',
};

/**
 * If-None-Match by weak comparison (RFC 9110 §13.1.2): `*` matches any current file, and an entry
 * of a comma-separated list matches when its opaque tag equals ours, with or without `W/`.
 */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const ours = etag.replace(/^W\//, '');
  return (header.match(/(W\/)?"[^"]*"/g) ?? []).some((tag) => tag.replace(/^W\//, '') === ours);
}

const DOCUMENTS: { file: string; summary: string; schema?: TSchema }[] = [
  {
    file: 'summary.json',
    summary: 'Status, components, unresolved incidents and upcoming or active maintenance',
    schema: StatuspageSchemas.summary,
  },
  {
    file: 'status.json',
    summary: 'The overall status indicator and its description',
    schema: StatuspageSchemas.status,
  },
  {
    file: 'components.json',
    summary: 'One group per region, one component per service',
    schema: StatuspageSchemas.components,
  },
  { file: 'incidents.json', summary: 'The 50 most recent public incidents', schema: StatuspageSchemas.incidents },
  {
    file: 'incidents/unresolved.json',
    summary: 'Public incidents still going on',
    schema: StatuspageSchemas.incidents,
  },
  {
    file: 'scheduled-maintenances.json',
    summary: 'The 50 most recent scheduled maintenances',
    schema: StatuspageSchemas.scheduledMaintenances,
  },
  {
    file: 'scheduled-maintenances/upcoming.json',
    summary: 'Maintenance not started yet',
    schema: StatuspageSchemas.scheduledMaintenances,
  },
  {
    file: 'scheduled-maintenances/active.json',
    summary: 'Maintenance in progress or being verified',
    schema: StatuspageSchemas.scheduledMaintenances,
  },
  { file: 'history.atom', summary: 'Public incident history (Atom)' },
  { file: 'history.rss', summary: 'Public incident history (RSS 2.0)' },
  { file: 'maintenance.ics', summary: 'Scheduled maintenance (iCalendar)' },
];

/** One way of answering with a file: its full headers and its body, both made once. */
interface Variant {
  headers: Record<string, string>;
  /** Text when uncompressed: Node then writes the head and the body in one system call. */
  body: string | Buffer;
}

/** A snapshot file's answers, made on first request and kept with the file (until the next snapshot). */
interface Prepared {
  identity: Variant;
  /** 304: the same validators and caching headers, no body length. */
  notModified: Record<string, string>;
  encoded: Partial<Record<Encoding, Variant | null>>;
}

const preparedOf = new WeakMap<SiteFile, Prepared>();

function prepare(file: SiteFile, embedHeaders: Record<string, string>): Prepared {
  let prepared = preparedOf.get(file);
  if (!prepared) {
    const base =
      file.path === STATUS_PAGE_FILE
        ? PAGE_HEADERS
        : file.path === EMBED_FILE
          ? embedHeaders
          : file.path === BADGE_FILE
            ? BADGE_HEADERS
            : API_HEADERS;
    const notModified = {
      ...base,
      'content-type': file.contentType,
      etag: file.etag,
      'cache-control': CACHE_CONTROL,
      ...(file.language
        ? { vary: 'accept-encoding, accept-language', 'content-language': file.language }
        : { vary: 'accept-encoding' }),
    };
    prepared = {
      identity: {
        headers: { ...notModified, 'content-length': String(file.body.length) },
        body: file.body.toString('utf8'),
      },
      notModified,
      encoded: {},
    };
    preparedOf.set(file, prepared);
  }
  return prepared;
}

/** The file in `encoding`, or null when it is too small to be worth compressing. */
function encodedVariant(file: SiteFile, prepared: Prepared, encoding: Encoding): Variant | null {
  let variant = prepared.encoded[encoding];
  if (variant === undefined) {
    const body = compressedBody(file, encoding);
    variant = body
      ? {
          headers: {
            ...prepared.identity.headers,
            'content-encoding': encoding,
            'content-length': String(body.length),
          },
          body,
        }
      : null;
    prepared.encoded[encoding] = variant;
  }
  return variant;
}

const preparing = () => new HeraldError('HERALD_UNAVAILABLE', 'problem.status.preparing');

/** What to answer with for a snapshot file: 304 when the client has it, else the body (compressed when asked). */
function answerFor(
  file: SiteFile,
  embedHeaders: Record<string, string>,
  ifNoneMatch: string | undefined,
  acceptEncoding: string | undefined,
): { status: 200 | 304; headers: Record<string, string>; body?: string | Buffer } {
  const prepared = prepare(file, embedHeaders);
  if (ifNoneMatch !== undefined && noneMatch(ifNoneMatch, file.etag)) {
    return { status: 304, headers: prepared.notModified };
  }
  const encoding = acceptEncoding === undefined ? null : preferredEncoding(acceptEncoding);
  const variant = (encoding && encodedVariant(file, prepared, encoding)) || prepared.identity;
  return { status: 200, headers: variant.headers, body: variant.body };
}

/**
 * Answers with a snapshot file. Every header and body was made when the file was first asked
 * for, so a request is a lookup.
 */
function sendFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: SiteFile | undefined,
  embedHeaders: Record<string, string>,
) {
  if (!file) throw preparing();
  const answer = answerFor(file, embedHeaders, request.headers['if-none-match'], request.headers['accept-encoding']);
  return reply.code(answer.status).headers(answer.headers).send(answer.body);
}

/**
 * The snapshot's fixed addresses answered straight from the HTTP server, before Fastify routes
 * the request (see buildServer's serverFactory). These answers need nothing of the pipeline — no
 * hook, no body, no validation, no actor — yet building Fastify's request, reply and logger cost
 * as much as the answer itself; under a crowd on the status page that halves what a node serves.
 * The answer is the one the route below gives (same `answerFor`); anything else (a query string,
 * another method, no snapshot yet, the server closing, debug logging that wants a line per
 * request) returns false and goes through Fastify as usual. Counted in the HTTP metrics like any
 * route, though not timed (see countHttpAnswer).
 */
export type SnapshotFastPath = (req: IncomingMessage, res: ServerResponse) => boolean;

/** A fixed address's snapshot file; `worded` files come in the visitor's language (Accept-Language). */
interface FixedFile {
  path: string;
  worded: boolean;
}

function snapshotFastPath(
  snapshot: PublicSnapshot,
  paths: ReadonlyMap<string, FixedFile>,
  embedHeaders: Record<string, string>,
  state: { closing: boolean },
): SnapshotFastPath {
  return (req, res) => {
    const method = req.method;
    if ((method !== 'GET' && method !== 'HEAD') || state.closing) return false;
    const url = req.url!;
    const fixed = paths.get(url);
    if (fixed === undefined) return false;
    const locale = fixed.worded
      ? localeFor(undefined, req.headers['accept-language'], snapshot.defaultLocale)
      : undefined;
    const file = snapshot.get(fixed.path, locale);
    if (!file) return false;
    const answer = answerFor(file, embedHeaders, req.headers['if-none-match'], req.headers['accept-encoding']);
    res.writeHead(answer.status, answer.headers);
    // HEAD: Node sends the headers (with the body's length) and drops the body.
    res.end(answer.body);
    countHttpAnswer(method, url, answer.status);
    return true;
  };
}

function serve(snapshot: PublicSnapshot, path: string, embedHeaders: Record<string, string>, worded = false) {
  return (request: FastifyRequest, reply: FastifyReply) =>
    sendFile(
      request,
      reply,
      snapshot.get(path, worded ? visitorLocale(request, snapshot.defaultLocale) : undefined),
      embedHeaders,
    );
}

// Public, anonymous and served from memory: no authentication hook (src/http/authenticate.ts) and
// no helmet; the request log keeps them at debug and their logger is made only if a line is
// written (src/http/requestLog.ts).
const PUBLIC_ROUTE = { config: { public: true }, childLoggerFactory: lazyRequestLogger } as const;

const lang = Type.Optional(
  Type.String({
    maxLength: 35,
    description: 'A language (en, fr, de, es, pt-BR, ja, ar); before Accept-Language; an unknown one is passed over',
  }),
);
const LangQuery = Type.Object({ lang });
const FeedQuery = Type.Object({
  lang,
  component: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'Only incidents touching this component or region group (an id from components.json)',
    }),
  ),
});
const BadgeQuery = Type.Object({
  lang,
  region: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, description: 'A region code (e.g. EUR) or its group id (region.eur)' }),
  ),
  service: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'A service id, as in components.json (alone: its worst status in any region)',
    }),
  ),
});

/**
 * Registers the public status routes; returns the fast path for their fixed addresses (unused
 * under `inject`, which enters Fastify directly).
 */
export async function registerPublicStatusRoutes(app: HeraldServer, ctx: AppContext): Promise<SnapshotFastPath> {
  const snapshot = await startPublicSnapshot(ctx, {
    onError: (err, what) => app.log.error({ err }, `${what} failed; the last snapshot stays in service`),
  });
  app.addHook('onClose', async () => releasePublicSnapshot(ctx));

  // The embed is the one page other sites may frame, and only those EMBED_FRAME_ANCESTORS names.
  const embedHeaders = {
    ...PAGE_HEADERS,
    'content-security-policy': PAGE_HEADERS['content-security-policy'].replace(
      "frame-ancestors 'self'",
      `frame-ancestors ${ctx.config.embedFrameAncestors}`,
    ),
  };
  const tags = ['public status'];

  // URL → snapshot file, for the fast path: the routes below whose answer is a snapshot file as is.
  const fixed = new Map<string, FixedFile>();
  const state = { closing: false };
  app.addHook('preClose', async () => {
    state.closing = true;
  });

  app.get(
    '/status',
    {
      ...PUBLIC_ROUTE,
      schema: {
        tags,
        summary: 'The public status page (HTML, no JavaScript needed), in the visitor’s language',
        security: [],
        querystring: LangQuery,
      },
    },
    serve(snapshot, STATUS_PAGE_FILE, embedHeaders, true),
  );
  fixed.set('/status', { path: STATUS_PAGE_FILE, worded: true });
  for (const d of DOCUMENTS) {
    if (d.file === 'history.atom' || d.file === 'history.rss') continue;
    app.get(
      `/api/v2/${d.file}`,
      {
        ...PUBLIC_ROUTE,
        schema: {
          tags: ['public status (Statuspage v2)'],
          summary: d.summary,
          security: [],
          ...(d.schema ? { response: { 200: d.schema } } : {}),
        },
      },
      serve(snapshot, `api/v2/${d.file}`, embedHeaders),
    );
    fixed.set(`/api/v2/${d.file}`, { path: `api/v2/${d.file}`, worded: false });
  }

  // The history feeds at Statuspage's addresses and Herald's first ones; ?component= narrows one
  // to a component or region group, made on first request from the snapshot (src/http/pages/feeds.ts).
  for (const [format, type] of [
    ['atom', ATOM_TYPE],
    ['rss', RSS_TYPE],
  ] as const) {
    const render = format === 'atom' ? renderAtom : renderRss;
    const handler = (request: FastifyRequest<{ Querystring: { component?: string } }>, reply: FastifyReply) => {
      const id = request.query.component;
      const locale = visitorLocale(request, snapshot.defaultLocale);
      if (!id) return sendFile(request, reply, snapshot.get(`history.${format}`, locale), embedHeaders);
      const file = snapshot.derived(
        `history.${format}?component=${id}`,
        (data, view, t) => {
          const component = view.components.find((c) => c.id === id);
          if (!component)
            throw new HeraldError('HERALD_NOT_FOUND', words('problem.status.noComponent', { id }), [
              {
                field: 'query.component',
                message: 'problem.status.componentField',
              },
            ]);
          return {
            ...siteFile(
              `history.${format}`,
              type,
              render(data, view, t, { componentId: id, componentName: component.name }),
            ),
            language: t.locale,
          };
        },
        locale,
      );
      return sendFile(request, reply, file, embedHeaders);
    };
    const summary = `Public incident history (${format === 'atom' ? 'Atom' : 'RSS 2.0'}), of the whole page or one component`;
    for (const url of [`/history.${format}`, `/api/v2/history.${format}`]) {
      app.get(url, { ...PUBLIC_ROUTE, schema: { tags, summary, security: [], querystring: FeedQuery } }, handler);
      fixed.set(url, { path: `history.${format}`, worded: true });
    }
  }

  app.get(
    '/badge.svg',
    {
      ...PUBLIC_ROUTE,
      schema: {
        tags,
        summary: 'An SVG status badge of the whole page, a region, a service, or a service in a region',
        security: [],
        querystring: BadgeQuery,
      },
    },
    (request, reply) => {
      const { region, service } = request.query;
      const locale = visitorLocale(request, snapshot.defaultLocale);
      if (!region && !service) return sendFile(request, reply, snapshot.get(BADGE_FILE, locale), embedHeaders);
      const file = snapshot.derived(
        `badge?region=${region ?? ''}&service=${service ?? ''}`,
        (data, view, t) => badgeFile(data, view, { region, service }, t),
        locale,
      );
      return sendFile(request, reply, file, embedHeaders);
    },
  );
  fixed.set('/badge.svg', { path: BADGE_FILE, worded: true });
  app.get(
    '/embed',
    {
      ...PUBLIC_ROUTE,
      schema: {
        tags,
        summary: 'A script-free status snippet for an iframe (framing allowed per EMBED_FRAME_ANCESTORS)',
        security: [],
        querystring: LangQuery,
      },
    },
    serve(snapshot, EMBED_FILE, embedHeaders, true),
  );
  fixed.set('/embed', { path: EMBED_FILE, worded: true });

  // CORS preflight for everything another site's script may fetch.
  const preflight = { ...PUBLIC_ROUTE, schema: { hide: true } };
  const answerPreflight = (_request: FastifyRequest, reply: FastifyReply) =>
    reply.code(204).headers(PREFLIGHT_HEADERS).send();
  for (const url of ['/api/v2/*', '/history.atom', '/history.rss', '/badge.svg'])
    app.options(url, preflight, answerPreflight);

  // With debug logging on, every request is to be logged: Fastify's log controller does that.
  const debugOn = ctx.config.logLevel === 'debug' || ctx.config.logLevel === 'trace';
  return debugOn ? () => false : snapshotFastPath(snapshot, fixed, embedHeaders, state);
}
