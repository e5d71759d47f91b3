// What can be notified and how: event types, channels, categories, webhook formats and delivery
// states, for the server (policies, planner, delivery log) and the console's forms and filters.

export const EVENT_TYPES = [
  'incident.opened',
  'incident.updated',
  'incident.scope_widened',
  'incident.changed',
  'incident.restored',
  'incident.pir_published',
  'incident.stale',
  'incident.pir_due',
  'maintenance.scheduled',
  'maintenance.updated',
  'maintenance.cancelled',
  'maintenance.started',
  'maintenance.completed',
  'maintenance.overran',
  'maintenance.failed',
  'maintenance.unplanned',
  'release.region_scheduled',
  'release.wave_enabled',
  'message.published',
  'message.updated',
  'message.action_due',
  'message.digest',
  'message.shared',
  'lifecycle.due',
  'directory.admins_requested',
  'webhook.endpoint_paused',
  'sla.claim_decided',
  'ticket.updated',
  'ticket.replied',
  'subscriber.mail',
  'team.page_acknowledged',
  'team.page_resolved',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** Channels a person is reached on; webhooks are reached through endpoint subscriptions instead. */
export const PERSON_CHANNELS = ['email', 'push', 'in_app'] as const;
export type PersonChannel = (typeof PERSON_CHANNELS)[number];

/**
 * What a person can switch on or off per channel. The directory's categories (those additional
 * recipients are added for) plus 'account': notices about one's own tenant and requests, which are
 * all critical.
 */
export const NOTICE_CATEGORIES = [
  'incident',
  'advisory',
  'planned_maintenance',
  'unplanned_maintenance',
  'release',
  'message_center',
  'lifecycle',
  'account',
] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];

/**
 * Event types a tenant's webhook endpoint may subscribe to: what happens to the tenant's
 * services. Endpoints receive them whatever the people rules say (an integrator wants the
 * maintenance that needs no email too). Notices about people and endpoints are not offered.
 */
export const WEBHOOK_EVENT_TYPES = [
  'incident.opened',
  'incident.updated',
  'incident.restored',
  'incident.pir_published',
  'maintenance.scheduled',
  'maintenance.updated',
  'maintenance.cancelled',
  'maintenance.started',
  'maintenance.completed',
  'maintenance.overran',
  'maintenance.failed',
  'maintenance.unplanned',
  'release.region_scheduled',
  'release.wave_enabled',
  'message.published',
  'message.updated',
] as const satisfies readonly EventType[];
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The ways a delivery goes out: to a person by email, push or in the console, or to a webhook endpoint. */
export const DELIVERY_CHANNELS = ['email', 'webhook', 'push', 'in_app'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'dead', 'suppressed'] as const;

/** What a notification points to that a person can open and read (an event's subject type). */
export const READABLE_SUBJECTS = ['incident', 'message', 'maintenance', 'support_ticket'] as const;
export type ReadableSubject = (typeof READABLE_SUBJECTS)[number];

/** What an endpoint receives: Standard Webhooks JSON, a Slack incoming-webhook message, or a Teams workflow card. */
export const WEBHOOK_FORMATS = ['standard', 'slack', 'teams'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];
