// Maintenance: planned, unplanned and security work with an expected impact, an estimated
// duration and a window per region, scoped to regions (and optionally some environments or
// services). Operators schedule, change and cancel it; maintenanceProgress.ts records how it goes;
// tenants read the part that concerns their environments (schedule.ts).
import { sql } from 'kysely';
import { isOperator, type Actor } from '../../domain/actor.js';
import {
  announcementFor,
  announcementOfChange,
  checkWindows,
  MAINTENANCE_IMPACTS,
  MAINTENANCE_KINDS,
  MAX_WINDOW_HOURS,
  noticeDueAt,
  overallState,
  type MaintenanceImpact,
  type MaintenanceKind,
  type MaintenanceState,
  type MaintenanceWindow,
  type WindowInput,
} from '../../domain/maintenance.js';
import {
  type FieldProblem,
  forbidden,
  illegalTransition,
  invalidMany,
  needsConfirmation,
  notFound,
  words,
} from '../../errors.js';
import type { MaintenanceTable, MaintenanceUpdateTable, MaintenanceWindowTable } from '../../store/schema.js';
import { fromJson, newId, toJson } from '../../store/values.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from '../directory/check.js';
import { pageOf, type Page, type PageRequest } from '../directory/paging.js';
import { findUnknownServices } from '../directory/services.js';
import { checkPublicText } from '../publicText.js';
import { isPublicMaintenance } from './maintenanceLookup.js';
import { sendCancelled, sendNotice, sendUnplanned, sendUpdated, type MaintenanceRecord } from './maintenanceNotices.js';
import { isAnyOf } from '../../store/chunks.js';
import { runsAnyService } from '../../store/directory.js';

export interface MaintenanceInput {
  kind: MaintenanceKind;
  title: string;
  description?: string;
  impact: MaintenanceImpact;
  durationMinutes: number;
  windows: WindowInput[];
  /** Only these environments of the windows' regions (all of them when left out). */
  environmentIds?: string[];
  /** Only environments using one of these services (every service when left out). */
  services?: string[];
  /** Schedule it although no environment is affected (a mistake, unless said so). */
  confirmNoEnvironments?: boolean;
}

export type MaintenancePatch = Partial<Omit<MaintenanceInput, 'kind'>>;

export interface MaintenanceView {
  maintenance: MaintenanceTable;
  windows: MaintenanceWindowTable[];
  /** The first MAX_LISTED_ENVIRONMENTS affected environments the reader may see, by name. */
  environments: { id: string; name: string; tenantId: string; region: string }[];
  environmentCount: number;
  updates: MaintenanceUpdateTable[];
}

const oneOf = (values: readonly string[]) => (v: string) =>
  values.includes(v) ? null : words('problem.schema.oneOf', { choices: values.join(', ') });

/** Rules a schema cannot say; all problems at once. */
function checkInput(
  input: MaintenancePatch & { kind?: MaintenanceKind },
  kind: MaintenanceKind,
  now: Date,
  started: ReadonlySet<string>,
): MaintenanceWindow[] | undefined {
  const check = new InputCheck()
    .field('body.kind', input.kind, oneOf(MAINTENANCE_KINDS))
    .field('body.impact', input.impact, oneOf(MAINTENANCE_IMPACTS))
    .field('body.title', input.title, (v) => (v.trim() ? null : 'problem.notEmpty'))
    .field('body.durationMinutes', input.durationMinutes, (v) =>
      Number.isInteger(v) && v >= 1 && v <= MAX_WINDOW_HOURS * 60
        ? null
        : words('problem.maintenance.duration', { max: MAX_WINDOW_HOURS * 60 }),
    );
  let windows: MaintenanceWindow[] | undefined;
  if (input.windows) {
    const result = checkWindows(kind, input.windows, now, 'body.windows', started);
    check.problems.push(...result.problems);
    windows = result.windows;
  }
  check.done();
  return windows;
}

/** Its title is on the public page: it may name no tenant, environment or person. */
async function checkPublicTitle(s: CommandScope, m: MaintenanceTable): Promise<void> {
  if (isPublicMaintenance(m)) await checkPublicText(s.trx, [{ field: 'body.title', text: m.title }]);
}

