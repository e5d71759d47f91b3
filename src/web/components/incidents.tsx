// How an incident looks wherever it appears: its status and severity badges, a one-line entry in
// a list, its facts, and its timeline of posts as a picture (a line with a dot per update, red
// when it opened, green when the service was restored).
import type { ReactNode } from 'react';
import { ORIGIN_LABEL, POST_TYPE_LABEL, STATUS_LABEL, statusTone, SYMPTOM_LABEL, valueLabel } from '../lib/labels';
import { Link } from '../lib/router';
import { useTime } from '../lib/time';
import type { Incident, IncidentStatus } from '../lib/types';
import { Badge } from './ui';

export function StatusBadge({ status }: { status: IncidentStatus | 'serviceOperational' }) {
  return <Badge tone={statusTone(status)}>{STATUS_LABEL[status]}</Badge>;
}

export function IncidentBadges({ incident }: { incident: Incident }) {
  return (
    <span className="actions">
      <StatusBadge status={incident.status} />
      <Badge tone={incident.severity === 'major' ? 'bad' : 'neutral'}>{valueLabel(incident.severity)}</Badge>
      <Badge>{valueLabel(incident.classification)}</Badge>
      {incident.shownOnStatusPage ? <Badge tone="info">public</Badge> : null}
    </span>
  );
}

/** One incident in a list: what, how bad, where, and when it last changed. */
export function IncidentItem({ incident, to, extra }: { incident: Incident; to: string; extra?: ReactNode }) {
  const time = useTime();
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
        <span>{incident.services.map((s) => s.name).join(', ')}</span>
        {incident.regions.length ? <span>{incident.regions.join(', ')}</span> : null}
        <span>
          {incident.isResolved
            ? `ended ${time.relative(incident.endDateTime)}`
            : `started ${time.relative(incident.startDateTime)}`}{' '}
          · updated {time.relative(incident.lastModifiedDateTime)}
        </span>
        {extra}
      </div>
    </li>
  );
}

export function IncidentFacts({ incident, children }: { incident: Incident; children?: ReactNode }) {
  const time = useTime();
  return (
    <dl className="facts">
      <dt>Issue ID</dt>
      <dd>{incident.id}</dd>
      <dt>Services</dt>
      <dd>
        {incident.services.map((s) => s.name).join(', ')}
        {incident.feature ? ` · ${incident.feature}` : ''}
      </dd>
      {incident.regions.length ? (
        <>
          <dt>Regions</dt>
          <dd>{incident.regions.join(', ')}</dd>
        </>
      ) : null}
      <dt>Origin</dt>
      <dd>{ORIGIN_LABEL[incident.origin] ?? incident.origin}</dd>
      <dt>Started</dt>
      <dd>{time.dateTime(incident.startDateTime)}</dd>
      <dt>Ended</dt>
      <dd>{incident.endDateTime ? time.dateTime(incident.endDateTime) : 'still going on'}</dd>
      <dt>Impact</dt>
      <dd className="pre">{incident.impactDescription}</dd>
      {incident.userExperience ? (
        <>
          <dt>User experience</dt>
          <dd className="pre">{incident.userExperience}</dd>
        </>
      ) : null}
      {incident.workaround ? (
        <>
          <dt>Workaround</dt>
          <dd className="pre">{incident.workaround}</dd>
        </>
      ) : null}
      {incident.symptoms.length ? (
        <>
          <dt>Symptoms</dt>
          <dd>{incident.symptoms.map((s) => SYMPTOM_LABEL[s] ?? s).join(', ')}</dd>
        </>
      ) : null}
      {children}
    </dl>
  );
}

/** The posts of an incident, newest first, on a line. */
export function IncidentTimeline({ incident }: { incident: Incident }) {
  const time = useTime();
  const posts = [...incident.posts].reverse();
  return (
    <ol className="timeline" aria-label="Timeline of updates, newest first">
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
              <span className="muted">{first ? 'Opened' : POST_TYPE_LABEL[p.postType]}</span>
              {p.notified === false ? <Badge>Posted without notifying</Badge> : null}
            </div>
            <p className="pre">{p.description.content}</p>
          </li>
        );
      })}
    </ol>
  );
}
