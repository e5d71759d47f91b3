import { describe, expect, it } from 'vitest';
import { say } from '../support/english.js';
import {
  formatIncidentId,
  impactIntervals,
  impactNow,
  statusMoveProblem,
  type IncidentStatus,
} from '../../src/domain/incidents.js';

const at = (hhmm: string) => `2026-11-25T${hhmm}:00.000Z`;
const ms = (hhmm: string) => Date.parse(at(hhmm));

describe('status moves', () => {
  it('allows any move between active statuses, and ending from any of them', () => {
    expect(statusMoveProblem('investigating', 'serviceInterruption')).toBeNull();
    expect(statusMoveProblem('verifyingService', 'investigating')).toBeNull(); // it came back
    expect(statusMoveProblem('extendedRecovery', 'serviceRestored')).toBeNull();
    expect(statusMoveProblem('investigating', 'falsePositive')).toBeNull();
  });

  it('refuses moves out of order with a reason', () => {
    expect(say(statusMoveProblem('serviceRestored', 'investigating'))).toMatch(/has ended/);
    expect(say(statusMoveProblem('falsePositive', 'serviceRestored'))).toMatch(/has ended/);
    expect(say(statusMoveProblem('serviceInterruption', 'postIncidentReviewPublished'))).toMatch(
      /publishing the post-incident report/,
    );
    expect(say(statusMoveProblem('restoringService', 'falsePositive'))).toMatch(/real impact/);
    expect(say(statusMoveProblem('postIncidentReviewPublished', 'serviceRestored'))).toMatch(/report is published/);
  });
});

describe('impact intervals', () => {
  const posts = (...xs: [string, IncidentStatus][]) => xs.map(([t, status]) => ({ at: at(t), status }));

  it('counts downtime and degradation from the timeline, the first post from the start', () => {
    const r = impactIntervals(
      { startAt: at('09:00'), endAt: at('12:00'), status: 'serviceRestored' },
      posts(
        ['09:30', 'serviceInterruption'],
        ['10:00', 'restoringService'],
        ['10:30', 'serviceDegradation'],
        ['12:00', 'serviceRestored'],
      ),
      new Date(at('13:00')),
    );
    expect(r).toEqual([
      { start: ms('09:00'), end: ms('10:30'), impact: 'downtime' }, // restoringService keeps the known impact
      { start: ms('10:30'), end: ms('12:00'), impact: 'degraded' },
    ]);
  });

  it('counts nothing until an impact is known, and nothing at all for a false positive', () => {
    expect(
      impactIntervals(
        { startAt: at('09:00'), endAt: null, status: 'investigating' },
        posts(['09:00', 'investigating']),
        new Date(at('10:00')),
      ),
    ).toEqual([]);
    expect(
      impactIntervals(
        { startAt: at('09:00'), endAt: at('10:00'), status: 'falsePositive' },
        posts(['09:00', 'serviceInterruption'], ['10:00', 'falsePositive']),
        new Date(at('11:00')),
      ),
    ).toEqual([]);
  });

  it('runs an active incident up to now', () => {
    expect(
      impactIntervals(
        { startAt: at('09:00'), endAt: null, status: 'serviceDegradation' },
        posts(['09:00', 'serviceDegradation']),
        new Date(at('09:45')),
      ),
    ).toEqual([{ start: ms('09:00'), end: ms('09:45'), impact: 'degraded' }]);
  });
});

describe('ids and visibility', () => {
  it('formats six-digit ids', () => {
    expect(formatIncidentId(123456)).toBe('HR123456');
    expect(() => formatIncidentId(12345)).toThrow(RangeError);
  });
});

describe('impact now', () => {
  it('is the last impact named, kept through progress statuses, and gone once ended', () => {
    expect(impactNow([{ status: 'investigating' }])).toBeNull();
    expect(impactNow([{ status: 'serviceInterruption' }, { status: 'restoringService' }])).toBe('downtime');
    expect(impactNow([{ status: 'serviceInterruption' }, { status: 'serviceDegradation' }])).toBe('degraded');
    expect(impactNow([{ status: 'serviceDegradation' }, { status: 'serviceRestored' }])).toBeNull();
  });
});