function checkDurationFits(durationMinutes: number, windows: { start: number; end: number }[]): FieldProblem[] {
  const longest = Math.max(...windows.map((w) => (w.end - w.start) / 60_000));
  return durationMinutes > longest
    ? [
        {
          field: 'body.durationMinutes',
          message: words('problem.maintenance.longerThanWindow', { minutes: longest }),
        },
      ]
    : [];
}

/** Services and environments named must exist, and named environments must be in a window's region. */
async function checkReferences(
  s: CommandScope,
  regions: string[],
  services: string[],
  environmentIds: string[],
): Promise<void> {
  const problems: FieldProblem[] = [];
  const unknownServices = await findUnknownServices(s.trx, services);
  if (unknownServices.length)
    problems.push({
      field: 'body.services',
      message: words('problem.services.unknownList', { unknown: unknownServices.join(', ') }),
    });
  if (environmentIds.length) {
    const found = await s.trx
      .selectFrom('environment')
      .select(['id', 'region_code'])
      .where(isAnyOf(s.trx, 'id', environmentIds))
      .execute();
    const known = new Set(found.map((f) => f.id));
    const unknown = environmentIds.filter((id) => !known.has(id));
    if (unknown.length)
      problems.push({
        field: 'body.environmentIds',
        message: words('problem.environments.unknownList', { unknown: unknown.join(', ') }),
      });
    const outside = found.filter((f) => !regions.includes(f.region_code));
    if (outside.length) {
      problems.push({
        field: 'body.environmentIds',
        message: words('problem.maintenance.outsideWindows', {
          environments: outside.map((f) => `${f.id} (${f.region_code})`).join(', '),
        }),
      });
    }
  }
  if (problems.length) throw invalidMany(problems);
}

/** Materialises the affected environments: the windows' regions, narrowed by the filter and the services. */
async function resolveEnvironments(s: CommandScope, m: MaintenanceTable, regions: string[]): Promise<string[]> {
  await s.trx.deleteFrom('maintenance_environment').where('maintenance_id', '=', m.id).execute();
  const filter = fromJson<string[]>(m.environment_filter, []);
  const services = fromJson<string[]>(m.services, []);
  await s.trx
    .insertInto('maintenance_environment')
    .columns(['maintenance_id', 'environment_id', 'tenant_id', 'region_code'])
    .expression((eb) => {
      let q = eb
        .selectFrom('environment as e')
        .select([sql<string>`cast(${m.id} as text)`.as('maintenance_id'), 'e.id', 'e.tenant_id', 'e.region_code'])
        .where('e.region_code', 'in', regions);
      if (filter.length) q = q.where(isAnyOf(s.trx, 'e.id', filter));
      if (services.length) q = q.where(runsAnyService(s.trx, 'e.id', services));
      return q;
    })
    .execute();
  return affectedEnvironments(s, m.id);
}

async function affectedEnvironments(s: CommandScope, maintenanceId: string): Promise<string[]> {
  const rows = await s.trx
    .selectFrom('maintenance_environment')
    .select('environment_id')
    .where('maintenance_id', '=', maintenanceId)
    .orderBy('environment_id')
    .execute();
  return rows.map((r) => r.environment_id);
}

/** The maintenance, locked until the commit (every change of it starts here), with its windows. */
export async function loadRecord(s: CommandScope, id: string): Promise<MaintenanceRecord> {
  const maintenance = await s.lock('maintenance', id);
  if (!maintenance) throw notFound('maintenance', id);
  const windows = await s.trx
    .selectFrom('maintenance_window')
    .selectAll()
    .where('maintenance_id', '=', id)
    .orderBy('starts_at')
    .orderBy('region_code')
    .execute();
  return { maintenance, windows, environmentIds: await affectedEnvironments(s, id) };
}

export async function addTimeline(
  s: CommandScope,
  maintenanceId: string,
  state: MaintenanceState,
  body: string,
): Promise<void> {
  await s.trx
    .insertInto('maintenance_update')
    .values({ id: newId(), maintenance_id: maintenanceId, at: s.nowIso, state, body })
    .execute();
}

