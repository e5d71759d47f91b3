import { describe, it, expect } from 'vitest';
import {
  DATABASE_UPDATE_OFFSET_HOURS,
  REGIONS,
  REGION_CODES,
  STATIONS,
  isRegionCode,
  parseWindowRule,
  regionByCode,
  windowRuleProblem,
  type RegionCode,
} from '../../src/domain/regions.js';
import { say } from '../support/english.js';
import { isBusinessDay } from '../../src/domain/businessDays.js';

// Restated by hand from the policy's "Maintenance timeline" table so a typo in either shows up.
const POLICY_TABLE: [RegionCode, string, string, string][] = [
  ['NAM', 'crm.dynamics.com', '02:00', '11:00'],
  ['DEU', 'crm.microsoftdynamics.de', '17:00', '02:00'],
  ['SAM', 'crm2.dynamics.com', '00:00', '10:00'],
  ['CAN', 'crm3.dynamics.com', '01:00', '10:00'],
  ['EUR', 'crm4.dynamics.com', '18:00', '03:00'],
  ['FRA', 'crm12.dynamics.com', '18:00', '03:00'],
  ['APJ', 'crm5.dynamics.com', '15:00', '20:00'],
  ['OCE', 'crm6.dynamics.com', '11:00', '21:00'],
  ['JPN', 'crm7.dynamics.com', '10:00', '19:00'],
  ['IND', 'crm8.dynamics.com', '19:30', '01:00'],
  ['GCC', 'crm9.dynamics.com', '02:00', '11:00'],
  ['GCC High', 'crm.microsoftdynamics.us', '02:00', '11:00'],
  ['GBR', 'crm11.dynamics.com', '18:00', '03:00'],
  ['ZAF', 'crm14.dynamics.com', '17:00', '02:00'],
  ['UAE', 'crm15.dynamics.com', '15:00', '00:00'],
  ['GER', 'crm16.dynamics.com', '18:00', '03:00'],
  ['CHN', 'crm.dynamics.cn', '15:00', '21:00'],
];

describe('REGIONS', () => {
  it('lists the 17 policy regions in the order of REGION_CODES', () => {
    expect(REGION_CODES).toHaveLength(17);
    expect(REGIONS.map((r) => r.code)).toEqual([...REGION_CODES]);
    expect(REGIONS.map((r) => r.code)).toEqual(POLICY_TABLE.map(([code]) => code));
  });

  it.each(POLICY_TABLE)('%s has the URL and UTC window of the policy table', (code, url, start, end) => {
    const region = regionByCode(code);
    expect(region.serviceUrl).toBe(url);
    expect(region.window).toEqual({ start, end, days: [1, 2, 3, 4, 5, 6, 7] });
  });

  it('assigns the default stations from the design', () => {
    const byStation = new Map<number, RegionCode[]>();
    for (const r of REGIONS) byStation.set(r.station, [...(byStation.get(r.station) ?? []), r.code]);
    expect(Object.fromEntries(byStation)).toEqual({
      2: ['SAM', 'CAN', 'FRA', 'IND', 'ZAF', 'GER'],
      3: ['APJ', 'OCE', 'JPN', 'GCC High', 'GBR', 'UAE'],
      4: ['DEU', 'EUR'],
      5: ['NAM', 'GCC'],
      6: ['CHN'],
    });
  });

  it('uses the expected holiday calendars, each known to date-holidays', () => {
    expect(Object.fromEntries(REGIONS.map((r) => [r.code, r.holidayCountry]))).toEqual({
      NAM: 'US',
      DEU: 'DE',
      SAM: 'BR',
      CAN: 'CA',
      EUR: 'IE',
      FRA: 'FR',
      APJ: 'SG',
      OCE: 'AU',
      JPN: 'JP',
      IND: 'IN',
      GCC: 'US',
      'GCC High': 'US',
      GBR: 'GB',
      ZAF: 'ZA',
      UAE: 'AE',
      GER: 'DE',
      CHN: 'CN',
    });
    for (const r of REGIONS)
      expect(() => isBusinessDay(new Date('2026-06-10T12:00:00Z'), r.holidayCountry)).not.toThrow();
  });

  it('gives every region a distinct human name', () => {
    const names = REGIONS.map((r) => r.name);
    expect(new Set(names).size).toBe(17);
    expect(regionByCode('NAM').name).toBe('North America');
    expect(regionByCode('DEU').name).toBe('Germany (sovereign)');
    for (const name of names) expect(name).not.toMatch(/^[A-Z]{3}$/);
  });
});

