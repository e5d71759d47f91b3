// The public status: /status (HTML) and the Statuspage-compatible /api/v2, served from the
// in-memory snapshot (src/http/pages/publicSnapshot.ts) — no database on the way, so it stays
// fast under visitors and keeps answering while the database is down. Anonymous (`public`: no
// authentication, even for a visitor with a session cookie), cacheable, and open to any origin for GET.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { HeraldError } from '../../../errors.js';
import { compressedBody, preferredEncoding } from '../../pages/compressed.js';
import { STATUS_PAGE_FILE, type SiteFile } from '../../pages/publicSite.js';
import { releasePublicSnapshot, startPublicSnapshot, type PublicSnapshot } from '../../pages/publicSnapshot.js';
import { StatuspageSchemas } from '../../presenters/statuspage.js';
import { lazyRequestLogger } from '../../requestLog.js';
import type { HeraldServer } from '../../types.js';

// Short enough that a visitor sees a change within seconds; long enough for a CDN to absorb a crowd.
const CACHE_CONTROL = 'public, max-age=10, stale-if-error=86400';

// These routes skip @fastify/helmet, which builds its middleware anew on every request — the
// largest cost of the whole pipeline for a response served from memory. The protections that
// matter here, fixed once: the page needs nothing but its own inline styles and may not be framed
// elsewhere; nothing is to be sniffed into another type.
const PAGE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
};
const API_HEADERS = { 'x-content-type-options': 'nosniff', 'access-control-allow-origin': '*' };

const DOCUMENTS: { file: string; summary: string; schema?: TSchema }[] = [
  { file: 'summary.json', summary: 'Status, components, unresolved incidents and upcoming or active maintenance', schema: StatuspageSchemas.summary },
  { file: 'status.json', summary: 'The overall status indicator and its description', schema: StatuspageSchemas.status },
  { file: 'components.json', summary: 'One group per region, one component per service', schema: StatuspageSchemas.components },
  { file: 'incidents.json', summary: 'The 50 most recent public incidents', schema: StatuspageSchemas.incidents },
  { file: 'incidents/unresolved.json', summary: 'Public incidents still going on', schema: StatuspageSchemas.incidents },
  { file: 'scheduled-maintenances.json', summary: 'The 50 most recent scheduled maintenances', schema: StatuspageSchemas.scheduledMaintenances },
  { file: 'scheduled-maintenances/upcoming.json', summary: 'Maintenance not started yet', schema: StatuspageSchemas.scheduledMaintenances },
  { file: 'scheduled-maintenances/active.json', summary: 'Maintenance in progress or being verified', schema: StatuspageSchemas.scheduledMaintenances },
  { file: 'history.atom', summary: 'Public incident history (Atom)' },
  { file: 'history.rss', summary: 'Public incident history (RSS 2.0)' },
  { file: 'maintenance.ics', summary: 'Scheduled maintenance (iCalendar)' },
];

// Each file's response headers, built once per snapshot rather than once per request.
const headersOf = new WeakMap<SiteFile, Record<string, string>>();

function headersFor(file: SiteFile): Record<string, string> {
  let headers = headersOf.get(file);
  if (!headers) {
    headers = { ...(file.path === STATUS_PAGE_FILE ? PAGE_HEADERS : API_HEADERS), 'content-type': file.contentType, etag: file.etag, 'cache-control': CACHE_CONTROL, vary: 'accept-encoding' };
    headersOf.set(file, headers);
  }
  return headers;
}

function serve(snapshot: PublicSnapshot, path: string) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const file = snapshot.get(path);
    if (!file) throw new HeraldError('HERALD_UNAVAILABLE', 'The status is being prepared; try again in a few seconds.');
    reply.headers(headersFor(file));
    if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    const compressed = encoding ? compressedBody(file, encoding) : null;
    if (compressed) reply.header('content-encoding', encoding);
    return reply.send(compressed ?? file.body);
  };
}

// Public, anonymous and served from memory: no authentication hook (src/http/authenticate.ts) and
// no helmet; the request log keeps them at debug and their logger is made only if a line is
// written (src/http/requestLog.ts).
const PUBLIC_ROUTE = { helmet: false, config: { public: true }, childLoggerFactory: lazyRequestLogger } as const;

export async function registerPublicStatusRoutes(app: HeraldServer, ctx: AppContext): Promise<void> {
  const snapshot = await startPublicSnapshot(ctx, { onError: (err, what) => app.log.error({ err }, `${what} failed; the last snapshot stays in service`) });
  app.addHook('onClose', async () => releasePublicSnapshot(ctx));

  app.get('/status', { ...PUBLIC_ROUTE, schema: { tags: ['public status'], summary: 'The public status page (HTML, no JavaScript needed)', security: [] } }, serve(snapshot, STATUS_PAGE_FILE));
  for (const d of DOCUMENTS) {
    app.get(
      `/api/v2/${d.file}`,
      { ...PUBLIC_ROUTE, schema: { tags: ['public status (Statuspage v2)'], summary: d.summary, security: [], ...(d.schema ? { response: { 200: d.schema } } : {}) } },
      serve(snapshot, `api/v2/${d.file}`),
    );
  }
}
