// Contract between updates/maintenance and the other features: what maintenance is going on, for
// support tickets ("Planned Maintenance Window") and for the public status page.
import type { Kysely } from 'kysely';
import {
  publicStatusOf,
  type MaintenanceImpact,
  type MaintenanceKind,
  type PublicMaintenanceStatus,
} from '../../domain/maintenance.js';
import { isMaintenancePublic } from '../../domain/publicity.js';
import type { DB, MaintenanceTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';

export type { MaintenanceImpact, MaintenanceKind, PublicMaintenanceStatus } from '../../domain/maintenance.js';

export interface ActiveMaintenance {
  id: string;
  title: string;
  kind: MaintenanceKind;
  startsAt: string;
  endsAt: string;
  /**
   * 'maintenance', or 'update' for a release's service or database window ("an issue identified
   * during update validation"): then `id` is the rollout's and `kind` is 'planned'.
   */
  source?: 'maintenance' | 'update';
}

/**
 * The maintenance whose window covers `nowIso` for this environment, if any: scheduled or running
 * maintenance first, else the window of an update being deployed to it.
 */
export async function findActiveMaintenanceForEnvironment(
  db: Kysely<DB>,
  environmentId: string,
  nowIso: string,
): Promise<ActiveMaintenance | null> {
  const maintenance = await db
    .selectFrom('maintenance_environment as me')
    .innerJoin('maintenance_window as w', (j) =>
      j.onRef('w.maintenance_id', '=', 'me.maintenance_id').onRef('w.region_code', '=', 'me.region_code'),
    )
    .innerJoin('maintenance as m', 'm.id', 'me.maintenance_id')
    .select(['m.id', 'm.title', 'm.kind', 'w.starts_at', 'w.ends_at'])
    .where('me.environment_id', '=', environmentId)
    .where('w.starts_at', '<=', nowIso)
    .where('w.ends_at', '>', nowIso)
    .where('w.state', '!=', 'cancelled')
    .orderBy('w.starts_at')
    .executeTakeFirst();
  if (maintenance) {
    return {
      id: maintenance.id,
      title: maintenance.title,
      kind: maintenance.kind,
      startsAt: maintenance.starts_at,
      endsAt: maintenance.ends_at,
      source: 'maintenance',
    };
  }
  const update = await db
    .selectFrom('rollout_environment as re')
    .innerJoin('rollout_target as t', (j) =>
      j
        .onRef('t.rollout_id', '=', 're.rollout_id')
        .onRef('t.station', '=', 're.station')
        .onRef('t.region_code', '=', 're.region_code'),
    )
    .innerJoin('rollout as r', 'r.id', 're.rollout_id')
    .innerJoin('release as rel', 'rel.id', 'r.release_id')
    .select([
      'r.id',
      'rel.title',
      't.service_starts_at',
      't.service_ends_at',
      't.database_starts_at',
      't.database_ends_at',
    ])
    .where('re.environment_id', '=', environmentId)
    .where('t.state', 'in', ['in_progress', 'completed', 'failed'])
    .where((eb) =>
      eb.or([
        eb.and([eb('t.service_starts_at', '<=', nowIso), eb('t.service_ends_at', '>', nowIso)]),
        eb.and([eb('t.database_starts_at', '<=', nowIso), eb('t.database_ends_at', '>', nowIso)]),
      ]),
    )
    .orderBy('t.service_starts_at', 'desc')
    .executeTakeFirst();
  if (!update) return null;
  const inService = update.service_starts_at <= nowIso && nowIso < update.service_ends_at;
  return {
    id: update.id,
    title: `${update.title}: ${inService ? 'service' : 'database'} update`,
    kind: 'planned',
    startsAt: inService ? update.service_starts_at : update.database_starts_at,
    endsAt: inService ? update.service_ends_at : update.database_ends_at,
    source: 'update',
  };
}

/** Maintenance the public status page shows (src/domain/publicity.ts). */
export const isPublicMaintenance = (m: Pick<MaintenanceTable, 'impact' | 'state' | 'environment_filter'>): boolean =>
  isMaintenancePublic({
    impact: m.impact,
    cancelled: m.state === 'cancelled',
    environmentIds: fromJson<string[]>(m.environment_filter, []),
  });

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

/**
 * Maintenance that the public status page shows (src/domain/publicity.ts: impact on whole regions,
 * not cancelled), overlapping [from, to). Services are ids; updates are newest first.
 */
export async function listPublicMaintenances(
  db: Kysely<DB>,
  range: { from: string; to: string },
): Promise<PublicMaintenance[]> {
  const rows = await db
    .selectFrom('maintenance')
    .selectAll()
    .where('impact', '!=', 'none')
    .where('state', '!=', 'cancelled')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('maintenance_window as w')
          .select('w.region_code')
          .whereRef('w.maintenance_id', '=', 'maintenance.id')
          .where('w.ends_at', '>', range.from)
          .where('w.starts_at', '<', range.to),
      ),
    )
    .execute()
    .then((all) => all.filter(isPublicMaintenance));
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [windows, updates] = await Promise.all([
    db.selectFrom('maintenance_window').selectAll().where('maintenance_id', 'in', ids).execute(),
    db.selectFrom('maintenance_update').selectAll().where('maintenance_id', 'in', ids).orderBy('at', 'desc').execute(),
  ]);
  return rows
    .map((m) => {
      const mine = windows.filter((w) => w.maintenance_id === m.id);
      return {
        id: m.id,
        title: m.title,
        kind: m.kind,
        impact: m.impact,
        status: publicStatusOf(m.state),
        regions: mine.map((w) => w.region_code).sort(),
        services: fromJson<string[]>(m.services, []),
        scheduledFor: mine.map((w) => w.starts_at).sort()[0]!,
        scheduledUntil: mine
          .map((w) => w.ends_at)
          .sort()
          .at(-1)!,
        createdAt: m.created_at,
        updatedAt: m.updated_at,
        updates: updates
          .filter((u) => u.maintenance_id === m.id)
          .map((u) => ({ id: u.id, status: publicStatusOf(u.state), body: u.body, at: u.at })),
      };
    })
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor));
}
