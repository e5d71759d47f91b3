// The notification engine's API shapes (camelCase) and the functions that make them from the use
// cases' rows. Fastify serialises only what a schema names, so a webhook secret leaves only in
// the responses that are meant to show it (created, rotated).
import { Type, type Static, type TSchema } from 'typebox';
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
  CategorySchema,
  ChannelSchema,
  WebhookEventTypeSchema,
  WebhookFormatSchema,
} from '../routes/notifications/schemas.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Instant = () => Type.String({ format: 'date-time' });

export const PreferencesSchema = Type.Object({
  preferences: Type.Array(
    Type.Object({
      category: CategorySchema,
      channel: ChannelSchema,
      enabled: Nullable(Type.Boolean({ description: 'your choice; null when you made none' })),
      effective: Type.Boolean({ description: 'whether these notices reach you on this channel' }),
      source: Type.Union([Type.Literal('default'), Type.Literal('choice')], { description: 'default: no choice made' }),
      byDefault: Type.Boolean({ description: 'what applies without a choice' }),
    }),
  ),
  note: Type.String(),
});

export const presentPreferences = (preferences: Preference[]): Static<typeof PreferencesSchema> => ({
  preferences,
  note: 'Everything is on unless you switch it off, except email for ordinary Message Center posts (major changes are always emailed). Critical notices, such as major incidents, unplanned maintenance and downtime, reach you whatever you choose.',
});

export const InboxSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      eventId: Type.String(),
      eventType: Type.String(),
      title: Type.String(),
      summary: Type.String(),
      url: Nullable(Type.String()),
      createdAt: Instant(),
      readAt: Nullable(Instant()),
    }),
  ),
  total: Type.Integer(),
  unreadCount: Type.Integer(),
});

export const presentInbox = (inbox: Inbox): Static<typeof InboxSchema> => inbox;

export const PushSubscriptionSchema = Type.Object({
  id: Type.String(),
  endpoint: Type.String(),
  userAgent: Nullable(Type.String()),
  createdAt: Instant(),
  lastSuccessAt: Nullable(Instant()),
});

export const presentPushSubscription = (s: PushSubscriptionView): Static<typeof PushSubscriptionSchema> => ({
  id: s.id,
  endpoint: s.endpoint,
  userAgent: s.user_agent,
  createdAt: s.created_at,
  lastSuccessAt: s.last_success_at,
});

export const WebhookSchema = Type.Object({
  id: Type.String(),
  tenantId: Type.String(),
  url: Type.String(),
  description: Type.String(),
  eventTypes: Type.Array(WebhookEventTypeSchema),
  format: WebhookFormatSchema,
  status: Type.Enum(['active', 'paused'] as const),
  pausedReason: Nullable(Type.String()),
  previousSecretExpiresAt: Nullable(Instant()),
  lastSuccessAt: Nullable(Instant()),
  lastFailureAt: Nullable(Instant()),
  createdAt: Instant(),
  updatedAt: Instant(),
});

export const CreatedWebhookSchema = Type.Object({
  ...WebhookSchema.properties,
  secret: Type.String({ description: 'whsec_…: shown only now; verify signatures with it' }),
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

const CountsSchema = Type.Object({
  pending: Type.Integer(),
  sent: Type.Integer(),
  failed: Type.Integer(),
  dead: Type.Integer(),
  suppressed: Type.Integer(),
});

export const EventSchema = Type.Object({
  id: Type.String(),
  type: Type.String(),
  subject: Type.Object({ type: Type.String(), id: Type.String() }),
  tenantId: Nullable(Type.String()),
  occurredAt: Instant(),
  title: Nullable(Type.String()),
  payload: Type.Record(Type.String(), Type.Unknown()),
  scope: Nullable(Type.Record(Type.String(), Type.Unknown(), { description: 'operators only' })),
  decision: Type.Object({
    rule: Type.String(),
    description: Type.String(),
    audience: Type.Union([Type.Literal('nobody'), Type.Array(Type.Record(Type.String(), Type.String()))]),
    channels: Type.Array(ChannelSchema),
    optIn: Type.Array(ChannelSchema),
    category: Nullable(CategorySchema),
    critical: Type.Boolean(),
  }),
  deliveries: CountsSchema,
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

export const DeliverySchema = Type.Object({
  id: Type.String(),
  channel: Type.String(),
  recipient: Type.Object({
    kind: Type.String(),
    id: Type.String(),
    label: Type.String({ description: 'email address or endpoint URL' }),
  }),
  tenantId: Nullable(Type.String()),
  rule: Type.String({ description: 'the policy rule that chose this recipient' }),
  reason: Type.String({
    description:
      'the role through which they were chosen (org_admin, system_admin, additional_recipient, operator, listed, told_before, subscribed)',
  }),
  status: Type.String(),
  attempts: Type.Integer(),
  nextAttemptAt: Nullable(Instant()),
  lastError: Nullable(Type.String()),
  sentAt: Nullable(Instant()),
  readAt: Nullable(Instant()),
  createdAt: Instant(),
  history: Type.Array(
    Type.Object({
      attempt: Type.Integer(),
      startedAt: Nullable(Instant()),
      finishedAt: Instant(),
      ok: Type.Boolean(),
      error: Nullable(Type.String()),
    }),
    { description: 'the failed tries with their errors, then the successful one' },
  ),
});

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

export const SentMailSchema = Type.Object({
  id: Type.String(),
  deliveryId: Type.String(),
  messageId: Type.String(),
  from: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  text: Type.String(),
  html: Type.String(),
  headers: Type.Record(Type.String(), Type.String()),
  createdAt: Instant(),
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

export const TenantMailSchema = Type.Object({
  id: Type.String({ description: 'the delivery id' }),
  eventId: Type.String(),
  eventType: Type.String(),
  title: Type.String({ description: 'what the mail was about' }),
  to: Type.String(),
  reason: Type.String({ description: 'why this person was told (their role)' }),
  status: Type.Enum(['pending', 'sent', 'failed', 'dead', 'suppressed']),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  sentAt: Type.Union([Instant(), Type.Null()]),
  createdAt: Instant(),
  subject: Type.Union([Type.String(), Type.Null()], {
    description: 'as sent, when Herald kept a copy (no SMTP server)',
  }),
  text: Type.Union([Type.String(), Type.Null()], { description: 'as sent, when Herald kept a copy (no SMTP server)' }),
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

export const PushSubscriptionsSchema = Type.Object({ items: Type.Array(PushSubscriptionSchema) });
export const presentPushSubscriptions = (items: PushSubscriptionView[]) => ({
  items: items.map(presentPushSubscription),
});
