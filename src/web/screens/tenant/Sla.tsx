// SLA uptime and service credits: each service's uptime month by month as bars (the last twelve
// months), this and last month's figures with the credit tier they fall in, a claim for a month
// that earns a credit, and the claims made so far.
import { valueLabel } from '../../lib/labels';
import { UptimeBars, UptimeLegend } from '../../components/UptimeBars';
import { Badge, Empty, Loaded, Page, ProblemNote, useAction } from '../../components/ui';
import { api } from '../../lib/api';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import { useServiceNames } from '../../lib/services';
import type { Page as ListPage, ServiceUptime, SlaClaim } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { CLAIM_TONE } from '../operator/Queues';

const MONTHS = 12;

/** "YYYY-MM" of the last `n` months, oldest first, ending with the current one (UTC). */
function lastMonths(n: number, now = new Date()): string[] {
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (n - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

/** "2026-11" as "Nov" (and "Jan 26" for January, where the year turns) for the bars' labels. */
const shortMonth = (month: string, locale: string) =>
  new Intl.DateTimeFormat(locale, {
    month: 'short',
    ...(month.endsWith('-01') ? { year: '2-digit' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));

/** "2026-11" as "November 2026" in the reader's language. */
const monthName = (month: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

export function SlaScreen() {
  const { tenantId, isOrgAdmin } = useTenant();
  const months = lastMonths(MONTHS);
  const base = `/api/tenants/${tenantId}`;
  // One request per month: the API measures a month at a time, as claims are made.
  const perMonth = months.map((m) => ({ month: m, ...useMonth(`${base}/uptime?month=${m}`) }));
  const claims = useApi<ListPage<SlaClaim>>(`${base}/sla-claims?limit=100`, ['sla']);
  const serviceName = useServiceNames();
  const time = useTime();
  const claim = useAction(async (u: ServiceUptime) => {
    await api.post(`${base}/sla-claims`, { month: u.month, serviceId: u.serviceId });
    claims.reload();
  }, 'Claim sent; an operator decides and you are told');

  const services = [
    ...new Map(perMonth.flatMap((m) => m.data?.items ?? []).map((u) => [u.serviceId, u.service])).entries(),
  ];
  const recent = perMonth.slice(-2).reverse();
  const claimed = (u: ServiceUptime) =>
    claims.data?.items.some((c) => c.serviceId === u.serviceId && c.month === u.month);

  return (
    <Page
      title="SLA and credits"
      intro="Monthly uptime of each service your environments run, measured from the incidents that touched them. Below a tier’s threshold, the month earns a service credit you can claim."
    >
      <section className="card" aria-labelledby="uptime-title">
        <h2 id="uptime-title">Uptime, last {MONTHS} months</h2>
        {services.length === 0 ? (
          <Empty>Measuring…</Empty>
        ) : (
          services.map(([id, name]) => (
            <div key={id} className="uptime-row">
              <div className="uptime-label">{name}</div>
              <UptimeBars
                label={`${name} uptime by month`}
                periods={perMonth.map((m) => ({
                  label: shortMonth(m.month, time.locale),
                  percent: m.data?.items.find((u) => u.serviceId === id)?.uptimePercent ?? null,
                }))}
                showLabels
              />
            </div>
          ))
        )}
        <UptimeLegend />
      </section>

      <ProblemNote error={claim.error} />
      {recent.map((m) => (
        <section key={m.month} aria-labelledby={`month-${m.month}`}>
          <h2 id={`month-${m.month}`}>
            {monthName(m.month, time.locale)}
            {m.data && m.data.items.some((u) => !u.final) ? <span className="muted"> · so far</span> : null}
          </h2>
          <Loaded state={m}>
            {({ items }) => (
              <>
                {items.some((u) => !u.final) ? (
                  <p className="intro">
                    This month is not over: uptime and credits are provisional, and can be claimed once the month has
                    ended.
                  </p>
                ) : null}
                <div className="table-wrap stack-on-phone">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Service</th>
                        <th scope="col">Uptime</th>
                        <th scope="col">Down / degraded</th>
                        <th scope="col">Credit</th>
                        {isOrgAdmin ? (
                          <th scope="col">
                            <span className="sr-only">Claim</span>
                          </th>
                        ) : null}
                      </tr>
                    </thead>
                    <tbody>
                      {items.map((u) => (
                        <tr key={u.serviceId}>
                          <td data-label="Service">{u.service}</td>
                          <td data-label="Uptime">
                            {u.uptimePercent}%{u.final ? '' : ' so far'}
                          </td>
                          <td data-label="Down / degraded">
                            {u.downtimeMinutes} min / {u.degradedMinutes} min
                          </td>
                          <td data-label="Credit">
                            {u.creditPercent ? (
                              <Badge tone={u.final ? 'warn' : 'neutral'}>
                                {u.final ? `${u.creditPercent}%` : `${u.creditPercent}% provisional`}
                              </Badge>
                            ) : (
                              'none'
                            )}
                          </td>
                          {isOrgAdmin ? (
                            <td>
                              {u.claimable && !claimed(u) ? (
                                <button
                                  className="btn small"
                                  type="button"
                                  disabled={claim.busy}
                                  onClick={() => void claim.run(u)}
                                >
                                  Claim credit
                                </button>
                              ) : claimed(u) ? (
                                <span className="muted">claimed</span>
                              ) : null}
                            </td>
                          ) : null}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </Loaded>
        </section>
      ))}

      <h2>Claims</h2>
      <Loaded state={claims}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No claims yet.</Empty>
          ) : (
            <ul className="list card">
              {items.map((c) => (
                <li key={c.id}>
                  <div className="actions">
                    <span className="item-title">
                      {serviceName(c.serviceId)} · {monthName(c.month, time.locale)}
                    </span>
                    <Badge tone={CLAIM_TONE[c.status]}>{valueLabel(c.status)}</Badge>
                  </div>
                  <div className="meta">
                    <span>uptime {c.uptimePercent}%</span>
                    <span>credit {c.creditPercent}%</span>
                    <span>claimed {time.date(c.createdDateTime)}</span>
                    {c.decisionReason ? <span>“{c.decisionReason}”</span> : null}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </Page>
  );
}

// A named hook so the per-month calls read as what they are; always called MONTHS times, in order.
function useMonth(path: string) {
  return useApi<{ items: ServiceUptime[] }>(path, ['incident', 'sla']);
}
