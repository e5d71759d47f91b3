// Service health issues (Microsoft Graph `serviceHealthIssue`): which statuses Herald uses, which
// moves between them are allowed, and what each status says about the service's impact (the
// input of the SLA and of the public status page). Pure rules; no I/O.

/** The Graph serviceHealthStatus values an incident or advisory moves through in Herald. */
export const INCIDENT_STATUSES = [
  'investigating',
  'serviceDegradation',
  'serviceInterruption',
  'restoringService',
  'extendedRecovery',
  'verifyingService',
  'serviceRestored',
  'falsePositive',
  'postIncidentReviewPublished',
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const CLASSIFICATIONS = ['incident', 'advisory'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** Graph keeps where the problem came from; "customer" issues are the ones an organization acts on. */
export const ORIGINS = ['microsoft', 'thirdParty', 'customer'] as const;
export type Origin = (typeof ORIGINS)[number];

/** Graph post types: "regular" are additional details, "quick" a quick update, "strategic" a summary. */
export const POST_TYPES = ['regular', 'quick', 'strategic'] as const;
export type PostType = (typeof POST_TYPES)[number];

/** Statuses in which the incident is still going on. */
export const ACTIVE_STATUSES: readonly IncidentStatus[] = [
  'investigating',
  'serviceDegradation',
  'serviceInterruption',
  'restoringService',
  'extendedRecovery',
  'verifyingService',
];

/** An incident may be opened in these: what is known at the start is the symptom, not the fix. */
export const OPENING_STATUSES: readonly IncidentStatus[] = [
  'investigating',
  'serviceDegradation',
  'serviceInterruption',
];

/** The two statuses that end an incident (Graph: isResolved). */
export const ENDING_STATUSES: readonly IncidentStatus[] = ['serviceRestored', 'falsePositive'];

// Once restoration work has begun the impact was real, so it can no longer be a false positive.
const FALSE_POSITIVE_FROM: readonly IncidentStatus[] = ['investigating', 'serviceDegradation', 'serviceInterruption'];

export const isActiveStatus = (s: IncidentStatus): boolean => ACTIVE_STATUSES.includes(s);

/**
 * Why moving from `from` to `to` is not allowed, or null when it is. Staying in the same status is
 * a plain update and always allowed while the incident is active.
 */
export function statusMoveProblem(from: IncidentStatus, to: IncidentStatus): string | null {
  if (to === 'postIncidentReviewPublished') {
    return 'postIncidentReviewPublished is set by publishing the post-incident report, not by a post';
  }
  if (!isActiveStatus(from)) {
    return from === 'postIncidentReviewPublished'
      ? 'the incident is closed and its post-incident report is published; open a new incident instead'
      : `the incident has ended (${from}); open a new incident if the problem is back`;
  }
  if (to === 'falsePositive' && !FALSE_POSITIVE_FROM.includes(from)) {
    return `an incident in ${from} had real impact and cannot become a falsePositive; post serviceRestored instead`;
  }
  return null;
}

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
