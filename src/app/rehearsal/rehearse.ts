// Runs a scenario (scenario.ts) through the real use cases, policy, planner and periodic jobs on a
// simulated clock, over a private in-memory SQLite copy of the directory, and returns what would
// have been told: each event Herald published, the rule that decided it, and the planned
// deliveries (who, by which channel, why). Nothing is sent: the worker's dispatch never runs and
// the copy is dropped at the end.
import type { HeraldConfig } from '../../config.js';
import { systemActor } from '../../domain/actor.js';
import { POLICIES } from '../../domain/policies.js';
import { isRegionCode } from '../../domain/regions.js';
import type { EventType } from '../../domain/events.js';
import { HeraldError, messageOf, words, type Words } from '../../errors.js';
import { translator, type Translator } from '../../i18n/translator.js';
import { planPending } from '../../delivery/planQueue.js';
import { openDatabase, type Database } from '../../store/database.js';
import { tickOf } from '../../store/jobClaims.js';
import { migrateToLatest } from '../../store/migrate.js';
import { ensureReferenceData } from '../../store/referenceData.js';
import { createContext, type AppContext } from '../context.js';
import { importDirectory } from '../directory/import.js';
import { batchFromJson } from '../directory/importSources.js';
import { updateTenant } from '../directory/tenants.js';
import { PERIODIC_JOBS, type PeriodicJob } from '../jobs/index.js';
import { createMessage, publishMessage } from '../messages/manageMessages.js';
import { openIncident, postIncidentUpdate } from '../serviceHealth/incidents.js';
import { cancelMaintenance, createMaintenance } from '../updates/maintenance.js';
import { reportMaintenance } from '../updates/maintenanceProgress.js';
import { reportProgress } from '../updates/progress.js';
import { createRelease } from '../updates/releases.js';
import { createRollout } from '../updates/rollouts.js';
import { resolveAt } from '../../domain/rehearsal.js';
import { listTenantIncidents } from '../serviceHealth/readIncidents.js';
import { loadPublicStatus, worstStatus, type ComponentStatus } from '../serviceHealth/publicStatus.js';
import {
  entryPlace,
  entryWhere,
  scenarioPlace,
  ScenarioError,
  type Scenario,
  type ScenarioEvent,
  type ScenarioProblem,
} from './scenario.js';
import { copyDirectory } from './snapshot.js';

export interface Told {
  channel: string;
  recipient: string;
  tenant: string | null;
  /** The role through which the rule reached them (the delivery log's reason). */
  reason: string;
}

export interface TimelineEntry {
  at: string;
  /** What made it happen: a scenario entry, or a periodic job as time passed. */
  cause: { entry: string; kind: string } | { job: string };
  event: { type: string; subject: string; title: string | null };
  rule: string;
  /** Set when the rule tells nobody: why. */
  silence: string | null;
  told: Told[];
  /** What the tenants' dashboards and the public page show at that moment, once the event is in. */
  shows: Shows;
}

export interface ShownIssue {
  id: string;
  title: string;
  status: string;
  severity: string;
}

export interface Shows {
  /**
   * The service health dashboards that show an active issue (listTenantIncidents, view "active"),
   * by tenant name; every other tenant's dashboard shows none (counted in `quietDashboards`).
   */
  dashboards: { tenant: string; activeIssues: ShownIssue[] }[];
  quietDashboards: number;
  /** The public status page (loadPublicStatus): its overall status, active incidents and maintenance not completed. */
  publicPage: {
    status: ComponentStatus;
    incidents: ShownIssue[];
    maintenance: { id: string; title: string; status: string; scheduledFor: string }[];
  };
}

export interface Timeline {
  scenario: string;
  start: string;
  end: string;
  directory: 'scenario' | 'snapshot';
  entries: TimelineEntry[];
}

/** A scenario entry Herald's own rules refused while it ran (the copy is dropped; nothing live changed). */
export class ScenarioRefused extends Error {
  constructor(
    readonly file: string,
    /** The entry and its kind: "events[3] (line 27) (incident.updated)". */
    readonly where: Words,
    readonly reason: Words,
  ) {
    super(scenarioRefusedLine(file, where, reason, translator('en')));
  }

  /** The refusal in the operator's language. */
  linesIn(tr: Translator): string[] {
    return [scenarioRefusedLine(this.file, this.where, this.reason, tr)];
  }
}

