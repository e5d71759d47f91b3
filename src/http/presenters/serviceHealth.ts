// Service health rows into API shapes. Incidents keep the names of Microsoft Graph's
// serviceHealthIssue (id, title, classification, status, service, feature, impactDescription,
// isResolved, origin, startDateTime, endDateTime, lastModifiedDateTime, posts with postType and
// an itemBody description) and add Herald's own: severity and why, scope, user experience,
// workaround, following, and the post-incident report.
import { type Static } from 'typebox';
import type { HealthOverview, IncidentView } from '../../app/serviceHealth/readIncidents.js';
import type { ReportView } from '../../app/serviceHealth/reports.js';
import type { TenantUptime } from '../../app/serviceHealth/sla.js';
import type { TicketAttachmentInfo, TicketDetail, TicketView } from '../../app/serviceHealth/tickets.js';
import { isPublicIncident } from '../../app/serviceHealth/scope.js';
import { type Symptom } from '../../domain/severity.js';
import { TICKET_SEVERITY_LABELS, TICKET_STATUS_LABELS } from '../../domain/tickets.js';
import type { IncidentReportTable, SlaClaimTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import {
  type IncidentApi,
  HealthOverviewSchema,
  TicketSchema,
  TicketAttachmentSchema,
  TicketDetailSchema,
  ReportSchema,
  ClaimSchema,
  UptimeSchema,
} from '../../shared/contracts/serviceHealth.js';

export function presentIncident(v: IncidentView, asOperator: boolean): IncidentApi {
  const i = v.incident;
  const { reading } = v;
  return {
    id: i.id,
    title: reading.title ?? i.title,
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
      description: { contentType: 'text' as const, content: reading.posts.get(p.id) ?? p.description },
      notified: p.notified === 1,
      translated: reading.posts.has(p.id),
    })),
    language: reading.language,
    originalLanguage: reading.originalLanguage,
    translated: reading.translated,
  };
}

export const presentHealthOverview = (h: HealthOverview): Static<typeof HealthOverviewSchema> => ({
  id: h.serviceId,
  service: h.service,
  status: h.status,
  issueIds: h.issueIds,
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

export const presentTicketAttachment = (a: TicketAttachmentInfo): Static<typeof TicketAttachmentSchema> => ({
  id: a.id,
  fileName: a.file_name,
  contentType: a.content_type,
  size: a.size,
  uploadedBy: a.uploaded_by,
  createdDateTime: a.created_at,
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
