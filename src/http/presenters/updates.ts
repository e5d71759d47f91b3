// API shapes of updates and maintenance (camelCase), as TypeBox schemas for validation and the
// OpenAPI document, and the presenters that turn use-case results into them. Times are ISO UTC;
// windows also carry `local`, the window in the reader's own time zone when signed in.
import { type Static } from 'typebox';
import { showWindow, type ShownWindow } from '../../app/updates/windows.js';
import type { EnvironmentFeature, EnvironmentUpdatesView } from '../../app/updates/environmentUpdates.js';
import type { MaintenanceView } from '../../app/updates/maintenance.js';
import type { ReleaseView } from '../../app/updates/releases.js';
import type { RolloutView } from '../../app/updates/rollouts.js';
import type { Actor } from '../../domain/actor.js';
import type { RolloutEnvironmentTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import {
  ReleaseSchema,
  RolloutSchema,
  ProgressSchema,
  EnvironmentUpdatesSchema,
  EnvironmentFeatureSchema,
  MaintenanceSchema,
} from '../../shared/contracts/updates.js';

const windowOf = (actor: Actor, startsAt: string, endsAt: string): ShownWindow =>
  showWindow(actor, { start: new Date(startsAt), end: new Date(endsAt) });

// ---- windows --------------------------------------------------------------------------------

// ---- releases -------------------------------------------------------------------------------

export function presentRelease(v: ReleaseView): Static<typeof ReleaseSchema> {
  const r = v.release;
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    version: r.version,
    databaseVersion: r.database_version,
    releaseNotesUrl: r.release_notes_url,
    wave: r.wave,
    createdAt: r.created_at,
    features: v.features.map((f) => ({
      id: f.id,
      name: f.name,
      description: f.description,
      serviceId: f.service_id,
      disruptive: f.disruptive === 1,
    })),
    rollout: v.rollout ? { id: v.rollout.id, state: v.rollout.state, startsAt: v.rollout.starts_at } : null,
  };
}

// ---- rollouts -------------------------------------------------------------------------------

export function presentRollout(actor: Actor, v: RolloutView): Static<typeof RolloutSchema> {
  const stations = [...new Set(v.targets.map((t) => t.station))].sort((a, b) => a - b);
  return {
    id: v.rollout.id,
    state: v.rollout.state,
    startsAt: v.rollout.starts_at,
    pauseHours: v.rollout.pause_hours,
    regions: fromJson<string[]>(v.rollout.regions, []),
    createdAt: v.rollout.created_at,
    updatedAt: v.rollout.updated_at,
    release: {
      id: v.release.id,
      kind: v.release.kind,
      title: v.release.title,
      version: v.release.version,
      databaseVersion: v.release.database_version,
      wave: v.release.wave,
    },
    stations: stations.map((number) => {
      const targets = v.targets.filter((t) => t.station === number);
      return {
        number,
        name: targets[0]!.station_name,
        targets: targets.map((t) => ({
          region: t.region_code,
          firstRelease: t.first_release === 1,
          state: t.state,
          serviceWindow: windowOf(actor, t.service_starts_at, t.service_ends_at),
          databaseWindow: windowOf(actor, t.database_starts_at, t.database_ends_at),
          serviceDoneAt: t.service_done_at,
          finishedAt: t.finished_at,
          environments: t.environments,
        })),
      };
    }),
  };
}

export function presentProgress(r: RolloutEnvironmentTable): Static<typeof ProgressSchema> {
  return {
    rolloutId: r.rollout_id,
    environmentId: r.environment_id,
    tenantId: r.tenant_id,
    region: r.region_code,
    station: r.station,
    state: r.state,
    previousVersion: r.previous_version,
    startedAt: r.started_at,
    serviceDoneAt: r.service_done_at,
    databaseDoneAt: r.database_done_at,
    failedAt: r.failed_at,
    overranAt: r.overran_at,
    note: r.note,
    updatedAt: r.updated_at,
  };
}

// ---- an environment's updates and features ------------------------------------------------------

export function presentEnvironmentUpdates(
  actor: Actor,
  v: EnvironmentUpdatesView,
): Static<typeof EnvironmentUpdatesSchema> {
  return {
    environmentId: v.environmentId,
    version: v.version,
    versionText: v.versionText,
    backgroundUpdatePending: v.backgroundUpdatePending,
    updates: v.updates.map((u) => ({
      rolloutId: u.rollout_id,
      releaseId: u.releaseId,
      kind: u.kind,
      title: u.title,
      version: u.version,
      databaseVersion: u.databaseVersion,
      releaseNotesUrl: u.releaseNotesUrl,
      previousVersion: u.previous_version,
      state: u.state,
      serviceWindow: windowOf(actor, u.serviceStartsAt, u.serviceEndsAt),
      databaseWindow: windowOf(actor, u.databaseStartsAt, u.databaseEndsAt),
      serviceDoneAt: u.service_done_at,
      databaseDoneAt: u.database_done_at,
      failedAt: u.failed_at,
      overranAt: u.overran_at,
    })),
  };
}

export const presentFeature = (f: EnvironmentFeature): Static<typeof EnvironmentFeatureSchema> => ({ ...f });

// ---- maintenance -------------------------------------------------------------------------------

export function presentMaintenance(actor: Actor, v: MaintenanceView): Static<typeof MaintenanceSchema> {
  const m = v.maintenance;
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    description: m.description,
    impact: m.impact,
    state: m.state,
    durationMinutes: m.duration_minutes,
    services: fromJson<string[]>(m.services, []),
    noticeDueAt: m.notice_due_at,
    noticeSentAt: m.notice_sent_at,
    revision: m.revision,
    createdAt: m.created_at,
    updatedAt: m.updated_at,
    windows: v.windows.map((w) => ({
      region: w.region_code,
      ...windowOf(actor, w.starts_at, w.ends_at),
      state: w.state,
      startedAt: w.started_at,
      finishedAt: w.finished_at,
    })),
    environments: v.environments,
    environmentCount: v.environmentCount,
    updates: v.updates.map((u) => ({ id: u.id, at: u.at, state: u.state, body: u.body })),
  };
}
