// Reading incidents: one with its timeline, the operators' list, and a tenant's dashboard (health
// per service, issues to act on, active issues and a 7- or 30-day history). A reader sees an
// incident only when it touches an environment they can read, and of its scope only those
// environments.
import { sql, type Kysely } from 'kysely';
import { isOperator, type Actor } from '../../domain/actor.js';
import { ACTIVE_STATUSES, type Classification, type IncidentStatus } from '../../domain/incidents.js';
import type { DB, IncidentEnvironmentTable, IncidentPostTable, IncidentTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import type { AppContext } from '../context.js';
import { pageOf, type Page, type PageRequest } from '../directory/paging.js';
import {
  everything,
  findVisibleIncident,
  seesAll,
  seesEnvironment,
  tenantViewer,
  touchesViewer,
  viewerOf,
  type Viewer,
} from './access.js';
import type { Words } from '../../errors.js';
import { originalLanguage, readerLanguage } from '../translations/language.js';
import { incidentReadings, type IncidentReading } from '../translations/reading.js';

export interface IncidentView {
  incident: IncidentTable;
  posts: IncidentPostTable[];
  /** The affected environments the reader may see (all of them for operators). */
  environments: IncidentEnvironmentTable[];
  services: { id: string; name: string }[];
  following: boolean;
  /** Present once a report exists; tenants only learn of published ones. */
  report: { publishedAt: string | null } | null;
  /** The title and posts in the reader's language where translated; operators read the original. */
  reading: IncidentReading;
}

export async function serviceNames(db: Kysely<DB>): Promise<Map<string, string>> {
  return new Map((await db.selectFrom('service').select(['id', 'name']).execute()).map((s) => [s.id, s.name]));
}

/** Completes rows into views with their posts, visible environments, follow state and report. */
export async function viewsOf(
  db: Kysely<DB>,
  rows: IncidentTable[],
  viewer: Viewer,
  personId: string | null,
): Promise<Omit<IncidentView, 'reading'>[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [posts, environments, follows, reports, names] = await Promise.all([
    db
      .selectFrom('incident_post')
      .selectAll()
      .where('incident_id', 'in', ids)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db.selectFrom('incident_environment').selectAll().where('incident_id', 'in', ids).execute(),
    personId
      ? db
          .selectFrom('incident_follower')
          .select('incident_id')
          .where('person_id', '=', personId)
          .where('incident_id', 'in', ids)
          .execute()
      : [],
    db.selectFrom('incident_report').select(['incident_id', 'published_at']).where('incident_id', 'in', ids).execute(),
    serviceNames(db),
  ]);
  return rows.map((incident) => {
    const report = reports.find((r) => r.incident_id === incident.id);
    return {
      incident,
      posts: posts.filter((p) => p.incident_id === incident.id),
      environments: environments.filter((e) => e.incident_id === incident.id && seesEnvironment(viewer, e)),
      services: fromJson<string[]>(incident.service_ids, []).map((id) => ({ id, name: names.get(id) ?? id })),
      following: follows.some((f) => f.incident_id === incident.id),
      report: report && (seesAll(viewer) || report.published_at) ? { publishedAt: report.published_at } : null,
    };
  });
}

const personOf = (actor: Actor): string | null => (actor.kind === 'person' ? actor.personId : null);

/** Views as `actor` reads them: in their language where translated, the original for operators. */
async function inReaderLanguage(
  ctx: AppContext,
  actor: Actor,
  tenantId: string | undefined,
  views: Omit<IncidentView, 'reading'>[],
): Promise<IncidentView[]> {
  if (!views.length) return [];
  const readings = await incidentReadings(
    ctx.database.db,
    views.map((v) => v.incident.id),
    isOperator(actor) ? null : await readerLanguage(ctx, actor, tenantId),
    originalLanguage(ctx),
  );
  return views.map((v) => ({ ...v, reading: readings.get(v.incident.id)! }));
}

export async function getIncident(ctx: AppContext, actor: Actor, id: string): Promise<IncidentView> {
  const viewer = viewerOf(actor);
  const row = await findVisibleIncident(ctx.database.db, viewer, id);
  return (
    await inReaderLanguage(ctx, actor, undefined, await viewsOf(ctx.database.db, [row], viewer, personOf(actor)))
  )[0]!;
}

export interface IncidentFilter extends PageRequest {
  state?: 'active' | 'resolved';
  classification?: Classification;
  severity?: 'minor' | 'major';
  /** Only incidents that started or were still going on within this many days. */
  days?: number;
  tenantId?: string;
  /** Words in the title, or the id (case does not matter). */
  q?: string;
  region?: string;
  serviceId?: string;
  status?: IncidentStatus;
  /** Started at or after / before these instants (ISO 8601). */
  from?: string;
  to?: string;
}

/** `text` as a LIKE pattern matching it anywhere, its own % and _ taken literally. */
const containing = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function since(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}

/** Every incident the actor may see, newest first; operators may narrow to one tenant. */
export async function listIncidents(
  ctx: AppContext,
  actor: Actor,
  filter: IncidentFilter,
): Promise<Page<IncidentView>> {
  const viewer = filter.tenantId ? tenantViewer(actor, filter.tenantId) : viewerOf(actor);
  let q = ctx.database.db.selectFrom('incident').selectAll().where(touchesViewer(viewer));
  if (filter.state) q = q.where('is_resolved', '=', filter.state === 'resolved' ? 1 : 0);
  if (filter.classification) q = q.where('classification', '=', filter.classification);
  if (filter.severity) q = q.where('severity', '=', filter.severity);
  if (filter.days) {
    const from = since(ctx.now(), filter.days);
    q = q.where((eb) => eb.or([eb('end_at', 'is', null), eb('end_at', '>=', from)]));
  }
  const text = filter.q?.trim();
  if (text) {
    const pattern = containing(text);
    q = q.where(sql<boolean>`(lower(title) like ${pattern} escape '\\' or lower(id) like ${pattern} escape '\\')`);
  }
  // Regions and services are JSON arrays of codes: the quoted code matches exactly.
  if (filter.region) q = q.where('region_codes', 'like', `%"${filter.region.replace(/[%_"\\]/g, '')}"%`);
  if (filter.serviceId) q = q.where('service_ids', 'like', `%"${filter.serviceId.replace(/[%_"\\]/g, '')}"%`);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.from) q = q.where('start_at', '>=', new Date(filter.from).toISOString());
  if (filter.to) q = q.where('start_at', '<', new Date(filter.to).toISOString());
  const page = await pageOf(q.orderBy('start_at', 'desc').orderBy('id'), filter);
  return {
    items: await inReaderLanguage(
      ctx,
      actor,
      filter.tenantId,
      await viewsOf(ctx.database.db, page.items, isOperator(actor) ? everything : viewer, personOf(actor)),
    ),
    total: page.total,
  };
}