const scenarioRefusedLine = (file: string, where: Words, reason: Words, tr: Translator): string =>
  `${file}: ${tr.t('problem.fieldIs', { field: tr.words(where), message: tr.words(reason) })}`;

export interface RehearseOptions {
  config: HeraldConfig;
  /** The live database to snapshot the directory from when the scenario has none. */
  live?: Database;
  /** How far the clock moves between runs of the periodic jobs (default 5 minutes). */
  stepMs?: number;
  file?: string;
}

const ACTOR = systemActor('rehearsal');

/** Names in the scenario → ids in the rehearsal's directory. */
interface Names {
  environments: Map<string, string>;
  tenants: Map<string, string>;
  services: Set<string>;
}

async function loadNames(db: Database['db']): Promise<Names> {
  const [envs, tenants, services] = await Promise.all([
    db.selectFrom('environment').select(['id', 'name', 'url']).execute(),
    db.selectFrom('tenant').select(['id', 'name', 'domain']).execute(),
    db.selectFrom('service').select('id').execute(),
  ]);
  const environments = new Map<string, string>();
  for (const e of envs) for (const k of [e.name, e.url, e.id]) environments.set(k.toLowerCase(), e.id);
  const t = new Map<string, string>();
  for (const r of tenants) for (const k of [r.name, r.domain, r.id]) t.set(k.toLowerCase(), r.id);
  return { environments, tenants: t, services: new Set(services.map((s) => s.id)) };
}

const REF_KINDS: Record<'incident' | 'maintenance' | 'release', readonly string[]> = {
  incident: ['incident.opened'],
  maintenance: ['maintenance.scheduled', 'maintenance.unplanned'],
  release: ['release.created'],
};

/** The second pass: every name an entry mentions exists (in the directory, or as an earlier ref). */
function checkNames(scenario: Scenario, names: Names, file: string): void {
  const problems: ScenarioProblem[] = [];
  const refs = new Map<string, string>();
  for (const e of scenario.events) {
    const at = (field: string) => entryPlace(e, { field });
    const where = entryPlace(e);
    for (const env of e.environments ?? []) {
      if (!names.environments.has(env.toLowerCase()))
        problems.push({
          where: at('environments'),
          message: words('problem.scenario.noEnvironment', { name: env }),
        });
    }
    for (const t of [...(e.tenants ?? []), ...(e.tenant ? [e.tenant] : [])]) {
      if (!names.tenants.has(t.toLowerCase()))
        problems.push({
          where: at(e.tenant === t ? 'tenant' : 'tenants'),
          message: words('problem.scenario.noTenant', { name: t }),
        });
    }
    for (const r of e.regions ?? [])
      if (!isRegionCode(r))
        problems.push({ where: at('regions'), message: words('problem.scenario.noRegion', { name: r }) });
    for (const s of e.services ?? [])
      if (!names.services.has(s))
        problems.push({ where: at('services'), message: words('problem.scenario.noService', { name: s }) });
    for (const field of ['incident', 'maintenance', 'release'] as const) {
      const ref = e[field];
      if (ref === undefined) continue;
      const kind = refs.get(ref);
      if (!kind || !REF_KINDS[field].includes(kind))
        problems.push({
          where: at(field),
          message: words('problem.scenario.noRef', { ref, field }),
        });
    }
    const needs: Partial<Record<string, 'incident' | 'maintenance' | 'release'>> = {
      'incident.updated': 'incident',
      'incident.restored': 'incident',
      'maintenance.started': 'maintenance',
      'maintenance.completed': 'maintenance',
      'maintenance.overran': 'maintenance',
      'maintenance.failed': 'maintenance',
      'maintenance.cancelled': 'maintenance',
      'rollout.progress': 'release',
      'wave.enabled': 'release',
    };
    const need = needs[e.kind];
    if (need && e[need] === undefined)
      problems.push({ where, message: words('problem.scenario.needsRef', { kind: e.kind, field: need }) });
    if (e.kind === 'release.created' && !e.version) problems.push({ where, message: 'problem.scenario.needsVersion' });
    if (e.kind === 'lifecycle.purchased' && (!e.tenant || !e.purchaseDate))
      problems.push({ where, message: 'problem.scenario.needsPurchase' });
    if (e.kind === 'maintenance.scheduled' && (!e.windowStart || !e.windowEnd))
      problems.push({ where, message: 'problem.scenario.needsWindow' });
    if (e.ref) {
      if (refs.has(e.ref))
        problems.push({ where: at('ref'), message: words('problem.scenario.refUsed', { ref: e.ref }) });
      refs.set(e.ref, e.kind);
    }
  }
  if (problems.length) throw new ScenarioError(file, problems);
}

