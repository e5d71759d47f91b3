// Words for the API's enum values (from the catalogue, one ICU select per list, keys
// console.label.*), and the tone (colour) each status is shown in. Screens call useLabels();
// the value lists to offer in a select come from src/shared.
import { useMemo } from 'react';
import type { Tone } from '../components/ui';
import { EVENT_TYPES, type EventType } from '../../shared/notifications';
import { useT, type MessageKey, type Translate } from './i18n';
import type { Category, IncidentStatus, MessageCategory } from './types';

/** Every value a badge may show in people's words; what is not listed is shown in sentence case. */
const VALUES = new Set([
  'pending',
  'approved',
  'rejected',
  'active',
  'paused',
  'sent',
  'failed',
  'dead',
  'suppressed',
  'email',
  'webhook',
  'push',
  'in_app',
  'draft',
  'published',
  'planned',
  'unplanned',
  'security',
  'weekly',
  'wave',
  'minor',
  'major',
  'incident',
  'advisory',
]);

const sentenceCase = (value: string): string => {
  const words = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const select = (t: Translate, key: MessageKey, value: string) => t(key, { value });

/** The labels in one reader's language. */
export function labelsOf(t: Translate) {
  return {
    /** An incident status, or `serviceOperational` ("Healthy"). */
    status: (s: IncidentStatus | 'serviceOperational') => select(t, 'console.label.status', s),
    /** A notification category (incidents, advisories, planned maintenance, …). */
    category: (c: string) => select(t, 'console.label.category', c),
    messageCategory: (c: string) => select(t, 'console.label.messageCategory', c),
    role: (r: string) => select(t, 'console.label.role', r),
    origin: (o: string) => select(t, 'console.label.origin', o),
    symptom: (s: string) => select(t, 'console.label.symptom', s),
    postType: (p: string) => select(t, 'console.label.postType', p),
    /** A listed event type's words; one the console does not know (yet) as the API spells it. */
    eventType: (type: string) =>
      (EVENT_TYPES as readonly string[]).includes(type as EventType)
        ? select(t, 'console.label.eventType', type.replace('.', '_'))
        : type,
    /** People's words for a status or kind value: `serviceDegradation` → "Service degradation". */
    value: (value: string): string => {
      if (STATUS_VALUES.has(value)) return select(t, 'console.label.status', value);
      if (VALUES.has(value)) return select(t, 'console.label.value', value);
      return sentenceCase(value);
    },
  };
}

export type Labels = ReturnType<typeof labelsOf>;

export function useLabels(): Labels {
  const t = useT();
  return useMemo(() => labelsOf(t), [t]);
}

const STATUS_VALUES = new Set([
  'serviceOperational',
  'investigating',
  'serviceDegradation',
  'serviceInterruption',
  'restoringService',
  'extendedRecovery',
  'verifyingService',
  'serviceRestored',
  'falsePositive',
  'postIncidentReviewPublished',
]);

export function statusTone(status: IncidentStatus | 'serviceOperational'): Tone {
  switch (status) {
    case 'serviceOperational':
    case 'serviceRestored':
    case 'postIncidentReviewPublished':
      return 'ok';
    case 'falsePositive':
      return 'neutral';
    case 'serviceInterruption':
      return 'bad';
    case 'investigating':
    case 'verifyingService':
      return 'info';
    default:
      return 'warn';
  }
}

// ── English-only lists, until every screen reads useLabels(); removed when the last one does. ──

export const STATUS_LABEL: Record<IncidentStatus | 'serviceOperational', string> = {
  serviceOperational: 'Healthy',
  investigating: 'Investigating',
  serviceDegradation: 'Service degradation',
  serviceInterruption: 'Service interruption',
  restoringService: 'Restoring service',
  extendedRecovery: 'Extended recovery',
  verifyingService: 'Verifying service',
  serviceRestored: 'Service restored',
  falsePositive: 'False positive',
  postIncidentReviewPublished: 'Post-incident report published',
};

export const CATEGORY_LABEL: Record<Category, string> = {
  incident: 'Incidents',
  advisory: 'Advisories',
  planned_maintenance: 'Planned maintenance',
  unplanned_maintenance: 'Unplanned maintenance',
  release: 'Updates and releases',
  message_center: 'Message Center',
  lifecycle: 'Getting started (first year)',
};

export const MESSAGE_CATEGORY_LABEL: Record<MessageCategory, string> = {
  preventOrFixIssue: 'Prevent or fix issues',
  planForChange: 'Plan for change',
  stayInformed: 'Stay informed',
};

export const ROLE_LABEL: Record<string, string> = {
  operator: 'Operator',
  org_admin: 'Org admin',
  system_admin: 'System admin',
  additional_recipient: 'Additional recipient',
  member: 'Member',
};

export const ORIGIN_LABEL: Record<string, string> = {
  microsoft: 'Provider',
  thirdParty: 'Third party',
  customer: 'Your organization',
};

export const SYMPTOM_LABEL: Record<string, string> = {
  pageNotFound: 'Page not found (404)',
  cannotSignIn: 'Cannot sign in',
  slowPerformance: 'Slow performance',
  errors: 'Errors',
  unavailable: 'Unavailable',
};

export const POST_TYPE_LABEL: Record<string, string> = {
  regular: 'Additional details',
  quick: 'Quick update',
  strategic: 'Summary',
};

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The events the delivery log lists, in people's words, grouped by what they are about. Keyed by
 * the server's list: an event type added there and not worded here fails the type check.
 */
export const EVENT_TYPE_LABEL: Record<EventType, string> = {
  'incident.opened': 'Incident opened',
  'incident.updated': 'Incident updated',
  'incident.scope_widened': 'Incident reached more people',
  'incident.changed': 'Incident details changed',
  'incident.restored': 'Incident: service restored',
  'incident.pir_published': 'Post-incident report published',
  'incident.stale': 'Incident without an update',
  'incident.pir_due': 'Post-incident report due',
  'maintenance.scheduled': 'Maintenance scheduled',
  'maintenance.updated': 'Maintenance changed',
  'maintenance.cancelled': 'Maintenance cancelled',
  'maintenance.started': 'Maintenance started',
  'maintenance.completed': 'Maintenance completed',
  'maintenance.overran': 'Maintenance overran',
  'maintenance.failed': 'Maintenance failed',
  'maintenance.unplanned': 'Unplanned maintenance',
  'release.region_scheduled': 'Release scheduled in a region',
  'release.wave_enabled': 'Release wave enabled',
  'message.published': 'Message Center post published',
  'message.updated': 'Message Center post updated',
  'message.action_due': 'Message Center action due',
  'message.digest': 'Message Center digest',
  'message.shared': 'Message Center post shared',
  'lifecycle.due': 'Getting-started mail',
  'directory.admins_requested': 'Administrators asked for',
  'webhook.endpoint_paused': 'Webhook paused',
  'sla.claim_decided': 'SLA claim decided',
  'ticket.updated': 'Support ticket updated',
  'ticket.replied': 'Support ticket reply',
  'subscriber.mail': 'Status page subscriber mail',
  'team.page_acknowledged': 'Team page acknowledged',
  'team.page_resolved': 'Team page resolved',
};

/** A listed event type's words; one the console does not know (yet) as the API spells it. */
export const eventTypeLabel = (type: string): string => EVENT_TYPE_LABEL[type as EventType] ?? type;

/**
 * Words for the other status and kind values the console shows in badges (claims, webhooks,
 * subscribers, deliveries, Message Center posts, maintenance and releases, incident severity and
 * classification). Incident statuses use STATUS_LABEL above; a value not listed is shown in
 * sentence case rather than as the API spells it.
 */
export const VALUE_LABEL: Record<string, string> = {
  // SLA claims
  pending: 'Pending',
  approved: 'Approved',
  rejected: 'Rejected',
  // webhooks and subscribers
  active: 'Active',
  paused: 'Paused',
  // deliveries
  sent: 'Sent',
  failed: 'Failed, retrying',
  dead: 'Failed',
  suppressed: 'Not sent (suppressed)',
  // delivery channels
  email: 'Email',
  webhook: 'Webhook',
  push: 'Push notification',
  in_app: 'In the console',
  // Message Center posts
  draft: 'Draft',
  published: 'Published',
  // maintenance and releases
  planned: 'Planned',
  unplanned: 'Unplanned',
  security: 'Security',
  weekly: 'Weekly',
  wave: 'Wave',
  // incidents
  minor: 'Minor',
  major: 'Major',
  incident: 'Incident',
  advisory: 'Advisory',
};

/** People's words for a status or kind value: `serviceDegradation` → "Service degradation". */
export function valueLabel(value: string): string {
  if (value in STATUS_LABEL) return STATUS_LABEL[value as keyof typeof STATUS_LABEL];
  const known = VALUE_LABEL[value];
  if (known) return known;
  const words = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
