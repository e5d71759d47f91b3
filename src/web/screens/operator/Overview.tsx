// The operators' home: everything open at a glance. Incidents going on (major first), reports
// overdue or due soon, credit claims and tickets waiting, maintenance under way or overrun, posts
// not yet published.
import type { ReactNode } from 'react';
import { IncidentItem } from '../../components/incidents';
import { Empty, Loaded, Page } from '../../components/ui';
import { useT } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { useTime } from '../../lib/time';
import type {
  Incident,
  IncidentReport,
  Maintenance,
  OperatorMessage,
  Page as ListPage,
  SlaClaim,
  Ticket,
} from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { ReportStateBadge } from '../incidents/Reports';

export function OverviewScreen() {
  const incidents = useApi<ListPage<Incident>>('/api/incidents?state=active&limit=200', ['incident']);
  const reports = useApi<{ items: IncidentReport[] }>('/api/incident-reports', ['incident']);
  const claims = useApi<ListPage<SlaClaim>>('/api/sla-claims?status=pending&limit=1', ['sla']);
  const tickets = useApi<ListPage<Ticket>>('/api/tickets?linked=false&limit=1', ['ticket']);
  const drafts = useApi<ListPage<OperatorMessage>>('/api/messages?status=draft&limit=1', ['messages']);
  const running = useApi<ListPage<Maintenance>>('/api/maintenance?state=in_progress&limit=1', ['maintenance']);
  const overran = useApi<ListPage<Maintenance>>('/api/maintenance?state=overran&limit=1', ['maintenance']);
  const time = useTime();
  const t = useT();
  const majors = incidents.data?.items.filter((i) => i.severity === 'major').length ?? 0;

  const active = [...(incidents.data?.items ?? [])].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'major' ? -1 : 1,
  );
  const owed = (reports.data?.items ?? []).filter(
    (r) => r.state === 'overdue' || r.state === 'dueSoon' || r.state === 'notStarted',
  );

  return (
    <Page
      title={t('console.operator.overview.title')}
      actions={
        <Link className="btn primary" to="/incidents/new">
          {t('console.incidents.openAnIncident')}
        </Link>
      }
    >
      <div className="grid stats">
        <Stat
          label={t('console.operator.overview.incidents')}
          value={incidents.data?.total}
          to="/incidents"
          tone={active.some((i) => i.severity === 'major') ? 'bad' : undefined}
          detail={t('console.operator.overview.major', { count: majors })}
        />
        <Stat
          label={t('console.operator.overview.reportsOverdue')}
          value={owed.filter((r) => r.state === 'overdue').length}
          to="/reports?state=overdue"
          tone={owed.some((r) => r.state === 'overdue') ? 'bad' : undefined}
          detail={t('console.operator.overview.owed', { count: owed.length })}
        />
        <Stat label={t('console.operator.overview.claims')} value={claims.data?.total} to="/sla-claims" />
        <Stat label={t('console.operator.overview.tickets')} value={tickets.data?.total} to="/tickets" />
        <Stat
          label={t('console.operator.overview.maintenance')}
          value={running.data?.total}
          to="/maintenance?state=in_progress"
          detail={overran.data ? t('console.operator.overview.overran', { count: overran.data.total }) : '…'}
          tone={overran.data?.total ? 'bad' : undefined}
        />
        <Stat label={t('console.operator.overview.drafts')} value={drafts.data?.total} to="/messages?status=draft" />
      </div>

      <div className="two-cols">
        <section aria-labelledby="active-title">
          <h2 id="active-title">{t('console.operator.overview.goingOn')}</h2>
          <Loaded state={incidents}>
            {() =>
              active.length === 0 ? (
                <Empty>{t('console.incidents.list.nothingGoingOn')}</Empty>
              ) : (
                <ul className="list card">
                  {active.map((i) => (
                    <IncidentItem
                      key={i.id}
                      incident={i}
                      to={`/incidents/${i.id}`}
                      extra={
                        <span>
                          {i.scope ? t('console.incidents.tenantCount', { count: i.scope.tenantCount }) : null}
                        </span>
                      }
                    />
                  ))}
                </ul>
              )
            }
          </Loaded>
        </section>
        <section aria-labelledby="owed-title">
          <h2 id="owed-title">{t('console.operator.overview.owedTitle')}</h2>
          <Loaded state={reports}>
            {() =>
              owed.length === 0 ? (
                <Empty>{t('console.operator.overview.noneOwed')}</Empty>
              ) : (
                <ul className="list card">
                  {owed.map((r) => (
                    <li key={r.incidentId}>
                      <Link to={`/incidents/${r.incidentId}/report`}>{r.title}</Link>{' '}
                      <ReportStateBadge state={r.state} />
                      <div className="meta">
                        {t('console.incidents.reports.dueOn', {
                          time: time.dateTime(r.dueDateTime),
                          relative: time.relative(r.dueDateTime),
                        })}
                      </div>
                    </li>
                  ))}
                </ul>
              )
            }
          </Loaded>
        </section>
      </div>
    </Page>
  );
}

function Stat({
  label,
  value,
  to,
  tone,
  detail,
}: {
  label: string;
  value: number | undefined;
  to: string;
  tone?: 'bad';
  detail?: ReactNode;
}) {
  const t = useT();
  return (
    <Link to={to} className={`card stat-card${tone ? ` ${tone}` : ''}`}>
      <span className="stat">{value === undefined ? '…' : t.number(value)}</span>
      <span>{label}</span>
      {detail ? <span className="muted">{detail}</span> : null}
    </Link>
  );
}