/** A step the scenario asks of Herald, through the use case an operator's request would call. */
async function apply(
  ctx: AppContext,
  e: ScenarioEvent,
  names: Names,
  ids: Map<string, string>,
  start: Date,
): Promise<void> {
  const envIds = (e.environments ?? []).map((n) => names.environments.get(n.toLowerCase())!);
  const tenantIds = (e.tenants ?? []).map((n) => names.tenants.get(n.toLowerCase())!);
  const now = ctx.now();
  const at = (v: string | undefined): string | undefined =>
    v === undefined ? undefined : resolveAt(start, v)!.toISOString();
  const title = e.title ?? `${e.kind} (${entryWhere(e)})`;
  const remember = (id: string): void => void (e.ref && ids.set(e.ref, id));
  switch (e.kind) {
    case 'incident.opened': {
      const incident = await openIncident(ctx, ACTOR, {
        title,
        classification: e.classification ?? 'incident',
        services: e.services ?? [],
        scope: { regions: e.regions ?? [], tenantIds, environmentIds: envIds },
        impactDescription: e.description ?? title,
        significantDegradation: e.major,
        isPublic: e.isPublic,
      });
      return remember(incident.id);
    }
    case 'incident.updated':
      await postIncidentUpdate(ctx, ACTOR, ids.get(e.incident!)!, { description: e.description ?? 'Update.' });
      return;
    case 'incident.restored':
      await postIncidentUpdate(ctx, ACTOR, ids.get(e.incident!)!, {
        description: e.description ?? 'Service restored.',
        status: 'serviceRestored',
      });
      return;
    case 'maintenance.scheduled':
    case 'maintenance.unplanned': {
      const startsAt = at(e.windowStart) ?? now.toISOString();
      const minutes = e.durationMinutes ?? 60;
      const endsAt = at(e.windowEnd) ?? new Date(Date.parse(startsAt) + minutes * 60_000).toISOString();
      const view = await createMaintenance(ctx, ACTOR, {
        kind: e.kind === 'maintenance.unplanned' ? 'unplanned' : e.security ? 'security' : 'planned',
        title,
        description: e.description,
        impact: e.impact ?? 'downtime',
        durationMinutes: minutes,
        windows: (e.regions ?? []).map((region) => ({ region, startsAt, endsAt })),
        environmentIds: envIds.length ? envIds : undefined,
        services: e.services,
      });
      return remember(view.maintenance.id);
    }
    case 'maintenance.started':
    case 'maintenance.overran': {
      // The maintenance job starts the work when its window opens; an entry only says so when that
      // has not happened. An overrun is Herald's to notice too: the work is still going when the
      // window ends, and the same job raises it.
      const id = ids.get(e.maintenance!)!;
      const m = await ctx.database.db
        .selectFrom('maintenance')
        .select('state')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      if (m.state === 'scheduled')
        await reportMaintenance(ctx, ACTOR, id, { status: 'in_progress', regions: e.regions, note: e.description });
      return;
    }
    case 'maintenance.completed':
    case 'maintenance.failed':
      await reportMaintenance(ctx, ACTOR, ids.get(e.maintenance!)!, {
        status: e.kind === 'maintenance.completed' ? 'completed' : 'failed',
        regions: e.regions,
        note: e.description,
      });
      return;
    case 'maintenance.cancelled':
      await cancelMaintenance(ctx, ACTOR, ids.get(e.maintenance!)!, e.description);
      return;
    case 'release.created': {
      const view = await createRelease(ctx, ACTOR, {
        kind: e.releaseKind ?? 'weekly',
        version: e.version!,
        title: e.title,
        releaseNotesUrl: e.releaseNotesUrl ?? `https://releases.example.com/${e.version}`,
      });
      remember(view.release.id);
      if (e.rolloutStartsAt)
        await createRollout(ctx, ACTOR, view.release.id, { startsAt: at(e.rolloutStartsAt)!, regions: e.regions });
      return;
    }
    case 'rollout.progress':
    case 'wave.enabled': {
      const rollout = await ctx.database.db
        .selectFrom('rollout')
        .select('id')
        .where('release_id', '=', ids.get(e.release!)!)
        .executeTakeFirst();
      if (!rollout)
        throw new ScenarioError('scenario', [{ where: entryPlace(e), message: 'problem.scenario.noRollout' }]);
      let q = ctx.database.db
        .selectFrom('rollout_environment')
        .select(['environment_id', 'state'])
        .where('rollout_id', '=', rollout.id);
      if (e.regions?.length) q = q.where('region_code', 'in', e.regions);
      const step = e.kind === 'wave.enabled' ? 'service_done' : (e.step ?? 'service_done');
      for (const env of await q.orderBy('environment_id').execute()) {
        if (env.state === 'failed' || env.state === 'database_done' || env.state === step) continue;
        await reportProgress(ctx, ACTOR, rollout.id, { environmentId: env.environment_id, step });
      }
      return;
    }
    case 'message.posted': {
      const post = await createMessage(ctx, ACTOR, {
        title,
        body: e.description ?? title,
        category: 'stayInformed',
        severity: 'normal',
        tags: [],
        isMajorChange: e.majorChange ?? false,
        actionRequiredBy: null,
        services: e.services ?? [],
        startsAt: now.toISOString(),
        endsAt: null,
        audience: {
          allTenants: e.allTenants,
          tenantIds: tenantIds.length ? tenantIds : undefined,
          regionCodes: e.regions,
          environmentIds: envIds.length ? envIds : undefined,
        },
      });
      await publishMessage(ctx, ACTOR, post.message.id);
      return;
    }
    case 'lifecycle.purchased':
      await updateTenant(ctx, ACTOR, names.tenants.get(e.tenant!.toLowerCase())!, { purchaseDate: e.purchaseDate });
      return;
  }
}

