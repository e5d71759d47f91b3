// Operators' commands on incidents and advisories: open, post an update (which may move the
// status, and with serviceRestored or falsePositive ends it), change details or scope, and
// override the derived severity with a reason. Each is one transaction with its audit entry and
// its event.
import { randomInt } from 'node:crypto';
import { isOperator, type Actor } from '../../domain/actor.js';
import {
  CLASSIFICATIONS,
  ENDING_STATUSES,
  formatIncidentId,
  OPENING_STATUSES,
  ORIGINS,
  POST_TYPES,
  statusMoveProblem,
  type Classification,
  type IncidentStatus,
  type Origin,
  type PostType,
} from '../../domain/incidents.js';
import { pirDueAcrossRegions, pirRequired } from '../../domain/pir.js';
import { deriveSeverity, effectiveSeverity, SYMPTOMS, type Severity, type Symptom } from '../../domain/severity.js';
import { forbidden, illegalTransition, invalid, messageOf, notFound, words, type Words } from '../../errors.js';
import type { IncidentPostTable, IncidentTable } from '../../store/schema.js';
import { flag, fromJson, newId, toJson } from '../../store/values.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from '../directory/check.js';
import { viewerOf, findVisibleIncident } from './access.js';
import { announceChange, publishPost } from './incidentEvents.js';
import { mayBePublic } from '../../domain/publicity.js';
import { checkPublicText } from '../publicText.js';
import {
  checkServices,
  isPublicIncident,
  isWholeRegion,
  NO_SCOPE,
  resolveScope,
  storeScope,
  type IncidentScope,
  type ResolvedScope,
} from './scope.js';
import { environmentsOf, tellChange, tellWidening } from './widening.js';
import { resolvePagesOf } from '../teams/paging.js';

export interface OpenIncidentInput {
  title: string;
  classification: Classification;
  services: string[];
  feature?: string | null;
  featureGroup?: string | null;
  scope: Partial<IncidentScope>;
  impactDescription: string;
  userExperience?: string;
  workaround?: string;
  /** ISO UTC; now when absent. */
  startDateTime?: string;
  origin?: Origin;
  /** One of the opening statuses; investigating when absent. */
  status?: IncidentStatus;
  symptoms?: Symptom[];
  significantDegradation?: boolean;
  upstreamDegraded?: boolean;
  isPublic?: boolean;
  /** Text of the first post; the impact description when absent. */
  description?: string;
  /** When policy, not signals, fixes the severity (a maintenance overrun is the highest priority). */
  severityOverride?: { severity: Severity; reason: string };
  maintenanceId?: string;
}

export interface PostInput {
  description: string;
  postType?: PostType;
  /** The status the incident moves to; unchanged when absent. */
  status?: IncidentStatus;
  /** For an ending status: when the service was back (ISO UTC); now when absent. */
  endDateTime?: string;
  /** false: a correction, posted without notifying anyone (its deliveries are recorded as suppressed). */
  notify?: boolean;
}

export type IncidentPatch = Partial<
  Pick<
    OpenIncidentInput,
    | 'title'
    | 'services'
    | 'feature'
    | 'featureGroup'
    | 'scope'
    | 'impactDescription'
    | 'userExperience'
    | 'workaround'
    | 'startDateTime'
    | 'origin'
    | 'symptoms'
    | 'significantDegradation'
    | 'upstreamDegraded'
    | 'isPublic'
  >
>;

const oneOf = (values: readonly string[]) => (v: string) =>
  values.includes(v) ? null : words('problem.schema.oneOf', { choices: values.join(', ') });
const notEmpty = (v: string): Words | null => (v.trim() ? null : 'problem.notEmpty');

function checkTime(now: Date, field: 'start' | 'end') {
  return (v: string): Words | null => {
    const t = Date.parse(v);
    if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}T/.test(v)) return 'problem.isoDateTime.example';
    return t > now.getTime() + 5 * 60_000 ? words('problem.inFuture', { what: field }) : null;
  };
}

