// The product teams' pages (issue 18: "the product team becomes involved"): who was paged, when,
// for what, and who acknowledged it; an operator acknowledges a page here, which is audited and
// sent to the team's PagerDuty-shaped webhook as event_action "acknowledge".
import { Badge, Empty, Loaded, Page, ProblemNote, useAction } from '../../components/ui';
import { api } from '../../lib/api';
import { Link } from '../../lib/router';
import { useTime } from '../../lib/time';
import { useApi } from '../../lib/useApi';

export interface TeamPage {
  id: string;
  teamId: string;
  teamName: string;
  dedupKey: string;
  incidentId: string | null;
  reason: string;
  summary: string;
  pagedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
}

const REASON_LABEL: Record<string, string> = {
  update_overran: 'Update ran past its window',
  update_failed: 'Update failed',
  incident_stale: 'Incident without an update',
  webhook_dead: 'Tenant webhook endpoint died',
};

export function PagesScreen() {
  const pages = useApi<TeamPage[]>('/api/pages', ['pages']);
  const time = useTime();
  const acknowledge = useAction(async (id: string) => {
    await api.post(`/api/pages/${id}/acknowledge`);
    pages.reload();
  }, 'Page acknowledged');
  return (
    <Page
      title="Pages"
      intro="The product teams paged about failed or overrunning updates, silent incidents and dead webhook endpoints. Newest first."
    >
      <ProblemNote error={acknowledge.error} />
      <Loaded state={pages}>
        {(items) =>
          items.length === 0 ? (
            <Empty>No team has been paged.</Empty>
          ) : (
            <ul className="list card">
              {items.map((p) => (
                <li key={p.id}>
                  <div className="actions">
                    <span className="item-title">{p.summary}</span>
                    {p.acknowledgedAt ? <Badge tone="ok">acknowledged</Badge> : <Badge tone="bad">open</Badge>}
                  </div>
                  <div className="meta">
                    <span>paged {p.teamName}</span>
                    <span>{REASON_LABEL[p.reason] ?? p.reason}</span>
                    <span>at {time.dateTime(p.pagedAt)}</span>
                    {p.incidentId ? <Link to={`/incidents/${p.incidentId}`}>{p.incidentId}</Link> : null}
                    {p.acknowledgedAt ? (
                      <span>
                        acknowledged by {p.acknowledgedBy} at {time.dateTime(p.acknowledgedAt)}
                      </span>
                    ) : null}
                  </div>
                  {p.acknowledgedAt ? null : (
                    <button
                      className="btn"
                      type="button"
                      disabled={acknowledge.busy}
                      onClick={() => void acknowledge.run(p.id)}
                    >
                      Acknowledge
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </Page>
  );
}
