// The weekly release train: "Each week, every region gets an updated deployment, starting with our
// First Release region, and a link to the Weekly Release Notes" — and the two major waves (April,
// October) "are delivered through the weekly update mechanism". Pure rules: which weeks a train
// plans now, the version and release-notes link of a week, and whether a week carries a wave.
// `now` is always passed in.
import { releaseWaveOf, type ReleaseKind } from './releases.js';

export interface TrainCadence {
  /** major.minor of every version the train ships, such as "9.2". */
  versionPrefix: string;
  /** Release notes link; {version} and {week} (the week's Monday, YYYY-MM-DD) are filled in. */
  releaseNotesPattern: string;
  /** Day of the week the rollout starts (0 Sunday … 6 Saturday), and the UTC hour. */
  weekday: number;
  startHour: number;
  /** How many days before a week's start it is planned (its region posts go out then). */
  leadDays: number;
}

// Defined in src/shared, which the console imports too; re-exported here for the server.
import { TRAIN_WEEK_STATES } from '../shared/updates.js';
import { type FieldProblem, words } from '../errors.js';
import type { MessageKey } from '../shared/i18n/catalogue/en.js';

export { TRAIN_WEEK_STATES };
export type TrainWeekState = (typeof TRAIN_WEEK_STATES)[number];

export const TRAIN_WEEK_ACTIONS = ['hold', 'release', 'skip', 'move'] as const;
export type TrainWeekAction = (typeof TRAIN_WEEK_ACTIONS)[number];

const DAY_MS = 86_400_000;

/** The Monday (UTC, YYYY-MM-DD) of the ISO week `at` falls in: the key of a train week. */
export function weekOf(at: Date): string {
  const day = (at.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()) - day * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** When the week's rollout starts by the cadence (before any move). */
export function weekStart(week: string, cadence: Pick<TrainCadence, 'weekday' | 'startHour'>): Date {
  const monday = Date.parse(`${week}T00:00:00Z`);
  const offset = (cadence.weekday + 6) % 7;
  return new Date(monday + offset * DAY_MS + cadence.startHour * 3_600_000);
}

/**
 * The weeks whose planning time has come at `now` and whose rollout has not started: from the
 * current week up to `leadDays` ahead. A week is planned `leadDays` before its start, so its posts
 * reach each region before the region's window.
 */
export function weeksDue(now: Date, cadence: Pick<TrainCadence, 'weekday' | 'startHour' | 'leadDays'>): string[] {
  const weeks: string[] = [];
  for (let w = weekOf(now), i = 0; i < 8; i++, w = weekOf(new Date(Date.parse(`${w}T00:00:00Z`) + 7 * DAY_MS))) {
    const start = weekStart(w, cadence).getTime();
    if (start <= now.getTime()) continue;
    if (start - cadence.leadDays * DAY_MS > now.getTime()) break;
    weeks.push(w);
  }
  return weeks;
}

/**
 * A week's version, as on the About page and like Dynamics' builds: major.minor, then the build
 * YYDDD (two-digit year and day of the year the rollout starts, as the demo's 9.2.26333.10 for
 * 29 November 2026), then the revision.
 */
export function trainVersion(prefix: string, start: Date, revision = 1): string {
  const yy = String(start.getUTCFullYear() % 100).padStart(2, '0');
  const day = Math.floor((start.getTime() - Date.UTC(start.getUTCFullYear(), 0, 1)) / DAY_MS) + 1;
  return `${prefix}.${yy}${String(day).padStart(3, '0')}.${revision}`;
}

export const trainReleaseNotesUrl = (pattern: string, version: string, week: string): string =>
  pattern.replaceAll('{version}', encodeURIComponent(version)).replaceAll('{week}', week);

/** The first train week of April and of October carries the major wave; the others are weekly updates. */
export function trainReleaseKind(start: Date): ReleaseKind {
  return releaseWaveOf(start) !== null && start.getUTCDate() <= 7 ? 'wave' : 'weekly';
}

/** Why an action does not fit a week: it is planned already, it is skipped, or it is not held. */
export type TrainWeekRefusal = 'planned' | 'skipped' | 'notHeld';

/** The state after an operator's action on a week not yet planned, or why it does not fit. */
export function trainWeekStateAfter(
  current: TrainWeekState,
  action: TrainWeekAction,
): { state: TrainWeekState } | { refused: TrainWeekRefusal } {
  if (current === 'planned') return { refused: 'planned' };
  switch (action) {
    case 'hold':
      return current === 'skipped' ? { refused: 'skipped' } : { state: 'held' };
    case 'release':
      return current === 'held' ? { state: 'open' } : { refused: 'notHeld' };
    case 'skip':
      return { state: 'skipped' };
    case 'move':
      return current === 'skipped' ? { refused: 'skipped' } : { state: current };
  }
}

/** What the week's reader is told when an action does not fit it. */
export const TRAIN_WEEK_REFUSALS = {
  planned: 'problem.trains.weekPlanned',
  skipped: 'problem.trains.weekSkipped',
  notHeld: 'problem.trains.weekNotHeld',
} as const satisfies Record<TrainWeekRefusal, MessageKey>;

export function checkCadence(c: Partial<TrainCadence>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (c.versionPrefix !== undefined && !/^\d{1,4}\.\d{1,4}$/.test(c.versionPrefix))
    problems.push({ field: 'body.versionPrefix', message: 'problem.trains.prefix' });
  if (c.releaseNotesPattern !== undefined && !/^https:\/\/\S+$/.test(c.releaseNotesPattern))
    problems.push({
      field: 'body.releaseNotesPattern',
      message: words('problem.trains.link', { version: '{version}', week: '{week}' }),
    });
  if (c.weekday !== undefined && !(Number.isInteger(c.weekday) && c.weekday >= 0 && c.weekday <= 6))
    problems.push({ field: 'body.weekday', message: 'problem.trains.weekday' });
  if (c.startHour !== undefined && !(Number.isInteger(c.startHour) && c.startHour >= 0 && c.startHour <= 23))
    problems.push({ field: 'body.startHour', message: 'problem.trains.hour' });
  if (c.leadDays !== undefined && !(Number.isInteger(c.leadDays) && c.leadDays >= 1 && c.leadDays <= 28))
    problems.push({ field: 'body.leadDays', message: 'problem.trains.leadDays' });
  return problems;
}
