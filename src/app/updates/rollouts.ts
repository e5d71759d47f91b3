// Safe deployment of a release: a rollout planned station by station (First Release first), each
// region in its own window with the database update 24 h later, stored per station × region
// (rollout_target) and per environment (rollout_environment). Operators create, hold, resume and
// stop rollouts; progress.ts records what happens to each environment.
import { sql } from 'kysely';
import { isOperator, type Actor } from '../../domain/actor.js';
import { parseUtc } from '../../domain/maintenance.js';
import { FIRST_RELEASE_STATION, isRegionCode, REGION_CODES } from '../../domain/regions.js';
import {
  announcesRegions,
  goesFirst,
  releaseWaveOf,
  rolloutStateAfter,
  type RolloutAction,
} from '../../domain/releases.js';
import {
  planRollout,
  type FirstReleaseEnvironment,
  type RolloutPlan,
  type RolloutRegion,
} from '../../domain/rollout.js';
import { conflict, forbidden, illegalTransition, invalid, notFound, words } from '../../errors.js';
import type { ReleaseTable, RolloutTable, RolloutTargetTable } from '../../store/schema.js';
import { flag, newId, toJson } from '../../store/values.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from '../directory/check.js';
import { loadRegions, loadStations } from './regionRules.js';
import { completeIfDone } from './progress.js';
import { announceRegion, releaseServiceIds } from './releaseNotices.js';

export interface RolloutInput {
  startsAt: string;
  /** Hours to watch a station before the next starts; the station table's longest pause when left out. */
  pauseHours?: number;
  /** Only these regions (all when left out). */
  regions?: string[];
}

export interface TargetView extends RolloutTargetTable {
  environments: {
    total: number;
    pending: number;
    started: number;
    serviceDone: number;
    databaseDone: number;
    failed: number;
    overran: number;
  };
}

export interface RolloutView {
  rollout: RolloutTable;
  release: ReleaseTable;
  targets: TargetView[];
}

export const MAX_PAUSE_HOURS = 14 * 24;

function checkRolloutInput(input: RolloutInput, now: Date): Date {
  const check = new InputCheck()
    .field('body.startsAt', input.startsAt, (v) => {
      const d = parseUtc(v);
      if (!d) return 'problem.utc.invalid';
      return d.getTime() < now.getTime() ? 'problem.rollout.startInPast' : null;
    })
    .field('body.pauseHours', input.pauseHours, (v) =>
      Number.isInteger(v) && v >= 0 && v <= MAX_PAUSE_HOURS
        ? null
        : words('problem.rollouts.pauseHours', { max: MAX_PAUSE_HOURS }),
    );
  if (input.regions) {
    const unknown = input.regions.filter((r) => !isRegionCode(r));
    if (unknown.length)
      check.add(
        'body.regions',
        words('problem.regions.unknownUse', { unknown: unknown.join(', '), choices: REGION_CODES.join(', ') }),
      );
    else if (new Set(input.regions).size !== input.regions.length) check.add('body.regions', 'problem.regions.twice');
    else if (input.regions.length === 0) check.add('body.regions', 'problem.regions.atLeastOne');
  }
  check.done();
  return parseUtc(input.startsAt)!;
}

/** The environments that go with the First Release station (domain rule: goesFirst), in the regions being planned. */
async function firstReleaseEnvironments(
  s: CommandScope,
  release: ReleaseTable,
  regions: string[],
): Promise<FirstReleaseEnvironment[]> {
  const candidates = await s.trx
    .selectFrom('environment')
    .select(['id', 'region_code', 'first_release', 'early_access'])
    .where('region_code', 'in', regions)
    .where((eb) => eb.or([eb('first_release', '=', 1), eb('early_access', '=', 1)]))
    .orderBy('id')
    .execute();
  return candidates
    .filter((e) => goesFirst(release.kind, { firstRelease: e.first_release === 1, earlyAccess: e.early_access === 1 }))
    .map((e) => ({ environmentId: e.id, region: e.region_code as FirstReleaseEnvironment['region'] }));
}

