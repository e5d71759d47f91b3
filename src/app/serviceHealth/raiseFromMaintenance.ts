// Contract between updates/maintenance and service health: when maintenance or an update fails or
// runs past its window, the policy says "an incident with the highest priority appears on the
// service health dashboard for the affected scope". Called inside the maintenance command's
// transaction, so the overrun and its incident are one change.
import type { CommandScope } from '../command.js';

export interface MaintenanceIncidentInput {
  maintenanceId: string;
  title: string;
  reason: 'overran' | 'failed';
  environmentIds: string[];
  serviceIds: string[];
  /** When the work started (ISO UTC): the incident's start. */
  startedAt: string;
}

export async function raiseIncidentForMaintenance(_s: CommandScope, _input: MaintenanceIncidentInput): Promise<{ incidentId: string }> {
  throw new Error('not implemented yet: service health fills this in');
}
