// SLA uptime and service credits: each service's uptime month by month as bars (the last twelve
// months), this and last month's figures with the credit tier they fall in, a claim for a month
// that earns a credit, and the claims made so far.
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
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
  const t = useT();
  const labels = useLabels();
  /** 99.95 as "99.95%" ("99,95 %" in French). */
  const percent = (n: number) => t.number(n / 100, { style: 'percent', maximumFractionDigits: 3 });
  const claim = useAction(async (u: ServiceUptime) => {
    await api.post(`${base}/sla-claims`, { month: u.month, serviceId: u.serviceId });
    claims.reload();
  }, t('console.tenant.sla.claimSent'));

  const services = [
    ...new Map(perMonth.flatMap((m) => m.data?.items ?? []).map((u) => [u.serviceId, u.service])).entries(),
  ];
  const recent = perMonth.slice(-2).reverse();
  const claimed = (u: ServiceUptime) =>
    claims.data?.items.some((c) => c.serviceId === u.serviceId && c.month === u.month);

  return (
    <Page title={t('console.tenant.sla.title')} intro={t('console.tenant.sla.intro')}>
      <section className="card" aria-labelledby="uptime-title">
        <h2 id="uptime-title">{t('console.tenant.sla.uptimeTitle', { months: MONTHS })}</h2>
        {services.length === 0 ? (
          <Empty>{t('console.tenant.sla.measuring')}</Empty>
        ) : (
          services.map(([id, name]) => (
            <div key={id} className="uptime-row">
              <div className="uptime-label">{name}</div>
              <UptimeBars
                label={t('console.tenant.sla.uptimeByMonth', { service: name })}
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
            {m.data && m.data.items.some((u) => !u.final) ? (
              <span className="muted"> · {t('console.tenant.sla.soFar')}</span>
            ) : null}
          </h2>
          <Loaded state={m}>
            {({ items }) => (
              <>
                {items.some((u) => !u.final) ? (
                  <p className="intro">{t('console.tenant.sla.provisionalIntro')}</p>
                ) : null}
                <div className="table-wrap stack-on-phone">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('console.tenant.sla.service')}</th>
                        <th scope="col">{t('console.tenant.sla.uptime')}</th>
                        <th scope="col">{t('console.tenant.sla.downDegraded')}</th>
                        <th scope="col">{t('console.tenant.sla.credit')}</th>
                        {isOrgAdmin ? (
                          <th scope="col">
                            <span className="sr-only">{t('console.tenant.sla.claim')}</span>
                          </th>
                        ) : null}
                      </tr>
                    </thead>
                    <tbody>
                      {items.map((u) => (
                        <tr key={u.serviceId}>
                          <td data-label={t('console.tenant.sla.service')}>{u.service}</td>
                          <td data-label={t('console.tenant.sla.uptime')}>
                            {u.final
                              ? percent(u.uptimePercent)
                              : t('console.tenant.sla.uptimeSoFar', { uptime: percent(u.uptimePercent) })}
                          </td>
                          <td data-label={t('console.tenant.sla.downDegraded')}>
                            {t('console.tenant.sla.minutes', { down: u.downtimeMinutes, degraded: u.degradedMinutes })}
                          </td>
                          <td data-label={t('console.tenant.sla.credit')}>
                            {u.creditPercent ? (
                              <Badge tone={u.final ? 'warn' : 'neutral'}>
                                {u.final
                                  ? percent(u.creditPercent)
                                  : t('console.tenant.sla.creditProvisional', { credit: percent(u.creditPercent) })}
                              </Badge>
                            ) : (
                              t('console.tenant.sla.none')
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
                                  {t('console.tenant.sla.claimButton')}
                                </button>
                              ) : claimed(u) ? (
                                <span className="muted">{t('console.tenant.sla.claimed')}</span>
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

      <h2>{t('console.tenant.sla.claims')}</h2>
      <Loaded state={claims}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.tenant.sla.claimsEmpty')}</Empty>
          ) : (
            <ul className="list card">
              {items.map((c) => (
                <li key={c.id}>
                  <div className="actions">
                    <span className="item-title">
                      {serviceName(c.serviceId)} · {monthName(c.month, time.locale)}
                    </span>
                    <Badge tone={CLAIM_TONE[c.status]}>{labels.value(c.status)}</Badge>
                  </div>
                  <div className="meta">
                    <span>{t('console.tenant.sla.metaUptime', { uptime: percent(c.uptimePercent) })}</span>
                    <span>{t('console.tenant.sla.metaCredit', { credit: percent(c.creditPercent) })}</span>
                    <span>{t('console.tenant.sla.metaClaimed', { date: time.date(c.createdDateTime) })}</span>
                    {c.decisionReason ? (
                      <span>{t('console.tenant.sla.metaReason', { reason: c.decisionReason })}</span>
                    ) : null}
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
