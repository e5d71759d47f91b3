// What happens to each environment during a rollout, reported by operators or automation
// (started, service part done, database part done, failed), and what follows from it: the
// environment's version changes with each part; work done inside its window sends nothing; a
// failure or a part that runs past its window raises the highest-priority incident for exactly
// the environments concerned and halts the stations after it. The periodic job
// (advanceRollouts.ts) calls the same settleTarget when windows open and end.
import { isOperator, type Actor } from '../../domain/actor.js';
import { parseUtc } from '../../domain/maintenance.js';
import {
  announcesWaveEnabled,
  environmentStateAfter,
  isLate,
  targetStateOf,
  versionAfter,
  type ProgressStep,
  type RolloutState,
} from '../../domain/releases.js';
import { haltAfter, type RolloutPlan } from '../../domain/rollout.js';
import { conflict, forbidden, illegalTransition, invalid, notFound, words } from '../../errors.js';
import type { ReleaseTable, RolloutEnvironmentTable, RolloutTable, RolloutTargetTable } from '../../store/schema.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { raiseUpdateIncident } from './raiseIncidents.js';
import { announceWaveEnabled, databaseWindowOf, releaseServiceIds, serviceWindowOf } from './releaseNotices.js';

export interface ProgressInput {
  environmentId: string;
  step: ProgressStep;
  /** When it happened (ISO UTC, not in the future); now when left out. */
  at?: string;
  note?: string;
}

/** The rollout's stations as a plan, enough for haltAfter to say which come after a failure. */
function planOf(targets: RolloutTargetTable[]): RolloutPlan {
  const numbers = [...new Set(targets.map((t) => t.station))].sort((a, b) => a - b);
  return {
    stations: numbers.map((number) => {
      const mine = targets.filter((t) => t.station === number);
      return {
        number,
        name: mine[0]!.station_name,
        regions: [],
        start: new Date(Math.min(...mine.map((t) => Date.parse(t.service_starts_at)))),
        end: new Date(Math.max(...mine.map((t) => Date.parse(t.database_ends_at)))),
      };
    }),
  };
}

async function setTarget(s: CommandScope, t: RolloutTargetTable, change: Partial<RolloutTargetTable>): Promise<void> {
  await s.trx
    .updateTable('rollout_target')
    .set(change)
    .where('rollout_id', '=', t.rollout_id)
    .where('station', '=', t.station)
    .where('region_code', '=', t.region_code)
    .execute();
  Object.assign(t, change);
}

async function setRolloutState(s: CommandScope, rollout: RolloutTable, state: RolloutState): Promise<void> {
  await s.trx.updateTable('rollout').set({ state, updated_at: s.nowIso }).where('id', '=', rollout.id).execute();
  rollout.state = state;
}

/**
 * Brings a target up to date with its environments at `s.now`: opens it when its window has
 * begun, records when every environment has its service part (a wave is then enabled in the
 * region), fails it when an environment failed or overran (halting the later stations), and
 * completes it, and the rollout with its last target, when all is done.
 */
