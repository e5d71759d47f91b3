// Service health issues (Microsoft Graph `serviceHealthIssue`): which statuses Herald uses, which
// moves between them are allowed, and what each status says about the service's impact (the
// input of the SLA and of the public status page). Pure rules; no I/O.

// Defined in src/shared, which the console imports too; re-exported here for the server.
export {
  INCIDENT_STATUSES,
  type IncidentStatus,
  CLASSIFICATIONS,
  type Classification,
  ORIGINS,
  type Origin,
  POST_TYPES,
  type PostType,
  ACTIVE_STATUSES,
  OPENING_STATUSES,
  ENDING_STATUSES,
  isActiveStatus,
  statusMoveProblem,
} from '../shared/incidents.js';
import type { IncidentStatus } from '../shared/incidents.js';

/** What a status says about the service while it lasts; "unchanged" keeps the impact known before. */
export type StatusImpact = 'downtime' | 'degraded' | 'unchanged' | 'none';

export function impactOfStatus(status: IncidentStatus): StatusImpact {
  switch (status) {
    case 'serviceInterruption':
      return 'downtime';
    case 'serviceDegradation':
      return 'degraded';
    case 'investigating':
    case 'restoringService':
    case 'extendedRecovery':
    case 'verifyingService':
      return 'unchanged';
    default:
      return 'none';
  }
}

/** The impact the timeline says holds after its last post: null before any impact is known, and once it ended. */
export function impactNow(posts: readonly { status: IncidentStatus }[]): 'downtime' | 'degraded' | null {
  let current: 'downtime' | 'degraded' | null = null;
  for (const p of posts) {
    const impact = impactOfStatus(p.status);
    if (impact === 'none') current = null;
    else if (impact !== 'unchanged') current = impact;
  }
  return current;
}

export interface ImpactInterval {
  start: number;
  end: number;
  impact: 'downtime' | 'degraded';
}

/**
 * The periods of downtime and degradation of one incident, from its timeline. The first post's
 * status holds from the incident's start (an operator may open it after the fact); each later post
 * changes the impact from its own time; the end (or `now` while active) closes the last period.
 * A false positive had no impact at all.
 */
export function impactIntervals(
  incident: { startAt: string; endAt: string | null; status: IncidentStatus },
  posts: readonly { at: string; status: IncidentStatus }[],
  now: Date,
): ImpactInterval[] {
  if (incident.status === 'falsePositive') return [];
  const end = incident.endAt ? Date.parse(incident.endAt) : now.getTime();
  const start = Date.parse(incident.startAt);
  const ordered = [...posts].sort((a, b) => a.at.localeCompare(b.at));
  const out: ImpactInterval[] = [];
  let current: 'downtime' | 'degraded' | null = null;
  let since = start;
  ordered.forEach((post, i) => {
    const at = i === 0 ? start : Math.max(start, Date.parse(post.at));
    const impact = impactOfStatus(post.status);
    const next = impact === 'unchanged' ? current : impact === 'none' ? null : impact;
    if (next === current) return;
    if (current && at > since) out.push({ start: since, end: Math.min(at, end), impact: current });
    current = next;
    since = at;
  });
  if (current && end > since) out.push({ start: since, end, impact: current });
  return out.filter((r) => r.end > r.start);
}

/** "HR" and six random digits: short enough to read out on a call, not guessable in sequence. */
export function formatIncidentId(sixDigits: number): string {
  if (!Number.isInteger(sixDigits) || sixDigits < 100000 || sixDigits > 999999)
    throw new RangeError('An incident number has six digits');
  return `HR${sixDigits}`;
}
