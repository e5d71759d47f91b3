// One issue as a tenant admin reads it: what is wrong, what users see, the workaround, its feed
// of updates, and the post-incident report once published. "Follow" asks to be told of every update.
import { IncidentBadges, IncidentFacts, IncidentTimeline } from '../../components/incidents';
import { Loaded, Page } from '../../components/ui';
import { useT } from '../../lib/i18n';
import { useTime } from '../../lib/time';
import type { Incident, IncidentReport } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { FollowButton } from '../incidents/FollowButton';
import { useReadNotices } from '../../components/NotificationBell';
import { TranslationNote } from '../../components/Translations';

export function IssueScreen({ id }: { id: string }) {
  const incident = useApi<Incident>(`/api/incidents/${id}`, ['incident']);
  useReadNotices('incident', incident.data?.id);
  const t = useT();
  return (
    <Loaded state={incident}>
      {(i) => (
        <Page title={i.title} actions={<FollowButton incident={i} onChange={incident.reload} />}>
          <p>
            <IncidentBadges incident={i} />
          </p>
          <TranslationNote post={i} />
          <div className="two-cols">
            <section aria-labelledby="updates-title">
              {i.postIncidentReport?.publishedDateTime ? <PublishedReport id={i.id} /> : null}
              <h2 id="updates-title">{t('console.tenant.issue.updates')}</h2>
              <IncidentTimeline incident={i} />
            </section>
            <aside className="card">
              <IncidentFacts incident={i} />
            </aside>
          </div>
        </Page>
      )}
    </Loaded>
  );
}

function PublishedReport({ id }: { id: string }) {
  const report = useApi<IncidentReport>(`/api/incidents/${id}/report`, ['incident']);
  const time = useTime();
  const t = useT();
  return (
    <Loaded state={report}>
      {(r) => (
        <section className="card" aria-labelledby="report-title">
          <h2 id="report-title">{t('console.tenant.issue.report')}</h2>
          <dl className="facts">
            <dt>{t('console.tenant.issue.summary')}</dt>
            <dd className="pre">{r.summary}</dd>
            <dt>{t('console.tenant.issue.userExperience')}</dt>
            <dd className="pre">{r.userExperience}</dd>
            <dt>{t('console.tenant.issue.start')}</dt>
            <dd>{time.dateTime(r.startDateTime)}</dd>
            <dt>{t('console.tenant.issue.resolution')}</dt>
            <dd>{time.dateTime(r.resolutionDateTime)}</dd>
            <dt>{t('console.tenant.issue.rootCause')}</dt>
            <dd className="pre">{r.rootCause}</dd>
            <dt>{t('console.tenant.issue.nextSteps')}</dt>
            <dd className="pre">{r.nextSteps}</dd>
          </dl>
          <div className="actions">
            <a className="btn" href={`/api/incidents/${id}/report.pdf`}>
              {t('console.tenant.issue.downloadPdf')}
            </a>
            <a className="btn" href={`/api/incidents/${id}/report.html`} target="_blank" rel="noopener">
              {t('console.tenant.issue.openAsPage')}
            </a>
          </div>
        </section>
      )}
    </Loaded>
  );
}
