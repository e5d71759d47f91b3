// An environment's side of releases: its update history and the version the About page shows
// (two-part: "(background update pending)" until the database part is done), and the features of
// the releases that reach it, where an org admin turns disruptive ones on after testing.
import { canManageTenant, type Actor } from '../../domain/actor.js';
import { aboutVersionText, featureEnabled, type ReleaseKind } from '../../domain/releases.js';
import { conflict, forbidden, notFound, words } from '../../errors.js';
import type { EnvironmentReleaseFeatureTable, RolloutEnvironmentTable } from '../../store/schema.js';
import { flag } from '../../store/values.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { getEnvironment } from '../directory/environments.js';

export interface EnvironmentUpdate extends RolloutEnvironmentTable {
  releaseId: string;
  kind: ReleaseKind;
  title: string;
  version: string;
  databaseVersion: string;
  releaseNotesUrl: string;
  serviceStartsAt: string;
  serviceEndsAt: string;
  databaseStartsAt: string;
  databaseEndsAt: string;
  targetState: string;
}

export interface EnvironmentUpdatesView {
  environmentId: string;
  version: string;
  /** What the About page shows, e.g. "9.2.25111.10 (background update pending)". */
  versionText: string;
  backgroundUpdatePending: boolean;
  /** Most recent first. */
  updates: EnvironmentUpdate[];
}

async function updatesOf(ctx: AppContext, environmentId: string): Promise<EnvironmentUpdate[]> {
  const rows = await ctx.database.db
    .selectFrom('rollout_environment as re')
    .innerJoin('rollout_target as t', (j) =>
      j
        .onRef('t.rollout_id', '=', 're.rollout_id')
        .onRef('t.station', '=', 're.station')
        .onRef('t.region_code', '=', 're.region_code'),
    )
    .innerJoin('rollout as r', 'r.id', 're.rollout_id')
    .innerJoin('release as rel', 'rel.id', 'r.release_id')
    .selectAll('re')
    .select([
      'rel.id as releaseId',
      'rel.kind',
      'rel.title',
      'rel.version',
      'rel.database_version as databaseVersion',
      'rel.release_notes_url as releaseNotesUrl',
      't.service_starts_at as serviceStartsAt',
      't.service_ends_at as serviceEndsAt',
      't.database_starts_at as databaseStartsAt',
      't.database_ends_at as databaseEndsAt',
      't.state as targetState',
    ])
    .where('re.environment_id', '=', environmentId)
    .orderBy('t.service_starts_at', 'desc')
    .limit(50)
    .execute();
  return rows;
}

/** The About page's version and the environment's updates; anyone who can see the environment. */
export async function environmentUpdates(
  ctx: AppContext,
  actor: Actor,
  environmentId: string,
): Promise<EnvironmentUpdatesView> {
  const env = await getEnvironment(ctx, actor, environmentId);
  const updates = await updatesOf(ctx, environmentId);
  const pending = updates.some((u) => u.state === 'service_done');
  return {
    environmentId,
    version: env.version,
    versionText: aboutVersionText(env.version, pending),
    backgroundUpdatePending: pending,
    updates,
  };
}

export interface EnvironmentFeature {
  id: string;
  releaseId: string;
  releaseTitle: string;
  version: string;
  name: string;
  description: string;
  serviceId: string | null;
  disruptive: boolean;
  /** The release's service part has reached this environment. */
  available: boolean;
  enabled: boolean;
  switchedBy: string | null;
  switchedAt: string | null;
}

async function featuresOf(ctx: AppContext, environmentId: string, featureId?: string): Promise<EnvironmentFeature[]> {
  let q = ctx.database.db
    .selectFrom('release_feature as f')
    .innerJoin('release as rel', 'rel.id', 'f.release_id')
    .innerJoin('rollout as r', 'r.release_id', 'rel.id')
    .innerJoin('rollout_environment as re', (j) =>
      j.onRef('re.rollout_id', '=', 'r.id').on('re.environment_id', '=', environmentId),
    )
    .leftJoin('environment_release_feature as s', (j) =>
      j.onRef('s.feature_id', '=', 'f.id').on('s.environment_id', '=', environmentId),
    )
    .select([
      'f.id',
      'f.release_id',
      'rel.title',
      'rel.version',
      'f.name',
      'f.description',
      'f.service_id',
      'f.disruptive',
      're.state',
      's.enabled',
      's.updated_by',
      's.updated_at',
    ])
    .orderBy('rel.created_at', 'desc')
    .orderBy('f.name');
  if (featureId) q = q.where('f.id', '=', featureId);
  const rows = await q.execute();
  return rows.map((r) => {
    const available = r.state === 'service_done' || r.state === 'database_done';
    return {
      id: r.id,
      releaseId: r.release_id,
      releaseTitle: r.title,
      version: r.version,
      name: r.name,
      description: r.description,
      serviceId: r.service_id,
      disruptive: r.disruptive === 1,
      available,
      enabled: available && featureEnabled(r.disruptive === 1, r.enabled === null ? undefined : r.enabled === 1),
      switchedBy: r.updated_by,
      switchedAt: r.updated_at,
    };
  });
}

export async function listEnvironmentFeatures(
  ctx: AppContext,
  actor: Actor,
  environmentId: string,
): Promise<EnvironmentFeature[]> {
  await getEnvironment(ctx, actor, environmentId);
  return featuresOf(ctx, environmentId);
}

/**
 * "New features with major, disruptive changes … are off by default … administrators will be able
 * to first test then enable these features": an org admin switches one for one environment, once
 * the release has reached it.
 */
export async function switchEnvironmentFeature(
  ctx: AppContext,
  actor: Actor,
  environmentId: string,
  featureId: string,
  enabled: boolean,
): Promise<EnvironmentFeature> {
  const env = await getEnvironment(ctx, actor, environmentId);
  if (!canManageTenant(actor, env.tenant_id)) throw forbidden('problem.features.orgAdminsOnly');
  const [feature] = await featuresOf(ctx, environmentId, featureId);
  if (!feature) throw notFound('featureReachingEnvironment', featureId);
  if (!feature.disruptive)
    throw conflict(words('problem.features.notDisruptive', { feature: feature.name }), 'params.featureId');
  if (!feature.available)
    throw conflict(
      words('problem.features.notYet', { release: feature.releaseTitle, environment: env.name }),
      'params.featureId',
    );
  await runCommand(ctx, actor, async (s) => {
    const row: EnvironmentReleaseFeatureTable = {
      environment_id: environmentId,
      feature_id: featureId,
      enabled: flag(enabled),
      updated_at: s.nowIso,
      updated_by: actor.kind === 'person' ? actor.email : 'system',
    };
    await s.trx
      .insertInto('environment_release_feature')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['environment_id', 'feature_id'])
          .doUpdateSet({ enabled: row.enabled, updated_at: row.updated_at, updated_by: row.updated_by }),
      )
      .execute();
    await s.audit({
      action: enabled ? 'feature.enabled' : 'feature.disabled',
      entityType: 'environment',
      entityId: environmentId,
      tenantId: env.tenant_id,
      after: { featureId, enabled },
    });
    s.changed({ tenantIds: [env.tenant_id], topic: 'environment' });
  });
  return (await featuresOf(ctx, environmentId, featureId))[0]!;
}