/** The events published since `sinceIso` not seen before, with their policy decision and planned deliveries. */
async function collect(
  ctx: AppContext,
  seen: Set<string>,
  sinceIso: string,
  cause: TimelineEntry['cause'],
): Promise<TimelineEntry[]> {
  const db = ctx.database.db;
  const events = (
    await db
      .selectFrom('event')
      .selectAll()
      .where('created_at', '>=', sinceIso)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
  ).filter((e) => !seen.has(e.id));
  if (!events.length) return [];
  for (const e of events) seen.add(e.id);
  await planPending(ctx);
  const deliveries = await db
    .selectFrom('delivery')
    .leftJoin('person', 'person.id', 'delivery.recipient_id')
    .leftJoin('webhook_endpoint', 'webhook_endpoint.id', 'delivery.recipient_id')
    .leftJoin('tenant', 'tenant.id', 'delivery.tenant_id')
    .select([
      'delivery.event_id',
      'delivery.channel',
      'delivery.reason',
      'person.name',
      'person.email',
      'webhook_endpoint.url',
      'tenant.name as tenant',
    ])
    .where(
      'delivery.event_id',
      'in',
      events.map((e) => e.id),
    )
    .orderBy('person.email')
    .orderBy('delivery.channel')
    .execute();
  const shows = await showsAt(ctx);
  return events.map((e) => {
    const payload = JSON.parse(e.payload) as Record<string, unknown>;
    const policy = POLICIES[e.type as EventType];
    const decision = policy ? policy(payload) : null;
    return {
      at: e.created_at,
      cause,
      event: {
        type: e.type,
        subject: `${e.subject_type} ${e.subject_id}`,
        title: typeof payload.title === 'string' ? payload.title : null,
      },
      rule: decision?.rule ?? 'no policy',
      silence: decision && decision.audience === 'nobody' ? decision.description : null,
      told: deliveries
        .filter((d) => d.event_id === e.id)
        .map((d) => ({
          channel: d.channel,
          recipient: d.email ? `${d.name} <${d.email}>` : (d.url ?? '?'),
          tenant: d.tenant ?? null,
          reason: d.reason,
        })),
      shows,
    };
  });
}

/**
 * What the pages show at the simulated time, read by the same use cases the live dashboard and
 * status page use (as an operator would see each tenant's dashboard: the whole tenant).
 */
