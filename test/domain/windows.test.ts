import { describe, it, expect } from 'vitest';
import { parseWindowRule, regionByCode } from '../../src/domain/regions.js';
import {
  databaseWindowFor,
  formatWindowInZone,
  isInsideWindow,
  isValidTimeZone,
  nextServiceWindow,
  nextServiceWindowStartingFrom,
  serviceWindowsBetween,
  windowDurationMinutes,
  type TimeWindow,
} from '../../src/domain/windows.js';

const at = (iso: string): Date => new Date(iso);
const show = (w: TimeWindow): [string, string] => [w.start.toISOString(), w.end.toISOString()];

const NAM = regionByCode('NAM').window; // 02:00–11:00
const EUR = regionByCode('EUR').window; // 18:00–03:00
const IND = regionByCode('IND').window; // 19:30–01:00
const UAE = regionByCode('UAE').window; // 15:00–00:00

// 2026-03-02 is a Monday.
describe('nextServiceWindow', () => {
  it('returns the same-day window before it starts', () => {
    expect(show(nextServiceWindow(NAM, at('2026-03-02T01:00:00Z')))).toEqual([
      '2026-03-02T02:00:00.000Z',
      '2026-03-02T11:00:00.000Z',
    ]);
  });

  it('returns a window in progress', () => {
    expect(show(nextServiceWindow(NAM, at('2026-03-02T05:00:00Z')))).toEqual([
      '2026-03-02T02:00:00.000Z',
      '2026-03-02T11:00:00.000Z',
    ]);
    expect(show(nextServiceWindow(NAM, at('2026-03-02T02:00:00Z')))).toEqual([
      '2026-03-02T02:00:00.000Z',
      '2026-03-02T11:00:00.000Z',
    ]);
  });

  it('moves to the next day once the window has ended (end is exclusive)', () => {
    expect(show(nextServiceWindow(NAM, at('2026-03-02T11:00:00Z')))).toEqual([
      '2026-03-03T02:00:00.000Z',
      '2026-03-03T11:00:00.000Z',
    ]);
  });

  it('ends a midnight-crossing window on the next day', () => {
    expect(show(nextServiceWindow(EUR, at('2026-03-02T12:00:00Z')))).toEqual([
      '2026-03-02T18:00:00.000Z',
      '2026-03-03T03:00:00.000Z',
    ]);
  });

  it('finds the window that started yesterday and is still running after midnight', () => {
    expect(show(nextServiceWindow(EUR, at('2026-03-03T01:00:00Z')))).toEqual([
      '2026-03-02T18:00:00.000Z',
      '2026-03-03T03:00:00.000Z',
    ]);
    expect(show(nextServiceWindow(IND, at('2026-03-03T00:59:00Z')))).toEqual([
      '2026-03-02T19:30:00.000Z',
      '2026-03-03T01:00:00.000Z',
    ]);
  });

  it('ends a window whose end is 00:00 at midnight of the next day', () => {
    expect(show(nextServiceWindow(UAE, at('2026-03-02T16:00:00Z')))).toEqual([
      '2026-03-02T15:00:00.000Z',
      '2026-03-03T00:00:00.000Z',
    ]);
    expect(show(nextServiceWindow(UAE, at('2026-03-03T00:00:00Z')))).toEqual([
      '2026-03-03T15:00:00.000Z',
      '2026-03-04T00:00:00.000Z',
    ]);
  });

  it('crosses the year end', () => {
    expect(show(nextServiceWindow(EUR, at('2026-12-31T20:00:00Z')))).toEqual([
      '2026-12-31T18:00:00.000Z',
      '2027-01-01T03:00:00.000Z',
    ]);
    expect(show(nextServiceWindow(NAM, at('2026-12-31T12:00:00Z')))).toEqual([
      '2027-01-01T02:00:00.000Z',
      '2027-01-01T11:00:00.000Z',
    ]);
  });

  it('handles the end of February in leap and common years', () => {
    expect(show(nextServiceWindow(IND, at('2028-02-28T20:00:00Z')))).toEqual([
      '2028-02-28T19:30:00.000Z',
      '2028-02-29T01:00:00.000Z',
    ]);
    expect(show(nextServiceWindow(IND, at('2028-02-29T12:00:00Z')))).toEqual([
      '2028-02-29T19:30:00.000Z',
      '2028-03-01T01:00:00.000Z',
    ]);
    expect(show(nextServiceWindow(IND, at('2027-02-28T12:00:00Z')))).toEqual([
      '2027-02-28T19:30:00.000Z',
      '2027-03-01T01:00:00.000Z',
    ]);
  });

  describe('with restricted days', () => {
    const mondayNights = parseWindowRule('18:00', '03:00', [1]);

    it('skips days on which the window may not start', () => {
      expect(show(nextServiceWindow(mondayNights, at('2026-03-03T04:00:00Z')))).toEqual([
        '2026-03-09T18:00:00.000Z',
        '2026-03-10T03:00:00.000Z',
      ]);
    });

    it('lets a Monday window run into Tuesday (days name the start day)', () => {
      expect(show(nextServiceWindow(mondayNights, at('2026-03-03T02:00:00Z')))).toEqual([
        '2026-03-02T18:00:00.000Z',
        '2026-03-03T03:00:00.000Z',
      ]);
    });

    it('wraps from Sunday into the next week', () => {
      const sundays = parseWindowRule('22:00', '02:00', [7]);
      expect(show(nextServiceWindow(sundays, at('2026-03-07T10:00:00Z')))).toEqual([
        '2026-03-08T22:00:00.000Z',
        '2026-03-09T02:00:00.000Z',
      ]);
      expect(show(nextServiceWindow(sundays, at('2026-03-09T02:00:00Z')))).toEqual([
        '2026-03-15T22:00:00.000Z',
        '2026-03-16T02:00:00.000Z',
      ]);
    });

    it('refuses a rule with no start day instead of looping forever', () => {
      expect(() => nextServiceWindow({ start: '18:00', end: '03:00', days: [] }, at('2026-03-02T00:00:00Z'))).toThrow(
        RangeError,
      );
      expect(() =>
        nextServiceWindow({ start: '18:00', end: '03:00', days: [0, 8] }, at('2026-03-02T00:00:00Z')),
      ).toThrow(RangeError);
    });
  });

  it('treats equal start and end as a whole day', () => {
    const allDay = parseWindowRule('06:00', '06:00', [3]);
    expect(show(nextServiceWindow(allDay, at('2026-03-02T00:00:00Z')))).toEqual([
      '2026-03-04T06:00:00.000Z',
      '2026-03-05T06:00:00.000Z',
    ]);
  });
});