function checkIncidentFields(
  input: IncidentPatch & { classification?: string; status?: string },
  now: Date,
): InputCheck {
  return new InputCheck()
    .field('body.title', input.title, notEmpty)
    .field('body.classification', input.classification, oneOf(CLASSIFICATIONS))
    .field('body.status', input.status, (v) =>
      (OPENING_STATUSES as readonly string[]).includes(v)
        ? null
        : words('problem.incidents.openingStatus', { choices: OPENING_STATUSES.join(', ') }),
    )
    .field('body.origin', input.origin, oneOf(ORIGINS))
    .field('body.impactDescription', input.impactDescription, notEmpty)
    .field('body.startDateTime', input.startDateTime, checkTime(now, 'start'))
    .field('body.symptoms', input.symptoms, (v) => {
      const bad = v.filter((x) => !(SYMPTOMS as readonly string[]).includes(x));
      return bad.length
        ? words('problem.symptoms.unknown', { unknown: bad.join(', '), choices: SYMPTOMS.join(', ') })
        : null;
    });
}

async function newIncidentId(s: CommandScope): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const id = formatIncidentId(randomInt(100000, 1000000));
    if (!(await s.trx.selectFrom('incident').select('id').where('id', '=', id).executeTakeFirst())) return id;
  }
  throw new Error('could not find a free incident id after 20 tries');
}

async function wasInterrupted(s: CommandScope, incidentId: string): Promise<boolean> {
  return !!(await s.trx
    .selectFrom('incident_post')
    .select('id')
    .where('incident_id', '=', incidentId)
    .where('status', '=', 'serviceInterruption')
    .executeTakeFirst());
}

/** Re-derives the severity after anything it depends on changed; the override, if any, stays in force. */
function withSeverity(
  row: IncidentTable,
  resolved: { tenantCount: number; wholeRegion: boolean },
  interrupted: boolean,
): IncidentTable {
  const verdict = deriveSeverity({
    classification: row.classification,
    interrupted,
    symptoms: fromJson<Symptom[]>(row.symptoms, []),
    significantDegradation: row.significant_degradation === 1,
    upstreamDegraded: row.upstream_degraded === 1,
    tenantCount: resolved.tenantCount,
    wholeRegion: resolved.wholeRegion,
  });
  return {
    ...row,
    tenant_count: resolved.tenantCount,
    derived_severity: verdict.severity,
    severity_reasons: toJson(verdict.reasons),
    severity: effectiveSeverity(verdict.severity, row.severity_override),
  };
}

/** A restored incident that owes a report gets its due date: the latest of its regions' (pirDueAcrossRegions). */
async function withPirDue(s: CommandScope, row: IncidentTable): Promise<IncidentTable> {
  if (
    row.status === 'falsePositive' ||
    !row.end_at ||
    !pirRequired({ classification: row.classification, severity: row.severity, tenantCount: row.tenant_count })
  ) {
    return { ...row, pir_due_at: null };
  }
  const regions = fromJson<string[]>(row.region_codes, []);
  const calendars = regions.length
    ? await s.trx.selectFrom('region').select('holiday_country').where('code', 'in', regions).execute()
    : [];
  return {
    ...row,
    pir_due_at: pirDueAcrossRegions(
      new Date(row.end_at),
      calendars.map((c) => c.holiday_country),
    ).toISOString(),
  };
}

/** An incident that is, or by its severity may become, public: its words must name nobody. */
const couldBePublic = (scope: IncidentScope, maintenanceId: string | null | undefined): boolean =>
  mayBePublic({ scope, raisedFromMaintenance: !!maintenanceId });

const publicFields = (row: Pick<IncidentTable, 'title' | 'impact_description' | 'user_experience' | 'workaround'>) => [
  { field: 'body.title', text: row.title },
  { field: 'body.impactDescription', text: row.impact_description },
  { field: 'body.userExperience', text: row.user_experience },
  { field: 'body.workaround', text: row.workaround },
];

function requireResolved(resolved: ResolvedScope): void {
  if (!resolved.regionCodes.length) throw invalid('body.scope', 'problem.incidents.noEnvironment');
}

async function insertPost(
  s: CommandScope,
  incidentId: string,
  input: { description: string; postType: PostType; status: IncidentStatus; notify?: boolean },
): Promise<IncidentPostTable> {
  const post: IncidentPostTable = {
    id: newId(),
    incident_id: incidentId,
    post_type: input.postType,
    status: input.status,
    description: input.description.trim(),
    author_id: s.actor.kind === 'person' ? s.actor.personId : null,
    author_label: s.actor.kind === 'person' ? s.actor.name : 'Herald',
    notified: flag(input.notify !== false),
    created_at: s.nowIso,
  };
  await s.trx.insertInto('incident_post').values(post).execute();
  return post;
}

