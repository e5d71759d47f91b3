// "Who will be told", before an incident is opened or its scope or severity changes: the events
// the change would publish (incident.opened; incident.scope_widened for added environments,
// incident.changed for a new severity or environments no longer affected), each run through the
// policy and expanded by the planner's own audience query (src/delivery/planner.ts audienceOf),
// then counted in the database with the first few named. Nothing is written.
import { sql, type RawBuilder, type Transaction } from 'kysely';
import { isOperator, type Actor } from '../../domain/actor.js';
import type { EventScope, NewEvent } from '../../domain/events.js';
import type { Classification, IncidentStatus } from '../../domain/incidents.js';
import { decide, isSilence, type PersonChannel } from '../../domain/policies.js';
import { deriveSeverity, effectiveSeverity, type Severity, type Symptom } from '../../domain/severity.js';
import { audienceOf } from '../../delivery/planner.js';
import { forbidden, notFound } from '../../errors.js';
import type { DB, IncidentTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import type { AppContext } from '../context.js';
import { eventScopeOf } from './incidentEvents.js';
import { NO_SCOPE, resolveScope, type IncidentScope, type ResolvedScope } from './scope.js';
import { isAnyOf } from '../../store/chunks.js';

export interface IncidentAudience {
  /** The rules that would tell people (none when the change tells nobody). */
  rules: string[];
  severity: Severity;
  environmentCount: number;
  tenantCount: number;
  /** The first affected tenants by name. */
  tenants: { id: string; name: string }[];
  orgAdminCount: number;
  systemAdminCount: number;
  /** Everyone told, whatever the role that chose them (additional recipients, followers, those told before…). */
  peopleCount: number;
  people: { id: string; name: string; email: string; reason: string }[];
  channels: PersonChannel[];
}

export interface NewIncidentAudienceInput {
  classification: Classification;
  services: string[];
  scope: Partial<IncidentScope>;
  status?: IncidentStatus;
  symptoms?: Symptom[];
  significantDegradation?: boolean;
  upstreamDegraded?: boolean;
}

export interface IncidentChangeAudienceInput {
  services?: string[];
  scope?: Partial<IncidentScope>;
  /** The operator's override; null returns to the derived severity; absent leaves it as it is. */
  severity?: Severity | null;
}

const SHOWN = 50;
/** The subject of an incident not opened yet: nobody was told of it before. */
const NOT_YET = 'preview';

type Audience = RawBuilder<{ person_id: string; tenant_id: string | null; reason: string }>;

interface Told {
  event: NewEvent;
  subjectId: string;
}

/** The event scope of an incident resolved to these environments (as the command will publish it). */
const eventScope = (resolved: ResolvedScope, services: string[], followers: string[]): EventScope =>
  eventScopeOf(
    resolved.environments.map((e) => ({ id: e.id, tenantId: e.tenant_id })),
    resolved.scope,
    services,
    followers,
  );

async function count(
  trx: Transaction<DB>,
  told: Told[],
  resolved: { environments: number; tenantIds: string[] },
  severity: Severity,
): Promise<IncidentAudience> {
  const rules: string[] = [];
  const channels = new Set<PersonChannel>();
  const audiences: Audience[] = [];
  for (const t of told) {
    const rule = decide(t.event);
    if (isSilence(rule)) continue;
    const audience = audienceOf(
      trx,
      t.event,
      { id: NOT_YET, subject_type: 'incident', subject_id: t.subjectId, tenant_id: t.event.tenantId ?? null },
      rule,
    );
    if (!audience) continue;
    rules.push(rule.rule);
    for (const c of [...rule.channels, ...rule.optIn]) channels.add(c);
    audiences.push(audience);
  }
  const tenants = resolved.tenantIds.length
    ? await trx
        .selectFrom('tenant')
        .select(['id', 'name'])
        .where(isAnyOf(trx, 'id', resolved.tenantIds))
        .orderBy('name')
        .limit(SHOWN)
        .execute()
    : [];
  const base = {
    severity,
    environmentCount: resolved.environments,
    tenantCount: resolved.tenantIds.length,
    tenants,
    channels: [...channels],
  };
  if (!audiences.length)
    return { ...base, rules, orgAdminCount: 0, systemAdminCount: 0, peopleCount: 0, people: [], channels: [] };
  // A person reached by two of the events counts once, under the first (the planner keeps one row per channel too).
  const all = sql<{ person_id: string; reason: string }>`select x.person_id, x.reason from (
      select u.person_id, u.reason, row_number() over (partition by u.person_id order by u.g) as pick
      from (${sql.join(
        audiences.map((a, g) => sql`select a.person_id, a.reason, ${sql.lit(g)} as g from (${a}) a`),
        sql` union all `,
      )}) u
    ) x where x.pick = 1`;
  // Counted by role: someone told because they were told before, or follow the incident, counts
  // as the admin they are.
  const has = (role: string) =>
    sql`exists (select 1 from role_assignment r where r.person_id = p.person_id and r.role = ${role})`;
  const totals = await sql<{ org: number | string | null; sys: number | string | null; n: number | string }>`
    select
      sum(case when p.reason = 'org_admin' or (p.reason <> 'system_admin' and ${has('org_admin')}) then 1 else 0 end) as org,
      sum(case when p.reason = 'system_admin'
        or (p.reason <> 'org_admin' and not ${has('org_admin')} and ${has('system_admin')}) then 1 else 0 end) as sys,
      count(*) as n
    from (${all}) p`.execute(trx);
  const total = totals.rows[0];
  const people = await sql<{ id: string; name: string; email: string; reason: string }>`
    select pe.id, pe.name, pe.email, p.reason from (${all}) p join person pe on pe.id = p.person_id
    order by p.reason, pe.name, pe.id limit ${SHOWN}`.execute(trx);
  return {
    ...base,
    rules,
    orgAdminCount: Number(total?.org ?? 0),
    systemAdminCount: Number(total?.sys ?? 0),
    peopleCount: Number(total?.n ?? 0),
    people: people.rows.map((p) => ({ ...p, reason: p.reason.replaceAll('_', ' ') })),
  };
}

export async function previewNewIncidentAudience(
  ctx: AppContext,
  actor: Actor,
  input: NewIncidentAudienceInput,
): Promise<IncidentAudience> {
  if (!isOperator(actor)) throw forbidden('problem.incidents.operatorsOpen');
  return ctx.database.db.transaction().execute(async (trx) => {
    const services = [...new Set(input.services)];
    const resolved = await resolveScope(trx, input.scope, services);
    const verdict = deriveSeverity({
      classification: input.classification,
      interrupted: input.status === 'serviceInterruption',
      symptoms: input.symptoms ?? [],
      significantDegradation: input.significantDegradation ?? false,
      upstreamDegraded: input.upstreamDegraded ?? false,
      tenantCount: resolved.tenantIds.length,
      wholeRegion: resolved.wholeRegion,
    });
    const told: Told[] = resolved.environments.length
      ? [
          {
            subjectId: NOT_YET,
            event: {
              type: 'incident.opened',
              key: NOT_YET,
              subject: { type: 'incident', id: NOT_YET },
              tenantId: resolved.tenantIds.length === 1 ? resolved.tenantIds[0] : null,
              scope: eventScope(resolved, services, []),
              payload: { classification: input.classification, severity: verdict.severity },
            },
          },
        ]
      : [];
    return count(
      trx,
      told,
      { environments: resolved.environments.length, tenantIds: resolved.tenantIds },
      verdict.severity,
    );
  });
}

export async function previewIncidentChangeAudience(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: IncidentChangeAudienceInput,
): Promise<IncidentAudience> {
  if (!isOperator(actor)) throw notFound('incident', id);
  return ctx.database.db.transaction().execute(async (trx) => {
    const incident: IncidentTable | undefined = await trx
      .selectFrom('incident')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!incident) throw notFound('incident', id);
    const [rows, followers] = await Promise.all([
      trx
        .selectFrom('incident_environment')
        .select(['environment_id', 'tenant_id'])
        .where('incident_id', '=', id)
        .execute(),
      trx.selectFrom('incident_follower').select('person_id').where('incident_id', '=', id).execute(),
    ]);
    const services = input.services ?? fromJson<string[]>(incident.service_ids, []);
    const storedScope = fromJson<IncidentScope>(incident.scope, NO_SCOPE);
    const resolved = await resolveScope(trx, input.scope ?? storedScope, services);
    const before = new Set(rows.map((r) => r.environment_id));
    const after = new Set(resolved.environments.map((e) => e.id));
    const added = [...after].filter((e) => !before.has(e));
    const removed = [...before].filter((e) => !after.has(e));
    // As updateIncident re-derives it (the history of interruptions is approximated by the status now).
    const derived = deriveSeverity({
      classification: incident.classification,
      interrupted: incident.status === 'serviceInterruption',
      symptoms: fromJson<Symptom[]>(incident.symptoms, []),
      significantDegradation: incident.significant_degradation === 1,
      upstreamDegraded: incident.upstream_degraded === 1,
      tenantCount: resolved.tenantIds.length,
      wholeRegion: resolved.wholeRegion,
    }).severity;
    const override = input.severity === undefined ? incident.severity_override : input.severity;
    const severity = effectiveSeverity(derived, override);
    const told: Told[] = [];
    // A resolved incident tells nobody of a change (tellWidening and tellChange stop there too).
    if (!incident.is_resolved) {
      const payload = { classification: incident.classification, severity };
      if (severity !== incident.severity || removed.length)
        told.push({
          subjectId: id,
          event: {
            type: 'incident.changed',
            key: NOT_YET,
            subject: { type: 'incident', id },
            scope: eventScope(
              resolved,
              services,
              followers.map((f) => f.person_id),
            ),
            payload,
          },
        });
      if (added.length)
        told.push({
          subjectId: id,
          event: {
            type: 'incident.scope_widened',
            key: NOT_YET,
            subject: { type: 'incident', id },
            scope: { environmentIds: added, tenantIds: [], regionCodes: [], personIds: [] },
            payload,
          },
        });
    }
    return count(trx, told, { environments: after.size, tenantIds: resolved.tenantIds }, severity);
  });
}
