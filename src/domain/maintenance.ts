// Maintenance as the policy describes it: planned, unplanned or security work with an expected
// impact, done in a window per region. Pure rules: what a valid window is, when and how people are
// told, how the state moves. No clock and no database: `now` is passed in.
//
// States, per region window and for the whole maintenance:
//   scheduled → in_progress → completed | overran | failed, or scheduled → cancelled.
// "overran" is final even if the work finishes later: the incident it raised says the rest.
import type { FieldProblem } from '../errors.js';
import { isRegionCode, REGION_CODES } from './regions.js';

// Defined in src/shared, which the console imports too; re-exported here for the server.
export {
  MAINTENANCE_KINDS,
  type MaintenanceKind,
  MAINTENANCE_IMPACTS,
  type MaintenanceImpact,
  MAINTENANCE_STATES,
  type MaintenanceState,
  MAINTENANCE_REPORTS,
  type MaintenanceReport,
} from '../shared/updates.js';
import type { MaintenanceKind, MaintenanceImpact, MaintenanceState, MaintenanceReport } from '../shared/updates.js';
import { words, type Words } from '../shared/i18n/words.js';

/** Statuspage's scheduled-maintenance statuses. */
export type PublicMaintenanceStatus = 'scheduled' | 'in_progress' | 'verifying' | 'completed';

export interface WindowInput {
  region: string;
  startsAt: string;
  endsAt: string;
}

export interface MaintenanceWindow {
  region: string;
  start: Date;
  end: Date;
}

/** Longest window accepted: longer work is several maintenances, each announced on its own. */
export const MAX_WINDOW_HOURS = 7 * 24;

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/** An ISO 8601 UTC instant ("2026-11-25T18:00:00Z"), or null. */
export function parseUtc(text: string): Date | null {
  if (!ISO_UTC.test(text)) return null;
  const d = new Date(text);
  // Rejects days that do not exist (30 February) instead of rolling them over.
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text.slice(0, 10) ? null : d;
}

export const checkUtc = (v: string): Words | null => (parseUtc(v) ? null : 'problem.utc.invalid');

/**
 * Checks the windows of a maintenance and returns them parsed, or the problems, each naming its
 * field. Planned and security work is announced ahead, so its windows cannot be in the past;
 * unplanned work may already be going on, but every window must still end in the future.
 * `started` lists regions whose window has already begun (a change to running work): their start
 * is history and is not judged again.
 */