describe('nextServiceWindowStartingFrom', () => {
  it('skips a window already in progress', () => {
    expect(show(nextServiceWindowStartingFrom(NAM, at('2026-03-02T05:00:00Z')))).toEqual([
      '2026-03-03T02:00:00.000Z',
      '2026-03-03T11:00:00.000Z',
    ]);
    expect(show(nextServiceWindowStartingFrom(EUR, at('2026-03-03T01:00:00Z')))).toEqual([
      '2026-03-03T18:00:00.000Z',
      '2026-03-04T03:00:00.000Z',
    ]);
  });

  it('accepts a window starting exactly at the moment', () => {
    expect(show(nextServiceWindowStartingFrom(NAM, at('2026-03-02T02:00:00Z')))).toEqual([
      '2026-03-02T02:00:00.000Z',
      '2026-03-02T11:00:00.000Z',
    ]);
  });
});

describe('serviceWindowsBetween', () => {
  const monday = at('2026-03-02T00:00:00Z');
  const nextMonday = at('2026-03-09T00:00:00Z');

  it('lists one daytime window per day of a week', () => {
    const windows = serviceWindowsBetween(NAM, monday, nextMonday);
    expect(windows).toHaveLength(7);
    expect(windows.map((w) => w.start.toISOString().slice(0, 10))).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
  });

  it('includes the window still running at the start of the range', () => {
    const windows = serviceWindowsBetween(EUR, monday, nextMonday);
    expect(windows).toHaveLength(8);
    expect(show(windows[0]!)).toEqual(['2026-03-01T18:00:00.000Z', '2026-03-02T03:00:00.000Z']);
    expect(show(windows[7]!)).toEqual(['2026-03-08T18:00:00.000Z', '2026-03-09T03:00:00.000Z']);
  });

  it('excludes a window ending exactly when the range starts and one starting when it ends', () => {
    const windows = serviceWindowsBetween(NAM, at('2026-03-02T11:00:00Z'), at('2026-03-04T02:00:00Z'));
    expect(windows.map(show)).toEqual([['2026-03-03T02:00:00.000Z', '2026-03-03T11:00:00.000Z']]);
  });

  it('honours restricted days', () => {
    const mwf = parseWindowRule('19:30', '01:00', [1, 3, 5]);
    const windows = serviceWindowsBetween(mwf, monday, at('2026-03-16T00:00:00Z'));
    expect(windows.map((w) => w.start.toISOString().slice(0, 10))).toEqual([
      '2026-03-02',
      '2026-03-04',
      '2026-03-06',
      '2026-03-09',
      '2026-03-11',
      '2026-03-13',
    ]);
  });

  it('is empty for an empty or inverted range', () => {
    expect(serviceWindowsBetween(NAM, monday, monday)).toEqual([]);
    expect(serviceWindowsBetween(NAM, nextMonday, monday)).toEqual([]);
  });
});