/** Recomputes the maintenance's state from its windows and writes it when it moved. */
export async function settleState(s: CommandScope, rec: MaintenanceRecord): Promise<MaintenanceState> {
  const state = overallState(
    rec.windows.map((w) => w.state),
    rec.maintenance.state === 'cancelled',
  );
  if (state !== rec.maintenance.state) {
    await s.trx
      .updateTable('maintenance')
      .set({ state, updated_at: s.nowIso })
      .where('id', '=', rec.maintenance.id)
      .execute();
    rec.maintenance.state = state;
  }
  return state;
}

/**
 * Tells live views whose data changed: everyone (the public status page too) when the maintenance
 * has or had impact, else only the tenants of its environments (then and now).
 */
export async function noticeChange(
  s: CommandScope,
  rec: MaintenanceRecord,
  before?: { impact: MaintenanceImpact; tenantIds: string[] },
): Promise<void> {
  if (rec.maintenance.impact !== 'none' || (before && before.impact !== 'none')) {
    s.changed({ tenantIds: null, topic: 'maintenance' });
    return;
  }
  s.changed({
    tenantIds: [...new Set([...(before?.tenantIds ?? []), ...(await tenantsOf(s, rec.maintenance.id))])],
    topic: 'maintenance',
  });
}

async function tenantsOf(s: CommandScope, maintenanceId: string): Promise<string[]> {
  const rows = await s.trx
    .selectFrom('maintenance_environment')
    .select('tenant_id')
    .distinct()
    .where('maintenance_id', '=', maintenanceId)
    .execute();
  return rows.map((r) => r.tenant_id);
}

/** Sends what is due now: unplanned at once, a notice once its lead time is reached. */
async function announceIfDue(s: CommandScope, rec: MaintenanceRecord): Promise<void> {
  const m = rec.maintenance;
  if (m.notice_sent_at) return;
  const how = announcementFor(m.kind, m.impact);
  if (how === 'unplanned') await sendUnplanned(s, rec);
  else if (how === 'notice' && m.notice_due_at && m.notice_due_at <= s.nowIso) await sendNotice(s, rec);
}

function noticeDue(
  s: CommandScope,
  kind: MaintenanceKind,
  impact: MaintenanceImpact,
  windows: MaintenanceWindow[],
): string | null {
  if (announcementFor(kind, impact) !== 'notice') return null;
  return noticeDueAt(windows, s.ctx.config.maintenanceNoticeLeadDays).toISOString();
}

export async function createMaintenance(
  ctx: AppContext,
  actor: Actor,
  input: MaintenanceInput,
): Promise<MaintenanceView> {
  if (!isOperator(actor)) throw forbidden('problem.maintenance.operatorsSchedule');
  const windows = checkInput(input, input.kind, ctx.now(), new Set())!;
  const fits = checkDurationFits(
    input.durationMinutes,
    windows.map((w) => ({ start: w.start.getTime(), end: w.end.getTime() })),
  );
  if (fits.length) throw invalidMany(fits);
  const id = await runCommand(ctx, actor, async (s) => {
    const regions = windows.map((w) => w.region);
    const services = [...new Set(input.services ?? [])];
    const filter = [...new Set(input.environmentIds ?? [])];
    await checkReferences(s, regions, services, filter);
    const m: MaintenanceTable = {
      id: newId(),
      kind: input.kind,
      title: input.title.trim(),
      description: input.description?.trim() ?? '',
      impact: input.impact,
      state: 'scheduled',
      duration_minutes: input.durationMinutes,
      services: toJson(services),
      environment_filter: toJson(filter),
      notice_due_at: noticeDue(s, input.kind, input.impact, windows),
      notice_sent_at: null,
      revision: 0,
      created_at: s.nowIso,
      updated_at: s.nowIso,
    };
    await checkPublicTitle(s, m);
    await s.trx.insertInto('maintenance').values(m).execute();
    const rows: MaintenanceWindowTable[] = windows.map((w) => ({
      maintenance_id: m.id,
      region_code: w.region,
      starts_at: w.start.toISOString(),
      ends_at: w.end.toISOString(),
      state: 'scheduled',
      started_at: null,
      finished_at: null,
    }));
    await s.trx.insertInto('maintenance_window').values(rows).execute();
    const rec: MaintenanceRecord = {
      maintenance: m,
      windows: rows,
      environmentIds: await resolveEnvironments(s, m, regions),
    };
    if (rec.environmentIds.length === 0 && input.confirmNoEnvironments !== true) {
      // Work that touches nothing tells nobody, yet its impact is on the public page: refuse
      // the likely mistake (a wrong region or service), unless the operator says it is meant.
      throw needsConfirmation('body.confirmNoEnvironments', 'problem.maintenance.nobody');
    }
    await addTimeline(
      s,
      m.id,
      'scheduled',
      m.kind === 'unplanned' ? 'Unplanned maintenance is under way or about to start.' : 'Scheduled.',
    );
    await announceIfDue(s, rec);
    await s.audit({
      action: 'maintenance.created',
      entityType: 'maintenance',
      entityId: m.id,
      tenantId: null,
      after: { ...m, windows: rows, environmentCount: rec.environmentIds.length },
    });
    await noticeChange(s, rec);
    return m.id;
  });
  return getMaintenance(ctx, actor, id);
}

