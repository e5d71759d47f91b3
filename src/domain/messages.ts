// The Message Center's rules, as pure functions: what a post may say (categories, severities,
// tags), whom it reaches (audience matching), when it must be posted (30 days ahead of the action
// a major change requires), when a change is worth telling people again (material change),
// when it leaves the lists (expiry), and where a release stands for a tenant (release status).
// No I/O here: callers pass `now` and the directory facts.

// Defined in src/shared, which the console imports too; re-exported here for the server.
export {
  MESSAGE_CATEGORIES,
  MESSAGE_SEVERITIES,
  MESSAGE_TAGS,
  type MessageTag,
  UPDATED_MESSAGE_TAG,
  DATA_PRIVACY_TAG,
  RELEASE_STATUSES,
  type ReleaseStatus,
} from '../shared/messages.js';
import { MESSAGE_TAGS, isAudienceEmpty, type ReleaseStatus, type MessageAudienceRule } from '../shared/messages.js';
import { words as wordsOf, type Words } from '../shared/i18n/words.js';

/** The policy: a major change that requires action is announced at least this many days ahead. */
export const MAJOR_CHANGE_NOTICE_DAYS = 30;

/** Reminders go out this many days before an action-required date (most urgent last). */
export const ACTION_REMINDER_DAYS = [7, 1] as const;

const DAY_MS = 86_400_000;

export const checkTags = (tags: string[]): Words | null => {
  const unknown = tags.filter((t) => !(MESSAGE_TAGS as readonly string[]).includes(t));
  return unknown.length
    ? wordsOf('problem.tags.unknown', { unknown: unknown.join(', '), choices: MESSAGE_TAGS.join(', ') })
    : null;
};

/** A time as the API takes it: ISO 8601 with a zone. Returns the problem, or null when fine. */
export function checkDateTime(v: string): Words | null {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v))
    ? null
    : 'problem.dateTime.invalid';
}

/**
 * The action-required date's rules. Past dates are refused for every post; a major change must
 * leave people at least MAJOR_CHANGE_NOTICE_DAYS to act from the moment it is posted.
 */
export function checkActionRequiredBy(
  post: { isMajorChange: boolean; actionRequiredBy: string | null },
  postedAt: Date,
): Words | null {
  if (post.actionRequiredBy === null) return null;
  const at = Date.parse(post.actionRequiredBy);
  if (at <= postedAt.getTime()) return 'problem.actionRequired.past';
  if (post.isMajorChange && at - postedAt.getTime() < MAJOR_CHANGE_NOTICE_DAYS * DAY_MS) {
    const earliest = new Date(postedAt.getTime() + MAJOR_CHANGE_NOTICE_DAYS * DAY_MS).toISOString();
    return wordsOf('problem.actionRequired.tooSoon', { days: MAJOR_CHANGE_NOTICE_DAYS, earliest });
  }
  return null;
}

// --- audience ---------------------------------------------------------------------------

export type { MessageAudienceRule };

export { isAudienceEmpty };

// --- material change ---------------------------------------------------------------------

/** What people were told, as far as telling them again is concerned. */
export interface MessageContent {
  title: string;
  body: string;
  startsAt: string;
  endsAt: string | null;
  actionRequiredBy: string | null;
  isMajorChange: boolean;
  severity: string;
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.:/-][\p{L}\p{N}]+)*/gu) ?? [];

/**
 * Share of the words that differ between two texts (0 = same words, 1 = nothing in common),
 * counted as a multiset so that rewording shows and reordering does not.
 */
export function wordChange(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length && !wb.length) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return 1 - (2 * common) / (wa.length + wb.length);
}

/** A body rewritten by more than this share of its words is a different message. */
export const SUBSTANTIAL_BODY_CHANGE = 0.2;

const numbersIn = (text: string): string =>
  words(text)
    .filter((w) => /\d/.test(w))
    .sort()
    .join(' ');

/**
 * What changed that the readers should hear about again, in words for the email ("The action
 * date moved from … to …"). Empty when the change is cosmetic (a typo, a link, a tag).
 * A body counts when a fifth of it is new, or when any number or date in it changed: "5 May"
 * becoming "12 May" is one word but exactly what people need to know.
 */
