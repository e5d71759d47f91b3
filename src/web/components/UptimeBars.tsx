// Uptime as a row of bars, one per period (day or month), coloured by how much of it the
// service was up; each bar says its figure when hovered or read by a screen reader's list.
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
  const measured = periods.filter((p) => p.percent !== null);
  const worst = measured.length ? Math.min(...measured.map((p) => p.percent!)) : null;
  return (
    <div>
      <div
        className="uptime"
        role="list"
        aria-label={`${label}: ${measured.length} periods measured${worst !== null ? `, lowest ${worst}%` : ''}`}
      >
        {periods.map((p) => (
          <span
            key={p.label}
            role="listitem"
            className={uptimeTone(p.percent)}
            title={`${p.label}: ${p.percent === null ? 'not measured' : `${p.percent}% up`}`}
          >
            <span className="sr-only">{`${p.label}: ${p.percent === null ? 'not measured' : `${p.percent}% up`}`}</span>
          </span>
        ))}
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

export function UptimeLegend() {
  return (
    <div className="legend" aria-hidden="true">
      <span>
        <i style={{ background: 'var(--ok)' }} />
        100%
      </span>
      <span>
        <i style={{ background: 'var(--warn)' }} />
        {DOWN_BELOW}–100%
      </span>
      <span>
        <i style={{ background: 'var(--bad)' }} />
        below {DOWN_BELOW}%
      </span>
      <span>
        <i style={{ background: 'var(--border)' }} />
        not measured
      </span>
    </div>
  );
}
