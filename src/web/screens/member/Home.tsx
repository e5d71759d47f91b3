// A member's (end user's) home: the environments they use and, when their organization's admin lets
// members see it, each one's health — the open incidents and the maintenance under way or coming.
// Who to ask is one link away ("Who is my admin?").
import { Badge, Empty, Loaded, Page } from '../../components/ui';
import { valueLabel } from '../../lib/labels';
import { Link } from '../../lib/router';
import { useTime } from '../../lib/time';
import type { MemberEnvironment } from '../../lib/types';
import { useApi } from '../../lib/useApi';

const HEALTH: Record<'healthy' | 'incident' | 'maintenance', { label: string; tone: 'ok' | 'bad' | 'warn' }> = {
  healthy: { label: 'Healthy', tone: 'ok' },
  incident: { label: 'Incident', tone: 'bad' },
  maintenance: { label: 'Maintenance under way', tone: 'warn' },
};

export function MemberHomeScreen() {
  const environments = useApi<MemberEnvironment[]>('/api/me/environments', ['incident', 'maintenance', 'directory']);
  const time = useTime();
  return (
    <Page
      title="Your environments"
      intro={
        <>
          The environments you use. For help with one, ask its admin: <Link to="/find-admin">Who is my admin?</Link>
        </>
      }
    >
      <Loaded state={environments}>
        {(list) =>
          list.length === 0 ? (
            <Empty>You are not a member of any environment yet. Your organization’s admin can add you.</Empty>
          ) : (
            <div className="grid">
              {list.map((e) => (
                <article className="card" key={e.environmentId} aria-labelledby={`env-${e.environmentId}`}>
                  <div className="actions">
                    <h2 id={`env-${e.environmentId}`}>{e.name}</h2>
                    {e.health ? (
                      <Badge tone={HEALTH[e.health.status].tone}>{HEALTH[e.health.status].label}</Badge>
                    ) : null}
                  </div>
                  <p className="meta">
                    <span>{e.tenantName}</span>
                    <span>{e.region}</span>
                    <span>{e.url.replace(/^https?:\/\//, '')}</span>
                  </p>
                  {!e.health ? (
                    <p className="muted">Your organization shows its members no health information.</p>
                  ) : (
                    <>
                      {e.health.incidents.length ? (
                        <ul className="list" aria-label="Open incidents">
                          {e.health.incidents.map((i) => (
                            <li key={i.id}>
                              {i.title} <Badge tone="bad">{valueLabel(i.status)}</Badge>{' '}
                              <span className="muted">since {time.dateTime(i.startAt)}</span>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <p className="muted">No open incidents.</p>
                      )}
                      {e.health.maintenance.length ? (
                        <ul className="list" aria-label="Maintenance">
                          {e.health.maintenance.map((m) => (
                            <li key={m.id}>
                              {m.title} <Badge tone="warn">{valueLabel(m.state)}</Badge>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </>
                  )}
                </article>
              ))}
            </div>
          )
        }
      </Loaded>
    </Page>
  );
}