/** Opens an incident inside the caller's transaction (also used when maintenance overruns). */
export async function insertIncident(s: CommandScope, input: OpenIncidentInput): Promise<IncidentTable> {
  checkIncidentFields(input, s.now)
    .require('body.title', input.title)
    .require('body.classification', input.classification)
    .require('body.impactDescription', input.impactDescription)
    .done();
  const services = [...new Set(input.services)];
  await checkServices(s.trx, services);
  const resolved = await resolveScope(s.trx, input.scope, services);
  requireResolved(resolved);
  const status = input.status ?? 'investigating';
  const id = await newIncidentId(s);
  const draft: IncidentTable = {
    id,
    title: input.title.trim(),
    classification: input.classification,
    status,
    severity: 'minor',
    derived_severity: 'minor',
    severity_reasons: '[]',
    severity_override: input.severityOverride?.severity ?? null,
    severity_override_reason: input.severityOverride?.reason ?? null,
    symptoms: toJson([...new Set(input.symptoms ?? [])]),
    significant_degradation: flag(input.significantDegradation ?? false),
    upstream_degraded: flag(input.upstreamDegraded ?? false),
    service_ids: toJson(services),
    feature: input.feature?.trim() || null,
    feature_group: input.featureGroup?.trim() || null,
    scope: toJson(resolved.scope),
    region_codes: toJson(resolved.regionCodes),
    tenant_count: resolved.tenantIds.length,
    impact_description: input.impactDescription.trim(),
    user_experience: input.userExperience?.trim() ?? '',
    workaround: input.workaround?.trim() ?? '',
    origin: input.origin ?? 'microsoft',
    is_public: flag(input.isPublic ?? false),
    start_at: input.startDateTime ? new Date(input.startDateTime).toISOString() : s.nowIso,
    end_at: null,
    is_resolved: 0,
    last_post_at: s.nowIso,
    pir_due_at: null,
    maintenance_id: input.maintenanceId ?? null,
    opened_by: s.actor.kind === 'person' ? s.actor.personId : null,
    created_at: s.nowIso,
    updated_at: s.nowIso,
  };
  const row = withSeverity(
    draft,
    { tenantCount: resolved.tenantIds.length, wholeRegion: resolved.wholeRegion },
    status === 'serviceInterruption',
  );
  if (couldBePublic(resolved.scope, input.maintenanceId)) {
    await checkPublicText(s.trx, [...publicFields(row), { field: 'body.description', text: input.description }]);
  }
  await s.trx.insertInto('incident').values(row).execute();
  await storeScope(s.trx, id, resolved);
  const post = await insertPost(s, id, {
    description: input.description?.trim() || row.impact_description,
    postType: 'regular',
    status,
  });
  await s.audit({
    action: 'incident.opened',
    entityType: 'incident',
    entityId: id,
    tenantId: resolved.tenantIds.length === 1 ? resolved.tenantIds[0]! : null,
    after: row,
  });
  await publishPost(s, row, post, 'opened');
  announceChange(s, row, false, resolved.tenantIds);
  return row;
}

/** What only operators do to incidents, a choice of `problem.incidents.operatorsOnly`. */
type OperatorAction = 'open' | 'post' | 'change' | 'severity';

function requireOperator(actor: Actor, what: OperatorAction): void {
  if (!isOperator(actor)) throw forbidden(words('problem.incidents.operatorsOnly', { what }));
}

/** Non-operators learn nothing about incidents they cannot see: 404 before 403. */
async function requireOperatorOn(ctx: AppContext, actor: Actor, id: string, what: OperatorAction): Promise<void> {
  if (!isOperator(actor)) {
    await findVisibleIncident(ctx.database.db, viewerOf(actor), id);
    throw forbidden(words('problem.incidents.operatorsOnly', { what }));
  }
}

export async function openIncident(ctx: AppContext, actor: Actor, input: OpenIncidentInput): Promise<IncidentTable> {
  requireOperator(actor, 'open');
  return runCommand(ctx, actor, (s) => insertIncident(s, input));
}

async function lockIncident(s: CommandScope, id: string): Promise<IncidentTable> {
  const row = await s.lock('incident', id);
  if (!row) throw notFound('incident', id);
  return row;
}

async function tenantsOf(s: CommandScope, id: string): Promise<string[]> {
  const rows = await s.trx
    .selectFrom('incident_environment')
    .select('tenant_id')
    .distinct()
    .where('incident_id', '=', id)
    .execute();
  return rows.map((r) => r.tenant_id);
}

