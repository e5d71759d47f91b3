// The Message Center's API shapes. Field names follow Graph's serviceUpdateMessage, so a Graph
// client's vocabulary works here too.
// The schemas are the contract: Fastify validates requests and serialises responses with them,
// /openapi.json documents them, and the console's types are their Static types (src/web/lib/types.ts),
// so a field renamed here fails the console's type check. Depends on TypeBox and src/shared alone.
import { Type } from 'typebox';
import {
  MESSAGE_CATEGORIES,
  MESSAGE_SEVERITIES,
  MESSAGE_TAGS,
  RELEASE_STATUSES,
  MESSAGE_STATES,
  FEEDBACK_VALUES,
  MAX_ATTACHMENTS,
} from '../messages.js';
import { MAX_OFFSET } from '../paging.js';

const DateTime = (description: string) => Type.String({ format: 'date-time', description });
const NullableDateTime = (description: string) => Type.Union([DateTime(description), Type.Null()]);
const Ids = (description: string) =>
  Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 10_000, description });

export const Category = Type.Enum([...MESSAGE_CATEGORIES]);
export const Severity = Type.Enum([...MESSAGE_SEVERITIES]);
export const Tag = Type.Enum([...MESSAGE_TAGS]);
export const ReleaseStatusSchema = Type.Union([Type.Enum([...RELEASE_STATUSES]), Type.Null()], {
  description: 'For posts tied to a release, where it stands for this tenant',
});
export const FeedbackSchema = Type.Union([Type.Enum([...FEEDBACK_VALUES]), Type.Null()]);

export const AudienceSchema = Type.Object(
  {
    allTenants: Type.Optional(Type.Boolean()),
    tenantIds: Type.Optional(Ids('these tenants')),
    environmentIds: Type.Optional(Ids('the tenants of these environments')),
    regionCodes: Type.Optional(
      Type.Array(Type.String(), {
        maxItems: 50,
        description: 'narrows to tenants with an environment in one of these regions',
      }),
    ),
    serviceIds: Type.Optional(
      Type.Array(Type.String(), {
        maxItems: 100,
        description: 'narrows to tenants with an environment using one of these services',
      }),
    ),
  },
  {
    additionalProperties: false,
    description:
      'Who sees the post: allTenants, tenantIds and environmentIds add up; regionCodes and serviceIds narrow.',
  },
);

export const DetailSchema = Type.Object(
  { name: Type.String({ maxLength: 200 }), value: Type.String({ maxLength: 2000 }) },
  { additionalProperties: false },
);

export const AttachmentInputSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    contentType: Type.String({ minLength: 3, maxLength: 200 }),
    contentBase64: Type.String({ description: 'the file, base64; at most 1 MiB' }),
  },
  { additionalProperties: false },
);

const messageFields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  body: Type.String({ minLength: 1, maxLength: 100_000, description: 'Markdown; served as safe HTML' }),
  category: Category,
  severity: Severity,
  tags: Type.Array(Tag, { maxItems: MESSAGE_TAGS.length }),
  isMajorChange: Type.Boolean(),
  actionRequiredByDateTime: NullableDateTime('act by; a major change needs it 30 days or more after publishing'),
  services: Type.Array(Type.String(), { maxItems: 100, description: 'service ids' }),
  startDateTime: DateTime('when the change starts'),
  endDateTime: NullableDateTime('when it ends; the post expires some time after'),
  audience: AudienceSchema,
  details: Type.Array(DetailSchema, { maxItems: 20 }),
  releaseId: Type.Union([Type.String({ maxLength: 100 }), Type.Null()]),
};

// No schema format here: the use case says in plain words what is wrong with the time.
const PublishAt = Type.Union(
  [
    Type.String({
      maxLength: 40,
      description: 'publish the draft by itself at this time (ISO 8601, after now); null: only by hand',
    }),
    Type.Null(),
  ],
  { description: 'a draft with a publishAt is scheduled: no tenant sees it and nobody is told until then' },
);