export async function settleTarget(
  s: CommandScope,
  rollout: RolloutTable,
  release: ReleaseTable,
  target: RolloutTargetTable,
): Promise<void> {
  const now = s.now.getTime();
  if (target.state === 'planned' && rollout.state === 'active' && now >= Date.parse(target.service_starts_at))
    await setTarget(s, target, { state: 'in_progress' });
  if (target.state !== 'in_progress') return;
  const counts = await s.trx
    .selectFrom('rollout_environment')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn
        .sum<number>(eb.case().when('state', 'in', ['service_done', 'database_done']).then(1).else(0).end())
        .as('serviceDone'),
      eb.fn.sum<number>(eb.case().when('state', '=', 'database_done').then(1).else(0).end()).as('databaseDone'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.or([eb('state', '=', 'failed'), eb('overran_at', 'is not', null)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('troubled'),
    ])
    .where('rollout_id', '=', target.rollout_id)
    .where('station', '=', target.station)
    .where('region_code', '=', target.region_code)
    .executeTakeFirstOrThrow();
  const total = Number(counts.total);
  const troubled = Number(counts.troubled ?? 0);
  const serviceDone = total > 0 ? Number(counts.serviceDone ?? 0) === total : now >= Date.parse(target.service_ends_at);
  if (serviceDone && troubled === 0 && !target.service_done_at) {
    await setTarget(s, target, { service_done_at: s.nowIso });
    if (announcesWaveEnabled(release.kind) && target.first_release === 0) {
      const region = await s.trx
        .selectFrom('region')
        .select(['code', 'name'])
        .where('code', '=', target.region_code)
        .executeTakeFirstOrThrow();
      await announceWaveEnabled(s, release, region, await releaseServiceIds(s, release.id));
    }
  }
  const state = targetStateOf(
    { total, databaseDone: Number(counts.databaseDone ?? 0), troubled },
    now >= Date.parse(target.database_ends_at),
  );
  if (state === 'in_progress') return;
  await setTarget(s, target, { state, finished_at: s.nowIso });
  const targets = await s.trx.selectFrom('rollout_target').selectAll().where('rollout_id', '=', rollout.id).execute();
  if (state === 'failed') {
    const later = haltAfter(planOf(targets), target.station);
    if (later.length) {
      await s.trx
        .updateTable('rollout_target')
        .set({ state: 'halted' })
        .where('rollout_id', '=', rollout.id)
        .where('station', 'in', later)
        .where('state', '=', 'planned')
        .execute();
    }
    if (rollout.state === 'active' || rollout.state === 'held') await setRolloutState(s, rollout, 'halted');
    await s.audit({
      action: 'rollout.halted',
      entityType: 'rollout',
      entityId: rollout.id,
      tenantId: null,
      after: { failedStation: target.station, region: target.region_code, haltedStations: later },
    });
  } else {
    await completeIfDone(s, rollout, targets);
  }
}

/**
 * An active rollout is complete when no target is left to run: each completed, or failed or
 * cancelled and accepted as such by the operator who resumed it.
 */
export async function completeIfDone(
  s: CommandScope,
  rollout: RolloutTable,
  targets: RolloutTargetTable[],
): Promise<void> {
  if (
    rollout.state === 'active' &&
    targets.every((t) => t.state === 'completed' || t.state === 'failed' || t.state === 'cancelled')
  ) {
    await setRolloutState(s, rollout, 'completed');
  }
}

/** Is this target taking reports? Its window must have opened, and it must not be halted or cancelled. */
function checkTargetTakesReports(
  rollout: RolloutTable,
  target: RolloutTargetTable,
  step: ProgressStep,
  at: Date,
): void {
  if (target.state === 'halted' || target.state === 'cancelled') {
    throw illegalTransition(
      words('problem.rollouts.stationHeld', {
        station: target.station,
        region: target.region_code,
        state: target.state,
      }),
      'body.step',
    );
  }
  if (target.state === 'planned' && rollout.state !== 'active')
    throw illegalTransition(words('problem.rollouts.held', { state: rollout.state }), 'body.step');
  const opens = step === 'database_done' ? target.database_starts_at : target.service_starts_at;
  if (at.getTime() < Date.parse(opens)) {
    throw conflict(
      words('problem.rollouts.windowOpens', {
        part: step === 'database_done' ? 'database' : 'service',
        region: target.region_code,
        at: opens,
      }),
      'body.at',
    );
  }
}

export async function reportProgress(
  ctx: AppContext,
  actor: Actor,
  rolloutId: string,
  input: ProgressInput,
): Promise<RolloutEnvironmentTable> {
  if (!isOperator(actor)) throw forbidden('problem.rollouts.operatorsReport');
  const now = ctx.now();
  const at = input.at === undefined ? now : parseUtc(input.at);
  if (!at) throw invalid('body.at', 'problem.utc.invalid');
  if (at.getTime() > now.getTime()) throw invalid('body.at', 'problem.reportPast');
  return runCommand(ctx, actor, async (s) => {
    // The rollout's row guards its environments, targets and stations: reports on one rollout
    // take turns, so two cannot both settle a station or raise its incident.
    const rollout = await s.lock('rollout', rolloutId);
    if (!rollout) throw notFound('rollout', rolloutId);
    const row = await s.trx
      .selectFrom('rollout_environment')
      .selectAll()
      .where('rollout_id', '=', rolloutId)
      .where('environment_id', '=', input.environmentId)
      .executeTakeFirst();
    if (!row) throw notFound('environmentInRollout', input.environmentId);
    const target = await s.trx
      .selectFrom('rollout_target')
      .selectAll()
      .where('rollout_id', '=', rolloutId)
      .where('station', '=', row.station)
      .where('region_code', '=', row.region_code)
      .executeTakeFirstOrThrow();
    checkTargetTakesReports(rollout, target, input.step, at);
    const stepped = environmentStateAfter(row.state, input.step);
    if ('refused' in stepped) throw illegalTransition(stepped.refused, 'body.step');
    const next = stepped.state;
    const release = await s.trx
      .selectFrom('release')
      .selectAll()
      .where('id', '=', rollout.release_id)
      .executeTakeFirstOrThrow();
    const atIso = at.toISOString();
    const late = isLate(input.step, at, { service: serviceWindowOf(target), database: databaseWindowOf(target) });
    const after: RolloutEnvironmentTable = {
      ...row,
      state: next,
      started_at: row.started_at ?? (input.step !== 'failed' ? atIso : null),
      service_done_at: input.step === 'service_done' ? atIso : row.service_done_at,
      database_done_at: input.step === 'database_done' ? atIso : row.database_done_at,
      failed_at: input.step === 'failed' ? atIso : row.failed_at,
      overran_at: row.overran_at ?? (late ? atIso : null),
      note: input.note?.trim() || row.note,
      updated_at: s.nowIso,
    };
    await s.trx
      .updateTable('rollout_environment')
      .set(after)
      .where('rollout_id', '=', rolloutId)
      .where('environment_id', '=', input.environmentId)
      .execute();
    const version = versionAfter(input.step, { version: release.version, databaseVersion: release.database_version });
    if (version)
      await s.trx
        .updateTable('environment')
        .set({ version, updated_at: s.nowIso })
        .where('id', '=', input.environmentId)
        .execute();
    // An overrun the job has not caught yet, or a failure: the incident goes up with the report.
    const startedAt = after.started_at ?? target.service_starts_at;
    if (input.step === 'failed' && !row.overran_at)
      await raiseUpdateIncident(s, rollout, release, target, [input.environmentId], 'failed', startedAt);
    else if (late && !row.overran_at)
      await raiseUpdateIncident(s, rollout, release, target, [input.environmentId], 'overran', startedAt);
    await settleTarget(s, rollout, release, target);
    await s.audit({
      action: `rollout.progress.${input.step}`,
      entityType: 'rollout',
      entityId: rolloutId,
      tenantId: row.tenant_id,
      before: row,
      after,
    });
    s.changed({ tenantIds: [row.tenant_id], topic: 'environment' });
    return after;
  });
}