async function showsAt(ctx: AppContext): Promise<Shows> {
  const db = ctx.database.db;
  // Only the tenants an open incident touches can show one: a directory of thousands of tenants
  // is not read tenant by tenant at every moment.
  const [touched, tenantCount] = await Promise.all([
    db
      .selectFrom('incident_environment as ie')
      .innerJoin('incident as i', 'i.id', 'ie.incident_id')
      .innerJoin('tenant as t', 't.id', 'ie.tenant_id')
      .select(['t.id', 't.name'])
      .distinct()
      .where('i.is_resolved', '=', 0)
      .orderBy('t.name')
      .execute(),
    db
      .selectFrom('tenant')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const dashboards: Shows['dashboards'] = [];
  for (const t of touched) {
    const active = await listTenantIncidents(ctx, ACTOR, t.id, { view: 'active' });
    if (!active.length) continue;
    dashboards.push({
      tenant: t.name,
      activeIssues: active.map(({ incident: i }) => ({
        id: i.id,
        title: i.title,
        status: i.status,
        severity: i.severity,
      })),
    });
  }
  const page = await loadPublicStatus(ctx.database.db, ctx.config, ctx.now());
  return {
    dashboards,
    quietDashboards: Number(tenantCount.n) - dashboards.length,
    publicPage: {
      status: worstStatus(page.regions.map((r) => r.status)),
      incidents: page.incidents
        .filter((i) => !i.isResolved)
        .map((i) => ({ id: i.id, title: i.title, status: i.status, severity: i.severity })),
      maintenance: page.maintenances
        .filter((m) => m.status !== 'completed')
        .map((m) => ({ id: m.id, title: m.title, status: m.status, scheduledFor: m.scheduledFor })),
    },
  };
}

/** Rehearses a parsed scenario; throws ScenarioError (nothing run) when it names what does not exist. */
export async function rehearse(scenario: Scenario, options: RehearseOptions): Promise<Timeline> {
  const file = options.file ?? scenario.name;
  const stepMs = Math.max(60_000, options.stepMs ?? 5 * 60_000);
  const database = openDatabase('sqlite::memory:');
  let clock = scenario.start;
  const ctx = createContext(database, options.config, () => clock);
  try {
    await migrateToLatest(database);
    await ensureReferenceData(database.db);
    if (scenario.directory) {
      try {
        await importDirectory(ctx, ACTOR, batchFromJson(scenario.directory, 'directory'));
      } catch (e) {
        if (!(e instanceof HeraldError) || !e.problems.length) throw e;
        throw new ScenarioError(
          file,
          e.problems.map((p) => ({ where: scenarioPlace(`directory: ${p.field}`), message: p.message })),
        );
      }
    } else if (options.live) {
      await copyDirectory(options.live.db, database.db);
    }
    const names = await loadNames(database.db);
    checkNames(scenario, names, file);
    // What a directory import or snapshot published is set-up, not part of the rehearsal.
    const seen = new Set((await database.db.selectFrom('event').select('id').execute()).map((e) => e.id));
    const entries: TimelineEntry[] = [];
    const lastTick = new Map<string, string>();
    const runJobs = async (jobs: readonly PeriodicJob[]): Promise<void> => {
      for (const job of jobs) {
        const tick = tickOf(clock, Math.max(job.everyMs, stepMs));
        if (lastTick.get(job.name) === tick) continue;
        lastTick.set(job.name, tick);
        const since = clock.toISOString();
        await job.run(ctx);
        entries.push(...(await collect(ctx, seen, since, { job: job.name })));
      }
    };
    const advanceTo = async (t: Date): Promise<void> => {
      let next = Math.floor(clock.getTime() / stepMs) * stepMs + stepMs;
      while (next <= t.getTime()) {
        clock = new Date(next);
        await runJobs(PERIODIC_JOBS);
        next += stepMs;
        // The embedded database answers synchronously: inside `herald serve` a week of steps would
        // otherwise hold every other request until the rehearsal ends.
        await new Promise((resolve) => setImmediate(resolve));
      }
      clock = t;
    };
    await runJobs(PERIODIC_JOBS);
    const ids = new Map<string, string>();
    for (const e of scenario.events) {
      await advanceTo(e.time);
      const since = clock.toISOString();
      try {
        await apply(ctx, e, names, ids, scenario.start);
      } catch (err) {
        if (!(err instanceof HeraldError)) throw err;
        throw new ScenarioRefused(
          file,
          entryPlace(e, { kind: e.kind }),
          words('problem.scenario.refusedBy', { at: since, detail: messageOf(err.detail) }),
        );
      }
      entries.push(...(await collect(ctx, seen, since, { entry: entryWhere(e), kind: e.kind })));
    }
    await advanceTo(scenario.end);
    return {
      scenario: scenario.name,
      start: scenario.start.toISOString(),
      end: scenario.end.toISOString(),
      directory: scenario.directory ? 'scenario' : 'snapshot',
      entries,
    };
  } finally {
    await database.close();
  }
}
