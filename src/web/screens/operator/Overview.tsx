// The operators' home: everything open at a glance. Incidents going on (major first), reports
// overdue or due soon, credit claims and tickets waiting, maintenance under way or overrun, posts
// not yet published.
import type { ReactNode } from 'react';
import { IncidentItem } from '../../components/incidents';
import { Badge, Empty, Loaded, Page } from '../../components/ui';
import { plural } from '../../lib/labels';
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
import { REPORT_STATE } from '../incidents/Reports';

export function OverviewScreen() {
  const incidents = useApi<ListPage<Incident>>('/api/incidents?state=active&limit=200', ['incident']);
  const reports = useApi<{ items: IncidentReport[] }>('/api/incident-reports', ['incident']);
  const claims = useApi<ListPage<SlaClaim>>('/api/sla-claims?status=pending&limit=1', ['sla']);
  const tickets = useApi<ListPage<Ticket>>('/api/tickets?linked=false&limit=1', ['ticket']);
  const drafts = useApi<ListPage<OperatorMessage>>('/api/messages?status=draft&limit=1', ['messages']);
  const running = useApi<ListPage<Maintenance>>('/api/maintenance?state=in_progress&limit=1', ['maintenance']);
  const overran = useApi<ListPage<Maintenance>>('/api/maintenance?state=overran&limit=1', ['maintenance']);
  const time = useTime();

  const active = [...(incidents.data?.items ?? [])].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'major' ? -1 : 1,
  );
  const owed = (reports.data?.items ?? []).filter(
    (r) => r.state === 'overdue' || r.state === 'dueSoon' || r.state === 'notStarted',
  );

  return (
    <Page
      title="Overview"
      actions={
        <Link className="btn primary" to="/incidents/new">
          Open an incident
        </Link>
      }
    >
      <div className="grid stats">
        <Stat
          label="Incidents going on"
          value={incidents.data?.total}
          to="/incidents"
          tone={active.some((i) => i.severity === 'major') ? 'bad' : undefined}
          detail={`${active.filter((i) => i.severity === 'major').length} major`}
        />
        <Stat
          label="Reports overdue"
          value={owed.filter((r) => r.state === 'overdue').length}
          to="/reports?state=overdue"
          tone={owed.some((r) => r.state === 'overdue') ? 'bad' : undefined}
          detail={`${owed.length} owed`}
        />
        <Stat label="Credit claims waiting" value={claims.data?.total} to="/sla-claims" />
        <Stat label="Tickets not linked" value={tickets.data?.total} to="/tickets" />
        <Stat
          label="Maintenance under way"
          value={running.data?.total}
          to="/maintenance?state=in_progress"
          detail={`${overran.data?.total ?? '…'} overran`}
          tone={overran.data?.total ? 'bad' : undefined}
        />
        <Stat label="Draft posts" value={drafts.data?.total} to="/messages?status=draft" />
      </div>

      <div className="two-cols">
        <section aria-labelledby="active-title">
          <h2 id="active-title">Going on now</h2>
          <Loaded state={incidents}>
            {() =>
              active.length === 0 ? (
                <Empty>Nothing is going on.</Empty>
              ) : (
                <ul className="list card">
                  {active.map((i) => (
                    <IncidentItem
                      key={i.id}
                      incident={i}
                      to={`/incidents/${i.id}`}
                      extra={<span>{i.scope ? plural(i.scope.tenantCount, 'tenant') : null}</span>}
                    />
                  ))}
                </ul>
              )
            }
          </Loaded>
        </section>
        <section aria-labelledby="owed-title">
          <h2 id="owed-title">Reports owed</h2>
          <Loaded state={reports}>
            {() =>
              owed.length === 0 ? (
                <Empty>No report is owed.</Empty>
              ) : (
                <ul className="list card">
                  {owed.map((r) => (
                    <li key={r.incidentId}>
                      <Link to={`/incidents/${r.incidentId}/report`}>{r.title}</Link>{' '}
                      <Badge tone={REPORT_STATE[r.state].tone}>{REPORT_STATE[r.state].label}</Badge>
                      <div className="meta">
                        due {time.dateTime(r.dueDateTime)} ({time.relative(r.dueDateTime)})
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
  return (
    <Link to={to} className={`card stat-card${tone ? ` ${tone}` : ''}`}>
      <span className="stat">{value ?? '…'}</span>
      <span>{label}</span>
      {detail ? <span className="muted">{detail}</span> : null}
    </Link>
  );
}
