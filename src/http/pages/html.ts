// Showing times on the server-rendered pages (their markup is built with src/html.ts). Public
// pages have no reader time zone to go by (and no JavaScript to find one), so they say "UTC"
// plainly; documents for a signed-in person use theirs.
import { DateTime } from 'luxon';

/** "25 Nov 2026, 14:30 UTC". */
export const utcTime = (iso: string): string =>
  DateTime.fromISO(iso, { zone: 'utc' }).setLocale('en-GB').toFormat("d LLL yyyy, HH:mm 'UTC'");

/** A time as a signed-in reader reads it: their locale, their zone, and the zone named. */
export const readerTime = (iso: string, reader: { timeZone: string; locale: string }): string =>
  `${DateTime.fromISO(iso, { zone: 'utc' }).setZone(reader.timeZone).setLocale(reader.locale).toLocaleString(DateTime.DATETIME_MED)} (${reader.timeZone})`;
