// The weekly release train: a cadence per product line (src/domain/releaseTrain.ts) that plans
// each week's release and rollout by itself — version, release notes link, First Release then the
// stations, each region's windows, the database part 24 h after the service part, and the region
// posts — through the same insertRelease/insertRollout as an operator's release. Operators hold,
// release, skip or move a week before it is planned; a planned week is held or stopped through
// its rollout. planTrainWeeks is a periodic job (jobs/updates.ts), claimed once per tick across
// nodes; a week is planned once because its row is written in the planning transaction under the
// train's row lock, and re-read there.
import { isOperator, systemActor, type Actor } from '../../domain/actor.js';
import {
  checkCadence,
  trainReleaseKind,
  trainReleaseNotesUrl,
  trainVersion,
  TRAIN_WEEK_REFUSALS,
  trainWeekStateAfter,
  weekOf,
  weeksDue,
  weekStart,
  type TrainCadence,
  type TrainWeekAction,
  type TrainWeekState,
} from '../../domain/releaseTrain.js';
import { isRegionCode } from '../../domain/regions.js';
import { parseUtc } from '../../domain/maintenance.js';
import { conflict, forbidden, illegalTransition, invalid, invalidMany, notFound, words } from '../../errors.js';
import type { ReleaseTrainTable, ReleaseTrainWeekTable } from '../../store/schema.js';
import { fromJson, newId, toJson } from '../../store/values.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { insertRelease } from './releases.js';
import { insertRollout } from './rollouts.js';

export interface TrainInput extends TrainCadence {
  productLine: string;
  /** Only these regions (every region when left out). */
  regions?: string[];
}

export interface TrainWeekView {
  week: string;
  state: TrainWeekState;
  startsAt: string;
  moved: boolean;
  /** The planned release's version, or the one the week will get. */
  version: string;
  releaseId: string | null;
  kind: 'weekly' | 'wave';
}

export interface TrainView {
  train: ReleaseTrainTable;
  weeks: TrainWeekView[];
}

const TRAIN_ACTOR = systemActor('release train');
const WEEKS_SHOWN = 8;
const DAY_MS = 86_400_000;

const cadenceOf = (t: ReleaseTrainTable): TrainCadence => ({
  versionPrefix: t.version_prefix,
  releaseNotesPattern: t.release_notes_pattern,
  weekday: t.weekday,
  startHour: t.start_hour,
  leadDays: t.lead_days,
});

export async function createTrain(ctx: AppContext, actor: Actor, input: TrainInput): Promise<TrainView> {
  if (!isOperator(actor)) throw forbidden('problem.trains.operatorsSetUp');
  const problems = checkCadence(input);
  if (!input.productLine.trim()) problems.push({ field: 'body.productLine', message: 'problem.notEmpty' });
  const unknown = (input.regions ?? []).filter((r) => !isRegionCode(r));
  if (unknown.length)
    problems.push({
      field: 'body.regions',
      message: words('problem.regions.unknownList', { unknown: unknown.join(', ') }),
    });
  if (input.regions && !input.regions.length)
    problems.push({
      field: 'body.regions',
      message: 'problem.regions.atLeastOne',
    });
  if (problems.length) throw invalidMany(problems);
  const id = await runCommand(ctx, actor, async (s) => {
    if (
      await s.trx
        .selectFrom('release_train')
        .select('id')
        .where('product_line', '=', input.productLine.trim())
        .executeTakeFirst()
    ) {
      throw conflict(words('problem.trains.exists', { line: input.productLine }), 'body.productLine');
    }
    const row: ReleaseTrainTable = {
      id: newId(),
      product_line: input.productLine.trim(),
      version_prefix: input.versionPrefix,
      release_notes_pattern: input.releaseNotesPattern,
      weekday: input.weekday,
      start_hour: input.startHour,
      lead_days: input.leadDays,
      regions: input.regions ? toJson(input.regions) : null,
      created_at: s.nowIso,
      updated_at: s.nowIso,
    };
    await s.trx.insertInto('release_train').values(row).execute();
    await s.audit({
      action: 'release_train.created',
      entityType: 'release_train',
      entityId: row.id,
      tenantId: null,
      after: row,
    });
    s.changed({ tenantIds: null, topic: 'release' });
    return row.id;
  });
  return getTrain(ctx, actor, id);
}