export function materialChanges(before: MessageContent, after: MessageContent): string[] {
  const changes: string[] = [];
  const moved = (label: string, a: string | null, b: string | null) => {
    if (a === b) return;
    if (a === null) changes.push(`${label} is now ${b}`);
    else if (b === null) changes.push(`${label} (${a}) was removed`);
    else changes.push(`${label} moved from ${a} to ${b}`);
  };
  moved('The start', before.startsAt, after.startsAt);
  moved('The end', before.endsAt, after.endsAt);
  moved('The action-required date', before.actionRequiredBy, after.actionRequiredBy);
  if (!before.isMajorChange && after.isMajorChange) changes.push('This is now a major change');
  const severityRank = (s: string) => ['normal', 'high', 'critical'].indexOf(s);
  if (severityRank(after.severity) > severityRank(before.severity))
    changes.push(`The severity rose from ${before.severity} to ${after.severity}`);
  if (
    wordChange(before.body, after.body) > SUBSTANTIAL_BODY_CHANGE ||
    numbersIn(before.body) !== numbersIn(after.body)
  ) {
    changes.push('The details changed');
  }
  return changes;
}

export function withTag(tags: readonly string[], tag: string): string[] {
  return tags.includes(tag) ? [...tags] : [...tags, tag];
}

// --- expiry ------------------------------------------------------------------------------

/**
 * Posts whose end is before this instant have expired: they leave the lists (`ends_at > cutoff`
 * keeps a post listed). Posts without an end never expire.
 */
export function expiryCutoff(now: Date, expiryDays: number): string {
  return new Date(now.getTime() - expiryDays * DAY_MS).toISOString();
}

/** Expired posts stay readable by id until this cutoff; older ones are deleted. */
export function retentionCutoff(now: Date, expiryDays: number, retentionDays: number): string {
  return expiryCutoff(now, expiryDays + retentionDays);
}

export function isExpired(endsAt: string | null, now: Date, expiryDays: number): boolean {
  return endsAt !== null && endsAt <= expiryCutoff(now, expiryDays);
}

// --- release status and reminders --------------------------------------------------------

/**
 * Where a release stands for one tenant. A status set by the rollout (or an operator) wins;
 * otherwise the post's own period says it: before the start scheduled, until the end rolling
 * out, then launched. Posts not tied to a release have none.
 */
export function releaseStatusOf(
  post: { tiedToRelease: boolean; startsAt: string; endsAt: string | null },
  recorded: ReleaseStatus | null,
  now: Date,
): ReleaseStatus | null {
  if (recorded) return recorded;
  if (!post.tiedToRelease) return null;
  const t = now.getTime();
  if (t < Date.parse(post.startsAt)) return 'scheduled';
  if (post.endsAt === null || t < Date.parse(post.endsAt)) return 'rollingOut';
  return 'launched';
}

/**
 * The reminder due now for an action date: the most urgent threshold already reached (so a post
 * published three days ahead sends one 7-day reminder, not a 7-day and then a late one), or null
 * when the date is more than a week away or past.
 */
export function dueActionReminder(actionRequiredBy: string, now: Date): (typeof ACTION_REMINDER_DAYS)[number] | null {
  const left = Date.parse(actionRequiredBy) - now.getTime();
  if (left <= 0) return null;
  let due: (typeof ACTION_REMINDER_DAYS)[number] | null = null;
  for (const days of ACTION_REMINDER_DAYS) if (left <= days * DAY_MS) due = days;
  return due;
}

// --- weekly digest -----------------------------------------------------------------------

export interface IsoWeek {
  /** "2026-W09" */
  id: string;
  start: Date;
  end: Date;
}

/** The ISO week (Monday 00:00 UTC to the next Monday) that ended most recently before `now`. */
export function previousIsoWeek(now: Date): IsoWeek {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const weekday = (day.getUTCDay() + 6) % 7; // Monday = 0
  const end = new Date(day.getTime() - weekday * DAY_MS);
  const start = new Date(end.getTime() - 7 * DAY_MS);
  // The ISO week-numbering year is the year of the week's Thursday.
  const thursday = new Date(start.getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { id: `${year}-W${String(week).padStart(2, '0')}`, start, end };
}