describe('STATIONS', () => {
  it('runs First Release, stations 2 to 5, then China', () => {
    expect(STATIONS.map((s) => [s.number, s.name])).toEqual([
      [1, 'First Release'],
      [2, 'Station 2'],
      [3, 'Station 3'],
      [4, 'Station 4'],
      [5, 'Station 5'],
      [6, 'China'],
    ]);
  });

  it('has no region assigned to First Release by default', () => {
    expect(REGIONS.filter((r) => r.station === 1)).toEqual([]);
  });

  it('delays database updates by 24 hours', () => {
    expect(DATABASE_UPDATE_OFFSET_HOURS).toBe(24);
  });
});

describe('isRegionCode / regionByCode', () => {
  it('accepts exact codes only', () => {
    expect(isRegionCode('GCC High')).toBe(true);
    expect(isRegionCode('CHN')).toBe(true);
    expect(isRegionCode('gcc high')).toBe(false);
    expect(isRegionCode('GCCHigh')).toBe(false);
    expect(isRegionCode('XYZ')).toBe(false);
    expect(isRegionCode('')).toBe(false);
  });

  it('finds a region or returns undefined for an unknown code', () => {
    expect(regionByCode('CHN').station).toBe(6);
    expect(regionByCode('GCC High').serviceUrl).toBe('crm.microsoftdynamics.us');
    expect(regionByCode('Atlantis')).toBeUndefined();
  });
});

describe('parseWindowRule', () => {
  it('defaults to every weekday', () => {
    expect(parseWindowRule('19:30', '01:00')).toEqual({ start: '19:30', end: '01:00', days: [1, 2, 3, 4, 5, 6, 7] });
  });

  it('sorts and de-duplicates days', () => {
    expect(parseWindowRule('00:00', '23:59', [7, 1, 3, 1])).toEqual({ start: '00:00', end: '23:59', days: [1, 3, 7] });
  });

  it('does not share the default days array between rules', () => {
    const a = parseWindowRule('02:00', '11:00');
    a.days.pop();
    expect(parseWindowRule('02:00', '11:00').days).toHaveLength(7);
  });

  it.each([
    ['24:00', '03:00', 'start', '"24:00"'],
    ['7:30', '03:00', 'start', '"7:30"'],
    ['18:60', '03:00', 'start', '"18:60"'],
    ['18:00', '3 AM', 'end', '"3 AM"'],
    ['18:00', '03:00:00', 'end', '"03:00:00"'],
    ['18:00', '', 'end', '""'],
  ])('rejects start %j / end %j naming the bad part', (start, end, part, value) => {
    expect(() => parseWindowRule(start, end)).toThrow(RangeError);
    const problem = windowRuleProblem(start, end);
    expect(problem?.part).toBe(part);
    expect(say(problem?.message)).toBe(`must be a time of day from 00:00 to 23:59 as HH:MM (UTC), not ${value}`);
  });

  it.each([[[]], [[0]], [[8]], [[1, 1.5]], [[Number.NaN]]])('rejects days %j', (days) => {
    expect(() => parseWindowRule('18:00', '03:00', days)).toThrow(RangeError);
    const problem = windowRuleProblem('18:00', '03:00', days);
    expect(problem?.part).toBe('days');
    expect(say(problem?.message)).toMatch(/weekday/);
  });
});
