// Everything the public status page shows, read from the database in one go: per region and
// service its status and 90 days of uptime, the public incidents and maintenance as
// src/domain/publicity.ts decides (provider-wide only; major, or minor marked public). The page, the Statuspage-compatible
// JSON, the feeds and the static backup site are all rendered from this one value.
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { HeraldConfig } from '../../config.js';
import {
  impactIntervals,
  impactNow,
  type ImpactInterval,
  type IncidentStatus,
  type PostType,
} from '../../domain/incidents.js';
import type { Severity } from '../../domain/severity.js';
import { uptimeOver } from '../../domain/sla.js';
import type { DB } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import { getBranding, type Branding } from '../branding.js';
import { originalLanguageOf } from '../translations/language.js';
import { listPublicMaintenances, type PublicMaintenance } from '../updates/maintenanceLookup.js';
import { isPublicIncident, isWholeRegion, type IncidentScope } from './scope.js';

export const UPTIME_DAYS = 90;
const DAY_MS = 86_400_000;

/** Statuspage's component statuses, worst last. */
export const COMPONENT_STATUSES = [
  'operational',
  'under_maintenance',
  'degraded_performance',
  'partial_outage',
  'major_outage',
] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

export interface PublicIncident {
  id: string;
  title: string;
  status: IncidentStatus;
  severity: Severity;
  impactDescription: string;
  userExperience: string;
  workaround: string;
  regions: string[];
  services: string[];
  wholeRegion: boolean;
  startAt: string;
  endAt: string | null;
  isResolved: boolean;
  createdAt: string;
  updatedAt: string;
  posts: { id: string; status: IncidentStatus; postType: PostType; description: string; at: string }[];
  /** The impact right now (null: none known yet, or over). */
  currentImpact: ImpactInterval['impact'] | null;
  intervals: ImpactInterval[];
  reportPublishedAt: string | null;
  /**
   * The operators' translations, by language: the title and the posts translated (post id →
   * text). Public text like the original (checked for private names when saved).
   */
  translations: Record<string, PublicIncidentTranslation>;
  /** Shown in a translation: set by `publicStatusIn` on the incidents it translated. */
  translated: boolean;
}

export interface PublicIncidentTranslation {
  title: string;
  posts: Record<string, string>;
}

export interface DayUptime {
  /** YYYY-MM-DD (UTC). */
  date: string;
  percent: number;
  worst: 'none' | 'degraded' | 'downtime';
  incidentIds: string[];
}

export interface PublicComponent {
  id: string;
  regionCode: string;
  serviceId: string;
  name: string;
  status: ComponentStatus;
  uptimePercent: number;
  days: DayUptime[];
}

export interface PublicRegion {
  id: string;
  code: string;
  name: string;
  status: ComponentStatus;
  components: PublicComponent[];
}

export interface PublicStatus {
  generatedAt: string;
  /** The last change to anything shown (Statuspage page.updated_at). */
  updatedAt: string;
  /** The branding's page name (STATUS_PAGE_NAME until operators set one). */
  pageName: string;
  branding: Branding;
  publicUrl: string;
  regions: PublicRegion[];
  /** Newest first: active ones, then those that ended within 90 days. */
  incidents: PublicIncident[];
  maintenances: PublicMaintenance[];
  serviceNames: Record<string, string>;
  /** The language incidents are written in (the provider's); their translations are in other ones. */
  originalLanguage: string;
}

const worse = (a: ComponentStatus, b: ComponentStatus): ComponentStatus =>
  COMPONENT_STATUSES.indexOf(a) >= COMPONENT_STATUSES.indexOf(b) ? a : b;

export const worstStatus = (statuses: readonly ComponentStatus[]): ComponentStatus =>
  statuses.reduce(worse, 'operational');

export const componentId = (regionCode: string, serviceId: string): string =>
  `${regionCode.toLowerCase().replace(/\s+/g, '-')}.${serviceId}`;
export const regionGroupId = (regionCode: string): string => `region.${regionCode.toLowerCase().replace(/\s+/g, '-')}`;

function incidentComponentStatus(i: PublicIncident): ComponentStatus {
  if (i.isResolved) return 'operational';
  if (i.currentImpact === 'downtime') return i.wholeRegion ? 'major_outage' : 'partial_outage';
  return 'degraded_performance';
}

const touches = (
  regions: readonly string[],
  services: readonly string[],
  regionCode: string,
  serviceId: string,
  serviceName: string,
): boolean =>
  regions.includes(regionCode) &&
  (services.length === 0 || services.includes(serviceId) || services.includes(serviceName));