/**
 * Changes scheduled or running work. A running region keeps its start (only its end may move)
 * and cannot be dropped. Those already told hear of the change (a new key per change); when
 * nobody was told yet, the notice, sent when due, carries the new details.
 */
export async function updateMaintenance(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: MaintenancePatch,
): Promise<MaintenanceView> {
  if (!isOperator(actor)) throw forbidden('problem.maintenance.operatorsChange');
  await runCommand(ctx, actor, async (s) => {
    const rec = await loadRecord(s, id);
    const before = rec.maintenance;
    if (before.state !== 'scheduled' && before.state !== 'in_progress') {
      throw illegalTransition(
        words('problem.maintenance.frozen', { state: before.state.replace('_', ' ') }),
        'params.id',
      );
    }
    const running = new Map(rec.windows.filter((w) => w.state !== 'scheduled').map((w) => [w.region_code, w]));
    const windows = checkInput(patch, before.kind, s.now, new Set(running.keys()));
    const problems: FieldProblem[] = [];
    if (windows) {
      for (const [region, w] of running) {
        const next = windows.find((x) => x.region === region);
        if (!next)
          problems.push({
            field: 'body.windows',
            message: words('problem.maintenance.keepRegion', { region }),
          });
        else if (next.start.toISOString() !== w.starts_at)
          problems.push({
            field: 'body.windows',
            message: words('problem.maintenance.started', { region, at: w.starts_at }),
          });
      }
    }
    const windowSpans = (
      windows ?? rec.windows.map((w) => ({ start: new Date(w.starts_at), end: new Date(w.ends_at) }))
    ).map((w) => ({ start: w.start.getTime(), end: w.end.getTime() }));
    problems.push(...checkDurationFits(patch.durationMinutes ?? before.duration_minutes, windowSpans));
    if (problems.length) throw invalidMany(problems);
    const regions = windows ? windows.map((w) => w.region) : rec.windows.map((w) => w.region_code);
    const services = patch.services ? [...new Set(patch.services)] : fromJson<string[]>(before.services, []);
    const filter = patch.environmentIds
      ? [...new Set(patch.environmentIds)]
      : fromJson<string[]>(before.environment_filter, []);
    await checkReferences(s, regions, patch.services ? services : [], patch.environmentIds || windows ? filter : []);
    const impact = patch.impact ?? before.impact;
    const windowsNow =
      windows ??
      rec.windows.map((w) => ({ region: w.region_code, start: new Date(w.starts_at), end: new Date(w.ends_at) }));
    const after: MaintenanceTable = {
      ...before,
      title: patch.title?.trim() ?? before.title,
      description: patch.description?.trim() ?? before.description,
      impact,
      duration_minutes: patch.durationMinutes ?? before.duration_minutes,
      services: toJson(services),
      environment_filter: toJson(filter),
      notice_due_at: before.notice_sent_at ? before.notice_due_at : noticeDue(s, before.kind, impact, windowsNow),
      revision: before.revision + 1,
      updated_at: s.nowIso,
    };
    await checkPublicTitle(s, after);
    await s.trx.updateTable('maintenance').set(after).where('id', '=', id).execute();
    if (windows) {
      await s.trx.deleteFrom('maintenance_window').where('maintenance_id', '=', id).execute();
      await s.trx
        .insertInto('maintenance_window')
        .values(
          windows.map((w) => {
            const kept = running.get(w.region);
            return {
              maintenance_id: id,
              region_code: w.region,
              starts_at: w.start.toISOString(),
              ends_at: w.end.toISOString(),
              state: kept?.state ?? 'scheduled',
              started_at: kept?.started_at ?? null,
              finished_at: kept?.finished_at ?? null,
            };
          }),
        )
        .execute();
    }
    const previouslyAffected = rec.environmentIds;
    const seenBefore = { impact: before.impact, tenantIds: before.impact === 'none' ? await tenantsOf(s, id) : [] };
    const next = await loadRecord(s, id);
    next.maintenance = after;
    next.environmentIds = await resolveEnvironments(s, after, regions);
    await settleState(s, next);
    await addTimeline(s, id, next.maintenance.state, 'Updated: the details, windows or scope changed.');
    if (announcementOfChange(after.kind, after.notice_sent_at !== null) === 'updated')
      await sendUpdated(s, next, previouslyAffected);
    else await announceIfDue(s, next);
    await s.audit({
      action: 'maintenance.updated',
      entityType: 'maintenance',
      entityId: id,
      tenantId: null,
      before: { ...before, windows: rec.windows },
      after: { ...after, windows: next.windows },
    });
    await noticeChange(s, next, seenBefore);
  });
  return getMaintenance(ctx, actor, id);
}

