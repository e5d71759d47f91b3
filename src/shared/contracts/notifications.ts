// Notifications: preferences, the in-app inbox, push subscriptions, webhooks, the delivery log and
// sent mail. Every request object refuses fields it does not know.
// The schemas are the contract: Fastify validates requests and serialises responses with them,
// /openapi.json documents them, and the console's types are their Static types (src/web/lib/types.ts),
// so a field renamed here fails the console's type check. Depends on TypeBox and src/shared alone.
import { Type, type TSchema } from 'typebox';
import {
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  EVENT_TYPES,
  READABLE_SUBJECTS,
  NOTICE_CATEGORIES,
  PERSON_CHANNELS,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_FORMATS,
} from '../notifications.js';
import { PagingQuery } from './directory.js';

const strict = { additionalProperties: false } as const;

export const CategorySchema = Type.Enum(NOTICE_CATEGORIES, { description: 'what a notice is about' });
export const ChannelSchema = Type.Enum(PERSON_CHANNELS);
export const WebhookEventTypeSchema = Type.Enum(WEBHOOK_EVENT_TYPES);
export const WebhookFormatSchema = Type.Enum(WEBHOOK_FORMATS, {
  description:
    'standard: Standard Webhooks JSON, signed (default); slack: a Slack incoming webhook (Block Kit); teams: a Teams workflow (Adaptive Card)',
});

export const PreferencesBody = Type.Object(
  {
    preferences: Type.Array(
      Type.Object(
        {
          category: CategorySchema,
          channel: ChannelSchema,
          // One type list, not a union: Ajv's type coercion would turn null into false (or false into null) in a union's first branch.
          enabled: Type.Unsafe<boolean | null>({
            type: ['boolean', 'null'],
            description: 'true: on, false: off, null: forget the choice (the rule’s default)',
          }),
        },
        strict,
      ),
      { minItems: 1, maxItems: 100 },
    ),
  },
  strict,
);

export const InboxQuery = Type.Object({ unreadOnly: Type.Optional(Type.Boolean()), ...PagingQuery }, strict);

export const MarkReadBody = Type.Object(
  {
    ids: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 1000 })),
    all: Type.Optional(Type.Boolean({ description: 'mark every notification read' })),
    subject: Type.Optional(
      Type.Object(
        { type: Type.Enum([...READABLE_SUBJECTS]), id: Type.String({ minLength: 1, maxLength: 100 }) },
        { ...strict, description: 'the thing just read: its notifications are read too' },
      ),
    ),
  },
  strict,
);

export const PushSubscriptionBody = Type.Object(
  {
    endpoint: Type.String({ minLength: 1, maxLength: 2000, description: 'PushSubscription.endpoint from the browser' }),
    keys: Type.Object(
      { p256dh: Type.String({ minLength: 1, maxLength: 200 }), auth: Type.String({ minLength: 1, maxLength: 100 }) },
      strict,
    ),
    userAgent: Type.Optional(Type.String({ maxLength: 500 })),
  },
  strict,
);

export const WebhookBody = Type.Object(
  {
    url: Type.String({
      minLength: 1,
      maxLength: 2000,
      description: 'where Herald POSTs; private and internal addresses are refused',
    }),
    description: Type.Optional(Type.String({ maxLength: 500 })),
    eventTypes: Type.Array(WebhookEventTypeSchema, { minItems: 1, maxItems: WEBHOOK_EVENT_TYPES.length }),
    format: Type.Optional(WebhookFormatSchema),
  },
  strict,
);

export const WebhookPatch = Type.Object(
  {
    url: Type.Optional(WebhookBody.properties.url),
    description: Type.Optional(Type.String({ maxLength: 500 })),
    eventTypes: Type.Optional(WebhookBody.properties.eventTypes),
    format: Type.Optional(WebhookFormatSchema),
    status: Type.Optional(
      Type.Enum(['active', 'paused'] as const, { description: 'active resumes a paused endpoint' }),
    ),
  },
  strict,
);

export const RotateBody = Type.Object(
  {
    overlapHours: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 168,
        default: 24,
        description: 'how long the previous secret keeps signing too',
      }),
    ),
  },
  strict,
);

export const WebhookParams = Type.Object(
  { tenantId: Type.String({ maxLength: 100 }), id: Type.String({ maxLength: 100 }) },
  strict,
);

export const EventsQuery = Type.Object(
  {
    type: Type.Optional(Type.Enum(EVENT_TYPES, { description: 'only events of this type' })),
    channel: Type.Optional(
      Type.Enum(DELIVERY_CHANNELS, { description: 'only events with a delivery on this channel (you may see)' }),
    ),
    status: Type.Optional(
      Type.Enum(DELIVERY_STATUSES, {
        description: 'only events with a delivery in this status (on `channel` when given; you may see)',
      }),
    ),
    subjectType: Type.Optional(Type.String({ maxLength: 100 })),
    subjectId: Type.Optional(Type.String({ maxLength: 100 })),
    ...PagingQuery,
  },
  strict,
);

export const DeliveriesQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(DELIVERY_STATUSES)),
    channel: Type.Optional(Type.Enum(DELIVERY_CHANNELS)),
    ...PagingQuery,
  },
  strict,
);

export const SentMailQuery = Type.Object(
  { to: Type.Optional(Type.String({ maxLength: 320 })), ...PagingQuery },
  strict,
);

/** A tenant's sent mail: email only, so no channel; the status and the event type narrow it. */
export const TenantMailQuery = Type.Object(
  {
    to: Type.Optional(Type.String({ maxLength: 320, description: 'an exact address' })),
    status: Type.Optional(Type.Enum(DELIVERY_STATUSES, { description: 'only mail in this status' })),
    type: Type.Optional(Type.Enum(EVENT_TYPES, { description: 'only mail about events of this type' })),
    ...PagingQuery,
  },
  strict,
);

export const TokenParams = Type.Object({ token: Type.String({ maxLength: 500 }) }, strict);

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

export const PushSubscriptionSchema = Type.Object({
  id: Type.String(),
  endpoint: Type.String(),
  userAgent: Nullable(Type.String()),
  createdAt: Instant(),
  lastSuccessAt: Nullable(Instant()),
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

export const TenantMailSchema = Type.Object({
  id: Type.String({ description: 'the delivery id' }),
  eventId: Type.String(),
  eventType: Type.String(),
  title: Type.String({ description: 'what the mail was about' }),
  to: Type.String(),
  reason: Type.String({ description: 'why this person was told (their role)' }),
  status: Type.Enum(DELIVERY_STATUSES),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  sentAt: Type.Union([Instant(), Type.Null()]),
  createdAt: Instant(),
  subject: Type.Union([Type.String(), Type.Null()], {
    description: 'as sent, when Herald kept a copy (no SMTP server)',
  }),
  text: Type.Union([Type.String(), Type.Null()], { description: 'as sent, when Herald kept a copy (no SMTP server)' }),
});

export const PushSubscriptionsSchema = Type.Object({ items: Type.Array(PushSubscriptionSchema) });
