import { describe, expect, it } from 'vitest';
import { say } from '../support/english.js';
import {
  claimWindowProblem,
  creditFor,
  DEFAULT_CREDIT_TIERS,
  monthRange,
  parseCreditTiers,
  roundUptime,
  uptimeOver,
} from '../../src/domain/sla.js';

const H = 3_600_000;
const nov = monthRange('2026-11');
const from = nov.from.getTime();
const to = nov.to.getTime();
const total = to - from; // 30 days

describe('uptime', () => {
  it('counts downtime in full and degradation by its weight', () => {
    const u = uptimeOver(
      [
        { start: from, end: from + 3 * H, impact: 'downtime' },
        { start: from + 10 * H, end: from + 14 * H, impact: 'degraded' },
      ],
      from,
      to,
      0.5,
    );
    expect(u.downtimeMinutes).toBe(180);
    expect(u.degradedMinutes).toBe(240);
    expect(u.percent).toBeCloseTo((100 * (total - 5 * H)) / total, 10);
  });

  it('counts overlapping incidents once, the worst impact winning', () => {
    const u = uptimeOver(
      [
        { start: from, end: from + 2 * H, impact: 'degraded' },
        { start: from + H, end: from + 3 * H, impact: 'downtime' },
      ],
      from,
      to,
      0.5,
    );
    expect(u.downtimeMinutes).toBe(120);
    expect(u.degradedMinutes).toBe(60);
  });

  it('clips intervals to the period and is 100 % without incidents', () => {
    expect(
      uptimeOver([{ start: from - 5 * H, end: from + H, impact: 'downtime' }], from, to, 0.5).downtimeMinutes,
    ).toBe(60);
    expect(uptimeOver([], from, to, 0.5).percent).toBe(100);
  });

  it('rounds down, so an imperfect month never shows 100', () => {
    expect(roundUptime(99.99999)).toBe(99.999);
  });
});

describe('credit tiers', () => {
  it('applies the default tiers: below 99.9 → 25, below 99 → 50, below 95 → 100', () => {
    expect(creditFor(99.95, DEFAULT_CREDIT_TIERS)).toBe(0);
    expect(creditFor(99.9, DEFAULT_CREDIT_TIERS)).toBe(0);
    expect(creditFor(99.89, DEFAULT_CREDIT_TIERS)).toBe(25);
    expect(creditFor(98.5, DEFAULT_CREDIT_TIERS)).toBe(50);
    expect(creditFor(94, DEFAULT_CREDIT_TIERS)).toBe(100);
  });

  it('parses configured tiers and names a bad one', () => {
    expect(parseCreditTiers('99:10, 99.5:5')).toEqual([
      { below: 99.5, credit: 5 },
      { below: 99, credit: 10 },
    ]);
    expect(() => parseCreditTiers('99.9-25')).toThrow(/99.9-25/);
  });
});

describe('claim window', () => {
  it('opens when the month is over and closes the set number of days later', () => {
    expect(say(claimWindowProblem('2026-11', new Date('2026-11-20T00:00:00Z'), 60))).toMatch(/not over/);
    expect(claimWindowProblem('2026-11', new Date('2026-12-01T00:00:00Z'), 60)).toBeNull();
    expect(claimWindowProblem('2026-11', new Date('2027-01-29T23:59:59Z'), 60)).toBeNull();
    expect(say(claimWindowProblem('2026-11', new Date('2027-01-30T00:00:00Z'), 60))).toMatch(/closed on 2027-01-30/);
  });

  it('reads months in UTC', () => {
    expect(monthRange('2026-12').to.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(() => monthRange('2026-13')).toThrow(RangeError);
  });
});
