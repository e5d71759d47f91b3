// Service health: incidents and their posts, the health overview, tickets, post-incident reports,
// SLA uptime and claims, branding.
// The schemas are the contract: Fastify validates requests and serialises responses with them,
// /openapi.json documents them, and the console's types are their Static types (src/web/lib/types.ts),
// so a field renamed here fails the console's type check. Depends on TypeBox and src/shared alone.
import { Type, type TSchema, type Static } from 'typebox';
import { MAX_OFFSET } from '../paging.js';
import { CLASSIFICATIONS, INCIDENT_STATUSES, ORIGINS, POST_TYPES, SEVERITIES, SYMPTOMS } from '../incidents.js';
import { TICKET_SEVERITIES, TICKET_STATUSES } from '../tickets.js';

export const IncidentParams = Type.Object({
  id: Type.String({ pattern: '^HR[0-9]{6}$', description: 'an incident id such as HR123456' }),
});
/** A report as HTML or PDF: in `lang` when Herald speaks it, else the reader's language. */
export const ReportDocumentQuery = Type.Object(
  {
    lang: Type.Optional(
      Type.String({
        maxLength: 35,
        description:
          'A language (en, fr, de, es, pt-BR, ja, ar); before the reader’s own, their tenant’s and the provider’s; an unknown one is passed over',
      }),
    ),
  },
  { additionalProperties: false },
);
export const TenantParams = Type.Object({ tenantId: Type.String({ minLength: 1 }) });
export const IdParams = Type.Object({ id: Type.String({ minLength: 1 }) });

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'page size (default 100)' })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET })),
};

export const ListOf = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item), total: Type.Integer() });

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Time = (description: string) => Type.String({ format: 'date-time', description });

export const IncidentStatusSchema = Type.Enum([...INCIDENT_STATUSES]);
export const SeveritySchema = Type.Enum([...SEVERITIES]);

export const PostSchema = Type.Object({
  id: Type.String(),
  createdDateTime: Time('when it was posted (UTC)'),
  postType: Type.Enum([...POST_TYPES], {
    description: 'regular: additional details; quick: a quick update; strategic: a summary',
  }),
  status: IncidentStatusSchema,
  description: Type.Object({ contentType: Type.Literal('text'), content: Type.String() }),
  notified: Type.Boolean({ description: 'false: posted without notifying anyone (a correction)' }),
  translated: Type.Boolean({ description: 'true: the text is in the incident’s `language`; false: the original' }),
});

export const IncidentSchema = Type.Object({
  id: Type.String({ description: '"HR" and six random digits' }),
  title: Type.String(),
  classification: Type.Enum([...CLASSIFICATIONS]),
  status: IncidentStatusSchema,
  severity: SeveritySchema,
  severityReasons: Type.Array(Type.String(), { description: 'why the derived severity is what it is' }),
  severityOverride: Nullable(Type.Object({ severity: SeveritySchema, reason: Type.String() })),
  service: Type.String({ description: 'the first service (Graph has one)' }),
  services: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  feature: Nullable(Type.String()),
  featureGroup: Nullable(Type.String()),
  impactDescription: Type.String(),
  userExperience: Type.String(),
  workaround: Type.String(),
  origin: Type.Enum([...ORIGINS]),
  symptoms: Type.Array(Type.Enum([...SYMPTOMS])),
  significantDegradation: Type.Boolean(),
  upstreamDegraded: Type.Boolean(),
  isPublic: Type.Boolean({ description: 'marked public by an operator' }),
  shownOnStatusPage: Type.Boolean({
    description:
      'on the public status page: scoped to regions only, not raised from maintenance, and major or marked public',
  }),
  startDateTime: Time('when the impact began'),
  endDateTime: Nullable(Time('when the service was restored')),
  lastModifiedDateTime: Time('last change or post'),
  isResolved: Type.Boolean(),
  regions: Type.Array(Type.String()),
  affectedEnvironments: Type.Array(Type.Object({ id: Type.String(), tenantId: Type.String(), region: Type.String() }), {
    description: 'the affected environments you can see',
  }),
  scope: Nullable(
    Type.Object(
      {
        regions: Type.Array(Type.String()),
        tenantIds: Type.Array(Type.String()),
        environmentIds: Type.Array(Type.String()),
        tenantCount: Type.Integer(),
      },
      {
        description: 'operators only: the scope as declared',
      },
    ),
  ),
  maintenanceId: Nullable(Type.String()),
  following: Type.Boolean({ description: 'you are told of every update' }),
  postIncidentReport: Nullable(
    Type.Object({ dueDateTime: Nullable(Type.String()), publishedDateTime: Nullable(Type.String()) }),
  ),
  posts: Type.Array(PostSchema),
  language: Type.String({ description: 'the language of the title (and of each post marked translated)' }),
  originalLanguage: Type.String({ description: 'the language the incident was written in' }),
  translated: Type.Boolean({ description: 'false: the original, as the reader’s language has no translation' }),
});
export type IncidentApi = Static<typeof IncidentSchema>;

