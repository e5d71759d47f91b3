// Small helpers for the server-rendered pages: escaping and showing times. Public pages have no
// reader time zone to go by (and no JavaScript to find one), so they say "UTC" plainly; documents
// for a signed-in person use theirs.
import { DateTime } from 'luxon';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** "25 Nov 2026, 14:30 UTC". */
export const utcTime = (iso: string): string => DateTime.fromISO(iso, { zone: 'utc' }).setLocale('en-GB').toFormat("d LLL yyyy, HH:mm 'UTC'");

/** A time as a signed-in reader reads it: their locale, their zone, and the zone named. */
export const readerTime = (iso: string, reader: { timeZone: string; locale: string }): string =>
  `${DateTime.fromISO(iso, { zone: 'utc' }).setZone(reader.timeZone).setLocale(reader.locale).toLocaleString(DateTime.DATETIME_MED)} (${reader.timeZone})`;

/** Paragraphs from plain text, escaped. */
export const paragraphs = (text: string): string =>
  text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