function targetRows(rolloutId: string, plan: RolloutPlan): RolloutTargetTable[] {
  return plan.stations.flatMap((station) =>
    station.regions.map((r) => ({
      rollout_id: rolloutId,
      station: station.number,
      station_name: station.name,
      region_code: r.region!,
      first_release: flag(r.environmentIds !== undefined),
      state: 'planned' as const,
      service_starts_at: r.serviceWindow.start.toISOString(),
      service_ends_at: r.serviceWindow.end.toISOString(),
      database_starts_at: r.databaseWindow.start.toISOString(),
      database_ends_at: r.databaseWindow.end.toISOString(),
      service_done_at: null,
      finished_at: null,
    })),
  );
}

/**
 * One row per environment of the planned regions, in one statement (a region may hold many
 * thousands), each with its region's station; then the First Release ones move to station 1.
 */
async function insertRolloutEnvironments(
  s: CommandScope,
  rolloutId: string,
  regions: string[],
  firstRelease: FirstReleaseEnvironment[],
): Promise<void> {
  await s.trx
    .insertInto('rollout_environment')
    .columns([
      'rollout_id',
      'environment_id',
      'tenant_id',
      'region_code',
      'station',
      'state',
      'previous_version',
      'updated_at',
    ])
    .expression((eb) =>
      eb
        .selectFrom('environment as e')
        .innerJoin('region as r', 'r.code', 'e.region_code')
        .select([
          sql<string>`cast(${rolloutId} as text)`.as('rollout_id'),
          'e.id',
          'e.tenant_id',
          'e.region_code',
          'r.station',
          sql<string>`'pending'`.as('state'),
          'e.version',
          sql<string>`cast(${s.nowIso} as text)`.as('updated_at'),
        ])
        .where('e.region_code', 'in', regions),
    )
    .execute();
  const ids = firstRelease.map((e) => e.environmentId);
  for (let i = 0; i < ids.length; i += 1000) {
    await s.trx
      .updateTable('rollout_environment')
      .set({ station: FIRST_RELEASE_STATION })
      .where('rollout_id', '=', rolloutId)
      .where('environment_id', 'in', ids.slice(i, i + 1000))
      .execute();
  }
}

/** The region posts (and their events) for the targets of a rollout. */
async function announceTargets(s: CommandScope, release: ReleaseTable, targets: RolloutTargetTable[]): Promise<void> {
  if (!announcesRegions(release.kind)) return;
  const services = await releaseServiceIds(s, release.id);
  const names = new Map<string, string>((await loadRegions(s.trx)).map((r) => [r.code, r.name]));
  for (const whole of targets.filter((t) => t.first_release === 0)) {
    const early = targets.find((t) => t.first_release === 1 && t.region_code === whole.region_code);
    await announceRegion(
      s,
      release,
      { code: whole.region_code, name: names.get(whole.region_code) ?? whole.region_code },
      whole,
      early,
      services,
    );
  }
}

export async function createRollout(
  ctx: AppContext,
  actor: Actor,
  releaseId: string,
  input: RolloutInput,
): Promise<RolloutView> {
  if (!isOperator(actor)) throw forbidden('problem.rollouts.operatorsOnly');
  const id = await runCommand(ctx, actor, (s) => insertRollout(s, releaseId, input));
  return getRollout(ctx, actor, id);
}