export async function listTrains(ctx: AppContext, actor: Actor): Promise<TrainView[]> {
  if (!isOperator(actor)) throw forbidden('problem.trains.operatorsFollow');
  const trains = await ctx.database.db.selectFrom('release_train').selectAll().orderBy('product_line').execute();
  return Promise.all(trains.map((t) => viewOf(ctx, t)));
}

export async function getTrain(ctx: AppContext, actor: Actor, id: string): Promise<TrainView> {
  if (!isOperator(actor)) throw forbidden('problem.trains.operatorsFollow');
  const train = await ctx.database.db.selectFrom('release_train').selectAll().where('id', '=', id).executeTakeFirst();
  if (!train) throw notFound('releaseTrain', id);
  return viewOf(ctx, train);
}

/** The weeks from this one on: what is stored, and what the cadence will do with the rest. */
async function viewOf(ctx: AppContext, train: ReleaseTrainTable): Promise<TrainView> {
  const now = ctx.now();
  const first = weekOf(now);
  const rows = await ctx.database.db
    .selectFrom('release_train_week')
    .leftJoin('release', 'release.id', 'release_train_week.release_id')
    .select([
      'release_train_week.week',
      'release_train_week.state',
      'release_train_week.starts_at',
      'release_train_week.moved',
      'release_train_week.release_id',
      'release.version',
      'release.kind',
    ])
    .where('train_id', '=', train.id)
    .where('week', '>=', first)
    .execute();
  const weeks: TrainWeekView[] = [];
  for (let i = 0; weeks.length < WEEKS_SHOWN && i <= WEEKS_SHOWN; i++) {
    const week = new Date(Date.parse(`${first}T00:00:00Z`) + i * 7 * DAY_MS).toISOString().slice(0, 10);
    const row = rows.find((r) => r.week === week);
    const startsAt = row ? new Date(row.starts_at) : weekStart(week, cadenceOf(train));
    // A week that began without the train is past: nothing to plan or act on.
    if (!row && startsAt.getTime() <= now.getTime()) continue;
    weeks.push({
      week,
      state: row?.state ?? 'open',
      startsAt: startsAt.toISOString(),
      moved: row?.moved === 1,
      version: row?.version ?? trainVersion(train.version_prefix, startsAt),
      releaseId: row?.release_id ?? null,
      kind: row?.kind === 'wave' || (!row?.kind && trainReleaseKind(startsAt) === 'wave') ? 'wave' : 'weekly',
    });
  }
  return { train, weeks };
}

const WEEK = /^\d{4}-\d{2}-\d{2}$/;

/** Hold, release (a hold), skip or move a week that is not planned yet. */
export async function actOnTrainWeek(
  ctx: AppContext,
  actor: Actor,
  trainId: string,
  week: string,
  action: TrainWeekAction,
  input: { startsAt?: string },
): Promise<TrainView> {
  if (!isOperator(actor)) throw forbidden('problem.trains.operatorsWeeks');
  if (!WEEK.test(week) || weekOf(new Date(`${week}T00:00:00Z`)) !== week)
    throw invalid('params.week', 'problem.trains.monday');
  let movedTo: Date | null = null;
  if (action === 'move') {
    movedTo = input.startsAt ? parseUtc(input.startsAt) : null;
    if (!movedTo) throw invalid('body.startsAt', 'problem.trains.moveTo');
    if (movedTo.getTime() <= ctx.now().getTime()) throw invalid('body.startsAt', 'problem.trains.moveLater');
  }
  await runCommand(ctx, actor, async (s) => {
    const train = await s.lock('release_train', trainId);
    if (!train) throw notFound('releaseTrain', trainId);
    const before = await weekRow(s, trainId, week);
    const startsAt = before ? new Date(before.starts_at) : weekStart(week, cadenceOf(train));
    if (startsAt.getTime() <= s.now.getTime() && before?.state !== 'planned')
      throw illegalTransition(words('problem.trains.begun', { week }), 'params.week');
    const next = trainWeekStateAfter(before?.state ?? 'open', action);
    if ('refused' in next) throw illegalTransition(words(TRAIN_WEEK_REFUSALS[next.refused], { week }), 'params.action');
    const row: ReleaseTrainWeekTable = {
      train_id: trainId,
      week,
      state: next.state,
      starts_at: (movedTo ?? startsAt).toISOString(),
      moved: movedTo ? 1 : (before?.moved ?? 0),
      release_id: null,
      updated_at: s.nowIso,
    };
    if (before)
      await s.trx
        .updateTable('release_train_week')
        .set(row)
        .where('train_id', '=', trainId)
        .where('week', '=', week)
        .execute();
    else await s.trx.insertInto('release_train_week').values(row).execute();
    await s.audit({
      action: `release_train.week_${action}`,
      entityType: 'release_train',
      entityId: trainId,
      tenantId: null,
      before: before ?? null,
      after: row,
    });
    s.changed({ tenantIds: null, topic: 'release' });
  });
  return getTrain(ctx, actor, trainId);
}

