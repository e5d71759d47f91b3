// Service health rows into API shapes. Incidents keep the names of Microsoft Graph's
// serviceHealthIssue (id, title, classification, status, service, feature, impactDescription,
// isResolved, origin, startDateTime, endDateTime, lastModifiedDateTime, posts with postType and
// an itemBody description) and add Herald's own: severity and why, scope, user experience,
// workaround, following, and the post-incident report.
import { Type, type Static } from 'typebox';
import type { HealthOverview, IncidentView } from '../../app/serviceHealth/readIncidents.js';
import type { ReportView } from '../../app/serviceHealth/reports.js';
import type { ServiceUptime, TenantUptime } from '../../app/serviceHealth/sla.js';
import type { TicketAttachmentInfo, TicketDetail, TicketView } from '../../app/serviceHealth/tickets.js';
import { isPublicIncident } from '../../app/serviceHealth/scope.js';
import { CLASSIFICATIONS, INCIDENT_STATUSES, ORIGINS, POST_TYPES } from '../../domain/incidents.js';
import { SEVERITIES, SYMPTOMS, type Symptom } from '../../domain/severity.js';
import {
  TICKET_SEVERITIES,
  TICKET_SEVERITY_LABELS,
  TICKET_STATUS_LABELS,
  TICKET_STATUSES,
} from '../../domain/tickets.js';
import type { IncidentReportTable, SlaClaimTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';

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
});
export type IncidentApi = Static<typeof IncidentSchema>;

export function presentIncident(v: IncidentView, asOperator: boolean): IncidentApi {
  const i = v.incident;
  return {
    id: i.id,
    title: i.title,
    classification: i.classification,
    status: i.status,
    severity: i.severity,
    severityReasons: fromJson<string[]>(i.severity_reasons, []),
    severityOverride: i.severity_override
      ? { severity: i.severity_override, reason: i.severity_override_reason ?? '' }
      : null,
    service: v.services[0]?.name ?? '',
    services: v.services,
    feature: i.feature,
    featureGroup: i.feature_group,
    impactDescription: i.impact_description,
    userExperience: i.user_experience,
    workaround: i.workaround,
    origin: i.origin,
    symptoms: fromJson<Symptom[]>(i.symptoms, []),
    significantDegradation: i.significant_degradation === 1,
    upstreamDegraded: i.upstream_degraded === 1,
    isPublic: i.is_public === 1,
    shownOnStatusPage: isPublicIncident(i),
    startDateTime: i.start_at,
    endDateTime: i.end_at,
    lastModifiedDateTime: i.updated_at > i.last_post_at ? i.updated_at : i.last_post_at,
    isResolved: i.is_resolved === 1,
    regions: fromJson<string[]>(i.region_codes, []),
    affectedEnvironments: v.environments.map((e) => ({
      id: e.environment_id,
      tenantId: e.tenant_id,
      region: e.region_code,
    })),
    scope: asOperator
      ? { ...fromJson(i.scope, { regions: [], tenantIds: [], environmentIds: [] }), tenantCount: i.tenant_count }
      : null,
    maintenanceId: asOperator ? i.maintenance_id : null,
    following: v.following,
    postIncidentReport:
      i.pir_due_at || v.report
        ? { dueDateTime: asOperator ? i.pir_due_at : null, publishedDateTime: v.report?.publishedAt ?? null }
        : null,
    posts: v.posts.map((p) => ({
      id: p.id,
      createdDateTime: p.created_at,
      postType: p.post_type,
      status: p.status,
      description: { contentType: 'text' as const, content: p.description },
      notified: p.notified === 1,
    })),
  };
}

export const HealthOverviewSchema = Type.Object({
  id: Type.String({ description: 'the service id' }),
  service: Type.String(),
  status: Type.Enum(['serviceOperational', ...INCIDENT_STATUSES]),
  issueIds: Type.Array(Type.String()),
});

