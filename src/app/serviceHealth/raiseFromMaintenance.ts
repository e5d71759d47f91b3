// Contract between updates/maintenance and service health: when maintenance or an update fails or
// runs past its window, the policy says "an incident with the highest priority appears on the
// service health dashboard for the affected scope". Called inside the maintenance command's
// transaction, so the overrun and its incident are one change.
import type { CommandScope } from '../command.js';
import { insertIncident } from './incidents.js';

export interface MaintenanceIncidentInput {
  maintenanceId: string;
  title: string;
  reason: 'overran' | 'failed';
  environmentIds: string[];
  serviceIds: string[];
  /** When the work started (ISO UTC): the incident's start. */
  startedAt: string;
}

export async function raiseIncidentForMaintenance(
  s: CommandScope,
  input: MaintenanceIncidentInput,
): Promise<{ incidentId: string }> {
  const failed = input.reason === 'failed';
  const incident = await insertIncident(s, {
    title: input.title,
    classification: 'incident',
    services: input.serviceIds,
    scope: { environmentIds: input.environmentIds },
    impactDescription: failed
      ? 'A planned update failed in its maintenance window; the product team is engaged to restore the service.'
      : 'A planned update is taking longer than its maintenance window; the service may stay unavailable until it completes.',
    userExperience: failed
      ? 'The environment may be unavailable or produce errors.'
      : 'The environment may remain unavailable past the announced window.',
    startDateTime: input.startedAt,
    status: failed ? 'serviceInterruption' : 'serviceDegradation',
    origin: 'microsoft',
    // "This issue is considered the highest priority" — the policy decides, not the signals.
    severityOverride: {
      severity: 'major',
      reason: `maintenance ${input.reason}: the policy makes it the highest priority`,
    },
    maintenanceId: input.maintenanceId,
  });
  return { incidentId: incident.id };
}
