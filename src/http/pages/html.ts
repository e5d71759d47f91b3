// Small helpers for the server-rendered pages: escaping and showing UTC times. Public pages have no
// reader time zone to go by (and no JavaScript to find one), so they say "UTC" plainly.
import { DateTime } from 'luxon';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** "25 Nov 2026, 14:30 UTC". */
export const utcTime = (iso: string): string => DateTime.fromISO(iso, { zone: 'utc' }).setLocale('en-GB').toFormat("d LLL yyyy, HH:mm 'UTC'");

/** Paragraphs from plain text, escaped. */
export const paragraphs = (text: string): string =>
  text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