export async function postIncidentUpdate(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: PostInput,
): Promise<{ incident: IncidentTable; post: IncidentPostTable }> {
  await requireOperatorOn(ctx, actor, id, 'post');
  new InputCheck()
    .require('body.description', input.description)
    .field('body.postType', input.postType, oneOf(POST_TYPES))
    .field('body.endDateTime', input.endDateTime, checkTime(ctx.now(), 'end'))
    .done();
  return runCommand(ctx, actor, async (s) => {
    const before = await lockIncident(s, id);
    const to = input.status ?? before.status;
    if (to !== before.status) {
      const problem = statusMoveProblem(before.status, to);
      if (problem)
        throw illegalTransition(
          words('problem.incidents.cannotMove', { id, from: before.status, to, reason: messageOf(problem) }),
        );
    }
    const ending = to !== before.status && ENDING_STATUSES.includes(to);
    if (input.endDateTime && !ending) throw invalid('body.endDateTime', 'problem.incidents.endOnlyWhenEnded');
    const endAt = ending ? (input.endDateTime ? new Date(input.endDateTime).toISOString() : s.nowIso) : before.end_at;
    if (endAt && endAt < before.start_at)
      throw invalid('body.endDateTime', words('problem.incidents.beforeStart', { start: before.start_at }));
    const beforeScope = fromJson<IncidentScope>(before.scope, NO_SCOPE);
    if (couldBePublic(beforeScope, before.maintenance_id))
      await checkPublicText(s.trx, [{ field: 'body.description', text: input.description }]);
    const post = await insertPost(s, id, {
      description: input.description,
      postType: input.postType ?? 'regular',
      status: to,
      notify: input.notify,
    });
    const moved: IncidentTable = {
      ...before,
      status: to,
      end_at: endAt,
      is_resolved: flag(before.is_resolved === 1 || ending),
      last_post_at: s.nowIso,
      updated_at: s.nowIso,
    };
    const interrupted = to === 'serviceInterruption' || (await wasInterrupted(s, id));
    const after = await withPirDue(
      s,
      withSeverity(moved, { tenantCount: before.tenant_count, wholeRegion: isWholeRegion(beforeScope) }, interrupted),
    );
    await s.trx.updateTable('incident').set(after).where('id', '=', id).execute();
    const tenants = await tenantsOf(s, id);
    await s.audit({
      action: to === before.status ? 'incident.posted' : 'incident.status_changed',
      entityType: 'incident',
      entityId: id,
      tenantId: tenants.length === 1 ? tenants[0]! : null,
      before: { status: before.status, severity: before.severity },
      after: { status: after.status, severity: after.severity, postId: post.id, notified: post.notified === 1 },
    });
    await publishPost(s, after, post, ending ? 'restored' : 'updated');
    if (ending) await resolvePagesOf(s, id);
    announceChange(s, after, isPublicIncident(before), tenants);
    return { incident: after, post };
  });
}

