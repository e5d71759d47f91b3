// What the notification routes accept. Every object refuses fields it does not know, so a typo is
// a 400 naming it rather than silently ignored.
import { Type } from 'typebox';
import { DELIVERY_STATUSES } from '../../../app/notifications/deliveryLog.js';
import { READABLE_SUBJECTS } from '../../../app/notifications/inbox.js';
import { NOTICE_CATEGORIES, PERSON_CHANNELS, WEBHOOK_EVENT_TYPES } from '../../../domain/policies.js';
import { WEBHOOK_FORMATS } from '../../../store/tables/notifications.js';
import { PagingQuery } from '../directory/schemas.js';

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
    type: Type.Optional(Type.String({ maxLength: 100 })),
    subjectType: Type.Optional(Type.String({ maxLength: 100 })),
    subjectId: Type.Optional(Type.String({ maxLength: 100 })),
    ...PagingQuery,
  },
  strict,
);

export const DeliveriesQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(DELIVERY_STATUSES)),
    channel: Type.Optional(Type.Enum(['email', 'webhook', 'push', 'in_app'] as const)),
    ...PagingQuery,
  },
  strict,
);

export const SentMailQuery = Type.Object(
  { to: Type.Optional(Type.String({ maxLength: 320 })), ...PagingQuery },
  strict,
);

export const TokenParams = Type.Object({ token: Type.String({ maxLength: 500 }) }, strict);