describe('windowDurationMinutes', () => {
  it.each([
    ['NAM', 540],
    ['DEU', 540],
    ['APJ', 300],
    ['OCE', 600],
    ['IND', 330],
    ['UAE', 540],
    ['CHN', 360],
  ] as const)('%s lasts %i minutes', (code, minutes) => {
    expect(windowDurationMinutes(regionByCode(code).window)).toBe(minutes);
  });

  it('counts equal start and end as 24 hours', () => {
    expect(windowDurationMinutes(parseWindowRule('00:00', '00:00'))).toBe(1440);
  });
});

describe('isInsideWindow', () => {
  it('is inclusive at the start and exclusive at the end', () => {
    expect(isInsideWindow(UAE, at('2026-03-02T14:59:59Z'))).toBe(false);
    expect(isInsideWindow(UAE, at('2026-03-02T15:00:00Z'))).toBe(true);
    expect(isInsideWindow(UAE, at('2026-03-02T23:59:59Z'))).toBe(true);
    expect(isInsideWindow(UAE, at('2026-03-03T00:00:00Z'))).toBe(false);
  });

  it('is true after midnight in a window that crosses it', () => {
    expect(isInsideWindow(EUR, at('2026-03-03T02:30:00Z'))).toBe(true);
    expect(isInsideWindow(EUR, at('2026-03-03T03:30:00Z'))).toBe(false);
  });

  it('knows the day a window may start', () => {
    const mondayNights = parseWindowRule('18:00', '03:00', [1]);
    expect(isInsideWindow(mondayNights, at('2026-03-03T02:00:00Z'))).toBe(true); // Monday's, running into Tuesday
    expect(isInsideWindow(mondayNights, at('2026-03-03T19:00:00Z'))).toBe(false); // Tuesday's would-be window
  });
});

describe('databaseWindowFor', () => {
  it('runs 24 hours after the service window', () => {
    const service = nextServiceWindow(EUR, at('2026-12-31T12:00:00Z'));
    expect(show(databaseWindowFor(service))).toEqual(['2027-01-01T18:00:00.000Z', '2027-01-02T03:00:00.000Z']);
  });

  it('does not mutate the service window', () => {
    const service = { start: at('2026-03-02T02:00:00Z'), end: at('2026-03-02T11:00:00Z') };
    databaseWindowFor(service);
    expect(show(service)).toEqual(['2026-03-02T02:00:00.000Z', '2026-03-02T11:00:00.000Z']);
  });
});

describe('time zones', () => {
  it('recognises IANA zones', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it("renders a window in the reader's zone and locale", () => {
    const w = { start: at('2024-11-25T18:00:00Z'), end: at('2024-11-26T03:00:00Z') };
    expect(formatWindowInZone(w, 'Europe/Paris', 'en-GB')).toBe('Mon 25 Nov, 19:00 – 04:00 (Europe/Paris)');
    expect(formatWindowInZone(w, 'America/New_York', 'en-US')).toBe(
      'Mon, Nov 25, 1:00 PM – 10:00 PM (America/New_York)',
    );
  });

  it('moves the date when the zone is ahead of UTC', () => {
    const w = { start: at('2026-03-02T19:30:00Z'), end: at('2026-03-03T01:00:00Z') };
    expect(formatWindowInZone(w, 'Asia/Kolkata', 'en-GB')).toBe('Tue 3 Mar, 01:00 – 06:30 (Asia/Kolkata)');
  });

  it('follows a daylight-saving change inside the window', () => {
    // Paris moves to summer time at 01:00Z on 29 March 2026.
    const w = { start: at('2026-03-28T18:00:00Z'), end: at('2026-03-29T03:00:00Z') };
    expect(formatWindowInZone(w, 'Europe/Paris', 'en-GB')).toBe('Sat 28 Mar, 19:00 – 05:00 (Europe/Paris)');
  });

  it('names the end date of a window lasting a day or more', () => {
    const w = { start: at('2026-03-02T18:00:00Z'), end: at('2026-03-04T03:00:00Z') };
    expect(formatWindowInZone(w, 'UTC', 'en-GB')).toBe('Mon 2 Mar, 18:00 – Wed 4 Mar, 03:00 (UTC)');
  });

  it('rejects an unknown zone', () => {
    const w = { start: at('2026-03-02T18:00:00Z'), end: at('2026-03-03T03:00:00Z') };
    expect(() => formatWindowInZone(w, 'Europe/Atlantis', 'en-GB')).toThrow(RangeError);
  });
});