export const CreateMessageBody = Type.Object(
  {
    title: messageFields.title,
    body: messageFields.body,
    category: messageFields.category,
    severity: Type.Optional(messageFields.severity),
    tags: Type.Optional(messageFields.tags),
    isMajorChange: Type.Optional(messageFields.isMajorChange),
    actionRequiredByDateTime: Type.Optional(messageFields.actionRequiredByDateTime),
    services: Type.Optional(messageFields.services),
    startDateTime: messageFields.startDateTime,
    endDateTime: Type.Optional(messageFields.endDateTime),
    audience: messageFields.audience,
    details: Type.Optional(messageFields.details),
    releaseId: Type.Optional(messageFields.releaseId),
    attachments: Type.Optional(Type.Array(AttachmentInputSchema, { maxItems: MAX_ATTACHMENTS })),
    publishAt: Type.Optional(PublishAt),
  },
  { additionalProperties: false },
);

export const UpdateMessageBody = Type.Object(
  {
    ...(Object.fromEntries(Object.entries(messageFields).map(([k, v]) => [k, Type.Optional(v)])) as {
      [K in keyof typeof messageFields]: ReturnType<typeof Type.Optional<(typeof messageFields)[K]>>;
    }),
    publishAt: Type.Optional(PublishAt),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const AttachmentSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  lastModifiedDateTime: Type.String(),
});

const BodySchema = Type.Object({ contentType: Type.Literal('html'), content: Type.String() });

const commonMessage = {
  id: Type.String({ description: 'MC and seven digits' }),
  title: Type.String(),
  body: BodySchema,
  category: Category,
  severity: Severity,
  tags: Type.Array(Type.String()),
  isMajorChange: Type.Boolean(),
  actionRequiredByDateTime: Type.Union([Type.String(), Type.Null()]),
  services: Type.Array(Type.String(), { description: 'service names' }),
  serviceIds: Type.Array(Type.String()),
  startDateTime: Type.String(),
  endDateTime: Type.Union([Type.String(), Type.Null()]),
  lastModifiedDateTime: Type.String(),
  details: Type.Array(DetailSchema),
  hasAttachments: Type.Boolean(),
  attachments: Type.Array(AttachmentSchema),
};

export const ViewPointSchema = Type.Object({
  isRead: Type.Boolean(),
  isArchived: Type.Boolean(),
  isFavorited: Type.Boolean(),
  feedback: FeedbackSchema,
});

/** Which language a reader's copy is in: a translation into theirs when there is one, else the original. */
export const ReadingFields = {
  language: Type.String({ description: 'the language of title and body as sent (en, fr, de, es, pt-BR, ja, ar)' }),
  originalLanguage: Type.String({ description: 'the language the post was written in' }),
  translated: Type.Boolean({ description: 'false: the original, as the reader’s language has no translation' }),
};

export const MessageSchema = Type.Object({
  ...commonMessage,
  ...ReadingFields,
  releaseStatus: ReleaseStatusSchema,
  isExpired: Type.Boolean({ description: 'past its end by more than the expiry period: no longer listed' }),
  viewPoint: ViewPointSchema,
});

export const OperatorMessageSchema = Type.Object({
  ...commonMessage,
  key: Type.Union([Type.String(), Type.Null()]),
  status: Type.Enum(['draft', 'published']),
  bodyMarkdown: Type.String(),
  audience: AudienceSchema,
  releaseId: Type.Union([Type.String(), Type.Null()]),
  revision: Type.Integer(),
  createdDateTime: Type.String(),
  publishedDateTime: Type.Union([Type.String(), Type.Null()]),
  publishAt: Type.Union([Type.String(), Type.Null()], { description: 'set on a scheduled draft: when it publishes' }),
  tenantCount: Type.Integer(),
  readCount: Type.Integer(),
  feedback: Type.Object({ relevant: Type.Integer(), notRelevant: Type.Integer() }),
});

