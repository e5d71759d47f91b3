// Regions' weekly maintenance windows as time: when the next one is, which fall in a range, and how
// one reads in a time zone. The server plans with them and the console draws them.
import { DateTime, IANAZone } from 'luxon';

/**
 * A weekly window in UTC. `days` are the ISO weekdays (1 = Monday … 7 = Sunday) on which a
 * window may START; when `end <= start` the window ends on the following day.
 */
export interface ServiceWindowRule {
  start: string;
  end: string;
  days: number[];
}

/** The policy: "Database updates run 24 hours after service updates." */
export const DATABASE_UPDATE_OFFSET_HOURS = 24;

/** Half-open: `start` is inside the window, `end` is not. */
export interface TimeWindow {
  start: Date;
  end: Date;
}

const MINUTES_PER_DAY = 24 * 60;

function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

export function windowDurationMinutes(rule: ServiceWindowRule): number {
  const span = minutesOfDay(rule.end) - minutesOfDay(rule.start);
  // end <= start means the window runs past midnight; equal times mean a whole day.
  return span > 0 ? span : span + MINUTES_PER_DAY;
}

function windowStartingOn(rule: ServiceWindowRule, day: DateTime): TimeWindow {
  const start = day.startOf('day').plus({ minutes: minutesOfDay(rule.start) });
  return { start: start.toJSDate(), end: start.plus({ minutes: windowDurationMinutes(rule) }).toJSDate() };
}

function assertHasDays(rule: ServiceWindowRule): void {
  if (!rule.days.some((d) => d >= 1 && d <= 7)) {
    throw new RangeError(`Window ${rule.start}–${rule.end} has no weekday on which it can start`);
  }
}

/**
 * Windows that may contain or follow `at`, in start order. A window lasts at most a day, so one
 * starting before yesterday has certainly ended.
 */
function* windowsFrom(rule: ServiceWindowRule, at: Date): Generator<TimeWindow> {
  assertHasDays(rule);
  let day = DateTime.fromJSDate(at, { zone: 'utc' }).startOf('day').minus({ days: 1 });
  for (;;) {
    if (rule.days.includes(day.weekday)) yield windowStartingOn(rule, day);
    day = day.plus({ days: 1 });
  }
}

/** The first window whose end is after `after`: a window in progress counts. */
export function nextServiceWindow(rule: ServiceWindowRule, after: Date): TimeWindow {
  for (const w of windowsFrom(rule, after)) {
    if (w.end.getTime() > after.getTime()) return w;
  }
  throw new Error('unreachable: windowsFrom never ends');
}

/**
 * The first window that starts at or after `notBefore`. A deployment is planned into a whole
 * window, never into the tail of one already running, so it has the full time it was promised.
 */
export function nextServiceWindowStartingFrom(rule: ServiceWindowRule, notBefore: Date): TimeWindow {
  for (const w of windowsFrom(rule, notBefore)) {
    if (w.start.getTime() >= notBefore.getTime()) return w;
  }
  throw new Error('unreachable: windowsFrom never ends');
}

/** Every window overlapping [from, to), in order. */
export function serviceWindowsBetween(rule: ServiceWindowRule, from: Date, to: Date): TimeWindow[] {
  const result: TimeWindow[] = [];
  if (to.getTime() <= from.getTime()) return result;
  for (const w of windowsFrom(rule, from)) {
    if (w.start.getTime() >= to.getTime()) break;
    if (w.end.getTime() > from.getTime()) result.push(w);
  }
  return result;
}

export function isInsideWindow(rule: ServiceWindowRule, at: Date): boolean {
  return nextServiceWindow(rule, at).start.getTime() <= at.getTime();
}

const HOUR_MS = 3_600_000;

export function databaseWindowFor(serviceWindow: TimeWindow): TimeWindow {
  const offset = DATABASE_UPDATE_OFFSET_HOURS * HOUR_MS;
  return {
    start: new Date(serviceWindow.start.getTime() + offset),
    end: new Date(serviceWindow.end.getTime() + offset),
  };
}

export function isValidTimeZone(tz: string): boolean {
  return IANAZone.isValidZone(tz);
}

const DAY_FORMAT = { weekday: 'short', day: 'numeric', month: 'short' } as const;

/**
 * E.g. "Mon 25 Nov, 19:00 – 04:00 (Europe/Paris)" for en-GB. Intl does the wording so each
 * reader gets their own conventions (en-US reads "Mon, Nov 25, 7:00 PM – 4:00 AM"). The end's
 * date is left out only when it is unambiguous: less than a day after the start.
 */
export function formatWindowInZone(w: TimeWindow, timeZone: string, locale: string): string {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}"`);
  const start = DateTime.fromJSDate(w.start, { zone: timeZone }).setLocale(locale);
  const end = DateTime.fromJSDate(w.end, { zone: timeZone }).setLocale(locale);
  const day = (d: DateTime): string => d.toLocaleString(DAY_FORMAT);
  const time = (d: DateTime): string => d.toLocaleString(DateTime.TIME_SIMPLE);
  const endText = w.end.getTime() - w.start.getTime() < 24 * HOUR_MS ? time(end) : `${day(end)}, ${time(end)}`;
  return `${day(start)}, ${time(start)} – ${endText} (${timeZone})`;
}
