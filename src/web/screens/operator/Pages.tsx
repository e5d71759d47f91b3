// The product teams' pages (issue 18: "the product team becomes involved"): who was paged, when,
// for what, and who acknowledged it; an operator acknowledges a page here, which is audited and
// sent to the team's PagerDuty-shaped webhook as event_action "acknowledge". Below, each service's
// owning team (the team its failed or overrunning updates page), which an operator sets.
import { Badge, Empty, Loaded, Page, ProblemNote, useAction } from '../../components/ui';
import { api } from '../../lib/api';
import { Link } from '../../lib/router';
import { useTime } from '../../lib/time';
import type { Service } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import type { ProductTeam, TeamPage } from '../../lib/types';
export type { TeamPage };

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
      title="Team pages"
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
      <ServiceOwners />
    </Page>
  );
}

/** Each service with its owning team, settable (PUT /api/services/{id}/owner). */
function ServiceOwners() {
  const services = useApi<Service[]>('/api/services', ['services']);
  const teams = useApi<ProductTeam[]>('/api/teams', ['pages']);
  const setOwner = useAction(async (serviceId: string, teamId: string) => {
    await api.put(`/api/services/${serviceId}/owner`, { teamId });
    teams.reload();
  }, 'Owning team set');
  return (
    <section className="card" aria-labelledby="owners">
      <h2 id="owners">Owning teams</h2>
      <ProblemNote error={setOwner.error} />
      <Loaded state={teams}>
        {(teamList) => (
          <Loaded state={services}>
            {(serviceList) => (
              <table>
                <thead>
                  <tr>
                    <th scope="col">Service</th>
                    <th scope="col">Paged team</th>
                  </tr>
                </thead>
                <tbody>
                  {serviceList.map((s) => {
                    const owner = teamList.find((t) => t.services.includes(s.id));
                    return (
                      <tr key={s.id}>
                        <th scope="row">{s.name}</th>
                        <td>
                          <select
                            aria-label={`Owning team of ${s.name}`}
                            value={owner?.id ?? ''}
                            disabled={setOwner.busy || teamList.length === 0}
                            onChange={(e) => e.target.value && void setOwner.run(s.id, e.target.value)}
                          >
                            <option value="">{teamList.length ? 'No team' : 'No team yet (POST /api/teams)'}</option>
                            {teamList.map((t) => (
                              <option key={t.id} value={t.id}>
                                {t.name}
                              </option>
                            ))}
                          </select>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </Loaded>
        )}
      </Loaded>
    </section>
  );
}
