// The notification engine's API shapes (camelCase) and the functions that make them from the use
// cases' rows. Fastify serialises only what a schema names, so a webhook secret leaves only in
// the responses that are meant to show it (created, rotated).
import { type Static } from 'typebox';
import type { DeliveryView, EventView } from '../../app/notifications/deliveryLog.js';
import type { Inbox } from '../../app/notifications/inbox.js';
import type { Preference } from '../../app/notifications/preferences.js';
import type { PushSubscriptionView } from '../../app/notifications/pushSubscriptions.js';
import type { TenantMailView } from '../../app/notifications/sentMail.js';
import type { WebhookEndpointView } from '../../app/notifications/webhooks.js';
import { isSilence } from '../../domain/policies.js';
import type { SentMailTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import {
  PreferencesSchema,
  InboxSchema,
  PushSubscriptionSchema,
  WebhookSchema,
  EventSchema,
  DeliverySchema,
  SentMailSchema,
  TenantMailSchema,
} from '../../shared/contracts/notifications.js';

export const presentPreferences = (preferences: Preference[]): Static<typeof PreferencesSchema> => ({
  preferences,
  note: 'Everything is on unless you switch it off, except email for ordinary Message Center posts (major changes are always emailed). Critical notices, such as major incidents, unplanned maintenance and downtime, reach you whatever you choose.',
});

export const presentInbox = (inbox: Inbox): Static<typeof InboxSchema> => inbox;

export const presentPushSubscription = (s: PushSubscriptionView): Static<typeof PushSubscriptionSchema> => ({
  id: s.id,
  endpoint: s.endpoint,
  userAgent: s.user_agent,
  createdAt: s.created_at,
  lastSuccessAt: s.last_success_at,
});

export const presentWebhook = (w: WebhookEndpointView): Static<typeof WebhookSchema> => ({
  id: w.id,
  tenantId: w.tenant_id,
  url: w.url,
  description: w.description,
  eventTypes: w.event_types,
  format: w.format,
  status: w.status,
  pausedReason: w.paused_reason,
  previousSecretExpiresAt: w.previous_secret_expires_at,
  lastSuccessAt: w.last_success_at,
  lastFailureAt: w.last_failure_at,
  createdAt: w.created_at,
  updatedAt: w.updated_at,
});

export function presentEvent(v: EventView): Static<typeof EventSchema> {
  const d = v.decision;
  return {
    id: v.event.id,
    type: v.event.type,
    subject: { type: v.event.subject_type, id: v.event.subject_id },
    tenantId: v.event.tenant_id,
    occurredAt: v.event.occurred_at,
    title: typeof v.payload.title === 'string' ? v.payload.title : null,
    payload: v.payload,
    scope: v.scope,
    decision: isSilence(d)
      ? {
          rule: d.rule,
          description: d.description,
          audience: 'nobody',
          channels: [],
          optIn: [],
          category: null,
          critical: false,
        }
      : {
          rule: d.rule,
          description: d.description,
          audience: d.audience as Record<string, string>[],
          channels: d.channels,
          optIn: d.optIn,
          category: d.category,
          critical: d.critical,
        },
    deliveries: v.counts,
  };
}

export const presentDelivery = (d: DeliveryView): Static<typeof DeliverySchema> => ({
  id: d.id,
  channel: d.channel,
  recipient: { kind: d.recipient_kind, id: d.recipient_id, label: d.recipientLabel },
  tenantId: d.tenant_id,
  rule: d.rule,
  reason: d.reason,
  status: d.status,
  attempts: d.attempts,
  nextAttemptAt: d.status === 'pending' || d.status === 'failed' ? d.next_attempt_at : null,
  lastError: d.last_error,
  sentAt: d.sent_at,
  readAt: d.read_at,
  createdAt: d.created_at,
  history: d.history,
});

export const presentSentMail = (m: SentMailTable): Static<typeof SentMailSchema> => ({
  id: m.id,
  deliveryId: m.delivery_id,
  messageId: m.message_id,
  from: m.mail_from,
  to: m.mail_to,
  subject: m.subject,
  text: m.text,
  html: m.html,
  headers: fromJson<Record<string, string>>(m.headers, {}),
  createdAt: m.created_at,
});

export const presentTenantMail = (m: TenantMailView): Static<typeof TenantMailSchema> => ({
  id: m.delivery.id,
  eventId: m.delivery.event_id,
  eventType: m.eventType,
  title: m.title,
  to: m.to,
  reason: m.delivery.reason,
  status: m.delivery.status,
  attempts: m.delivery.attempts,
  lastError: m.delivery.last_error,
  sentAt: m.delivery.sent_at,
  createdAt: m.delivery.created_at,
  subject: m.kept?.subject ?? null,
  text: m.kept?.text ?? null,
});

export const presentPushSubscriptions = (items: PushSubscriptionView[]) => ({
  items: items.map(presentPushSubscription),
});