export const presentHealthOverview = (h: HealthOverview): Static<typeof HealthOverviewSchema> => ({
  id: h.serviceId,
  service: h.service,
  status: h.status,
  issueIds: h.issueIds,
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

export const presentTicket = (v: TicketView): Static<typeof TicketSchema> => ({
  id: v.ticket.id,
  tenantId: v.ticket.tenant_id,
  environmentId: v.ticket.environment_id,
  serviceId: v.ticket.service_id,
  title: v.ticket.title,
  description: v.ticket.description,
  reportedBy: v.ticket.reported_by,
  status: v.ticket.status,
  statusLabel: TICKET_STATUS_LABELS[v.ticket.status],
  severity: v.ticket.severity,
  severityLabel: TICKET_SEVERITY_LABELS[v.ticket.severity],
  contact: { name: v.ticket.contact_name, email: v.ticket.contact_email, phone: v.ticket.contact_phone },
  incident: v.incident,
  maintenanceId: v.ticket.maintenance_id,
  createdDateTime: v.ticket.created_at,
  lastModifiedDateTime: v.ticket.updated_at,
});

export const TicketAttachmentSchema = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  contentType: Type.String({ description: 'what the file’s first bytes say it is' }),
  size: Type.Integer({ description: 'bytes' }),
  uploadedBy: Type.String({ description: 'person id' }),
  createdDateTime: Type.String(),
});

export const presentTicketAttachment = (a: TicketAttachmentInfo): Static<typeof TicketAttachmentSchema> => ({
  id: a.id,
  fileName: a.file_name,
  contentType: a.content_type,
  size: a.size,
  uploadedBy: a.uploaded_by,
  createdDateTime: a.created_at,
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

export const presentTicketDetail = (d: TicketDetail): Static<typeof TicketDetailSchema> => ({
  ...presentTicket(d),
  maintenance: d.maintenance,
  reporter: d.reporter,
  replies: d.replies.map((r) => ({
    id: r.id,
    side: r.side,
    authorId: r.author_id,
    authorName: r.authorName,
    body: r.body,
    createdDateTime: r.created_at,
  })),
  attachments: d.attachments.map(presentTicketAttachment),
  moves: d.moves,
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

export function presentReport(v: ReportView, asOperator: boolean): Static<typeof ReportSchema> {
  const r: IncidentReportTable | null = v.report;
  return {
    incidentId: v.incident.id,
    title: v.incident.title,
    state: v.state,
    dueDateTime: asOperator ? v.dueAt : null,
    publishedDateTime: r?.published_at ?? null,
    summary: r?.summary ?? null,
    userExperience: r?.user_experience ?? null,
    startDateTime: r?.start_at ?? null,
    resolutionDateTime: r?.resolution_at ?? null,
    rootCause: r?.root_cause ?? null,
    nextSteps: r?.next_steps ?? null,
    lastModifiedDateTime: r?.updated_at ?? null,
  };
}

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

export const presentClaim = (c: SlaClaimTable): Static<typeof ClaimSchema> => ({
  id: c.id,
  tenantId: c.tenant_id,
  serviceId: c.service_id,
  month: c.month,
  uptimePercent: c.uptime_percent,
  downtimeMinutes: c.downtime_minutes,
  degradedMinutes: c.degraded_minutes,
  incidentIds: fromJson<string[]>(c.incident_ids, []),
  creditPercent: c.credit_percent,
  status: c.status,
  decisionReason: c.decision_reason,
  claimedBy: c.claimed_by,
  decidedBy: c.decided_by,
  decidedDateTime: c.decided_at,
  createdDateTime: c.created_at,
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

export const presentUptime = (u: TenantUptime): Static<typeof UptimeSchema> => ({
  serviceId: u.serviceId,
  service: u.service,
  month: u.month,
  uptimePercent: u.percent,
  downtimeMinutes: Math.round(u.downtimeMinutes * 100) / 100,
  degradedMinutes: Math.round(u.degradedMinutes * 100) / 100,
  creditPercent: u.creditPercent,
  incidentIds: u.incidentIds,
  final: u.final,
  claimable: u.claimable,
});
