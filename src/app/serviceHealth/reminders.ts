// Reminders that time triggers, for an incident's operators (those who opened it or posted to it;
// every operator when nobody did, e.g. an incident raised by a maintenance overrun):
// - "no update for an hour": the anchor product promises hourly updates during an incident, so an
//   active incident silent for an hour reminds them, once per silent hour;
// - a post-incident report due within a day, and then overdue (once a day until published).
// Event keys make each reminder happen once, however often and on however many workers this runs.
import { systemActor } from '../../domain/actor.js';
import { pirState } from '../../domain/pir.js';
import type { IncidentTable } from '../../store/schema.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { fromJson } from '../../store/values.js';
import { owningTeams, recordPages } from '../teams/paging.js';
import { incidentPayload } from './incidentEvents.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

async function operatorsOf(s: CommandScope, incident: IncidentTable): Promise<string[]> {
  const authors = await s.trx
    .selectFrom('incident_post')
    .select('author_id')
    .distinct()
    .where('incident_id', '=', incident.id)
    .where('author_id', 'is not', null)
    .execute();
  const candidates = [
    ...new Set([incident.opened_by, ...authors.map((a) => a.author_id)].filter((id): id is string => !!id)),
  ];
  let q = s.trx.selectFrom('role_assignment').select('person_id').distinct().where('role', '=', 'operator');
  if (candidates.length) q = q.where('person_id', 'in', candidates);
  const operators = (await q.execute()).map((r) => r.person_id);
  // Whoever handled it may have left the operator role; then every operator hears of it.
  return operators.length
    ? operators
    : (
        await s.trx
          .selectFrom('role_assignment')
          .select('person_id')
          .distinct()
          .where('role', '=', 'operator')
          .execute()
      ).map((r) => r.person_id);
}

async function remind(
  ctx: AppContext,
  incident: IncidentTable,
  type: 'incident.stale' | 'incident.pir_due',
  key: string,
  extra: Record<string, unknown>,
): Promise<void> {
  await runCommand(ctx, systemActor('service health reminders'), async (s) => {
    // A silent incident also pages the team owning its services (PagerDuty dedup_key: the incident).
    const teamIds =
      type === 'incident.stale' ? await owningTeams(s.trx, fromJson<string[]>(incident.service_ids, [])) : [];
    const pageSummary = `${incident.id}: ${incident.title} has had no update`;
    await s.publish({
      type,
      key,
      subject: { type: 'incident', id: incident.id },
      tenantId: null,
      scope: { personIds: await operatorsOf(s, incident), teamIds },
      payload: {
        ...(await incidentPayload(s, incident)),
        ...extra,
        dedupKey: incident.id,
        pageSummary,
        pageSeverity: 'error',
        pageReason: 'incident_stale',
      },
    });
    await recordPages(s, {
      teamIds,
      eventKey: key,
      dedupKey: incident.id,
      incidentId: incident.id,
      reason: 'incident_stale',
      summary: pageSummary,
    });
  });
}

export async function remindStaleIncidents(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const silent = await ctx.database.db
    .selectFrom('incident')
    .selectAll()
    .where('is_resolved', '=', 0)
    .where('last_post_at', '<=', new Date(now.getTime() - HOUR_MS).toISOString())
    .execute();
  for (const incident of silent) {
    const hours = Math.floor((now.getTime() - Date.parse(incident.last_post_at)) / HOUR_MS);
    await remind(ctx, incident, 'incident.stale', `incident:${incident.id}:stale:${incident.last_post_at}:${hours}h`, {
      summary: `${incident.id} has had no update for ${hours} hour${hours === 1 ? '' : 's'}; post one so the affected organizations know where things stand.`,
      lastUpdateAt: incident.last_post_at,
    });
  }
  return silent.length;
}

export async function remindReportsDue(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const owed = await ctx.database.db
    .selectFrom('incident')
    .selectAll()
    .where('pir_due_at', 'is not', null)
    .where('id', 'not in', (eb) =>
      eb.selectFrom('incident_report').select('incident_id').where('published_at', 'is not', null),
    )
    .execute();
  let sent = 0;
  for (const incident of owed) {
    const dueAt = new Date(incident.pir_due_at!);
    const state = pirState(dueAt, null, now);
    if (state === 'due') continue;
    const daysLate = Math.floor((now.getTime() - dueAt.getTime()) / DAY_MS);
    const key =
      state === 'dueSoon'
        ? `incident:${incident.id}:pir_due:soon`
        : `incident:${incident.id}:pir_due:overdue:${daysLate}`;
    await remind(ctx, incident, 'incident.pir_due', key, {
      state,
      dueAt: incident.pir_due_at,
      summary:
        state === 'dueSoon'
          ? `The post-incident report of ${incident.id} is due ${incident.pir_due_at}.`
          : `The post-incident report of ${incident.id} is overdue since ${incident.pir_due_at}.`,
    });
    sent++;
  }
  return sent;
}
