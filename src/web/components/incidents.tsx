// How an incident looks wherever it appears: its status and severity badges, a one-line entry in
// a list, its facts, and its timeline of posts as a picture (a line with a dot per update, red
// when it opened, green when the service was restored).
import type { ReactNode } from 'react';
import { useT } from '../lib/i18n';
import { statusTone, useLabels } from '../lib/labels';
import { Link } from '../lib/router';
import { useTime } from '../lib/time';
import type { Incident, IncidentStatus } from '../lib/types';
import { Badge } from './ui';

export function StatusBadge({ status }: { status: IncidentStatus | 'serviceOperational' }) {
  const labels = useLabels();
  return <Badge tone={statusTone(status)}>{labels.status(status)}</Badge>;
}

export function IncidentBadges({ incident }: { incident: Incident }) {
  const labels = useLabels();
  const t = useT();
  return (
    <span className="actions">
      <StatusBadge status={incident.status} />
      <Badge tone={incident.severity === 'major' ? 'bad' : 'neutral'}>{labels.value(incident.severity)}</Badge>
      <Badge>{labels.value(incident.classification)}</Badge>
      {incident.shownOnStatusPage ? <Badge tone="info">{t('console.shell.incident.public')}</Badge> : null}
    </span>
  );
}

/** One incident in a list: what, how bad, where, and when it last changed. */
export function IncidentItem({ incident, to, extra }: { incident: Incident; to: string; extra?: ReactNode }) {
  const time = useTime();
  const t = useT();
  return (
    <li>
      <div className="actions">
        <Link to={to} className="item-title">
          {incident.title}
        </Link>
        <IncidentBadges incident={incident} />
      </div>
      <div className="meta">
        <span>{incident.id}</span>
        <span>{t.list(incident.services.map((s) => s.name))}</span>
        {incident.regions.length ? <span>{t.list(incident.regions)}</span> : null}
        <span>
          {incident.isResolved
            ? t('console.shell.incident.endedUpdated', {
                ended: time.relative(incident.endDateTime),
                updated: time.relative(incident.lastModifiedDateTime),
              })
            : t('console.shell.incident.startedUpdated', {
                started: time.relative(incident.startDateTime),
                updated: time.relative(incident.lastModifiedDateTime),
              })}
        </span>
        {extra}
      </div>
    </li>
  );
}

export function IncidentFacts({ incident, children }: { incident: Incident; children?: ReactNode }) {
  const time = useTime();
  const t = useT();
  const labels = useLabels();
  const services = t.list(incident.services.map((s) => s.name));
  return (
    <dl className="facts">
      <dt>{t('console.shell.incident.fact', { fact: 'issueId' })}</dt>
      <dd>{incident.id}</dd>
      <dt>{t('console.shell.incident.fact', { fact: 'services' })}</dt>
      <dd>
        {incident.feature
          ? t('console.shell.incident.servicesFeature', { services, feature: incident.feature })
          : services}
      </dd>
      {incident.regions.length ? (
        <>
          <dt>{t('console.shell.incident.fact', { fact: 'regions' })}</dt>
          <dd>{t.list(incident.regions)}</dd>
        </>
      ) : null}
      <dt>{t('console.shell.incident.fact', { fact: 'origin' })}</dt>
      <dd>{labels.origin(incident.origin)}</dd>
      <dt>{t('console.shell.incident.fact', { fact: 'started' })}</dt>
      <dd>{time.dateTime(incident.startDateTime)}</dd>
      <dt>{t('console.shell.incident.fact', { fact: 'ended' })}</dt>
      <dd>{incident.endDateTime ? time.dateTime(incident.endDateTime) : t('console.shell.incident.stillGoingOn')}</dd>
      <dt>{t('console.shell.incident.fact', { fact: 'impact' })}</dt>
      <dd className="pre">{incident.impactDescription}</dd>
      {incident.userExperience ? (
        <>
          <dt>{t('console.shell.incident.fact', { fact: 'userExperience' })}</dt>
          <dd className="pre">{incident.userExperience}</dd>
        </>
      ) : null}
      {incident.workaround ? (
        <>
          <dt>{t('console.shell.incident.fact', { fact: 'workaround' })}</dt>
          <dd className="pre">{incident.workaround}</dd>
        </>
      ) : null}
      {incident.symptoms.length ? (
        <>
          <dt>{t('console.shell.incident.fact', { fact: 'symptoms' })}</dt>
          <dd>{t.list(incident.symptoms.map((s) => labels.symptom(s)))}</dd>
        </>
      ) : null}
      {children}
    </dl>
  );
}

/** The posts of an incident, newest first, on a line. */
export function IncidentTimeline({ incident }: { incident: Incident }) {
  const time = useTime();
  const t = useT();
  const labels = useLabels();
  const posts = [...incident.posts].reverse();
  return (
    <ol className="timeline" aria-label={t('console.shell.incident.timeline')}>
      {posts.map((p, i) => {
        const first = i === posts.length - 1;
        const kind =
          p.status === 'serviceRestored' || p.status === 'postIncidentReviewPublished'
            ? 'restored'
            : first
              ? 'opened'
              : '';
        return (
          <li key={p.id} className={kind}>
            <div className="actions">
              <strong>{time.dateTime(p.createdDateTime)}</strong>
              <StatusBadge status={p.status} />
              <span className="muted">{first ? t('console.shell.incident.opened') : labels.postType(p.postType)}</span>
              {p.notified === false ? <Badge>{t('console.shell.incident.postedSilently')}</Badge> : null}
            </div>
            <p className="pre">{p.description.content}</p>
          </li>
        );
      })}
    </ol>
  );
}