const weekRow = (s: CommandScope, trainId: string, week: string): Promise<ReleaseTrainWeekTable | undefined> =>
  s.trx
    .selectFrom('release_train_week')
    .selectAll()
    .where('train_id', '=', trainId)
    .where('week', '=', week)
    .executeTakeFirst();

/** A version not taken yet: the week's, or the next revision when a moved week meets another. */
async function freeVersion(s: CommandScope, prefix: string, start: Date): Promise<string> {
  for (let revision = 1; ; revision++) {
    const version = trainVersion(prefix, start, revision);
    if (!(await s.trx.selectFrom('release').select('id').where('version', '=', version).executeTakeFirst()))
      return version;
  }
}

/** Plans one week in one transaction; false when it was planned, held or skipped meanwhile. */
async function planWeek(ctx: AppContext, trainId: string, week: string): Promise<boolean> {
  return runCommand(ctx, TRAIN_ACTOR, async (s) => {
    const train = await s.lock('release_train', trainId);
    if (!train) return false;
    const row = await weekRow(s, trainId, week);
    if (row && row.state !== 'open') return false;
    const cadence = cadenceOf(train);
    const start = row?.moved ? new Date(row.starts_at) : weekStart(week, cadence);
    if (start.getTime() <= s.now.getTime() || start.getTime() - cadence.leadDays * DAY_MS > s.now.getTime())
      return false;
    const version = await freeVersion(s, train.version_prefix, start);
    const kind = trainReleaseKind(start);
    const { release } = await insertRelease(s, {
      kind,
      version,
      title: `${train.product_line} ${kind === 'wave' ? 'release wave update' : 'service update'} ${version}`,
      releaseNotesUrl: trainReleaseNotesUrl(train.release_notes_pattern, version, week),
    });
    await insertRollout(s, release.id, {
      startsAt: start.toISOString(),
      regions: fromJson<string[] | undefined>(train.regions, undefined),
    });
    const planned: ReleaseTrainWeekTable = {
      train_id: trainId,
      week,
      state: 'planned',
      starts_at: start.toISOString(),
      moved: row?.moved ?? 0,
      release_id: release.id,
      updated_at: s.nowIso,
    };
    if (row)
      await s.trx
        .updateTable('release_train_week')
        .set(planned)
        .where('train_id', '=', trainId)
        .where('week', '=', week)
        .execute();
    else await s.trx.insertInto('release_train_week').values(planned).execute();
    await s.audit({
      action: 'release_train.week_planned',
      entityType: 'release_train',
      entityId: trainId,
      tenantId: null,
      after: planned,
    });
    return true;
  });
}

/** The periodic job: every train's weeks whose planning time has come. Returns how many were planned. */
export async function planTrainWeeks(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const db = ctx.database.db;
  let planned = 0;
  for (const train of await db.selectFrom('release_train').selectAll().execute()) {
    const cadence = cadenceOf(train);
    const horizon = new Date(now.getTime() + cadence.leadDays * DAY_MS).toISOString();
    // Moved weeks are planned by their new time; the others by the cadence.
    const movedOpen = await db
      .selectFrom('release_train_week')
      .select('week')
      .where('train_id', '=', train.id)
      .where('state', '=', 'open')
      .where('moved', '=', 1)
      .where('starts_at', '>', now.toISOString())
      .where('starts_at', '<=', horizon)
      .execute();
    const weeks = new Set([...weeksDue(now, cadence), ...movedOpen.map((r) => r.week)]);
    for (const week of [...weeks].sort()) if (await planWeek(ctx, train.id, week)) planned++;
  }
  return planned;
}
