// A member's (end user's) home: the environments they use and, when their organization's admin lets
// members see it, each one's health — the open incidents and the maintenance under way or coming.
// Who to ask is one link away ("Who is my admin?").
import { Badge, Empty, Loaded, Page } from '../../components/ui';
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
import { Link } from '../../lib/router';
import { useTime } from '../../lib/time';
import type { MemberEnvironment } from '../../lib/types';
import { useApi } from '../../lib/useApi';

/** The tone of each health state (its words are the catalogue's console.member.health). */
const HEALTH_TONE: Record<'healthy' | 'incident' | 'maintenance', 'ok' | 'bad' | 'warn'> = {
  healthy: 'ok',
  incident: 'bad',
  maintenance: 'warn',
};

export function MemberHomeScreen() {
  const environments = useApi<MemberEnvironment[]>('/api/me/environments', ['incident', 'maintenance', 'directory']);
  const time = useTime();
  const t = useT();
  const labels = useLabels();
  return (
    <Page
      title={t('console.member.title')}
      intro={t.rich('console.member.intro', { link: (c) => <Link to="/find-admin">{c}</Link> })}
    >
      <Loaded state={environments}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('console.member.none')}</Empty>
          ) : (
            <div className="grid">
              {list.map((e) => (
                <article className="card" key={e.environmentId} aria-labelledby={`env-${e.environmentId}`}>
                  <div className="actions">
                    <h2 id={`env-${e.environmentId}`}>{e.name}</h2>
                    {e.health ? (
                      <Badge tone={HEALTH_TONE[e.health.status]}>
                        {t('console.member.health', { status: e.health.status })}
                      </Badge>
                    ) : null}
                  </div>
                  <p className="meta">
                    <span>{e.tenantName}</span>
                    <span>{e.region}</span>
                    <span>{e.url.replace(/^https?:\/\//, '')}</span>
                  </p>
                  {!e.health ? (
                    <p className="muted">{t('console.member.noHealth')}</p>
                  ) : (
                    <>
                      {e.health.incidents.length ? (
                        <ul className="list" aria-label={t('console.member.openIncidents')}>
                          {e.health.incidents.map((i) => (
                            <li key={i.id}>
                              {i.title} <Badge tone="bad">{labels.value(i.status)}</Badge>{' '}
                              <span className="muted">
                                {t('console.member.since', { time: time.dateTime(i.startAt) })}
                              </span>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <p className="muted">{t('console.member.noIncidents')}</p>
                      )}
                      {e.health.maintenance.length ? (
                        <ul className="list" aria-label={t('console.member.maintenance')}>
                          {e.health.maintenance.map((m) => (
                            <li key={m.id}>
                              {m.title} <Badge tone="warn">{labels.value(m.state)}</Badge>
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