export function checkWindows(
  kind: MaintenanceKind,
  windows: WindowInput[],
  now: Date,
  field = 'body.windows',
  started: ReadonlySet<string> = new Set(),
): { windows: MaintenanceWindow[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const parsed: MaintenanceWindow[] = [];
  if (windows.length === 0) problems.push({ field, message: 'problem.windows.none' });
  const seen = new Set<string>();
  windows.forEach((w, i) => {
    const at = `${field}[${i}]`;
    if (!isRegionCode(w.region))
      problems.push({
        field: `${at}.region`,
        message: words('problem.region.unknown', { choices: REGION_CODES.join(', ') }),
      });
    else if (seen.has(w.region))
      problems.push({ field: `${at}.region`, message: words('problem.windows.twice', { region: w.region }) });
    seen.add(w.region);
    const start = parseUtc(w.startsAt);
    const end = parseUtc(w.endsAt);
    if (!start) problems.push({ field: `${at}.startsAt`, message: checkUtc(w.startsAt)! });
    if (!end) problems.push({ field: `${at}.endsAt`, message: checkUtc(w.endsAt)! });
    if (!start || !end) return;
    if (end.getTime() <= start.getTime()) {
      problems.push({
        field: `${at}.endsAt`,
        message: words('problem.windows.endsBeforeStart', { end: w.endsAt, start: w.startsAt }),
      });
      return;
    }
    if (end.getTime() - start.getTime() > MAX_WINDOW_HOURS * 3_600_000) {
      problems.push({
        field: `${at}.endsAt`,
        message: words('problem.windows.tooLong', { days: MAX_WINDOW_HOURS / 24 }),
      });
    }
    if (kind !== 'unplanned' && !started.has(w.region) && start.getTime() < now.getTime()) {
      problems.push({
        field: `${at}.startsAt`,
        message: words('problem.windows.startInPast', { kind }),
      });
    } else if (end.getTime() <= now.getTime()) {
      problems.push({ field: `${at}.endsAt`, message: 'problem.isInPast' });
    }
    parsed.push({ region: w.region, start, end });
  });
  return { windows: parsed, problems };
}

/**
 * How a maintenance is announced (the policy's "System maintenance" section):
 * - 'unplanned': at once, the "Unplanned Maintenance" email to every system admin concerned;
 * - 'notice': planned work with downtime or user impact, and security work that needs impact,
 *   ahead of the window (lead time) to org admins and system admins, with a Message Center post;
 * - 'none': work without impact, security mitigations included: only the schedule shows it.
 */
export type Announcement = 'unplanned' | 'notice' | 'none';

export function announcementFor(kind: MaintenanceKind, impact: MaintenanceImpact): Announcement {
  if (kind === 'unplanned') return 'unplanned';
  return impact === 'none' ? 'none' : 'notice';
}

/** When the notice is due: the lead time before the first window (already due when that has passed). */
export function noticeDueAt(windows: MaintenanceWindow[], leadDays: number): Date {
  const first = Math.min(...windows.map((w) => w.start.getTime()));
  return new Date(first - leadDays * 86_400_000);
}

/**
 * After a change, what to tell those who heard of the maintenance before. Once people have been
 * told, every change is news to them (even one that removes the impact); before that, the notice
 * itself, sent when due, will carry the new details.
 */
export function announcementOfChange(kind: MaintenanceKind, alreadyAnnounced: boolean): 'updated' | 'none' {
  return kind === 'unplanned' || alreadyAnnounced ? 'updated' : 'none';
}

const MOVES: Record<MaintenanceState, readonly MaintenanceState[]> = {
  scheduled: ['in_progress', 'cancelled', 'overran', 'failed'],
  in_progress: ['completed', 'overran', 'failed'],
  completed: [],
  overran: [],
  failed: [],
  cancelled: [],
};

export function canMove(from: MaintenanceState, to: MaintenanceState): boolean {
  return MOVES[from].includes(to);
}

export const isFinished = (state: MaintenanceState): boolean => MOVES[state].length === 0;

/**
 * The state a window moves to on a report made at `at` (when the work happened, not when it was
 * told). Finishing after the window's end is an overrun whatever the report says. Returns null
 * when the report makes no sense in the window's state.
 */
export function windowStateAfterReport(
  window: { state: MaintenanceState; start: Date; end: Date },
  report: MaintenanceReport,
  at: Date,
): MaintenanceState | null {
  let next: MaintenanceState = report;
  if (report === 'completed' && at.getTime() > window.end.getTime()) next = 'overran';
  if (report === 'in_progress' && at.getTime() >= window.end.getTime()) next = 'overran';
  if (next === 'completed' && window.state === 'scheduled') {
    // Finished before anyone said it started: it started at the window's start.
    return at.getTime() >= window.start.getTime() ? 'completed' : null;
  }
  return canMove(window.state, next) ? next : null;
}

/** What the periodic job does to a window at `now`: start it when it opens, call an overrun at its end. */
export function windowStateDueAt(
  window: { state: MaintenanceState; start: Date; end: Date },
  now: Date,
): MaintenanceState | null {
  const t = now.getTime();
  if ((window.state === 'scheduled' || window.state === 'in_progress') && t >= window.end.getTime()) return 'overran';
  if (window.state === 'scheduled' && t >= window.start.getTime()) return 'in_progress';
  return null;
}

/** The maintenance as a whole, from its windows: the worst outcome wins, then the least advanced state. */
export function overallState(windowStates: MaintenanceState[], cancelled: boolean): MaintenanceState {
  if (cancelled) return 'cancelled';
  const has = (s: MaintenanceState): boolean => windowStates.includes(s);
  if (has('failed')) return 'failed';
  if (has('overran')) return 'overran';
  if (windowStates.length > 0 && windowStates.every((s) => s === 'completed')) return 'completed';
  if (has('in_progress') || has('completed')) return 'in_progress';
  return 'scheduled';
}

/** Statuspage has no "overran" or "failed": overran work is still in progress; failed work is over (its incident tells the rest). */
export function publicStatusOf(state: MaintenanceState): PublicMaintenanceStatus {
  switch (state) {
    case 'scheduled':
    case 'cancelled':
      return 'scheduled';
    case 'in_progress':
    case 'overran':
      return 'in_progress';
    case 'completed':
    case 'failed':
      return 'completed';
  }
}

const IMPACT_WORDS: Record<MaintenanceImpact, string> = {
  none: 'no expected impact',
  degraded: 'degraded performance is expected',
  downtime: 'the service will be unavailable',
};

export const describeImpact = (impact: MaintenanceImpact): string => IMPACT_WORDS[impact];

/** The title people see; unplanned work carries the policy's "Unplanned Maintenance". */
/**
 * A subject carries one prefix: the notice's heading ("Planned maintenance", "Unplanned
 * Maintenance", or its translation) already says what the message is, so a title that starts with
 * an announcement prefix (announcementTitle below, or an operator who typed one) loses it there,
 * however many times it is repeated.
 */
export function withoutAnnouncementPrefix(title: string): string {
  let rest = title.trim();
  for (;;) {
    const next = rest.replace(/^(planned|unplanned|security)\s+maintenance\s*:\s*/i, '');
    if (next === rest || !next) return rest;
    rest = next;
  }
}

export function announcementTitle(kind: MaintenanceKind, title: string): string {
  return kind === 'unplanned' ? `Unplanned Maintenance: ${title}` : `Planned maintenance: ${title}`;
}