/** Only work that has not started can be cancelled; those told of it learn it will not happen. */
export async function cancelMaintenance(
  ctx: AppContext,
  actor: Actor,
  id: string,
  reason: string | undefined,
): Promise<MaintenanceView> {
  if (!isOperator(actor)) throw forbidden('problem.maintenance.operatorsCancel');
  await runCommand(ctx, actor, async (s) => {
    const rec = await loadRecord(s, id);
    if (rec.maintenance.state !== 'scheduled') {
      throw illegalTransition(
        words('problem.maintenance.cannotCancel', { state: rec.maintenance.state.replace('_', ' ') }),
        'params.id',
      );
    }
    await s.trx
      .updateTable('maintenance')
      .set({ state: 'cancelled', updated_at: s.nowIso })
      .where('id', '=', id)
      .execute();
    await s.trx
      .updateTable('maintenance_window')
      .set({ state: 'cancelled' })
      .where('maintenance_id', '=', id)
      .execute();
    rec.maintenance.state = 'cancelled';
    const why = reason?.trim() || 'Cancelled.';
    await addTimeline(s, id, 'cancelled', why);
    if (rec.maintenance.notice_sent_at) await sendCancelled(s, rec, why);
    await s.audit({
      action: 'maintenance.cancelled',
      entityType: 'maintenance',
      entityId: id,
      tenantId: null,
      after: { reason: why },
    });
    await noticeChange(s, rec);
  });
  return getMaintenance(ctx, actor, id);
}

/** The environments an actor may see maintenance of: those of tenants they are org admin of, and their own. */
export interface Visibility {
  orgTenantIds: string[];
  environmentIds: string[];
}

/** Null for operators, who see everything. */
export function visibilityOf(actor: Actor): Visibility | null {
  if (isOperator(actor)) return null;
  if (actor.kind !== 'person') return { orgTenantIds: [], environmentIds: [] };
  return { orgTenantIds: [...actor.orgAdminOf], environmentIds: [...actor.systemAdminOf.keys()] };
}