export type TenantIssueView = 'active' | 'history' | 'actOn';

/**
 * A tenant's dashboard lists. "active": going on now; "history": ended within `days` (7 or 30);
 * "actOn": active issues whose origin is the customer's side — Microsoft 365's "issues for your
 * organization to act on" are those caused by something in the organization's own environment.
 */
export async function listTenantIncidents(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  options: { view: TenantIssueView; days?: number; classification?: Classification },
): Promise<IncidentView[]> {
  const viewer = tenantViewer(actor, tenantId);
  let q = ctx.database.db.selectFrom('incident').selectAll().where(touchesViewer(viewer));
  if (options.view === 'history')
    q = q.where('is_resolved', '=', 1).where('end_at', '>=', since(ctx.now(), options.days ?? 7));
  else q = q.where('is_resolved', '=', 0);
  if (options.view === 'actOn') q = q.where('origin', '=', 'customer');
  if (options.classification) q = q.where('classification', '=', options.classification);
  const rows = await q.orderBy('last_post_at', 'desc').orderBy('id').execute();
  return inReaderLanguage(ctx, actor, tenantId, await viewsOf(ctx.database.db, rows, viewer, personOf(actor)));
}

/** Worst first: what a service's overview shows when several issues are active at once. */
const STATUS_WEIGHT: Partial<Record<IncidentStatus, number>> = {
  serviceInterruption: 6,
  serviceDegradation: 5,
  restoringService: 4,
  extendedRecovery: 3,
  verifyingService: 2,
  investigating: 1,
};

export interface HealthOverview {
  serviceId: string;
  service: string;
  /** A Graph serviceHealthStatus: serviceOperational when nothing is going on. */
  status: IncidentStatus | 'serviceOperational';
  issueIds: string[];
}

/** Graph healthOverviews: per service the tenant's (visible) environments run, its state from the active issues touching them. */
export async function tenantHealthOverviews(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
): Promise<HealthOverview[]> {
  const viewer = tenantViewer(actor, tenantId);
  if (!viewer.tenantIds?.length && !viewer.environmentIds.length) return [];
  const db = ctx.database.db;
  const services = db
    .selectFrom('environment')
    .innerJoin('environment_service', 'environment_service.environment_id', 'environment.id')
    .select('environment_service.service_id')
    .distinct();
  const [used, active, names] = await Promise.all([
    (viewer.tenantIds?.length
      ? services.where('environment.tenant_id', 'in', viewer.tenantIds)
      : services.where('environment.id', 'in', viewer.environmentIds)
    ).execute(),
    db
      .selectFrom('incident')
      .select(['id', 'status', 'service_ids'])
      .where('is_resolved', '=', 0)
      .where('status', 'in', ACTIVE_STATUSES)
      .where(touchesViewer(viewer))
      .execute(),
    serviceNames(db),
  ]);
  return used
    .map((u) => {
      const issues = active.filter((i) => fromJson<string[]>(i.service_ids, []).includes(u.service_id));
      const worst = issues.reduce<IncidentStatus | null>(
        (w, i) => (!w || (STATUS_WEIGHT[i.status] ?? 0) > (STATUS_WEIGHT[w] ?? 0) ? i.status : w),
        null,
      );
      return {
        serviceId: u.service_id,
        service: names.get(u.service_id) ?? u.service_id,
        status: worst ?? ('serviceOperational' as const),
        issueIds: issues.map((i) => i.id),
      };
    })
    .sort((a, b) => a.service.localeCompare(b.service));
}
