// The product teams' pages (issue 18: "the product team becomes involved"): who was paged, when,
// for what, and who acknowledged it; an operator acknowledges a page here, which is audited and
// sent to the team's PagerDuty-shaped webhook as event_action "acknowledge". Below, each service's
// owning team (the team its failed or overrunning updates page), which an operator sets.
import { Badge, Empty, Loaded, Page, ProblemNote, useAction } from '../../components/ui';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { useTime } from '../../lib/time';
import type { Service } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import type { ProductTeam, TeamPage } from '../../lib/types';
export type { TeamPage };

export function PagesScreen() {
  const pages = useApi<TeamPage[]>('/api/pages', ['pages']);
  const time = useTime();
  const t = useT();
  const acknowledge = useAction(async (id: string) => {
    await api.post(`/api/pages/${id}/acknowledge`);
    pages.reload();
  }, t('console.operator.pages.acknowledged'));
  return (
    <Page title={t('console.operator.pages.title')} intro={t('console.operator.pages.intro')}>
      <ProblemNote error={acknowledge.error} />
      <Loaded state={pages}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t('console.operator.pages.none')}</Empty>
          ) : (
            <ul className="list card">
              {items.map((p) => (
                <li key={p.id}>
                  <div className="actions">
                    <span className="item-title">{p.summary}</span>
                    {p.acknowledgedAt ? (
                      <Badge tone="ok">{t('console.operator.pages.state', { state: 'acknowledged' })}</Badge>
                    ) : (
                      <Badge tone="bad">{t('console.operator.pages.state', { state: 'open' })}</Badge>
                    )}
                  </div>
                  <div className="meta">
                    <span>{t('console.operator.pages.paged', { team: p.teamName })}</span>
                    <span>{t('console.operator.pages.reason', { reason: p.reason })}</span>
                    <span>{t('console.operator.pages.at', { time: time.dateTime(p.pagedAt) })}</span>
                    {p.incidentId ? <Link to={`/incidents/${p.incidentId}`}>{p.incidentId}</Link> : null}
                    {p.acknowledgedAt ? (
                      <span>
                        {t('console.operator.pages.acknowledgedBy', {
                          person: p.acknowledgedBy,
                          time: time.dateTime(p.acknowledgedAt),
                        })}
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
                      {t('console.operator.pages.acknowledge')}
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
  const t = useT();
  const setOwner = useAction(async (serviceId: string, teamId: string) => {
    await api.put(`/api/services/${serviceId}/owner`, { teamId });
    teams.reload();
  }, t('console.operator.pages.ownerSet'));
  return (
    <section className="card" aria-labelledby="owners">
      <h2 id="owners">{t('console.operator.pages.owners')}</h2>
      <ProblemNote error={setOwner.error} />
      <Loaded state={teams}>
        {(teamList) => (
          <Loaded state={services}>
            {(serviceList) => (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('console.incidents.service')}</th>
                      <th scope="col">{t('console.operator.pages.pagedTeam')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {serviceList.map((s) => {
                      const owner = teamList.find((x) => x.services.includes(s.id));
                      return (
                        <tr key={s.id}>
                          <th scope="row">{s.name}</th>
                          <td>
                            <select
                              aria-label={t('console.operator.pages.ownerOf', { service: s.name })}
                              value={owner?.id ?? ''}
                              disabled={setOwner.busy || teamList.length === 0}
                              onChange={(e) => e.target.value && void setOwner.run(s.id, e.target.value)}
                            >
                              <option value="">
                                {t(
                                  teamList.length
                                    ? 'console.operator.pages.noTeam'
                                    : 'console.operator.pages.noTeamYet',
                                  {
                                    route: 'POST /api/teams',
                                  },
                                )}
                              </option>
                              {teamList.map((x) => (
                                <option key={x.id} value={x.id}>
                                  {x.name}
                                </option>
                              ))}
                            </select>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </Loaded>
        )}
      </Loaded>
    </section>
  );
}