export const HealthOverviewSchema = Type.Object({
  id: Type.String({ description: 'the service id' }),
  service: Type.String(),
  status: Type.Enum(['serviceOperational', ...INCIDENT_STATUSES]),
  issueIds: Type.Array(Type.String()),
});

const TicketIncidentSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  status: Type.String(),
  isResolved: Type.Boolean(),
});

export const TicketSchema = Type.Object({
  id: Type.String(),
  tenantId: Type.String(),
  environmentId: Nullable(Type.String()),
  serviceId: Nullable(Type.String()),
  title: Type.String(),
  description: Type.String(),
  reportedBy: Type.String({ description: 'person id' }),
  status: Type.Enum([...TICKET_STATUSES], { description: 'open → inProgress → waitingOnCustomer → resolved → closed' }),
  statusLabel: Type.String({ description: 'the status in words, e.g. "Waiting on customer"' }),
  severity: Type.Enum([...TICKET_SEVERITIES], { description: 'A critical business impact, B moderate, C minimum' }),
  severityLabel: Type.String(),
  contact: Type.Object({
    name: Nullable(Type.String()),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
  }),
  incident: Nullable(TicketIncidentSchema),
  maintenanceId: Nullable(Type.String({ description: 'the maintenance going on when it was filed' })),
  createdDateTime: Type.String(),
  lastModifiedDateTime: Type.String(),
});

export const TicketAttachmentSchema = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  contentType: Type.String({ description: 'what the file’s first bytes say it is' }),
  size: Type.Integer({ description: 'bytes' }),
  uploadedBy: Type.String({ description: 'person id' }),
  createdDateTime: Type.String(),
});

export const TicketDetailSchema = Type.Object({
  ...TicketSchema.properties,
  maintenance: Nullable(Type.Object({ id: Type.String(), title: Type.String() })),
  reporter: Nullable(Type.Object({ id: Type.String(), name: Type.String(), email: Type.String() })),
  replies: Type.Array(
    Type.Object({
      id: Type.String(),
      side: Type.Enum(['tenant', 'operator'], { description: 'who wrote it: the customer or the provider' }),
      authorId: Type.String(),
      authorName: Type.String(),
      body: Type.String(),
      createdDateTime: Type.String(),
    }),
  ),
  attachments: Type.Array(TicketAttachmentSchema),
  moves: Type.Array(Type.Enum([...TICKET_STATUSES]), {
    description: 'the statuses the reader may move the ticket to now',
  }),
});

export const ReportSchema = Type.Object({
  incidentId: Type.String(),
  title: Type.String(),
  state: Type.Enum(['notStarted', 'draft', 'due', 'dueSoon', 'overdue', 'published']),
  dueDateTime: Nullable(Type.String()),
  publishedDateTime: Nullable(Type.String()),
  summary: Nullable(Type.String()),
  userExperience: Nullable(Type.String()),
  startDateTime: Nullable(Type.String()),
  resolutionDateTime: Nullable(Type.String()),
  rootCause: Nullable(Type.String()),
  nextSteps: Nullable(Type.String()),
  lastModifiedDateTime: Nullable(Type.String()),
});

export const ClaimSchema = Type.Object({
  id: Type.String(),
  tenantId: Type.String(),
  serviceId: Type.String(),
  month: Type.String({ description: 'YYYY-MM (UTC)' }),
  uptimePercent: Type.Number(),
  downtimeMinutes: Type.Number(),
  degradedMinutes: Type.Number(),
  incidentIds: Type.Array(Type.String()),
  creditPercent: Type.Number(),
  status: Type.Enum(['pending', 'approved', 'rejected']),
  decisionReason: Nullable(Type.String()),
  claimedBy: Type.String(),
  decidedBy: Nullable(Type.String()),
  decidedDateTime: Nullable(Type.String()),
  createdDateTime: Type.String(),
});

