import { describe, expect, it } from 'vitest';
import { sayProblems } from '../support/english.js';
import {
  announcementFor,
  announcementOfChange,
  announcementTitle,
  canMove,
  checkWindows,
  noticeDueAt,
  overallState,
  parseUtc,
  publicStatusOf,
  windowStateAfterReport,
  windowStateDueAt,
} from '../../src/domain/maintenance.js';

const at = (iso: string): Date => new Date(iso);
const now = at('2026-12-30T12:00:00Z');

describe('checkWindows', () => {
  it('accepts a window crossing midnight and the end of the year', () => {
    const { windows, problems } = checkWindows(
      'planned',
      [{ region: 'EUR', startsAt: '2026-12-31T18:00:00Z', endsAt: '2027-01-01T03:00:00Z' }],
      now,
    );
    expect(problems).toEqual([]);
    expect(windows).toEqual([{ region: 'EUR', start: at('2026-12-31T18:00:00Z'), end: at('2027-01-01T03:00:00Z') }]);
  });

  it('names the field of a window that ends before it starts', () => {
    const { problems } = checkWindows(
      'planned',
      [{ region: 'EUR', startsAt: '2027-01-01T03:00:00Z', endsAt: '2026-12-31T18:00:00Z' }],
      now,
    );
    expect(sayProblems(problems)).toEqual([
      { field: 'body.windows[0].endsAt', message: expect.stringMatching(/ends before it starts/) },
    ]);
  });

  it('refuses unknown regions, duplicates, bad times and windows longer than a week', () => {
    const { problems } = checkWindows(
      'planned',
      [
        { region: 'ATL', startsAt: '2027-01-01T00:00:00Z', endsAt: '2027-01-01T03:00:00Z' },
        { region: 'NAM', startsAt: 'tomorrow', endsAt: '2027-01-01T03:00:00+01:00' },
        { region: 'NAM', startsAt: '2027-01-01T00:00:00Z', endsAt: '2027-01-09T00:00:00Z' },
      ],
      now,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'body.windows[0].region',
      'body.windows[1].startsAt',
      'body.windows[1].endsAt',
      'body.windows[2].region',
      'body.windows[2].endsAt',
    ]);
  });

  it('refuses past windows for planned and security work but lets unplanned work have started', () => {
    const started = [{ region: 'NAM', startsAt: '2026-12-30T11:00:00Z', endsAt: '2026-12-30T14:00:00Z' }];
    expect(sayProblems(checkWindows('planned', started, now).problems)[0]).toEqual({
      field: 'body.windows[0].startsAt',
      message: expect.stringMatching(/in the past/),
    });
    expect(checkWindows('security', started, now).problems).toHaveLength(1);
    expect(checkWindows('unplanned', started, now).problems).toEqual([]);
    const over = [{ region: 'NAM', startsAt: '2026-12-30T09:00:00Z', endsAt: '2026-12-30T11:00:00Z' }];
    expect(sayProblems(checkWindows('unplanned', over, now).problems)).toEqual([
      { field: 'body.windows[0].endsAt', message: 'is in the past' },
    ]);
  });

  it('does not judge again the start of a window already running', () => {
    const w = [{ region: 'NAM', startsAt: '2026-12-30T11:00:00Z', endsAt: '2026-12-30T16:00:00Z' }];
    expect(checkWindows('planned', w, now, 'body.windows', new Set(['NAM'])).problems).toEqual([]);
  });

  it('needs at least one window', () => {
    expect(sayProblems(checkWindows('planned', [], now).problems)).toEqual([
      { field: 'body.windows', message: expect.stringMatching(/at least one/) },
    ]);
  });
});

