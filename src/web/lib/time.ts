// Times travel as ISO 8601 UTC and are shown in the signed-in person's own time zone and
// locale (from their profile, not the browser's), so an admin in Tokyo reading a window in
// NAM sees it in Tokyo time. Times typed into forms are read in that same zone and sent as UTC.
import { DateTime } from 'luxon';
import { useMemo } from 'react';
import { useFormatLocale } from './i18n';
import { useMe } from './session';

export interface TimeFormat {
  zone: string;
  locale: string;
  /** "Tue, Mar 3, 2026, 2:00 PM EST" */
  dateTime(iso: string | null | undefined): string;
  /** "Mar 3, 2026" */
  date(iso: string | null | undefined): string;
  /** "2:00 PM" */
  time(iso: string | null | undefined): string;
  /** "in 3 days", "2 hours ago" */
  relative(iso: string | null | undefined, now?: Date): string;
  /** A `datetime-local` input's value (in the person's zone) as ISO UTC; null when empty or invalid. */
  toUtc(local: string): string | null;
  /** ISO UTC as a `datetime-local` input's value in the person's zone. */
  toLocalInput(iso: string | null | undefined): string;
}

export function timeFormat(zone: string, locale: string): TimeFormat {
  const dt = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  const d = new Intl.DateTimeFormat(locale, { timeZone: zone, year: 'numeric', month: 'short', day: 'numeric' });
  const t = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: 'numeric', minute: '2-digit' });
  const rel = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const parse = (iso: string | null | undefined) => (iso ? new Date(iso) : null);
  const valid = (x: Date | null): x is Date => x !== null && !Number.isNaN(x.getTime());
  return {
    zone,
    locale,
    dateTime: (iso) => {
      const x = parse(iso);
      return valid(x) ? dt.format(x) : '—';
    },
    date: (iso) => {
      const x = parse(iso);
      return valid(x) ? d.format(x) : '—';
    },
    time: (iso) => {
      const x = parse(iso);
      return valid(x) ? t.format(x) : '—';
    },
    relative: (iso, now = new Date()) => {
      const x = parse(iso);
      if (!valid(x)) return '';
      const seconds = (x.getTime() - now.getTime()) / 1000;
      const units: [Intl.RelativeTimeFormatUnit, number][] = [
        ['day', 86_400],
        ['hour', 3_600],
        ['minute', 60],
      ];
      for (const [unit, size] of units)
        if (Math.abs(seconds) >= size) return rel.format(Math.round(seconds / size), unit);
      return rel.format(0, 'minute');
    },
    toUtc: (local) => {
      if (!local) return null;
      const x = DateTime.fromISO(local, { zone });
      return x.isValid ? x.toUTC().toISO() : null;
    },
    toLocalInput: (iso) =>
      iso ? DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat("yyyy-LL-dd'T'HH:mm") : '',
  };
}

/** Formatting in the signed-in person's time zone, in the regional format of the language they read. */
export function useTime(): TimeFormat {
  const me = useMe();
  const locale = useFormatLocale();
  return useMemo(() => timeFormat(me.timeZone, locale), [me.timeZone, locale]);
}
