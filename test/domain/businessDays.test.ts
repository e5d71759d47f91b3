import { describe, it, expect } from 'vitest';
import { addBusinessDays, isBusinessDay } from '../../src/domain/businessDays.js';

const at = (iso: string): Date => new Date(iso);
const due = (from: string, days: number, country: string): string =>
  addBusinessDays(at(from), days, country).toISOString();

describe('isBusinessDay', () => {
  it('excludes weekends', () => {
    expect(isBusinessDay(at('2026-11-28T12:00:00Z'), 'US')).toBe(false); // Saturday
    expect(isBusinessDay(at('2026-11-29T12:00:00Z'), 'US')).toBe(false); // Sunday
    expect(isBusinessDay(at('2026-11-30T12:00:00Z'), 'US')).toBe(true); // Monday
  });

  it('excludes public holidays of the given country only', () => {
    expect(isBusinessDay(at('2026-11-26T15:00:00Z'), 'US')).toBe(false); // Thanksgiving
    expect(isBusinessDay(at('2026-11-26T15:00:00Z'), 'GB')).toBe(true);
    expect(isBusinessDay(at('2026-05-14T09:00:00Z'), 'DE')).toBe(false); // Ascension
    expect(isBusinessDay(at('2026-05-14T09:00:00Z'), 'US')).toBe(true);
  });

  it('reads the day in UTC, whatever the time', () => {
    expect(isBusinessDay(at('2026-11-26T00:00:00Z'), 'US')).toBe(false);
    expect(isBusinessDay(at('2026-11-26T23:59:59Z'), 'US')).toBe(false);
    expect(isBusinessDay(at('2026-11-25T23:59:59Z'), 'US')).toBe(true);
    expect(isBusinessDay(at('2026-11-27T00:00:00Z'), 'US')).toBe(true);
  });

  it('keeps observances and optional days as business days', () => {
    expect(isBusinessDay(at('2026-11-27T12:00:00Z'), 'US')).toBe(true); // day after Thanksgiving: observance
    expect(isBusinessDay(at('2026-12-24T12:00:00Z'), 'US')).toBe(true); // Christmas Eve: optional
  });

  it('counts substitute holidays', () => {
    expect(isBusinessDay(at('2026-12-28T12:00:00Z'), 'GB')).toBe(false); // Boxing Day substitute
    expect(isBusinessDay(at('2026-05-06T03:00:00Z'), 'JP')).toBe(false); // Constitution Day substitute
  });

  it('ignores half-day public holidays for part of the population', () => {
    expect(isBusinessDay(at('2026-05-04T06:00:00Z'), 'CN')).toBe(true); // Youth Day afternoon
    expect(isBusinessDay(at('2026-02-16T06:00:00Z'), 'CN')).toBe(false); // Spring Festival
    expect(isBusinessDay(at('2026-02-17T06:00:00Z'), 'CN')).toBe(false);
  });

  it('rejects an unknown country, on weekdays and weekends alike', () => {
    expect(() => isBusinessDay(at('2026-11-25T12:00:00Z'), 'XX')).toThrow(RangeError);
    expect(() => isBusinessDay(at('2026-11-28T12:00:00Z'), 'XX')).toThrow(/XX/);
  });
});

describe('addBusinessDays', () => {
  it('makes a US post-incident report due after Thanksgiving and the weekend', () => {
    expect(due('2026-11-25T15:00:00Z', 5, 'US')).toBe('2026-12-03T15:00:00.000Z');
  });

  it('keeps the time of day to the millisecond', () => {
    expect(due('2026-03-02T23:59:59.123Z', 1, 'US')).toBe('2026-03-03T23:59:59.123Z');
  });

  it('crosses Christmas and New Year differently per country', () => {
    // US: 24th (optional) counts, 25th off; the 31st is the fifth business day.
    expect(due('2026-12-23T10:00:00Z', 5, 'US')).toBe('2026-12-31T10:00:00.000Z');
    // GB: 25th, the Boxing Day substitute on the 28th and 1 January are off.
    expect(due('2026-12-23T10:00:00Z', 5, 'GB')).toBe('2027-01-04T10:00:00.000Z');
  });

  it("uses the next year's calendar past 31 December", () => {
    expect(due('2026-12-31T18:00:00Z', 1, 'US')).toBe('2027-01-04T18:00:00.000Z');
    expect(due('2026-12-31T18:00:00Z', 1, 'DE')).toBe('2027-01-04T18:00:00.000Z');
  });

  it('skips Easter in Germany but not in the US', () => {
    expect(due('2026-04-02T12:00:00Z', 1, 'DE')).toBe('2026-04-07T12:00:00.000Z');
    expect(due('2026-04-02T12:00:00Z', 1, 'US')).toBe('2026-04-03T12:00:00.000Z');
  });

  it('skips Golden Week in Japan', () => {
    expect(due('2026-04-28T09:00:00Z', 3, 'JP')).toBe('2026-05-07T09:00:00.000Z');
  });

  it('starts counting on the next business day after a weekend resolution', () => {
    expect(due('2026-11-28T08:00:00Z', 1, 'US')).toBe('2026-11-30T08:00:00.000Z');
    expect(due('2026-11-28T08:00:00Z', 5, 'US')).toBe('2026-12-04T08:00:00.000Z');
  });

  it('crosses the end of February in a leap year', () => {
    // Monday 28 Feb 2028 + 1 is Tuesday 29 Feb.
    expect(due('2028-02-28T12:00:00Z', 1, 'GB')).toBe('2028-02-29T12:00:00.000Z');
    expect(due('2028-02-25T12:00:00Z', 2, 'GB')).toBe('2028-02-29T12:00:00.000Z');
  });

  it('counts backwards for negative days', () => {
    expect(due('2026-12-03T15:00:00Z', -5, 'US')).toBe('2026-11-25T15:00:00.000Z');
  });

  it('returns the same instant for zero days', () => {
    expect(due('2026-11-28T08:00:00Z', 0, 'US')).toBe('2026-11-28T08:00:00.000Z');
  });

  it('rejects fractional days, invalid dates and unknown countries', () => {
    expect(() => addBusinessDays(at('2026-11-25T15:00:00Z'), 1.5, 'US')).toThrow(RangeError);
    expect(() => addBusinessDays(at('not a date'), 1, 'US')).toThrow(RangeError);
    expect(() => addBusinessDays(at('2026-11-25T15:00:00Z'), 0, 'XX')).toThrow(RangeError);
  });

  it('does not mutate its input', () => {
    const from = at('2026-11-25T15:00:00Z');
    addBusinessDays(from, 5, 'US');
    expect(from.toISOString()).toBe('2026-11-25T15:00:00.000Z');
  });
});