/** Plans and writes a release's rollout inside a command; returns its id. */
export async function insertRollout(s: CommandScope, releaseId: string, input: RolloutInput): Promise<string> {
  const start = checkRolloutInput(input, s.now);
  const release = await s.trx.selectFrom('release').selectAll().where('id', '=', releaseId).executeTakeFirst();
  if (!release) throw notFound('release', releaseId);
  if (await s.trx.selectFrom('rollout').select('id').where('release_id', '=', releaseId).executeTakeFirst()) {
    throw conflict(words('problem.rollouts.exists', { version: release.version }), 'params.id');
  }
  if (release.kind === 'wave') {
    release.wave = releaseWaveOf(start);
    if (!release.wave) throw invalid('body.startsAt', 'problem.rollouts.wave');
    await s.trx
      .updateTable('release')
      .set({ wave: release.wave, updated_at: s.nowIso })
      .where('id', '=', release.id)
      .execute();
  }
  const allRegions = await loadRegions(s.trx);
  const stations = await loadStations(s.trx);
  const codes = input.regions ?? allRegions.map((r) => r.code);
  const pauseHours = input.pauseHours ?? Math.max(0, ...stations.map((st) => st.pauseHours));
  const firstRelease = await firstReleaseEnvironments(s, release, codes);
  const plan = planRollout({
    start,
    regions: allRegions.filter((r) => codes.includes(r.code)),
    stations,
    pauseBetweenStationsHours: pauseHours,
    firstRelease,
  });
  const rollout: RolloutTable = {
    id: newId(),
    release_id: release.id,
    state: 'active',
    starts_at: start.toISOString(),
    pause_hours: pauseHours,
    regions: toJson(codes),
    created_at: s.nowIso,
    updated_at: s.nowIso,
  };
  await s.trx.insertInto('rollout').values(rollout).execute();
  const targets = targetRows(rollout.id, plan);
  await s.trx.insertInto('rollout_target').values(targets).execute();
  await insertRolloutEnvironments(s, rollout.id, codes, firstRelease);
  await announceTargets(s, release, targets);
  await s.audit({
    action: 'rollout.created',
    entityType: 'rollout',
    entityId: rollout.id,
    tenantId: null,
    after: { ...rollout, targets },
  });
  s.changed({ tenantIds: null, topic: 'release' });
  return rollout.id;
}

export async function getRollout(ctx: AppContext, actor: Actor, id: string): Promise<RolloutView> {
  if (!isOperator(actor)) throw forbidden('problem.rollouts.operatorsFollowTenants');
  const db = ctx.database.db;
  const rollout = await db.selectFrom('rollout').selectAll().where('id', '=', id).executeTakeFirst();
  if (!rollout) throw notFound('rollout', id);
  const [release, targets, counts] = await Promise.all([
    db.selectFrom('release').selectAll().where('id', '=', rollout.release_id).executeTakeFirstOrThrow(),
    db
      .selectFrom('rollout_target')
      .selectAll()
      .where('rollout_id', '=', id)
      .orderBy('station')
      .orderBy('service_starts_at')
      .orderBy('region_code')
      .execute(),
    db
      .selectFrom('rollout_environment')
      .select(['station', 'region_code', 'state'])
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('overran_at').as('overran')])
      .where('rollout_id', '=', id)
      .groupBy(['station', 'region_code', 'state'])
      .execute(),
  ]);
  return {
    rollout,
    release,
    targets: targets.map((t) => {
      const mine = counts.filter((c) => c.station === t.station && c.region_code === t.region_code);
      const of = (state: string): number => mine.filter((c) => c.state === state).reduce((a, c) => a + Number(c.n), 0);
      return {
        ...t,
        environments: {
          total: mine.reduce((a, c) => a + Number(c.n), 0),
          pending: of('pending'),
          started: of('started'),
          serviceDone: of('service_done'),
          databaseDone: of('database_done'),
          failed: of('failed'),
          overran: mine.reduce((a, c) => a + Number(c.overran), 0),
        },
      };
    }),
  };
}

export async function listRollouts(ctx: AppContext, actor: Actor): Promise<RolloutTable[]> {
  if (!isOperator(actor)) throw forbidden('problem.rollouts.operatorsFollow');
  return ctx.database.db.selectFrom('rollout').selectAll().orderBy('starts_at', 'desc').limit(200).execute();
}

/**
 * Resuming re-plans what has not started (held past its window, or halted by a failure) from now,
 * after the pause behind the last station that ran; the region posts move with it.
 */
