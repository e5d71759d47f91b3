// A tenant's service health dashboard, after Microsoft 365's: the health of each service the
// organization runs, issues for the organization to act on, active issues, and the history of
// the last 7 or 30 days, with the post-incident reports published for them.
import { useState } from 'react';
import { IncidentItem, StatusBadge } from '../../components/incidents';
import { Empty, Loaded, Page, ProblemNote, Tabs, useAction } from '../../components/ui';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { Link, setQueryParam, useLocation } from '../../lib/router';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { HealthOverview, Incident, IncidentReport } from '../../lib/types';
import { useApi, type ApiState } from '../../lib/useApi';

export function DashboardScreen() {
  const { tenantId, nameOf } = useTenant();
  const { query } = useLocation();
  const days = query.get('days') === '30' ? '30' : '7';
  const base = `/api/tenants/${tenantId}`;
  const health = useApi<{ items: HealthOverview[] }>(`${base}/health-overviews`, ['incident', 'environment']);
  const actOn = useApi<{ items: Incident[] }>(`${base}/incidents?view=actOn`, ['incident']);
  const active = useApi<{ items: Incident[] }>(`${base}/incidents?view=active`, ['incident']);
  const history = useApi<{ items: Incident[] }>(`${base}/incidents?view=history&days=${days}`, ['incident']);
  const reports = useApi<{ items: IncidentReport[] }>(`${base}/incident-reports`, ['incident']);
  const hidden = useApi<{ serviceIds: string[] }>(`${base}/hidden-services`);
  const [showHidden, setShowHidden] = useState(false);
  const time = useTime();
  const t = useT();
  const hide = useAction(async (serviceIds: string[]) => {
    await api.put(`${base}/hidden-services`, { serviceIds });
    hidden.reload();
  }, t('console.tenant.dashboard.updated'));

  const troubled = (health.data?.items ?? []).filter((h) => h.status !== 'serviceOperational').length;
  const hiddenIds = new Set(hidden.data?.serviceIds ?? []);
  // Services with an issue first (they are what one opens the dashboard for), then by name.
  const tiles = [...(health.data?.items ?? [])].sort(
    (a, b) =>
      Number(a.status === 'serviceOperational') - Number(b.status === 'serviceOperational') ||
      a.service.localeCompare(b.service),
  );
  const hiddenCount = tiles.filter((h) => hiddenIds.has(h.id)).length;
  // A hidden service with an issue is still shown: hiding is for the overview, not for outages.
  const shown = tiles.filter((h) => showHidden || !hiddenIds.has(h.id) || h.status !== 'serviceOperational');

  return (
    <Page
      title={t('console.tenant.dashboard.title')}
      intro={t('console.tenant.dashboard.intro', { tenant: nameOf(tenantId), zone: time.zone })}
    >
      <div className="dashboard">
        <section aria-labelledby="overview-title" className="overview">
          <h2 id="overview-title" className={troubled ? '' : 'sr-only'}>
            {troubled
              ? t('console.tenant.dashboard.troubled', { count: troubled })
              : t('console.tenant.dashboard.allHealthy')}
          </h2>
          <Loaded state={health}>
            {() => (
              <>
                <ul className="grid health">
                  {shown.map((h) => (
                    <li key={h.id} className={`card health-tile ${h.status === 'serviceOperational' ? 'ok' : 'issue'}`}>
                      <span className="item-title">{h.service}</span>
                      <StatusBadge status={h.status} />
                      {h.issueIds.length ? (
                        <span className="meta">
                          {h.issueIds.map((id) => (
                            <Link key={id} to={`/service-health/incidents/${id}`}>
                              {id}
                            </Link>
                          ))}
                        </span>
                      ) : null}
                      {hiddenIds.has(h.id) ? (
                        <button
                          className="btn small"
                          type="button"
                          onClick={() => void hide.run([...hiddenIds].filter((x) => x !== h.id))}
                        >
                          {t('console.tenant.dashboard.show')}
                        </button>
                      ) : (
                        <button
                          className="btn small quiet"
                          type="button"
                          aria-label={t('console.tenant.dashboard.hideService', { service: h.service })}
                          onClick={() => void hide.run([...hiddenIds, h.id])}
                        >
                          {t('console.tenant.dashboard.hide')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
                {hiddenCount ? (
                  <button
                    className="btn small"
                    type="button"
                    aria-pressed={showHidden}
                    onClick={() => setShowHidden(!showHidden)}
                  >
                    {showHidden
                      ? t('console.tenant.dashboard.leaveHiddenOut')
                      : t('console.tenant.dashboard.showHidden', { count: hiddenCount })}
                  </button>
                ) : null}
                <ProblemNote error={hide.error} />
              </>
            )}
          </Loaded>
        </section>

        <div className="issues">
          <Issues
            id="act-on-title"
            title={t('console.tenant.dashboard.actOn')}
            state={actOn}
            empty={t('console.tenant.dashboard.actOnEmpty')}
            hideEmpty
          />
          <Issues
            id="active-title"
            title={t('console.tenant.dashboard.active')}
            state={active}
            empty={t('console.tenant.dashboard.activeEmpty')}
          />
        </div>
      </div>

      <section aria-labelledby="history-title">
        <div className="section-head">
          <h2 id="history-title">{t('console.tenant.dashboard.history')}</h2>
          <Tabs
            label={t('console.tenant.dashboard.historyPeriod')}
            current={days}
            onChange={(v) => setQueryParam('days', v)}
            tabs={[
              { id: '7', label: t('console.tenant.dashboard.days', { days: 7 }) },
              { id: '30', label: t('console.tenant.dashboard.days', { days: 30 }) },
            ]}
          />
        </div>
        <Loaded state={history}>
          {({ items }) =>
            items.length === 0 ? (
              <Empty>{t('console.tenant.dashboard.historyEmpty', { days: Number(days) })}</Empty>
            ) : (
              <ul className="list card">
                {items.map((i) => (
                  <IncidentItem key={i.id} incident={i} to={`/service-health/incidents/${i.id}`} />
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>

      <section aria-labelledby="pir-title">
        <h2 id="pir-title">{t('console.tenant.dashboard.reports')}</h2>
        <Loaded state={reports}>
          {({ items }) =>
            items.length === 0 ? (
              <Empty>{t('console.tenant.dashboard.reportsEmpty')}</Empty>
            ) : (
              <ul className="list card">
                {items.map((r) => (
                  <li key={r.incidentId}>
                    <Link to={`/service-health/incidents/${r.incidentId}`}>{r.title}</Link>
                    <div className="meta">
                      <span>{r.incidentId}</span>
                      <span>{t('console.tenant.dashboard.published', { date: time.date(r.publishedDateTime) })}</span>
                    </div>
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
    </Page>
  );
}

function Issues({
  id,
  title,
  state,
  empty,
  hideEmpty,
}: {
  /** The heading's id (not derived from its words, which differ per language). */
  id: string;
  title: string;
  state: ApiState<{ items: Incident[] }>;
  empty: string;
  hideEmpty?: boolean;
}) {
  if (hideEmpty && state.data && state.data.items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <Loaded state={state}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{empty}</Empty>
          ) : (
            <ul className="list card">
              {items.map((i) => (
                <IncidentItem key={i.id} incident={i} to={`/service-health/incidents/${i.id}`} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
