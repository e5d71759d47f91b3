// The incidents updates and maintenance raise. The policy: "If the update fails or takes longer
// than the specified maintenance window, a notification will be posted on the Service health
// dashboard. This issue is considered the highest priority." Service health opens the incident
// (raiseIncidentForMaintenance) inside the caller's transaction, for exactly the environments
// concerned, so the state change and its incident are one change.
import type {
  MaintenanceTable,
  MaintenanceWindowTable,
  ReleaseTable,
  RolloutTable,
  RolloutTargetTable,
} from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import type { CommandScope } from '../command.js';
import { raiseIncidentForMaintenance } from '../serviceHealth/raiseFromMaintenance.js';
import { incidentUrl } from '../serviceHealth/incidentEvents.js';
import { owningTeams, recordPages } from '../teams/paging.js';
import { isPublicMaintenance } from './maintenanceLookup.js';
import type { MaintenanceRecord } from './maintenanceNotices.js';
import { isAnyOf } from '../../store/chunks.js';

/** The services the environments run: what an incident about them is about, when nothing narrower is known. */
async function servicesOfEnvironments(s: CommandScope, environmentIds: string[]): Promise<string[]> {
  if (!environmentIds.length) return [];
  const rows = await s.trx
    .selectFrom('environment_service')
    .select('service_id')
    .distinct()
    .where(isAnyOf(s.trx, 'environment_id', environmentIds))
    .execute();
  return rows.map((r) => r.service_id).sort();
}

/** An update that failed or overran: one incident for the environments of a target in trouble at once. */
export async function raiseUpdateIncident(
  s: CommandScope,
  rollout: RolloutTable,
  release: ReleaseTable,
  target: RolloutTargetTable,
  environmentIds: string[],
  reason: 'overran' | 'failed',
  startedAt: string,
): Promise<void> {
  if (!environmentIds.length) return;
  // Provider-neutral words: the title goes wherever the incident does, and an environment's name
  // would tell whoever reads it which customer is down. Tenants see their environments listed.
  const where = `${environmentIds.length === 1 ? 'an environment' : `${environmentIds.length} environments`} in ${target.region_code}`;
  const title =
    reason === 'failed'
      ? `${release.title} failed in ${where}`
      : `${release.title} ran past its maintenance window in ${where}`;
  const serviceIds = await servicesOfEnvironments(s, environmentIds);
  const { incidentId } = await raiseIncidentForMaintenance(s, {
    maintenanceId: rollout.id,
    title,
    reason,
    environmentIds,
    serviceIds,
    startedAt,
  });
  await pageProductTeam(s, {
    subject: { type: 'rollout', id: rollout.id },
    incidentId,
    title,
    reason,
    environmentIds,
    serviceIds,
    regions: [target.region_code],
    startedAt,
  });
}

/**
 * "The product team becomes involved": maintenance.overran / maintenance.failed pages the team
 * owning the services (the rule update-failed-or-overran), with the raised incident's id as
 * PagerDuty's dedup_key; webhook endpoints subscribed to the event type receive it too.
 */
async function pageProductTeam(
  s: CommandScope,
  input: {
    subject: { type: string; id: string };
    incidentId: string;
    title: string;
    reason: 'overran' | 'failed';
    environmentIds: string[];
    serviceIds: string[];
    regions: string[];
    startedAt: string;
  },
): Promise<void> {
  const teamIds = await owningTeams(s.trx, input.serviceIds);
  const services = input.serviceIds.length
    ? await s.trx.selectFrom('service').select(['id', 'name']).where('id', 'in', input.serviceIds).execute()
    : [];
  const key = `${input.subject.type}:${input.subject.id}:${input.reason}:${input.incidentId}`;
  const pageSummary = `${input.incidentId}: ${input.title}`;
  await s.publish({
    type: input.reason === 'failed' ? 'maintenance.failed' : 'maintenance.overran',
    key,
    subject: input.subject,
    scope: { environmentIds: input.environmentIds, teamIds },
    payload: {
      title: input.title,
      summary: pageSummary,
      reason: input.reason,
      incidentId: input.incidentId,
      dedupKey: input.incidentId,
      pageSummary,
      pageSeverity: 'critical',
      pageReason: input.reason === 'failed' ? 'update_failed' : 'update_overran',
      severity: 'major',
      status: input.reason === 'failed' ? 'serviceInterruption' : 'serviceDegradation',
      services: input.serviceIds.map((id) => services.find((x) => x.id === id)?.name ?? id),
      regions: input.regions,
      startsAt: input.startedAt,
      url: incidentUrl(s.ctx.config.publicUrl, input.incidentId),
    },
  });
  await recordPages(s, {
    teamIds,
    eventKey: key,
    dedupKey: input.incidentId,
    incidentId: input.incidentId,
    reason: input.reason === 'failed' ? 'update_failed' : 'update_overran',
    summary: pageSummary,
  });
}

const MAINTENANCE_WORDS: Record<MaintenanceTable['kind'], string> = {
  planned: 'Planned maintenance',
  unplanned: 'Unplanned maintenance',
  security: 'Security maintenance',
};

/** Maintenance that failed or overran: one incident for the environments of these regions. */
export async function raiseMaintenanceIncident(
  s: CommandScope,
  rec: MaintenanceRecord,
  windows: MaintenanceWindowTable[],
  reason: 'overran' | 'failed',
): Promise<void> {
  const m = rec.maintenance;
  const regions = windows.map((w) => w.region_code);
  const affected = await s.trx
    .selectFrom('maintenance_environment')
    .select('environment_id')
    .where('maintenance_id', '=', m.id)
    .where('region_code', 'in', regions)
    .orderBy('environment_id')
    .execute();
  if (!affected.length) return;
  const environmentIds = affected.map((r) => r.environment_id);
  const named = fromJson<string[]>(m.services, []);
  const serviceIds = named.length ? named : await servicesOfEnvironments(s, environmentIds);
  // A public maintenance's title was checked to name nobody; a narrowed one's may name its tenants,
  // and the incident is seen by every tenant it touches.
  const title = `${isPublicMaintenance(m) ? `${m.title}: maintenance` : MAINTENANCE_WORDS[m.kind]} ${reason === 'failed' ? 'failed' : 'ran past its window'} in ${regions.join(', ')}`;
  const startedAt = windows.map((w) => w.started_at ?? w.starts_at).sort()[0]!;
  const { incidentId } = await raiseIncidentForMaintenance(s, {
    maintenanceId: m.id,
    title,
    reason,
    environmentIds,
    serviceIds,
    startedAt,
  });
  await pageProductTeam(s, {
    subject: { type: 'maintenance', id: m.id },
    incidentId,
    title,
    reason,
    environmentIds,
    serviceIds,
    regions,
    startedAt,
  });
}
