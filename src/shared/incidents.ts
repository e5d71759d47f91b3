// Incidents' values and the one rule the console applies before asking (which status moves are
// allowed), shared by the server (src/domain/incidents.ts, severity.ts) and the console.
import { words, type Words } from './i18n/words.js';

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
export function statusMoveProblem(from: IncidentStatus, to: IncidentStatus): Words | null {
  if (to === 'postIncidentReviewPublished') {
    return 'problem.incident.pirStatus';
  }
  if (!isActiveStatus(from)) {
    return from === 'postIncidentReviewPublished'
      ? 'problem.incident.closed'
      : words('problem.incident.ended', { status: from });
  }
  if (to === 'falsePositive' && !FALSE_POSITIVE_FROM.includes(from)) {
    return words('problem.incident.realImpact', { status: from });
  }
  return null;
}

export const SEVERITIES = ['minor', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The policy's examples of what users see. */
export const SYMPTOMS = ['pageNotFound', 'cannotSignIn', 'slowPerformance', 'errors', 'unavailable'] as const;
export type Symptom = (typeof SYMPTOMS)[number];
