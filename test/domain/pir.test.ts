import { describe, expect, it } from 'vitest';
import { say } from '../support/english.js';
import { pirDueAcrossRegions, pirDueAt, pirRefusal, pirRequired, pirState } from '../../src/domain/pir.js';

const due = (restored: string, country: string) => pirDueAt(new Date(restored), country).toISOString();

describe('when a post-incident report is owed', () => {
  it('is owed for a major incident that touched several organizations', () => {
    expect(pirRequired({ classification: 'incident', severity: 'major', tenantCount: 2 })).toBe(true);
    expect(pirRequired({ classification: 'incident', severity: 'major', tenantCount: 1 })).toBe(false);
    expect(pirRequired({ classification: 'incident', severity: 'minor', tenantCount: 5 })).toBe(false);
  });

  it('is refused for minor incidents and advisories, with a reason', () => {
    expect(say(pirRefusal({ classification: 'incident', severity: 'minor', tenantCount: 5 }))).toMatch(
      /major incidents; this one is minor/,
    );
    expect(say(pirRefusal({ classification: 'advisory', severity: 'minor', tenantCount: 1 }))).toMatch(/advisories/);
    expect(pirRefusal({ classification: 'incident', severity: 'major', tenantCount: 1 })).toBeNull();
  });
});

describe('due 5 business days after restoration', () => {
  it('skips the weekend', () => {
    // Restored Wednesday 2026-11-18 → Thu, Fri, Mon, Tue, Wed → 2026-11-25.
    expect(due('2026-11-18T16:00:00.000Z', 'GB')).toBe('2026-11-25T16:00:00.000Z');
    // Restored on a Saturday: due the Friday after.
    expect(due('2026-11-21T10:00:00.000Z', 'GB')).toBe('2026-11-27T10:00:00.000Z');
  });

  it('skips the region’s holidays, and only that region’s', () => {
    // Thanksgiving (Thu 2026-11-26) is a US holiday: a NAM incident restored Mon 2026-11-23 is due Tue 12-01.
    expect(due('2026-11-23T12:00:00.000Z', 'US')).toBe('2026-12-01T12:00:00.000Z');
    expect(due('2026-11-23T12:00:00.000Z', 'GB')).toBe('2026-11-30T12:00:00.000Z');
    // Christmas and Boxing Day (substitute on Mon 12-28) in the UK.
    expect(due('2026-12-23T09:00:00.000Z', 'GB')).toBe('2027-01-04T09:00:00.000Z');
  });
});

describe('report state', () => {
  const dueAt = new Date('2026-12-01T12:00:00.000Z');
  it('is due, due soon within a day, overdue after, and published once out', () => {
    expect(pirState(dueAt, null, new Date('2026-11-28T12:00:00.000Z'))).toBe('due');
    expect(pirState(dueAt, null, new Date('2026-11-30T13:00:00.000Z'))).toBe('dueSoon');
    expect(pirState(dueAt, null, new Date('2026-12-01T12:00:00.000Z'))).toBe('overdue');
    expect(pirState(dueAt, new Date('2026-12-02T00:00:00.000Z'), new Date('2026-12-05T00:00:00.000Z'))).toBe(
      'published',
    );
  });
});

describe('the due date across regions with different holiday calendars', () => {
  it('is the latest of the regions’ own due dates, whatever their order', () => {
    // Restored Monday 21 Dec 2026: 5 business days reach past Christmas, which the US and GB
    // calendars keep differently (GB also keeps Boxing Day, observed on Monday 28 Dec).
    const restored = new Date('2026-12-21T10:00:00Z');
    const us = pirDueAt(restored, 'US');
    const gb = pirDueAt(restored, 'GB');
    expect(gb.getTime()).toBeGreaterThan(us.getTime());
    expect(pirDueAcrossRegions(restored, ['US', 'GB']).toISOString()).toBe(gb.toISOString());
    expect(pirDueAcrossRegions(restored, ['GB', 'US']).toISOString()).toBe(gb.toISOString());
    expect(pirDueAcrossRegions(restored, []).toISOString()).toBe(us.toISOString());
  });
});