const paging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 })),
};

export const MyMessagesQuery = Type.Object(
  {
    tenantId: Type.Optional(Type.String({ description: 'needed only when you read several organizations' })),
    service: Type.Optional(Type.Array(Type.String(), { description: 'service ids; any of them' })),
    tag: Type.Optional(Type.Array(Tag, { description: 'any of these tags' })),
    category: Type.Optional(Type.Array(Category)),
    state: Type.Optional(
      Type.Array(Type.Enum([...MESSAGE_STATES]), {
        description: 'all of these; archived posts are listed only with state=archived',
      }),
    ),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'words to find in the title or body' })),
    ...paging,
  },
  { additionalProperties: false },
);

export const MessagesQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(['draft', 'published'])),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    ...paging,
  },
  { additionalProperties: false },
);

export const MessageIdsBody = Type.Object(
  { messageIds: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { minItems: 1, maxItems: 1000 }) },
  { additionalProperties: false },
);

export const ShareBody = Type.Object(
  {
    to: Type.Array(Type.String({ maxLength: 320 }), {
      minItems: 1,
      maxItems: 20,
      description: 'email addresses of people in your organization',
    }),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

export const FeedbackBody = Type.Object({ feedback: FeedbackSchema }, { additionalProperties: false });

export const ReleaseStatusBody = Type.Object(
  {
    status: ReleaseStatusSchema,
    tenantIds: Type.Optional(
      Type.Array(Type.String(), { minItems: 1, description: 'default: every tenant in the audience' }),
    ),
  },
  { additionalProperties: false },
);

export const PrivacyReaderSchema = Type.Object({
  personId: Type.String(),
  email: Type.String(),
  name: Type.String(),
  grantedBy: Type.String(),
  grantedAt: Type.String(),
});

export const MessageIdParams = Type.Object({ id: Type.String({ maxLength: 40 }) });
export const AttachmentParams = Type.Object({
  id: Type.String({ maxLength: 40 }),
  attachmentId: Type.String({ maxLength: 40 }),
});
export const TenantParams = Type.Object({ tenantId: Type.String({ maxLength: 40 }) });
export const TenantPersonParams = Type.Object({
  tenantId: Type.String({ maxLength: 40 }),
  personId: Type.String({ maxLength: 40 }),
});

const PersonChannelSchema = Type.Enum(['email', 'push', 'in_app']);
export const AudiencePreviewSchema = Type.Object({
  tenantCount: Type.Integer(),
  tenants: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), { description: 'the first 50 by name' }),
  peopleCount: Type.Integer(),
  people: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), email: Type.String(), reason: Type.String() }),
    { description: 'the first 50 chosen' },
  ),
  channels: Type.Array(PersonChannelSchema),
  optIn: Type.Array(PersonChannelSchema, { description: 'channels used only for people who asked for them' }),
});

// Translations (operators): a post's title and body in another language, one per language.
export const TranslationParams = Type.Object({
  id: Type.String({ maxLength: 40 }),
  language: Type.String({ maxLength: 40, description: 'one of the languages Herald speaks, not the original’s' }),
});

export const MessageTranslationBody = Type.Object(
  {
    title: messageFields.title,
    body: messageFields.body,
  },
  { additionalProperties: false },
);

export const MessageTranslationSchema = Type.Object({
  language: Type.String(),
  title: Type.String(),
  bodyMarkdown: Type.String(),
  body: BodySchema,
  outOfDate: Type.Boolean({ description: 'the original’s title or body changed after this was saved' }),
  createdDateTime: Type.String(),
  lastModifiedDateTime: Type.String(),
});

export const MessageTranslationsSchema = Type.Object({
  originalLanguage: Type.String(),
  items: Type.Array(MessageTranslationSchema),
});
