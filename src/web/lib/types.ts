// The shapes of Herald's API as the console reads them (see /openapi.json for the whole
// contract). Only the fields the console uses are listed.
import type { IncidentStatus } from '../../shared/incidents';

export interface Page<T> {
  items: T[];
  total: number;
}

export type Category =
  | 'incident'
  | 'advisory'
  | 'planned_maintenance'
  | 'unplanned_maintenance'
  | 'release'
  | 'message_center'
  | 'lifecycle';

export interface Tenant {
  id: string;
  name: string;
  domain: string;
  purchaseDate: string;
  supportPlan: string;
  createdAt: string;
}

export interface Environment {
  id: string;
  tenantId: string;
  name: string;
  region: string;
  type: 'production' | 'sandbox';
  url: string;
  version: string;
  earlyAccess: boolean;
  firstRelease: boolean;
  services: string[];
  updatedAt: string;
}

export interface Role {
  id: string;
  personId: string;
  role: 'operator' | 'org_admin' | 'system_admin' | 'additional_recipient' | 'member';
  tenantId: string | null;
  environmentId: string | null;
  categories: Category[];
}

export interface Person {
  id: string;
  email: string;
  name: string;
  locale: string;
  timeZone: string;
  roles: Role[];
  createdAt: string;
}

export interface Recipient {
  id: string;
  personId: string;
  email: string;
  name: string;
  categories: Category[];
  createdAt: string;
}

export interface Region {
  code: string;
  name: string;
  serviceUrl: string;
  window: { start: string; end: string; days: number[] };
  databaseUpdateOffsetHours: number;
  holidayCountry: string;
  station: number;
}

export interface Station {
  number: number;
  name: string;
  pauseHours: number;
  regions: string[];
}

export interface Service {
  id: string;
  name: string;
  features: { id: string; serviceId: string; name: string; group: string | null }[];
}

export interface AuditEntry {
  id: string;
  at: string;
  actorLabel: string;
  tenantId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** The name or title of what it is about, while it exists. */
  entityName: string | null;
  before: unknown;
  after: unknown;
}

export interface EnvironmentAdmins {
  environmentId: string;
  environmentName: string;
  url: string;
  region: string;
  tenantName: string;
  orgAdmins: { name: string; email: string }[];
  systemAdmins: { name: string; email: string }[];
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** A place where the person is signed in (GET /api/me/sessions). */
export interface SessionInfo {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
}

export type { IncidentStatus };

export interface IncidentPost {
  id: string;
  createdDateTime: string;
  postType: 'regular' | 'quick' | 'strategic';
  status: IncidentStatus;
  description: { contentType: 'text'; content: string };
  /** false: posted without notifying anyone (a correction). */
  notified: boolean;
}

export interface IncidentTemplate {
  id: string;
  name: string;
  title: string;
  body: string;
  classification: 'incident' | 'advisory';
  services: string[];
  createdBy: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
}

export interface Incident {
  id: string;
  title: string;
  classification: 'incident' | 'advisory';
  status: IncidentStatus;
  severity: 'minor' | 'major';
  severityReasons: string[];
  severityOverride: { severity: 'minor' | 'major'; reason: string } | null;
  services: { id: string; name: string }[];
  feature: string | null;
  impactDescription: string;
  userExperience: string;
  workaround: string;
  origin: 'microsoft' | 'thirdParty' | 'customer';
  symptoms: string[];
  significantDegradation: boolean;
  upstreamDegraded: boolean;
  isPublic: boolean;
  shownOnStatusPage: boolean;
  startDateTime: string;
  endDateTime: string | null;
  lastModifiedDateTime: string;
  isResolved: boolean;
  regions: string[];
  affectedEnvironments: { id: string; tenantId: string; region: string }[];
  scope: { regions: string[]; tenantIds: string[]; environmentIds: string[]; tenantCount: number };
  maintenanceId: string | null;
  following: boolean;
  postIncidentReport: { dueDateTime: string | null; publishedDateTime: string | null } | null;
  posts: IncidentPost[];
}

export interface HealthOverview {
  id: string;
  service: string;
  status: IncidentStatus | 'serviceOperational';
  issueIds: string[];
}

export type ReportState = 'notStarted' | 'draft' | 'due' | 'dueSoon' | 'overdue' | 'published';

export interface IncidentReport {
  incidentId: string;
  title: string;
  state: ReportState;
  dueDateTime: string | null;
  publishedDateTime: string | null;
  summary: string;
  userExperience: string;
  startDateTime: string;
  resolutionDateTime: string;
  rootCause: string;
  nextSteps: string;
  lastModifiedDateTime: string | null;
}

export interface Ticket {
  id: string;
  tenantId: string;
  environmentId: string | null;
  serviceId: string | null;
  title: string;
  description: string;
  reportedBy: string;
  status: TicketStatus;
  /** The status in words ("Waiting on customer"). */
  statusLabel: string;
  severity: 'A' | 'B' | 'C';
  severityLabel: string;
  contact: { name: string | null; email: string | null; phone: string | null };
  incident: { id: string; title: string; status: string; isResolved: boolean } | null;
  maintenanceId: string | null;
  createdDateTime: string;
  lastModifiedDateTime: string;
}

export type TicketStatus = 'open' | 'inProgress' | 'waitingOnCustomer' | 'resolved' | 'closed';

export interface TicketAttachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  createdDateTime: string;
}

