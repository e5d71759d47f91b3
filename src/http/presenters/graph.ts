// Herald's incidents, health overviews and Message Center posts in the shapes of Microsoft Graph's
// admin/serviceAnnouncement resources (serviceHealth, serviceHealthIssue, serviceUpdateMessage,
// serviceAnnouncementAttachment): the same property names and enum values, so Graph clients and
// their typings read Herald unchanged. What Herald knows beyond Graph's properties (severity,
// user experience, workaround, regions, release status) travels in `details`, Graph's own
// key/value extension point. Also: which fields each resource offers to $filter, $orderby and
// $select, and Graph's error body.
import { Type, type Static, type TObject, type TSchema } from 'typebox';
import type { AttachmentInfo, ReaderMessageRecord } from '../../app/messages/records.js';
import type { HealthOverview, IncidentView } from '../../app/serviceHealth/readIncidents.js';
import { CLASSIFICATIONS, INCIDENT_STATUSES, ORIGINS, POST_TYPES } from '../../domain/incidents.js';
import { MESSAGE_CATEGORIES, MESSAGE_SEVERITIES } from '../../domain/messages.js';
import type { FieldTypes } from '../../domain/odata.js';
import { fromJson } from '../../store/values.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const KeyValuePair = Type.Object({ name: Type.String(), value: Type.String() });

// --- serviceHealthIssue ------------------------------------------------------------------

export const GraphIssuePostSchema = Type.Object({
  createdDateTime: DateTime,
  postType: Type.Enum([...POST_TYPES]),
  description: Type.Object({ contentType: Type.Literal('text'), content: Type.String() }),
});

export const GraphIssueSchema = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    impactDescription: Type.String(),
    classification: Type.Enum([...CLASSIFICATIONS]),
    status: Type.Enum([...INCIDENT_STATUSES]),
    service: Type.String({ description: 'the first affected service; all of them are in details "Services"' }),
    feature: Nullable(Type.String()),
    featureGroup: Nullable(Type.String()),
    isResolved: Type.Boolean(),
    origin: Type.Enum([...ORIGINS]),
    startDateTime: DateTime,
    endDateTime: Nullable(DateTime),
    lastModifiedDateTime: DateTime,
    highImpact: Type.Boolean({ description: 'a major incident' }),
    details: Type.Array(KeyValuePair),
    posts: Type.Array(GraphIssuePostSchema),
  },
  { description: 'microsoft.graph.serviceHealthIssue' },
);
export type GraphIssue = Static<typeof GraphIssueSchema>;

const detail = (name: string, value: string | null | undefined) => (value ? [{ name, value }] : []);

/** Graph's shape as it is: a reader with a translation in their language gets its title and posts. */
export function presentGraphIssue(v: IncidentView): GraphIssue {
  const i = v.incident;
  return {
    id: i.id,
    title: v.reading.title ?? i.title,
    impactDescription: i.impact_description,
    classification: i.classification,
    status: i.status,
    service: v.services[0]?.name ?? '',
    feature: i.feature,
    featureGroup: i.feature_group,
    isResolved: i.is_resolved === 1,
    origin: i.origin,
    startDateTime: i.start_at,
    endDateTime: i.end_at,
    lastModifiedDateTime: i.updated_at > i.last_post_at ? i.updated_at : i.last_post_at,
    highImpact: i.severity === 'major',
    details: [
      { name: 'Severity', value: i.severity },
      { name: 'Services', value: v.services.map((s) => s.name).join(', ') },
      { name: 'Regions', value: fromJson<string[]>(i.region_codes, []).join(', ') },
      ...detail('UserExperience', i.user_experience),
      ...detail('Workaround', i.workaround),
    ],
    posts: v.posts.map((p) => ({
      createdDateTime: p.created_at,
      postType: p.post_type,
      description: { contentType: 'text' as const, content: v.reading.posts.get(p.id) ?? p.description },
    })),
  };
}

export const ISSUE_FIELDS: FieldTypes = {
  id: 'string',
  title: 'string',
  impactDescription: 'string',
  classification: 'string',
  status: 'string',
  service: 'string',
  feature: 'string',
  featureGroup: 'string',
  isResolved: 'boolean',
  origin: 'string',
  startDateTime: 'datetime',
  endDateTime: 'datetime',
  lastModifiedDateTime: 'datetime',
  highImpact: 'boolean',
};

// --- serviceHealth (healthOverviews) -----------------------------------------------------

export const GraphHealthSchema = Type.Object(
  {
    id: Type.String({ description: 'the service id' }),
    service: Type.String({ description: 'the service name' }),
    status: Type.Enum(['serviceOperational', ...INCIDENT_STATUSES]),
    issues: Type.Optional(
      Type.Array(GraphIssueSchema, {
        description: 'with $expand=issues: every issue of this service touching your organization',
      }),
    ),
  },
  { description: 'microsoft.graph.serviceHealth' },
);
export type GraphHealth = Static<typeof GraphHealthSchema>;

export const presentGraphHealth = (h: HealthOverview, issues?: GraphIssue[]): GraphHealth => ({
  id: h.serviceId,
  service: h.service,
  status: h.status,
  ...(issues ? { issues } : {}),
});

export const HEALTH_FIELDS: FieldTypes = { id: 'string', service: 'string', status: 'string' };

// --- serviceUpdateMessage ----------------------------------------------------------------