async function loadPublicIncidents(db: Kysely<DB>, now: Date): Promise<PublicIncident[]> {
  const since = new Date(now.getTime() - UPTIME_DAYS * DAY_MS).toISOString();
  const rows = await db
    .selectFrom('incident')
    .selectAll()
    .where((eb) => eb.or([eb('severity', '=', 'major'), eb('is_public', '=', 1)]))
    .where('maintenance_id', 'is', null)
    .where((eb) => eb.or([eb('is_resolved', '=', 0), eb('end_at', '>=', since)]))
    .orderBy('start_at', 'desc')
    .orderBy('id')
    .execute()
    .then((all) => all.filter(isPublicIncident));
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [posts, reports, translations] = await Promise.all([
    db
      .selectFrom('incident_post')
      .select(['id', 'incident_id', 'status', 'post_type', 'description', 'created_at'])
      .where('incident_id', 'in', ids)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('incident_report')
      .select(['incident_id', 'published_at'])
      .where('incident_id', 'in', ids)
      .where('published_at', 'is not', null)
      .execute(),
    // Every language's title and posts of these incidents in one query: operators' words on public
    // incidents only, nothing of who translated them.
    db
      .selectFrom('incident_translation as t')
      .leftJoin('incident_post_translation as p', (join) =>
        join.onRef('p.incident_id', '=', 't.incident_id').onRef('p.language', '=', 't.language'),
      )
      .select(['t.incident_id', 't.language', 't.title', 'p.post_id', 'p.description'])
      .where('t.incident_id', 'in', ids)
      .execute(),
  ]);
  const translationsOf = new Map<string, Record<string, PublicIncidentTranslation>>();
  for (const row of translations) {
    let own = translationsOf.get(row.incident_id);
    if (!own) translationsOf.set(row.incident_id, (own = {}));
    const language = (own[row.language] ??= { title: row.title, posts: {} });
    if (row.post_id !== null && row.description !== null) language.posts[row.post_id] = row.description;
  }
  return rows.map((r) => {
    const own = posts.filter((p) => p.incident_id === r.id);
    const intervals = impactIntervals(
      { startAt: r.start_at, endAt: r.end_at, status: r.status },
      own.map((p) => ({ at: p.created_at, status: p.status })),
      now,
    );
    return {
      id: r.id,
      title: r.title,
      status: r.status,
      severity: r.severity,
      impactDescription: r.impact_description,
      userExperience: r.user_experience,
      workaround: r.workaround,
      regions: fromJson<string[]>(r.region_codes, []),
      services: fromJson<string[]>(r.service_ids, []),
      wholeRegion: isWholeRegion(fromJson<IncidentScope>(r.scope, { regions: [], tenantIds: [], environmentIds: [] })),
      startAt: r.start_at,
      endAt: r.end_at,
      isResolved: r.is_resolved === 1,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      posts: own.map((p) => ({
        id: p.id,
        status: p.status,
        postType: p.post_type,
        description: p.description,
        at: p.created_at,
      })),
      currentImpact: r.is_resolved ? null : impactNow(own),
      intervals,
      reportPublishedAt: reports.find((x) => x.incident_id === r.id)?.published_at ?? null,
      translations: translationsOf.get(r.id) ?? {},
      translated: false,
    };
  });
}

function dailyUptime(incidents: readonly PublicIncident[], now: Date, weight: number): DayUptime[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days: DayUptime[] = [];
  for (let k = UPTIME_DAYS - 1; k >= 0; k--) {
    const from = today - k * DAY_MS;
    const to = Math.min(from + DAY_MS, now.getTime());
    const hit = incidents.filter((i) => i.intervals.some((r) => r.start < to && r.end > from));
    const intervals = hit.flatMap((i) => i.intervals);
    const u = uptimeOver(intervals, from, to, weight);
    days.push({
      date: new Date(from).toISOString().slice(0, 10),
      percent: Math.floor(u.percent * 100) / 100,
      worst: u.downtimeMinutes > 0 ? 'downtime' : u.degradedMinutes > 0 ? 'degraded' : 'none',
      incidentIds: hit.map((i) => i.id),
    });
  }
  return days;
}

/**
 * Which services run in which region: the distinct (region, service) pairs of every environment's
 * services, read from the index on environment_service (region_code, service_id) — a few hundred
 * probes, where a join of every environment's services took a second at 1.5 million links. Each
 * database needs its own form: PostgreSQL estimates every pair as common and would scan the table
 * for each absent one, so it skips through the index from pair to pair (a recursive "loose index
 * scan"); SQLite probes the index for each region × service. Links written without their region
 * (by a node of the release before migration 028) are read through their environment.
 */
async function deployedServices(db: Kysely<DB>): Promise<{ region_code: string; service_id: string }[]> {
  const indexed =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? (
          await sql<{ region_code: string; service_id: string }>`
            with recursive pair (region_code, service_id) as (
              (select region_code, service_id from environment_service order by region_code, service_id limit 1)
              union all
              select
                (select es.region_code from environment_service es
                  where (es.region_code, es.service_id) > (p.region_code, p.service_id)
                  order by es.region_code, es.service_id limit 1),
                (select es.service_id from environment_service es
                  where (es.region_code, es.service_id) > (p.region_code, p.service_id)
                  order by es.region_code, es.service_id limit 1)
              from pair p where p.region_code is not null
            )
            select region_code, service_id from pair where region_code is not null`.execute(db)
        ).rows
      : await db
          .selectFrom(['region as r', 'service as s'])
          .select(['r.code as region_code', 's.id as service_id'])
          .where(({ exists, selectFrom }) =>
            exists(
              selectFrom('environment_service as es')
                .select('es.environment_id')
                .whereRef('es.region_code', '=', 'r.code')
                .whereRef('es.service_id', '=', 's.id'),
            ),
          )
          .execute();
  const unplaced = await db
    .selectFrom('environment_service as es')
    .innerJoin('environment as e', 'e.id', 'es.environment_id')
    .select(['e.region_code', 'es.service_id'])
    .distinct()
    .where('es.region_code', '=', '')
    .execute();
  return [...indexed.filter((p) => p.region_code !== ''), ...unplaced];
}