/** A maintenance may reach a whole region's environments: a view lists this many, and counts them all. */
export const MAX_LISTED_ENVIRONMENTS = 1000;

/**
 * Builds views, keeping to the environments `visible` allows (null: all, for operators): a tenant
 * sees its own environments and only the windows of their regions. `tenantId` narrows to one tenant.
 */
export async function viewsOf(
  ctx: AppContext,
  rows: MaintenanceTable[],
  visible: Visibility | null,
  tenantId?: string,
): Promise<MaintenanceView[]> {
  if (!rows.length) return [];
  const db = ctx.database.db;
  const ids = rows.map((r) => r.id);
  let affected = db.selectFrom('maintenance_environment as me').where('me.maintenance_id', 'in', ids);
  if (tenantId) affected = affected.where('me.tenant_id', '=', tenantId);
  if (visible) {
    const { orgTenantIds, environmentIds } = visible;
    // An empty or() is false in Kysely: someone with no roles sees nothing.
    affected = affected.where((eb) =>
      eb.or([
        ...(orgTenantIds.length ? [eb('me.tenant_id', 'in', orgTenantIds)] : []),
        ...(environmentIds.length ? [eb('me.environment_id', 'in', environmentIds)] : []),
      ]),
    );
  }
  const listed = affected
    .innerJoin('environment as e', 'e.id', 'me.environment_id')
    .select([
      'me.maintenance_id',
      'e.id',
      'e.name',
      'e.tenant_id',
      'e.region_code',
      sql<number>`row_number() over (partition by me.maintenance_id order by e.name, e.id)`.as('position'),
    ]);
  const [windows, perRegion, environments, updates] = await Promise.all([
    db
      .selectFrom('maintenance_window')
      .selectAll()
      .where('maintenance_id', 'in', ids)
      .orderBy('starts_at')
      .orderBy('region_code')
      .execute(),
    affected
      .select(['me.maintenance_id', 'me.region_code', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['me.maintenance_id', 'me.region_code'])
      .execute(),
    db
      .selectFrom(listed.as('l'))
      .selectAll()
      .where('l.position', '<=', MAX_LISTED_ENVIRONMENTS)
      .orderBy('l.position')
      .execute(),
    db.selectFrom('maintenance_update').selectAll().where('maintenance_id', 'in', ids).orderBy('at', 'desc').execute(),
  ]);
  return rows.map((m) => {
    const counts = perRegion.filter((c) => c.maintenance_id === m.id);
    const regions = new Set(counts.map((c) => c.region_code));
    return {
      maintenance: m,
      windows: windows.filter(
        (w) => w.maintenance_id === m.id && (!visible && !tenantId ? true : regions.has(w.region_code)),
      ),
      environments: environments
        .filter((e) => e.maintenance_id === m.id)
        .map((e) => ({ id: e.id, name: e.name, tenantId: e.tenant_id, region: e.region_code })),
      environmentCount: counts.reduce((n, c) => n + Number(c.n), 0),
      updates: updates.filter((u) => u.maintenance_id === m.id),
    };
  });
}

export async function getMaintenance(ctx: AppContext, actor: Actor, id: string): Promise<MaintenanceView> {
  const row = await ctx.database.db.selectFrom('maintenance').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('maintenance', id);
  const [view] = await viewsOf(ctx, [row], visibilityOf(actor));
  if (!isOperator(actor) && !view!.environmentCount) throw notFound('maintenance', id);
  return view!;
}

export async function listMaintenance(
  ctx: AppContext,
  actor: Actor,
  filter: PageRequest & { state?: MaintenanceState; kind?: MaintenanceKind },
): Promise<Page<MaintenanceView>> {
  if (!isOperator(actor))
    throw forbidden(words('problem.maintenance.listScope', { path: '/api/tenants/{tenantId}/maintenance' }));
  let query = ctx.database.db.selectFrom('maintenance').selectAll();
  if (filter.state) query = query.where('state', '=', filter.state);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  const page = await pageOf(query.orderBy('created_at', 'desc').orderBy('id'), filter);
  return { items: await viewsOf(ctx, page.items, null), total: page.total };
}