export const GraphMessageSchema = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    body: Type.Object({ contentType: Type.Literal('html'), content: Type.String() }),
    category: Type.Enum([...MESSAGE_CATEGORIES]),
    severity: Type.Enum([...MESSAGE_SEVERITIES]),
    tags: Type.Array(Type.String()),
    isMajorChange: Type.Boolean(),
    actionRequiredByDateTime: Nullable(DateTime),
    services: Type.Array(Type.String(), { description: 'service names' }),
    startDateTime: DateTime,
    endDateTime: Nullable(DateTime),
    lastModifiedDateTime: DateTime,
    details: Type.Array(KeyValuePair),
    hasAttachments: Type.Boolean(),
    attachmentsArchive: Type.Null({ description: 'a stream: GET …/messages/{id}/attachmentsArchive' }),
    viewPoint: Type.Object({ isRead: Type.Boolean(), isArchived: Type.Boolean(), isFavorited: Type.Boolean() }),
  },
  { description: 'microsoft.graph.serviceUpdateMessage' },
);
export type GraphMessage = Static<typeof GraphMessageSchema>;

/** Graph's shape as it is: a reader with a translation in their language gets its title and body. */
export function presentGraphMessage(r: ReaderMessageRecord): GraphMessage {
  const m = r.message;
  return {
    id: m.id,
    title: r.reading.title ?? m.title,
    body: { contentType: 'html', content: r.reading.bodyHtml ?? m.body_html },
    category: m.category as GraphMessage['category'],
    severity: m.severity as GraphMessage['severity'],
    tags: fromJson<string[]>(m.tags, []),
    isMajorChange: m.is_major_change === 1,
    actionRequiredByDateTime: m.action_required_by,
    services: r.services.map((s) => s.name),
    startDateTime: m.starts_at,
    endDateTime: m.ends_at,
    lastModifiedDateTime: m.last_modified_at,
    details: [
      ...fromJson<{ name: string; value: string }[]>(m.details, []),
      ...detail('ReleaseStatus', r.releaseStatus),
    ],
    hasAttachments: r.attachments.length > 0,
    attachmentsArchive: null,
    viewPoint: {
      isRead: r.viewpoint.is_read === 1,
      isArchived: r.viewpoint.is_archived === 1,
      isFavorited: r.viewpoint.is_favorited === 1,
    },
  };
}

export const MESSAGE_FIELDS: FieldTypes = {
  id: 'string',
  title: 'string',
  category: 'string',
  severity: 'string',
  tags: 'strings',
  services: 'strings',
  isMajorChange: 'boolean',
  actionRequiredByDateTime: 'datetime',
  startDateTime: 'datetime',
  endDateTime: 'datetime',
  lastModifiedDateTime: 'datetime',
  hasAttachments: 'boolean',
  'viewPoint/isRead': 'boolean',
  'viewPoint/isArchived': 'boolean',
  'viewPoint/isFavorited': 'boolean',
};

// --- serviceAnnouncementAttachment -------------------------------------------------------

export const GraphAttachmentSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    contentType: Type.String(),
    size: Type.Integer(),
    isInline: Type.Boolean(),
    lastModifiedDateTime: DateTime,
  },
  { description: 'microsoft.graph.serviceAnnouncementAttachment; the bytes are at …/content' },
);
export type GraphAttachment = Static<typeof GraphAttachmentSchema>;

export const presentGraphAttachment = (a: AttachmentInfo): GraphAttachment => ({
  id: a.id,
  name: a.name,
  contentType: a.contentType,
  size: a.size,
  isInline: false,
  lastModifiedDateTime: a.createdAt,
});

export const ATTACHMENT_FIELDS: FieldTypes = {
  id: 'string',
  name: 'string',
  contentType: 'string',
  size: 'number',
  lastModifiedDateTime: 'datetime',
};

/** What $select may name: the resource's own properties. */
export const selectableOf = (schema: { properties: Record<string, unknown> }): string[] =>
  Object.keys(schema.properties);

// --- collections and errors --------------------------------------------------------------

/** A page of a collection: `value` items may be cut down by $select, hence partial. */
export const GraphCollectionSchema = <T extends TObject>(item: T) =>
  Type.Object({
    '@odata.context': Type.String(),
    '@odata.count': Type.Optional(Type.Integer({ description: 'with $count=true: how many match the filter' })),
    '@odata.nextLink': Type.Optional(Type.String({ description: 'the next page; absent on the last one' })),
    value: Type.Array(Type.Partial(item)),
  });

/** One entity, with its @odata.context; partial too, for $select. */
export const GraphEntitySchema = <T extends TObject>(item: T) =>
  Type.Intersect([Type.Object({ '@odata.context': Type.String() }), Type.Partial(item)]);

export const GraphBooleanSchema = Type.Object({ '@odata.context': Type.String(), value: Type.Boolean() });

/** The codes Graph answers with, by HTTP status. */
export const GRAPH_ERROR_CODES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'Conflict',
  413: 'RequestEntityTooLarge',
  415: 'UnsupportedMediaType',
  429: 'TooManyRequests',
  500: 'InternalServerError',
  503: 'ServiceNotAvailable',
};

export const GraphErrorSchema = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    innerError: Type.Object({
      date: Type.String(),
      'request-id': Type.String(),
      'client-request-id': Type.Optional(Type.String()),
    }),
  }),
});
export type GraphErrorBody = Static<typeof GraphErrorSchema>;

export function presentGraphError(
  status: number,
  message: string,
  requestId: string,
  clientRequestId: string | undefined,
  now: Date,
): GraphErrorBody {
  return {
    error: {
      code: GRAPH_ERROR_CODES[status] ?? (status >= 500 ? 'InternalServerError' : 'BadRequest'),
      message,
      innerError: {
        date: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        'request-id': requestId,
        ...(clientRequestId ? { 'client-request-id': clientRequestId } : {}),
      },
    },
  };
}