/** Reads and assembles the public status as of `now`. */
export async function loadPublicStatus(db: Kysely<DB>, config: HeraldConfig, now: Date): Promise<PublicStatus> {
  const nowIso = now.toISOString();
  const [regions, services, deployed, incidents, maintenances, branding] = await Promise.all([
    db.selectFrom('region').select(['code', 'name', 'sort']).orderBy('sort').execute(),
    db.selectFrom('service').select(['id', 'name', 'sort']).orderBy('sort').execute(),
    deployedServices(db),
    loadPublicIncidents(db, now),
    listPublicMaintenances(db, {
      from: new Date(now.getTime() - UPTIME_DAYS * DAY_MS).toISOString(),
      to: new Date(now.getTime() + UPTIME_DAYS * DAY_MS).toISOString(),
    }),
    getBranding(db, config),
  ]);
  const names = Object.fromEntries(services.map((s) => [s.id, s.name]));
  const idByName = new Map(services.map((s) => [s.name, s.id]));
  // A region appears once it hosts an environment, or when something public happened there.
  const shown = new Set(deployed.map((d) => `${d.region_code}|${d.service_id}`));
  for (const i of incidents) for (const r of i.regions) for (const s of i.services) shown.add(`${r}|${s}`);
  for (const m of maintenances) {
    for (const r of m.regions) {
      for (const s of m.services) {
        const id = names[s] ? s : idByName.get(s);
        if (id) shown.add(`${r}|${id}`);
      }
    }
  }

  const publicRegions: PublicRegion[] = [];
  for (const region of regions) {
    const components: PublicComponent[] = [];
    for (const service of services) {
      if (!shown.has(`${region.code}|${service.id}`)) continue;
      const touching = incidents.filter((i) => touches(i.regions, i.services, region.code, service.id, service.name));
      const maintenanceNow = maintenances.some(
        (m) =>
          m.status === 'in_progress' &&
          m.impact !== 'none' &&
          touches(m.regions, m.services, region.code, service.id, service.name),
      );
      const status = worstStatus([
        ...touching.map(incidentComponentStatus),
        ...(maintenanceNow ? (['under_maintenance'] as const) : []),
      ]);
      const days = dailyUptime(touching, now, config.slaDegradationWeight);
      const since = now.getTime() - UPTIME_DAYS * DAY_MS;
      const overall = uptimeOver(
        touching.flatMap((i) => i.intervals),
        since,
        now.getTime(),
        config.slaDegradationWeight,
      );
      components.push({
        id: componentId(region.code, service.id),
        regionCode: region.code,
        serviceId: service.id,
        name: service.name,
        status,
        uptimePercent: Math.floor(overall.percent * 100) / 100,
        days,
      });
    }
    if (components.length) {
      publicRegions.push({
        id: regionGroupId(region.code),
        code: region.code,
        name: region.name,
        status: worstStatus(components.map((c) => c.status)),
        components,
      });
    }
  }
  // The last change to what is shown, so that the page (and its ETag) stays the same between changes.
  const latest = [
    ...incidents.flatMap((i) => [i.updatedAt, ...i.posts.map((p) => p.at)]),
    ...maintenances.map((m) => m.updatedAt),
  ]
    .sort()
    .at(-1);
  return {
    generatedAt: nowIso,
    updatedAt: latest && latest < nowIso ? latest : nowIso,
    pageName: branding.pageName,
    branding,
    publicUrl: config.publicUrl,
    regions: publicRegions,
    incidents: [...incidents.filter((i) => !i.isResolved), ...incidents.filter((i) => i.isResolved)],
    maintenances,
    serviceNames: names,
    originalLanguage: originalLanguageOf(config),
  };
}

/**
 * The public status as read in `language`: each incident translated into it shows the translated
 * title and posts (posts left untranslated keep the original's text) and is marked `translated`.
 * The same value when nothing is translated into it, so callers can tell nothing changed.
 */
export function publicStatusIn(data: PublicStatus, language: string): PublicStatus {
  if (language === data.originalLanguage || !data.incidents.some((i) => i.translations[language])) return data;
  return {
    ...data,
    incidents: data.incidents.map((i) => {
      const translation = i.translations[language];
      if (!translation) return i;
      return {
        ...i,
        title: translation.title,
        posts: i.posts.map((p) => ({ ...p, description: translation.posts[p.id] ?? p.description })),
        translated: true,
      };
    }),
  };
}