/** GET /api/tickets/{id}: the ticket page. */
export interface TicketDetail extends Ticket {
  maintenance: { id: string; title: string } | null;
  reporter: { id: string; name: string; email: string } | null;
  replies: {
    id: string;
    side: 'tenant' | 'operator';
    authorId: string;
    authorName: string;
    body: string;
    createdDateTime: string;
  }[];
  attachments: TicketAttachment[];
  moves: TicketStatus[];
}

export interface ServiceUptime {
  serviceId: string;
  service: string;
  month: string;
  uptimePercent: number;
  downtimeMinutes: number;
  degradedMinutes: number;
  creditPercent: number;
  incidentIds: string[];
  /** false while the month runs: the figures so far. */
  final: boolean;
  /** A credit is owed and the claim window is open. */
  claimable: boolean;
}

export interface SlaClaim {
  id: string;
  tenantId: string;
  serviceId: string;
  month: string;
  uptimePercent: number;
  downtimeMinutes: number;
  degradedMinutes: number;
  incidentIds: string[];
  creditPercent: number;
  status: 'pending' | 'approved' | 'rejected';
  decisionReason: string | null;
  claimedBy: string;
  decidedDateTime: string | null;
  createdDateTime: string;
}

export type MessageCategory = 'preventOrFixIssue' | 'planForChange' | 'stayInformed';

export interface MessageAudience {
  allTenants?: boolean;
  tenantIds?: string[];
  environmentIds?: string[];
  regionCodes?: string[];
  serviceIds?: string[];
}

interface MessageBase {
  id: string;
  title: string;
  body: { contentType: 'html'; content: string };
  category: MessageCategory;
  severity: 'normal' | 'high' | 'critical';
  tags: string[];
  isMajorChange: boolean;
  actionRequiredByDateTime: string | null;
  services: string[];
  serviceIds: string[];
  startDateTime: string;
  endDateTime: string | null;
  lastModifiedDateTime: string;
  attachments: { id: string; name: string; contentType: string; size: number }[];
}

/** A post as its reader sees it, with their own marks. */
export interface ReaderMessage extends MessageBase {
  releaseStatus: 'scheduled' | 'rollingOut' | 'launched' | null;
  isExpired: boolean;
  viewPoint: {
    isRead: boolean;
    isArchived: boolean;
    isFavorited: boolean;
    feedback: 'relevant' | 'notRelevant' | null;
  };
}

/** A post as operators manage it. */
export interface OperatorMessage extends MessageBase {
  status: 'draft' | 'published';
  bodyMarkdown: string;
  audience: MessageAudience;
  revision: number;
  createdDateTime: string;
  publishedDateTime: string | null;
  /** Set on a scheduled draft: when it publishes itself. */
  publishAt: string | null;
  tenantCount: number;
  readCount: number;
  feedback: { relevant: number; notRelevant: number };
}

export type MaintenanceState = 'scheduled' | 'in_progress' | 'completed' | 'overran' | 'failed' | 'cancelled';

export interface Maintenance {
  id: string;
  kind: 'planned' | 'unplanned' | 'security';
  title: string;
  description: string;
  impact: 'none' | 'degraded' | 'downtime';
  state: MaintenanceState;
  durationMinutes: number;
  services: string[];
  noticeDueAt: string | null;
  noticeSentAt: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
  windows: {
    region: string;
    startsAt: string;
    endsAt: string;
    local: string;
    state: MaintenanceState;
    startedAt: string | null;
    finishedAt: string | null;
  }[];
  environments: { id: string; name: string; tenantId: string; region: string }[];
  updates: { id: string; at: string; state: MaintenanceState; body: string }[];
}