async function replanRemaining(s: CommandScope, rollout: RolloutTable, release: ReleaseTable): Promise<void> {
  const targets = await s.trx.selectFrom('rollout_target').selectAll().where('rollout_id', '=', rollout.id).execute();
  const waiting = targets.filter((t) => t.state === 'planned' || t.state === 'halted');
  if (!waiting.length) return;
  const ran = targets.filter((t) => !waiting.includes(t));
  const lastEnd = Math.max(0, ...ran.map((t) => Date.parse(t.database_ends_at) + rollout.pause_hours * 3_600_000));
  const start = new Date(Math.max(s.now.getTime(), lastEnd));
  const windows = new Map<string, RolloutRegion['window']>((await loadRegions(s.trx)).map((r) => [r.code, r.window]));
  const stations = await loadStations(s.trx);
  const whole = waiting.filter((t) => t.first_release === 0);
  const early = waiting.filter((t) => t.first_release === 1 && whole.some((w) => w.region_code === t.region_code));
  const earlyEnvironments = early.length
    ? await s.trx
        .selectFrom('rollout_environment')
        .select(['environment_id', 'region_code'])
        .where('rollout_id', '=', rollout.id)
        .where('station', '=', FIRST_RELEASE_STATION)
        .where(
          'region_code',
          'in',
          early.map((t) => t.region_code),
        )
        .execute()
    : [];
  const plan = planRollout({
    start,
    regions: whole.map((t) => ({
      code: t.region_code as FirstReleaseEnvironment['region'],
      station: t.station,
      window: windows.get(t.region_code)!,
    })),
    stations: stations.filter(
      (st) => waiting.some((t) => t.station === st.number) || st.number === FIRST_RELEASE_STATION,
    ),
    pauseBetweenStationsHours: rollout.pause_hours,
    firstRelease: earlyEnvironments.map((e) => ({
      environmentId: e.environment_id,
      region: e.region_code as FirstReleaseEnvironment['region'],
    })),
  });
  const replanned = targetRows(rollout.id, plan);
  for (const t of replanned) {
    await s.trx
      .updateTable('rollout_target')
      .set({
        state: 'planned',
        service_starts_at: t.service_starts_at,
        service_ends_at: t.service_ends_at,
        database_starts_at: t.database_starts_at,
        database_ends_at: t.database_ends_at,
      })
      .where('rollout_id', '=', rollout.id)
      .where('station', '=', t.station)
      .where('region_code', '=', t.region_code)
      .execute();
  }
  // A First Release target whose region already ran as a whole has nothing left to do.
  const stale = waiting.filter(
    (t) => !replanned.some((r) => r.station === t.station && r.region_code === t.region_code),
  );
  for (const t of stale) {
    await s.trx
      .updateTable('rollout_target')
      .set({ state: 'cancelled', finished_at: s.nowIso })
      .where('rollout_id', '=', rollout.id)
      .where('station', '=', t.station)
      .where('region_code', '=', t.region_code)
      .execute();
  }
  await announceTargets(
    s,
    release,
    await s.trx
      .selectFrom('rollout_target')
      .selectAll()
      .where('rollout_id', '=', rollout.id)
      .where('state', '=', 'planned')
      .execute(),
  );
}

/** Hold, resume or stop (see rolloutStateAfter for what each means). */
export async function actOnRollout(
  ctx: AppContext,
  actor: Actor,
  id: string,
  action: RolloutAction,
): Promise<RolloutView> {
  if (!isOperator(actor)) throw forbidden('problem.rollouts.operatorsControl');
  await runCommand(ctx, actor, async (s) => {
    const before = await s.lock('rollout', id);
    if (!before) throw notFound('rollout', id);
    const state = rolloutStateAfter(before.state, action);
    if (!state)
      throw illegalTransition(words('problem.rollouts.cannot', { state: before.state, action }), 'params.action');
    await s.trx.updateTable('rollout').set({ state, updated_at: s.nowIso }).where('id', '=', id).execute();
    if (action === 'stop') {
      await s.trx
        .updateTable('rollout_target')
        .set({ state: 'cancelled', finished_at: s.nowIso })
        .where('rollout_id', '=', id)
        .where('state', 'in', ['planned', 'halted'])
        .execute();
    }
    if (action === 'resume') {
      const release = await s.trx
        .selectFrom('release')
        .selectAll()
        .where('id', '=', before.release_id)
        .executeTakeFirstOrThrow();
      const resumed = { ...before, state };
      await replanRemaining(s, resumed, release);
      // A failure in the last station leaves nothing to run: resuming accepts it and ends the rollout.
      await completeIfDone(
        s,
        resumed,
        await s.trx.selectFrom('rollout_target').selectAll().where('rollout_id', '=', id).execute(),
      );
    }
    await s.audit({
      action: `rollout.${action}`,
      entityType: 'rollout',
      entityId: id,
      tenantId: null,
      before: { state: before.state },
      after: { state },
    });
    s.changed({ tenantIds: null, topic: 'release' });
  });
  return getRollout(ctx, actor, id);
}
