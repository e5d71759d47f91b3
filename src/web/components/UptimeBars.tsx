// Uptime as a row of bars, one per period (day or month), coloured by how much of it the
// service was up; each bar says its figure when hovered or read by a screen reader's list.
import { useT, type Translate } from '../lib/i18n';

export interface UptimePeriod {
  label: string;
  /** null: not measured (before the tenant had the service, or in the future). */
  percent: number | null;
}

/** Below this a period is shown as down, below 100 as degraded. */
const DOWN_BELOW = 99;

const uptimeTone = (percent: number | null): 'none' | 'up' | 'degraded' | 'down' =>
  percent === null ? 'none' : percent >= 100 ? 'up' : percent >= DOWN_BELOW ? 'degraded' : 'down';

/** `showLabels`: each bar's label under it (months); days are too many to label. */
export function UptimeBars({
  periods,
  label,
  showLabels = false,
}: {
  periods: UptimePeriod[];
  label: string;
  showLabels?: boolean;
}) {
  const t = useT();
  const measured = periods.filter((p) => p.percent !== null);
  const worst = measured.length ? Math.min(...measured.map((p) => p.percent!)) : null;
  const summary =
    worst === null
      ? t('console.shell.uptime.summary', { label, count: measured.length })
      : t('console.shell.uptime.summaryLowest', { label, count: measured.length, lowest: percent(t, worst) });
  return (
    <div>
      <div className="uptime" role="list" aria-label={summary}>
        {periods.map((p) => {
          const words =
            p.percent === null
              ? t('console.shell.uptime.periodNotMeasured', { period: p.label })
              : t('console.shell.uptime.periodUp', { period: p.label, percent: percent(t, p.percent) });
          return (
            <span key={p.label} role="listitem" className={uptimeTone(p.percent)} title={words}>
              <span className="sr-only">{words}</span>
            </span>
          );
        })}
      </div>
      {showLabels ? (
        <div className="uptime-labels" aria-hidden="true">
          {periods.map((p) => (
            <span key={p.label}>{p.label}</span>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** 99.95 → "99.95%" (or "99,95 %") in the reader's format. */
const percent = (t: Translate, value: number) => t.number(value / 100, { style: 'percent', maximumFractionDigits: 3 });

export function UptimeLegend() {
  const t = useT();
  return (
    <div className="legend" aria-hidden="true">
      <span>
        <i style={{ background: 'var(--ok)' }} />
        {percent(t, 100)}
      </span>
      <span>
        <i style={{ background: 'var(--warn)' }} />
        {t('common.range', { start: percent(t, DOWN_BELOW), end: percent(t, 100) })}
      </span>
      <span>
        <i style={{ background: 'var(--bad)' }} />
        {t('console.shell.uptime.below', { value: percent(t, DOWN_BELOW) })}
      </span>
      <span>
        <i style={{ background: 'var(--border)' }} />
        {t('console.shell.uptime.notMeasured')}
      </span>
    </div>
  );
}
