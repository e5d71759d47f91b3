// A week of maintenance windows across regions, drawn in the reader's time zone: one row per
// region, its weekly service windows as bars, and the maintenance planned in them on top. The
// windows come from each region's rule (the same function the server plans with), so what is
// drawn is exactly what the rollout planner and the schedule use.
import { DateTime } from 'luxon';
import { serviceWindowsBetween, type ServiceWindowRule } from '../../shared/windows';
import { useT } from '../lib/i18n';

export interface RegionWindows {
  code: string;
  name?: string;
  window: ServiceWindowRule;
}

export interface PlannedWork {
  regionCode: string;
  startsAt: string;
  endsAt: string;
  title: string;
}

interface Props {
  regions: RegionWindows[];
  work?: PlannedWork[];
  /** Any instant in the week to show; the week starts on the Monday before it, in `zone`. */
  weekOf: Date;
  zone: string;
  locale: string;
  /** Regions to draw out (the reader's own). */
  ours?: ReadonlySet<string>;
  now?: Date;
}

const LABEL = 84;
const DAY = 120;
const ROW = 24;
const HEAD = 28;

export function WeekOfWindows({ regions, work = [], weekOf, zone, locale, ours, now }: Props) {
  const t = useT();
  const start = DateTime.fromJSDate(weekOf, { zone }).startOf('week');
  const end = start.plus({ days: 7 });
  const width = LABEL + DAY * 7;
  const height = HEAD + ROW * regions.length + 4;
  const x = (d: Date) => LABEL + ((d.getTime() - start.toMillis()) / (end.toMillis() - start.toMillis())) * DAY * 7;
  const clip = (d: Date) => Math.min(Math.max(x(d), LABEL), width);
  const time = (d: Date) =>
    DateTime.fromJSDate(d, { zone })
      .setLocale(locale)
      .toLocaleString({ weekday: 'short', hour: 'numeric', minute: '2-digit' });
  const days = Array.from({ length: 7 }, (_, i) => start.plus({ days: i }));
  const nowX = now && now >= start.toJSDate() && now < end.toJSDate() ? x(now) : null;

  return (
    <figure className="card" style={{ overflowX: 'auto' }}>
      <svg
        className="week"
        viewBox={`0 0 ${width} ${height}`}
        style={{ minWidth: 640 }}
        role="img"
        aria-labelledby="week-caption"
      >
        {days.map((d, i) => (
          <g key={i}>
            <line className="grid-line" x1={LABEL + i * DAY} x2={LABEL + i * DAY} y1={HEAD - 6} y2={height} />
            <text x={LABEL + i * DAY + 6} y={16}>
              {d.setLocale(locale).toLocaleString({ weekday: 'short', day: 'numeric', month: 'short' })}
            </text>
          </g>
        ))}
        {regions.map((r, row) => {
          const y = HEAD + row * ROW;
          const windows = serviceWindowsBetween(r.window, start.toJSDate(), end.toJSDate());
          const planned = work.filter(
            (w) =>
              w.regionCode === r.code && new Date(w.endsAt) > start.toJSDate() && new Date(w.startsAt) < end.toJSDate(),
          );
          return (
            <g key={r.code}>
              <text x={4} y={y + 16} fontWeight={ours?.has(r.code) ? 700 : 400}>
                {r.code}
              </text>
              {windows.map((w, i) => (
                <rect
                  key={i}
                  className={`window${ours?.has(r.code) ? ' ours' : ''}`}
                  x={clip(w.start)}
                  y={y + 5}
                  width={Math.max(clip(w.end) - clip(w.start), 1)}
                  height={ROW - 10}
                  rx={3}
                >
                  <title>
                    {t('console.shell.week.windowTitle', {
                      region: r.code,
                      start: time(w.start),
                      end: time(w.end),
                      zone,
                    })}
                  </title>
                </rect>
              ))}
              {planned.map((w, i) => {
                const s = new Date(w.startsAt);
                const e = new Date(w.endsAt);
                return (
                  <rect
                    key={`w${i}`}
                    className="work"
                    x={clip(s)}
                    y={y + 2}
                    width={Math.max(clip(e) - clip(s), 2)}
                    height={ROW - 4}
                    rx={3}
                  >
                    <title>
                      {t('console.shell.week.workTitle', {
                        title: w.title,
                        region: r.code,
                        start: time(s),
                        end: time(e),
                      })}
                    </title>
                  </rect>
                );
              })}
            </g>
          );
        })}
        {nowX !== null ? <line className="now" x1={nowX} x2={nowX} y1={HEAD - 6} y2={height} /> : null}
      </svg>
      <figcaption id="week-caption" className="legend">
        <span>
          {t('console.shell.week.caption', { date: start.setLocale(locale).toLocaleString(DateTime.DATE_MED), zone })}
        </span>
        {regions.some((r) => !ours?.has(r.code)) ? (
          <span>
            <i style={{ background: 'var(--accent)' }} />
            {t('console.shell.week.serviceWindow')}
          </span>
        ) : null}
        {ours?.size ? (
          <span>
            <i style={{ background: 'var(--warn)' }} />
            {t(
              regions.every((r) => ours.has(r.code))
                ? 'console.shell.week.serviceWindow'
                : 'console.shell.week.yourRegions',
            )}
          </span>
        ) : null}
        <span>
          <i style={{ background: 'var(--bad)' }} />
          {t('console.shell.week.plannedWork')}
        </span>
      </figcaption>
    </figure>
  );
}
