// The incidents updates and maintenance raise. The policy: "If the update fails or takes longer
// than the specified maintenance window, a notification will be posted on the Service health
// dashboard. This issue is considered the highest priority." Service health opens the incident
// (raiseIncidentForMaintenance) inside the caller's transaction, for exactly the environments
// concerned, so the state change and its incident are one change.
import type { MaintenanceWindowTable, ReleaseTable, RolloutTable, RolloutTargetTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import type { CommandScope } from '../command.js';
import { raiseIncidentForMaintenance } from '../serviceHealth/raiseFromMaintenance.js';
import type { MaintenanceRecord } from './maintenanceNotices.js';

/** The services the environments run: what an incident about them is about, when nothing narrower is known. */
async function servicesOfEnvironments(s: CommandScope, environmentIds: string[]): Promise<string[]> {
  if (!environmentIds.length) return [];
  const rows = await s.trx.selectFrom('environment_service').select('service_id').distinct().where('environment_id', 'in', environmentIds).execute();
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
  await raiseIncidentForMaintenance(s, {
    maintenanceId: rollout.id,
    title: reason === 'failed' ? `${release.title} failed in ${where}` : `${release.title} ran past its maintenance window in ${where}`,
    reason,
    environmentIds,
    serviceIds: await servicesOfEnvironments(s, environmentIds),
    startedAt,
  });
}

/** Maintenance that failed or overran: one incident for the environments of these regions. */
export async function raiseMaintenanceIncident(s: CommandScope, rec: MaintenanceRecord, windows: MaintenanceWindowTable[], reason: 'overran' | 'failed'): Promise<void> {
  const m = rec.maintenance;
  const regions = windows.map((w) => w.region_code);
  const affected = await s.trx.selectFrom('maintenance_environment').select('environment_id').where('maintenance_id', '=', m.id).where('region_code', 'in', regions).orderBy('environment_id').execute();
  if (!affected.length) return;
  const environmentIds = affected.map((r) => r.environment_id);
  const named = fromJson<string[]>(m.services, []);
  const serviceIds = named.length ? named : await servicesOfEnvironments(s, environmentIds);
  await raiseIncidentForMaintenance(s, {
    maintenanceId: m.id,
    title: `${m.title}: maintenance ${reason === 'failed' ? 'failed' : 'ran past its window'} in ${regions.join(', ')}`,
    reason,
    environmentIds,
    serviceIds,
    startedAt: windows.map((w) => w.started_at ?? w.starts_at).sort()[0]!,
  });
}
