// Uptime and service credits. Uptime over a period is the share of minutes without impact:
// downtime counts in full, degradation by a configurable weight; when incidents overlap, the
// worst impact of the moment counts once. Credits follow tiers: the lowest threshold the uptime
// falls below decides the credit.
import type { ImpactInterval } from './incidents.js';
import { words, type Words } from '../shared/i18n/words.js';

export interface CreditTier {
  /** Uptime percentage strictly below which this credit applies. */
  below: number;
  /** Percentage of the month's fee credited. */
  credit: number;
}

export const DEFAULT_CREDIT_TIERS: readonly CreditTier[] = [
  { below: 99.9, credit: 25 },
  { below: 99, credit: 50 },
  { below: 95, credit: 100 },
];

/** Parses "99.9:25,99:50,95:100" (threshold:credit pairs), as the configuration gives them. */
export function parseCreditTiers(text: string): CreditTier[] {
  const tiers = text.split(',').map((pair) => {
    const [below, credit] = pair.split(':').map((p) => Number(p.trim()));
    if (
      below === undefined ||
      credit === undefined ||
      !Number.isFinite(below) ||
      !Number.isFinite(credit) ||
      below <= 0 ||
      below > 100 ||
      credit < 0 ||
      credit > 100
    ) {
      throw new RangeError(`Credit tier "${pair}" is not "uptime%:credit%" with both between 0 and 100 (e.g. 99.9:25)`);
    }
    return { below, credit };
  });
  return tiers.sort((a, b) => b.below - a.below);
}

export interface Uptime {
  /** 0–100, unrounded. */
  percent: number;
  downtimeMinutes: number;
  degradedMinutes: number;
}

/** Uptime over [from, to) given every impact interval that may touch it. */
export function uptimeOver(
  intervals: readonly ImpactInterval[],
  from: number,
  to: number,
  degradationWeight: number,
): Uptime {
  const total = to - from;
  if (total <= 0) return { percent: 100, downtimeMinutes: 0, degradedMinutes: 0 };
  const clipped = intervals
    .map((i) => ({ start: Math.max(i.start, from), end: Math.min(i.end, to), impact: i.impact }))
    .filter((i) => i.end > i.start);
  const points = [...new Set(clipped.flatMap((i) => [i.start, i.end]))].sort((a, b) => a - b);
  let down = 0;
  let degraded = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k]!;
    const b = points[k + 1]!;
    const live = clipped.filter((i) => i.start <= a && i.end >= b);
    if (live.some((i) => i.impact === 'downtime')) down += b - a;
    else if (live.length) degraded += b - a;
  }
  const lost = down + degraded * degradationWeight;
  return {
    percent: (100 * (total - lost)) / total,
    downtimeMinutes: down / 60_000,
    degradedMinutes: degraded / 60_000,
  };
}

/** The credit for an uptime, 0 when no tier applies. Tiers in any order. */
export function creditFor(uptimePercent: number, tiers: readonly CreditTier[]): number {
  let credit = 0;
  for (const t of tiers) if (uptimePercent < t.below && t.credit > credit) credit = t.credit;
  return credit;
}

/** A calendar month in UTC, "YYYY-MM". */
export function monthRange(month: string): { from: Date; to: Date } {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw new RangeError(`"${month}" is not a month (YYYY-MM)`);
  const year = Number(m[1]);
  const index = Number(m[2]) - 1;
  return { from: new Date(Date.UTC(year, index, 1)), to: new Date(Date.UTC(year, index + 1, 1)) };
}

export const isMonth = (v: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(v);

/** Why a claim for `month` cannot be made at `now`, or null: the month must be over and the window open. */
export function claimWindowProblem(month: string, now: Date, windowDays: number): Words | null {
  const { to } = monthRange(month);
  if (now.getTime() < to.getTime()) return words('problem.sla.monthNotOver', { month });
  const closes = new Date(to.getTime() + windowDays * 86_400_000);
  if (now.getTime() >= closes.getTime())
    return words('problem.sla.claimsClosed', { month, date: closes.toISOString().slice(0, 10), days: windowDays });
  return null;
}

/** Rounded for people: 99.95 rather than 99.94999. Never rounds up to 100 when anything was lost. */
export const roundUptime = (percent: number): number => Math.floor(percent * 1000) / 1000;