export const UptimeSchema = Type.Object({
  serviceId: Type.String(),
  service: Type.String(),
  month: Type.String(),
  uptimePercent: Type.Number(),
  downtimeMinutes: Type.Number(),
  degradedMinutes: Type.Number(),
  creditPercent: Type.Number({ description: 'the tier the uptime falls in; 0: none' }),
  incidentIds: Type.Array(Type.String()),
  final: Type.Boolean({ description: 'false while the month runs: uptime and credit so far' }),
  claimable: Type.Boolean({ description: 'a credit is owed and the claim window is open' }),
});

const Color = (description: string) =>
  Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: `#rrggbb. ${description}`, examples: ['#24292f'] });
// Checked by the use case: https only for the logo, https or mailto for the support link.
const Url = Type.String({ minLength: 1, maxLength: 2000 });

export const BrandingInput = Type.Object(
  {
    pageName: Type.String({
      minLength: 1,
      maxLength: 80,
      pattern: '\\S',
      description: 'Shown as the page’s title, the badge’s label and in emails',
    }),
    logoUrl: Type.Union([Url, Type.Null()], {
      description: 'An https address of the logo (shown at most 36 px high), or null',
    }),
    primaryColor: Color('Background of white text (page header, badge label): contrast at least 4.5:1 with white'),
    accentColor: Color('Headings and links on the page background: contrast at least 4.5:1 with #f6f7f9 and white'),
    supportUrl: Type.Union([Url, Type.Null()], {
      description: 'An https or mailto address of the provider’s support, or null',
    }),
  },
  { additionalProperties: false },
);
export const BrandingSchema = Type.Object({
  ...BrandingInput.properties,
  updatedAt: Type.Union([Type.String(), Type.Null()], { description: 'null while the defaults are in use' }),
});

export const Items = <T extends Parameters<typeof Type.Array>[0]>(item: T) => Type.Object({ items: Type.Array(item) });

const ScopeSchema = Type.Object(
  {
    regions: Type.Optional(
      Type.Array(Type.String(), { description: 'region codes; alone: every organization in the region' }),
    ),
    tenantIds: Type.Optional(
      Type.Array(Type.String(), {
        description: 'every environment of these tenants running the services (within `regions` if given)',
      }),
    ),
    environmentIds: Type.Optional(Type.Array(Type.String(), { description: 'exactly these environments' })),
  },
  { additionalProperties: false },
);

const editable = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  services: Type.Array(Type.String(), { minItems: 1, description: 'service ids' }),
  feature: Type.Union([Type.String({ maxLength: 200 }), Type.Null()]),
  featureGroup: Type.Union([Type.String({ maxLength: 200 }), Type.Null()]),
  scope: ScopeSchema,
  impactDescription: Type.String({ minLength: 1, maxLength: 4000 }),
  userExperience: Type.String({ maxLength: 4000 }),
  workaround: Type.String({ maxLength: 4000 }),
  startDateTime: Type.String({ description: 'ISO 8601 UTC; when the impact began' }),
  origin: Type.Enum([...ORIGINS]),
  symptoms: Type.Array(Type.Enum([...SYMPTOMS]), {
    description: 'what users see; with several organizations affected, "cannot get in" symptoms make it major',
  }),
  significantDegradation: Type.Boolean({ description: 'makes the incident major' }),
  upstreamDegraded: Type.Boolean({ description: 'the cloud platform underneath is degraded: major' }),
  isPublic: Type.Boolean({
    description:
      'show a minor incident on the public status page (major ones are); only incidents scoped to regions alone are ever public',
  }),
};

export const OpenBody = Type.Object(
  {
    title: editable.title,
    classification: Type.Enum([...CLASSIFICATIONS]),
    services: editable.services,
    feature: Type.Optional(editable.feature),
    featureGroup: Type.Optional(editable.featureGroup),
    scope: ScopeSchema,
    impactDescription: editable.impactDescription,
    userExperience: Type.Optional(editable.userExperience),
    workaround: Type.Optional(editable.workaround),
    startDateTime: Type.Optional(editable.startDateTime),
    origin: Type.Optional(editable.origin),
    status: Type.Optional(
      Type.Enum([...INCIDENT_STATUSES], {
        description: 'investigating (default), serviceDegradation or serviceInterruption',
      }),
    ),
    symptoms: Type.Optional(editable.symptoms),
    significantDegradation: Type.Optional(editable.significantDegradation),
    upstreamDegraded: Type.Optional(editable.upstreamDegraded),
    isPublic: Type.Optional(editable.isPublic),
    description: Type.Optional(
      Type.String({ maxLength: 8000, description: 'the first post; the impact description when absent' }),
    ),
  },
  { additionalProperties: false },
);