export async function updateIncident(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: IncidentPatch,
): Promise<IncidentTable> {
  await requireOperatorOn(ctx, actor, id, 'change');
  checkIncidentFields(patch, ctx.now()).done();
  return runCommand(ctx, actor, async (s) => {
    const before = await lockIncident(s, id);
    const services = patch.services ? [...new Set(patch.services)] : fromJson<string[]>(before.service_ids, []);
    if (patch.services) await checkServices(s.trx, services);
    const tenantsBefore = await tenantsOf(s, id);
    const environmentsBefore = await environmentsOf(s, id);
    let resolved: ResolvedScope | null = null;
    if (patch.scope || patch.services) {
      resolved = await resolveScope(
        s.trx,
        patch.scope ?? fromJson<IncidentScope>(before.scope, { regions: [], tenantIds: [], environmentIds: [] }),
        services,
      );
      requireResolved(resolved);
      await storeScope(s.trx, id, resolved);
    }
    const scope =
      resolved?.scope ?? fromJson<IncidentScope>(before.scope, { regions: [], tenantIds: [], environmentIds: [] });
    const changed: IncidentTable = {
      ...before,
      title: patch.title?.trim() ?? before.title,
      service_ids: toJson(services),
      feature: patch.feature === undefined ? before.feature : patch.feature?.trim() || null,
      feature_group: patch.featureGroup === undefined ? before.feature_group : patch.featureGroup?.trim() || null,
      scope: toJson(scope),
      region_codes: resolved ? toJson(resolved.regionCodes) : before.region_codes,
      impact_description: patch.impactDescription?.trim() ?? before.impact_description,
      user_experience: patch.userExperience?.trim() ?? before.user_experience,
      workaround: patch.workaround?.trim() ?? before.workaround,
      start_at: patch.startDateTime ? new Date(patch.startDateTime).toISOString() : before.start_at,
      origin: patch.origin ?? before.origin,
      symptoms: patch.symptoms ? toJson([...new Set(patch.symptoms)]) : before.symptoms,
      significant_degradation:
        patch.significantDegradation === undefined
          ? before.significant_degradation
          : flag(patch.significantDegradation),
      upstream_degraded: patch.upstreamDegraded === undefined ? before.upstream_degraded : flag(patch.upstreamDegraded),
      is_public: patch.isPublic === undefined ? before.is_public : flag(patch.isPublic),
      updated_at: s.nowIso,
    };
    if (changed.end_at && changed.start_at > changed.end_at)
      throw invalid('body.startDateTime', words('problem.incidents.afterEnd', { end: String(changed.end_at) }));
    if (couldBePublic(scope, before.maintenance_id)) {
      // Becoming provider-wide publishes the posts already written too.
      const posts = couldBePublic(fromJson<IncidentScope>(before.scope, NO_SCOPE), before.maintenance_id)
        ? []
        : await s.trx
            .selectFrom('incident_post')
            .select('description')
            .where('incident_id', '=', id)
            .orderBy('created_at')
            .orderBy('id')
            .execute();
      await checkPublicText(s.trx, [
        ...publicFields(changed),
        ...posts.map((p, i) => ({ field: `posts[${i}].description`, text: p.description })),
      ]);
    }
    const counts = {
      tenantCount: resolved ? resolved.tenantIds.length : before.tenant_count,
      wholeRegion: isWholeRegion(scope),
    };
    const after = await withPirDue(s, withSeverity(changed, counts, await wasInterrupted(s, id)));
    await s.trx.updateTable('incident').set(after).where('id', '=', id).execute();
    const tenants = [...new Set([...tenantsBefore, ...(resolved?.tenantIds ?? [])])];
    await s.audit({
      action: 'incident.updated',
      entityType: 'incident',
      entityId: id,
      tenantId: tenants.length === 1 ? tenants[0]! : null,
      before,
      after,
    });
    // Told first to those told before, then the newly impacted (who are not "told before" yet).
    const environmentsAfter = resolved ? resolved.environments.map((e) => e.id) : environmentsBefore;
    await tellChange(s, before, after, { before: environmentsBefore, after: environmentsAfter });
    await tellWidening(s, after, environmentsBefore, environmentsAfter);
    announceChange(s, after, isPublicIncident(before), tenants);
    return after;
  });
}

/** The operator's word over the derived severity; `null` returns to the derived one. The reason is audited. */
export async function overrideSeverity(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { severity: Severity | null; reason: string },
): Promise<IncidentTable> {
  await requireOperatorOn(ctx, actor, id, 'severity');
  new InputCheck().require('body.reason', input.reason).done();
  return runCommand(ctx, actor, async (s) => {
    const before = await lockIncident(s, id);
    const changed: IncidentTable = {
      ...before,
      severity_override: input.severity,
      severity_override_reason: input.severity ? input.reason.trim() : null,
      severity: effectiveSeverity(before.derived_severity, input.severity),
      updated_at: s.nowIso,
    };
    const after = await withPirDue(s, changed);
    await s.trx.updateTable('incident').set(after).where('id', '=', id).execute();
    const tenants = await tenantsOf(s, id);
    await s.audit({
      action: input.severity ? 'incident.severity_overridden' : 'incident.severity_override_removed',
      entityType: 'incident',
      entityId: id,
      tenantId: tenants.length === 1 ? tenants[0]! : null,
      before: {
        severity: before.severity,
        override: before.severity_override,
        reason: before.severity_override_reason,
      },
      after: { severity: after.severity, override: after.severity_override, reason: input.reason.trim() },
    });
    const environments = await environmentsOf(s, id);
    await tellChange(s, before, after, { before: environments, after: environments });
    announceChange(s, after, isPublicIncident(before), tenants);
    return after;
  });
}