describe('announcements', () => {
  it('follows the policy: unplanned always, planned and security only with impact', () => {
    expect(announcementFor('unplanned', 'none')).toBe('unplanned');
    expect(announcementFor('planned', 'downtime')).toBe('notice');
    expect(announcementFor('planned', 'degraded')).toBe('notice');
    expect(announcementFor('planned', 'none')).toBe('none');
    expect(announcementFor('security', 'none')).toBe('none');
    expect(announcementFor('security', 'downtime')).toBe('notice');
  });

  it('is due the lead time before the first window, across a month end', () => {
    const windows = [
      { region: 'NAM', start: at('2027-03-02T02:00:00Z'), end: at('2027-03-02T11:00:00Z') },
      { region: 'EUR', start: at('2027-03-01T18:00:00Z'), end: at('2027-03-02T03:00:00Z') },
    ];
    expect(noticeDueAt(windows, 7).toISOString()).toBe('2027-02-22T18:00:00.000Z');
  });

  it('tells of a change only those already told', () => {
    expect(announcementOfChange('planned', true)).toBe('updated');
    expect(announcementOfChange('planned', false)).toBe('none');
    expect(announcementOfChange('unplanned', false)).toBe('updated');
  });

  it('titles unplanned work as the policy does', () => {
    expect(announcementTitle('unplanned', 'Storage failover')).toBe('Unplanned Maintenance: Storage failover');
  });
});

describe('states', () => {
  const w = { state: 'in_progress' as const, start: at('2026-12-31T18:00:00Z'), end: at('2027-01-01T03:00:00Z') };

  it('moves scheduled → in progress → completed, overran or failed, and cancels only before', () => {
    expect(canMove('scheduled', 'in_progress')).toBe(true);
    expect(canMove('scheduled', 'cancelled')).toBe(true);
    expect(canMove('in_progress', 'cancelled')).toBe(false);
    expect(canMove('completed', 'failed')).toBe(false);
    expect(canMove('overran', 'completed')).toBe(false);
  });

  it('calls a completion after the window an overrun', () => {
    expect(windowStateAfterReport(w, 'completed', at('2027-01-01T02:59:00Z'))).toBe('completed');
    expect(windowStateAfterReport(w, 'completed', at('2027-01-01T03:01:00Z'))).toBe('overran');
    expect(windowStateAfterReport(w, 'failed', at('2027-01-01T01:00:00Z'))).toBe('failed');
    expect(windowStateAfterReport({ ...w, state: 'completed' }, 'failed', at('2027-01-01T01:00:00Z'))).toBeNull();
  });

  it('accepts a completion without a start report only once the window has opened', () => {
    const scheduled = { ...w, state: 'scheduled' as const };
    expect(windowStateAfterReport(scheduled, 'completed', at('2026-12-31T20:00:00Z'))).toBe('completed');
    expect(windowStateAfterReport(scheduled, 'completed', at('2026-12-31T17:00:00Z'))).toBeNull();
  });

  it('lets the job start a window when it opens and call the overrun at its end', () => {
    const s = { ...w, state: 'scheduled' as const };
    expect(windowStateDueAt(s, at('2026-12-31T17:59:59Z'))).toBeNull();
    expect(windowStateDueAt(s, at('2026-12-31T18:00:00Z'))).toBe('in_progress');
    expect(windowStateDueAt(w, at('2027-01-01T03:00:00Z'))).toBe('overran');
    expect(windowStateDueAt(s, at('2027-01-01T04:00:00Z'))).toBe('overran');
    expect(windowStateDueAt({ ...w, state: 'completed' }, at('2027-01-02T00:00:00Z'))).toBeNull();
  });

  it('sums up windows: the worst outcome wins', () => {
    expect(overallState(['completed', 'overran', 'in_progress'], false)).toBe('overran');
    expect(overallState(['completed', 'failed', 'overran'], false)).toBe('failed');
    expect(overallState(['completed', 'completed'], false)).toBe('completed');
    expect(overallState(['completed', 'scheduled'], false)).toBe('in_progress');
    expect(overallState(['scheduled'], false)).toBe('scheduled');
    expect(overallState(['scheduled'], true)).toBe('cancelled');
  });

  it('maps onto Statuspage statuses', () => {
    expect(publicStatusOf('overran')).toBe('in_progress');
    expect(publicStatusOf('failed')).toBe('completed');
  });

  it('reads only UTC instants', () => {
    expect(parseUtc('2026-12-31T18:00:00.000Z')?.toISOString()).toBe('2026-12-31T18:00:00.000Z');
    expect(parseUtc('2026-12-31T18:00:00+01:00')).toBeNull();
    expect(parseUtc('2026-02-30T18:00:00Z')).toBeNull();
  });
});