export const PatchBody = Type.Partial(Type.Object(editable), { additionalProperties: false, minProperties: 1 });

export const PostBody = Type.Object(
  {
    description: Type.String({ minLength: 1, maxLength: 8000 }),
    postType: Type.Optional(Type.Enum([...POST_TYPES])),
    status: Type.Optional(
      Type.Enum([...INCIDENT_STATUSES], {
        description: 'the status the incident moves to; serviceRestored or falsePositive ends it',
      }),
    ),
    endDateTime: Type.Optional(
      Type.String({ description: 'with an ending status: when the service was back (default now)' }),
    ),
    notify: Type.Optional(
      Type.Boolean({
        description:
          'false: a correction, posted without notifying anyone; the delivery log records its deliveries as suppressed (default true)',
      }),
    ),
  },
  { additionalProperties: false },
);

export const IncidentAudienceSchema = Type.Object({
  rules: Type.Array(Type.String(), { description: 'the policy rules that would tell people' }),
  severity: SeveritySchema,
  environmentCount: Type.Integer(),
  tenantCount: Type.Integer(),
  tenants: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), { description: 'the first 50 by name' }),
  orgAdminCount: Type.Integer(),
  systemAdminCount: Type.Integer(),
  peopleCount: Type.Integer(),
  people: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), email: Type.String(), reason: Type.String() }),
    { description: 'the first 50' },
  ),
  channels: Type.Array(Type.Enum(['email', 'push', 'in_app'])),
});

export const NewIncidentAudienceBody = Type.Object(
  {
    classification: OpenBody.properties.classification,
    services: Type.Array(Type.String(), { description: 'service ids' }),
    scope: ScopeSchema,
    status: OpenBody.properties.status,
    symptoms: Type.Optional(editable.symptoms),
    significantDegradation: Type.Optional(editable.significantDegradation),
    upstreamDegraded: Type.Optional(editable.upstreamDegraded),
  },
  { additionalProperties: false },
);

export const ChangeAudienceBody = Type.Object(
  {
    services: Type.Optional(editable.services),
    scope: Type.Optional(ScopeSchema),
    severity: Type.Optional(
      Type.Union([SeveritySchema, Type.Null()], {
        description: 'an override; null returns to the derived severity',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ReportBody = Type.Object(
  {
    summary: Type.String({ minLength: 1, maxLength: 20000 }),
    userExperience: Type.String({ minLength: 1, maxLength: 20000 }),
    startDateTime: Type.Optional(Type.String({ description: 'default: the incident’s start' })),
    resolutionDateTime: Type.Optional(Type.String({ description: 'default: when the service was restored' })),
    rootCause: Type.String({ minLength: 1, maxLength: 20000 }),
    nextSteps: Type.String({ minLength: 1, maxLength: 20000 }),
  },
  { additionalProperties: false },
);

export const Month = Type.String({ description: 'YYYY-MM (UTC)', examples: ['2026-10'] });

// Translations (operators): an incident's title and its posts' text in another language.
export const IncidentTranslationParams = Type.Object({
  id: IncidentParams.properties.id,
  language: Type.String({ maxLength: 40, description: 'one of the languages Herald speaks, not the original’s' }),
});

const TranslatedPost = Type.Object(
  {
    postId: Type.String({ minLength: 1, maxLength: 100 }),
    description: Type.String({ minLength: 1, maxLength: 8000 }),
  },
  { additionalProperties: false },
);

export const IncidentTranslationBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300 }),
    posts: Type.Array(TranslatedPost, {
      maxItems: 1000,
      description: 'the posts translated; the others are read in the original',
    }),
  },
  { additionalProperties: false },
);

export const IncidentTranslationSchema = Type.Object({
  language: Type.String(),
  title: Type.String(),
  posts: Type.Array(Type.Object({ postId: Type.String(), description: Type.String() })),
  outOfDate: Type.Boolean({ description: 'the title changed, or a post was added, after this was saved' }),
  createdDateTime: Type.String(),
  lastModifiedDateTime: Type.String(),
});

export const IncidentTranslationsSchema = Type.Object({
  originalLanguage: Type.String(),
  items: Type.Array(IncidentTranslationSchema),
});
