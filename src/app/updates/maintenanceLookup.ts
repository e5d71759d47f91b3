// Contract between updates/maintenance and the other features: what maintenance is going on, for
// support tickets ("Planned Maintenance Window") and for the public status page.
import type { Kysely } from 'kysely';
import type { DB } from '../../store/schema.js';

export type MaintenanceKind = 'planned' | 'unplanned' | 'security';
export type MaintenanceImpact = 'none' | 'degraded' | 'downtime';
/** Statuspage's scheduled-maintenance statuses, which Herald's states map onto. */
export type PublicMaintenanceStatus = 'scheduled' | 'in_progress' | 'verifying' | 'completed';

export interface ActiveMaintenance {
  id: string;
  title: string;
  kind: MaintenanceKind;
  startsAt: string;
  endsAt: string;
}

/** The maintenance whose window covers `nowIso` for this environment, if any. */
export async function findActiveMaintenanceForEnvironment(_db: Kysely<DB>, _environmentId: string, _nowIso: string): Promise<ActiveMaintenance | null> {
  return null;
}

export interface PublicMaintenance {
  id: string;
  title: string;
  kind: MaintenanceKind;
  impact: MaintenanceImpact;
  status: PublicMaintenanceStatus;
  regions: string[];
  services: string[];
  scheduledFor: string;
  scheduledUntil: string;
  createdAt: string;
  updatedAt: string;
  updates: { id: string; status: PublicMaintenanceStatus; body: string; at: string }[];
}

/** Maintenance that the public status page shows (impact other than none), overlapping [from, to). */
export async function listPublicMaintenances(_db: Kysely<DB>, _range: { from: string; to: string }): Promise<PublicMaintenance[]> {
  return [];
}
