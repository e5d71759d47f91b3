import Holidays from 'date-holidays';

// Days are read as UTC calendar days, like the maintenance windows: an incident's region, not the
// reader's zone, decides which calendar applies, and UTC keeps the answer the same on every node.

const DAY_MS = 86_400_000;

// Building a calendar parses the country's rules, so each is built once per process.
const calendars = new Map<string, Holidays>();
const holidayDays = new Map<string, ReadonlySet<string>>();
let knownCountries: Record<string, string> | undefined;

function calendarFor(country: string): Holidays {
  let calendar = calendars.get(country);
  if (!calendar) {
    knownCountries ??= new Holidays().getCountries();
    if (!Object.hasOwn(knownCountries, country)) {
      throw new RangeError(`Unknown holiday country "${country}": expected an ISO 3166-1 code such as US or DE`);
    }
    calendar = new Holidays(country);
    calendars.set(country, calendar);
  }
  return calendar;
}

/**
 * The public holidays of one year as YYYY-MM-DD. Only holidays that begin at midnight count:
 * date-holidays also lists half-day public holidays for part of the population (China's Women's
 * Day afternoon), on which business goes on.
 */
function publicHolidays(country: string, year: number): ReadonlySet<string> {
  const key = `${country}:${year}`;
  let days = holidayDays.get(key);
  if (!days) {
    const set = new Set<string>();
    for (const h of calendarFor(country).getHolidays(year)) {
      if (h.type !== 'public' || h.date.slice(11, 19) !== '00:00:00') continue;
      const first = Date.parse(`${h.date.slice(0, 10)}T00:00:00Z`);
      const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
      for (let i = 0; i < length; i++) set.add(new Date(first + i * DAY_MS).toISOString().slice(0, 10));
    }
    days = set;
    holidayDays.set(key, days);
  }
  return days;
}

export function isBusinessDay(day: Date, holidayCountry: string): boolean {
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) {
    calendarFor(holidayCountry); // an unknown country is an error on every day, not only weekdays
    return false;
  }
  return !publicHolidays(holidayCountry, day.getUTCFullYear()).has(day.toISOString().slice(0, 10));
}

/**
 * The same time of day, `days` business days later (earlier when negative). The starting day
 * itself never counts, so a report due 5 business days after a Saturday resolution is due Friday.
 */
export function addBusinessDays(from: Date, days: number, holidayCountry: string): Date {
  if (!Number.isInteger(days)) throw new RangeError(`Business days must be a whole number, got ${days}`);
  if (Number.isNaN(from.getTime())) throw new RangeError('Invalid start date');
  calendarFor(holidayCountry);
  const step = days < 0 ? -1 : 1;
  let remaining = Math.abs(days);
  let t = from.getTime();
  while (remaining > 0) {
    t += step * DAY_MS;
    if (isBusinessDay(new Date(t), holidayCountry)) remaining--;
  }
  return new Date(t);
}
