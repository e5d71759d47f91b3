// Tables of updates and maintenance: releases and their features, rollouts (per station × region
// and per environment), maintenance with its windows, scope and timeline, and calendar feeds.
// Conventions as in foundation.ts (text ids, ISO UTC text times, 0/1 flags, JSON text).
import type { MaintenanceImpact, MaintenanceKind, MaintenanceState } from '../../domain/maintenance.js';
import type { EnvironmentUpdateState, ReleaseKind, RolloutState, TargetState } from '../../domain/releases.js';
import type { Flag } from './foundation.js';

export interface ReleaseTable {
  id: string;
  kind: ReleaseKind;
  title: string;
  /** What the service part brings an environment to. */
  version: string;
  /** What the database (background) part brings it to; the same or later. */
  database_version: string;
  release_notes_url: string;
  /** "2026 release wave 1" for a major wave, else null. */
  wave: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReleaseFeatureTable {
  id: string;
  release_id: string;
  name: string;
  description: string;
  service_id: string | null;
  /** Major, disruptive change to the user experience: off until an org admin turns it on. */
  disruptive: Flag;
  created_at: string;
}

/** An org admin's switch for one disruptive feature in one environment. */
export interface EnvironmentReleaseFeatureTable {
  environment_id: string;
  feature_id: string;
  enabled: Flag;
  updated_at: string;
  updated_by: string;
}

export interface RolloutTable {
  id: string;
  release_id: string;
  state: RolloutState;
  starts_at: string;
  pause_hours: number;
  /** JSON array of the region codes this rollout covers. */
  regions: string;
  created_at: string;
  updated_at: string;
}

/** One station × region of a rollout; in station 1 only the region's First Release environments. */
export interface RolloutTargetTable {
  rollout_id: string;
  station: number;
  station_name: string;
  region_code: string;
  /** 1 when only the region's First Release (and, for a wave, early access) environments take part. */
  first_release: Flag;
  state: TargetState;
  service_starts_at: string;
  service_ends_at: string;
  database_starts_at: string;
  database_ends_at: string;
  /** When every environment of the target had its service part (a wave is then enabled there). */
  service_done_at: string | null;
  finished_at: string | null;
}

/** One environment's progress through a rollout; `previous_version` is what it had before. */
export interface RolloutEnvironmentTable {
  rollout_id: string;
  environment_id: string;
  tenant_id: string;
  region_code: string;
  station: number;
  state: EnvironmentUpdateState;
  previous_version: string;
  started_at: string | null;
  service_done_at: string | null;
  database_done_at: string | null;
  failed_at: string | null;
  /** Set when a part ran past its window; the incident was raised then. */
  overran_at: string | null;
  note: string | null;
  updated_at: string;
}

export interface MaintenanceTable {
  id: string;
  kind: MaintenanceKind;
  title: string;
  description: string;
  impact: MaintenanceImpact;
  state: MaintenanceState;
  duration_minutes: number;
  /** JSON array of service ids; empty means every service. */
  services: string;
  /** JSON array: only these environments of the regions; empty means all of them. */
  environment_filter: string;
  /** When the advance notice is due (planned work with impact), else null. */
  notice_due_at: string | null;
  notice_sent_at: string | null;
  /** Counts changes, so each change's notice has its own idempotency key. */
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface MaintenanceWindowTable {
  maintenance_id: string;
  region_code: string;
  starts_at: string;
  ends_at: string;
  state: MaintenanceState;
  started_at: string | null;
  finished_at: string | null;
}

/** The environments a maintenance affects, resolved from its regions, filter and services. */
export interface MaintenanceEnvironmentTable {
  maintenance_id: string;
  environment_id: string;
  tenant_id: string;
  region_code: string;
}

/** The timeline of a maintenance, as the status page and the schedule show it. */
export interface MaintenanceUpdateTable {
  id: string;
  maintenance_id: string;
  at: string;
  state: MaintenanceState;
  body: string;
}

/** A tenant's secret calendar URL token (only its hash), for calendar apps that cannot send headers. */
export interface CalendarFeedTable {
  tenant_id: string;
  token_hash: string;
  created_at: string;
}

export interface UpdatesTables {
  release: ReleaseTable;
  release_feature: ReleaseFeatureTable;
  environment_release_feature: EnvironmentReleaseFeatureTable;
  rollout: RolloutTable;
  rollout_target: RolloutTargetTable;
  rollout_environment: RolloutEnvironmentTable;
  maintenance: MaintenanceTable;
  maintenance_window: MaintenanceWindowTable;
  maintenance_environment: MaintenanceEnvironmentTable;
  maintenance_update: MaintenanceUpdateTable;
  calendar_feed: CalendarFeedTable;
}