export interface TimedWindow {
  startsAt: string;
  endsAt: string;
  local: string;
}

export interface RegionWindowsList {
  region: { code: string; name: string };
  timeZone: string;
  windows: { service: TimedWindow; database: TimedWindow }[];
}

export type RolloutState = 'active' | 'held' | 'halted' | 'stopped' | 'completed';
export type TargetState = 'planned' | 'in_progress' | 'completed' | 'failed' | 'halted' | 'cancelled';

export interface Release {
  id: string;
  kind: 'weekly' | 'wave' | 'security';
  title: string;
  version: string;
  databaseVersion: string | null;
  releaseNotesUrl: string;
  wave: string | null;
  createdAt: string;
  features: { id: string; name: string; description: string; serviceId: string | null; disruptive: boolean }[];
  rollout: { id: string; state: RolloutState; startsAt: string } | null;
}

export interface Rollout {
  id: string;
  state: RolloutState;
  startsAt: string;
  pauseHours: number;
  regions: string[];
  release: {
    id: string;
    kind: string;
    title: string;
    version: string;
    databaseVersion: string | null;
    wave: string | null;
  };
  stations: {
    number: number;
    name: string;
    targets: {
      region: string;
      firstRelease: boolean;
      state: TargetState;
      serviceWindow: TimedWindow;
      databaseWindow: TimedWindow;
      serviceDoneAt: string | null;
      finishedAt: string | null;
      environments: {
        total: number;
        pending: number;
        started: number;
        serviceDone: number;
        databaseDone: number;
        failed: number;
        overran: number;
      };
    }[];
  }[];
}

export interface EnvironmentUpdates {
  environmentId: string;
  version: string;
  versionText: string;
  backgroundUpdatePending: boolean;
  updates: {
    rolloutId: string;
    title: string;
    version: string;
    releaseNotesUrl: string;
    state: string;
    serviceWindow: TimedWindow;
    databaseWindow: TimedWindow;
  }[];
}

export interface EnvironmentFeature {
  id: string;
  releaseTitle: string;
  version: string;
  name: string;
  description: string;
  disruptive: boolean;
  available: boolean;
  enabled: boolean;
  switchedBy: string | null;
  switchedAt: string | null;
}

export interface Preference {
  category: Category | 'account';
  channel: 'email' | 'push' | 'in_app';
  /** The person's choice; null when they made none. */
  enabled: boolean | null;
  /** Whether these notices arrive on the channel. */
  effective: boolean;
  source: 'default' | 'choice';
  byDefault: boolean;
}

export interface InAppNotification {
  id: string;
  eventType: string;
  title: string;
  summary: string;
  url: string;
  createdAt: string;
  readAt: string | null;
}

export type WebhookFormat = 'standard' | 'slack' | 'teams';

export interface Webhook {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  format: WebhookFormat;
  status: 'active' | 'paused';
  pausedReason: string | null;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  createdAt: string;
  secret?: string;
}

export interface EventRecord {
  id: string;
  type: string;
  subject: { type: string; id: string };
  tenantId: string | null;
  occurredAt: string;
  title: string;
  /** `notified: false`: posted without notifying (every delivery suppressed). */
  payload: Record<string, unknown>;
  decision: {
    rule: string;
    description: string;
    audience: 'nobody' | unknown[];
    channels: string[];
    category: string | null;
    critical: boolean;
  };
  deliveries: { pending: number; sent: number; failed: number; dead: number; suppressed: number };
}

export interface DeliveryRecord {
  id: string;
  channel: string;
  recipient: { kind: string; id: string; label: string };
  rule: string;
  reason: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  readAt: string | null;
  history: { attempt: number; startedAt: string; finishedAt: string; ok: boolean; error: string | null }[];
}

/** GET /api/tenants/{tenantId}/sent-mail: one email sent to one of the tenant's people. */
export interface TenantMail {
  id: string;
  eventId: string;
  eventType: string;
  title: string;
  to: string;
  reason: string;
  status: 'pending' | 'sent' | 'failed' | 'dead' | 'suppressed';
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
  subject: string | null;
  text: string | null;
}

export interface SentMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}
