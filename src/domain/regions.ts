// Regions, their weekly maintenance windows and the safe-deployment stations, as published in
// the service-incident policy (seed/service-incident-policies.md). Operators may change windows
// and station assignments at run time; these are the defaults everything starts from.

// Defined in src/shared, which the console imports too; re-exported here for the server.
import { DATABASE_UPDATE_OFFSET_HOURS, type ServiceWindowRule } from '../shared/windows.js';
import { words, type Words } from '../shared/i18n/words.js';

export { DATABASE_UPDATE_OFFSET_HOURS, type ServiceWindowRule };

export const REGION_CODES = [
  'NAM',
  'DEU',
  'SAM',
  'CAN',
  'EUR',
  'FRA',
  'APJ',
  'OCE',
  'JPN',
  'IND',
  'GCC',
  'GCC High',
  'GBR',
  'ZAF',
  'UAE',
  'GER',
  'CHN',
] as const;

export type RegionCode = (typeof REGION_CODES)[number];

const regionCodeSet: ReadonlySet<string> = new Set(REGION_CODES);

export function isRegionCode(s: string): s is RegionCode {
  return regionCodeSet.has(s);
}

export interface RegionDefinition {
  code: RegionCode;
  name: string;
  serviceUrl: string;
  window: ServiceWindowRule;
  /** date-holidays country code whose public holidays are not business days */
  holidayCountry: string;
  /** default safe-deployment station */
  station: number;
}

export interface StationDefinition {
  number: number;
  name: string;
}

export const FIRST_RELEASE_STATION = 1;

export const ALL_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5, 6, 7];

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** What is wrong with an operator-supplied window, and in which part of it; null when it is fine. */
export interface WindowRuleProblem {
  part: 'start' | 'end' | 'days';
  message: Words;
}

export function windowRuleProblem(
  start: string,
  end: string,
  days: readonly number[] = ALL_WEEKDAYS,
): WindowRuleProblem | null {
  for (const [part, value] of [
    ['start', start],
    ['end', end],
  ] as const)
    if (!HH_MM.test(value)) return { part, message: words('problem.window.time', { value }) };
  if (days.length === 0) return { part: 'days', message: 'problem.window.noDays' };
  const bad = days.find((day) => !Number.isInteger(day) || day < 1 || day > 7);
  if (bad !== undefined) return { part: 'days', message: words('problem.window.day', { day: String(bad) }) };
  return null;
}

/** Thrown by parseWindowRule: which part of the window is wrong, and why, in words. */
export class WindowRuleError extends RangeError {
  constructor(readonly problem: WindowRuleProblem) {
    super(`Invalid window ${problem.part}: ${JSON.stringify(problem.message)}`);
  }
}

/**
 * Validates an operator-supplied window (throws WindowRuleError). Days are de-duplicated and
 * sorted so that two rules meaning the same thing compare equal.
 */
export function parseWindowRule(start: string, end: string, days: number[] = [...ALL_WEEKDAYS]): ServiceWindowRule {
  const problem = windowRuleProblem(start, end, days);
  if (problem) throw new WindowRuleError(problem);
  return { start, end, days: [...new Set(days)].sort((a, b) => a - b) };
}

type RegionRow = [
  code: RegionCode,
  name: string,
  serviceUrl: string,
  start: string,
  end: string,
  holidayCountry: string,
  station: number,
];

// Straight from the policy's "Maintenance timeline" table; the stations follow the published
// Dynamics 365 station table, with China deploying on its own schedule after everyone else.
const REGION_ROWS: readonly RegionRow[] = [
  ['NAM', 'North America', 'crm.dynamics.com', '02:00', '11:00', 'US', 5],
  ['DEU', 'Germany (sovereign)', 'crm.microsoftdynamics.de', '17:00', '02:00', 'DE', 4],
  ['SAM', 'South America', 'crm2.dynamics.com', '00:00', '10:00', 'BR', 2],
  ['CAN', 'Canada', 'crm3.dynamics.com', '01:00', '10:00', 'CA', 2],
  ['EUR', 'Europe', 'crm4.dynamics.com', '18:00', '03:00', 'IE', 4],
  ['FRA', 'France', 'crm12.dynamics.com', '18:00', '03:00', 'FR', 2],
  ['APJ', 'Asia Pacific', 'crm5.dynamics.com', '15:00', '20:00', 'SG', 3],
  ['OCE', 'Oceania', 'crm6.dynamics.com', '11:00', '21:00', 'AU', 3],
  ['JPN', 'Japan', 'crm7.dynamics.com', '10:00', '19:00', 'JP', 3],
  ['IND', 'India', 'crm8.dynamics.com', '19:30', '01:00', 'IN', 2],
  ['GCC', 'US Government Community Cloud (GCC)', 'crm9.dynamics.com', '02:00', '11:00', 'US', 5],
  ['GCC High', 'US Government Community Cloud High (GCC High)', 'crm.microsoftdynamics.us', '02:00', '11:00', 'US', 3],
  ['GBR', 'United Kingdom', 'crm11.dynamics.com', '18:00', '03:00', 'GB', 3],
  ['ZAF', 'South Africa', 'crm14.dynamics.com', '17:00', '02:00', 'ZA', 2],
  ['UAE', 'United Arab Emirates', 'crm15.dynamics.com', '15:00', '00:00', 'AE', 3],
  ['GER', 'Germany', 'crm16.dynamics.com', '18:00', '03:00', 'DE', 2],
  ['CHN', 'China', 'crm.dynamics.cn', '15:00', '21:00', 'CN', 6],
];

export const REGIONS: readonly RegionDefinition[] = Object.freeze(
  REGION_ROWS.map(([code, name, serviceUrl, start, end, holidayCountry, station]) => ({
    code,
    name,
    serviceUrl,
    window: parseWindowRule(start, end),
    holidayCountry,
    station,
  })),
);

// Station 1 holds no region of its own: it is the environments flagged first-release, each
// updated in its own region's window. Station 6 is China's own schedule.
export const STATIONS: readonly StationDefinition[] = Object.freeze([
  { number: FIRST_RELEASE_STATION, name: 'First Release' },
  { number: 2, name: 'Station 2' },
  { number: 3, name: 'Station 3' },
  { number: 4, name: 'Station 4' },
  { number: 5, name: 'Station 5' },
  { number: 6, name: 'China' },
]);

const regionsByCode: ReadonlyMap<string, RegionDefinition> = new Map(REGIONS.map((r) => [r.code, r]));

export function regionByCode(code: RegionCode): RegionDefinition;
export function regionByCode(code: string): RegionDefinition | undefined;
export function regionByCode(code: string): RegionDefinition | undefined {
  return regionsByCode.get(code);
}
