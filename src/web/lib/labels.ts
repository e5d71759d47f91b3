// Words for the API's enum values, and the tone (colour) each status is shown in.
import type { Tone } from '../components/ui';
import type { EventType } from '../../shared/notifications';
import type { Category, IncidentStatus, MessageCategory } from './types';

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
