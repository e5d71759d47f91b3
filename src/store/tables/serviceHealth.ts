// Tables of service health: incidents, posts, post-incident reports, SLA claims, support tickets.
// Conventions as in foundation.ts (text ids, ISO UTC text times, 0/1 flags, JSON text).
import type { Classification, IncidentStatus, Origin, PostType } from '../../domain/incidents.js';
import type { Severity } from '../../domain/severity.js';
import type { TicketSeverity, TicketStatus } from '../../domain/tickets.js';
import type { Flag } from './foundation.js';

/** A service health issue (Graph serviceHealthIssue): an incident or an advisory. */
export interface IncidentTable {
  /** "HR" + six random digits. */
  id: string;
  title: string;
  classification: Classification;
  status: IncidentStatus;
  /** The severity in force: the override when there is one, else the derived one. */
  severity: Severity;
  derived_severity: Severity;
  /** JSON string[]: why the derived severity is what it is. */
  severity_reasons: string;
  severity_override: Severity | null;
  severity_override_reason: string | null;
  /** JSON Symptom[] (the policy's examples: 404, cannot sign in, slow, errors, unavailable). */
  symptoms: string;
  significant_degradation: Flag;
  upstream_degraded: Flag;
  /** JSON string[] of service ids. */
  service_ids: string;
  feature: string | null;
  feature_group: string | null;
  /** JSON {regions, tenantIds, environmentIds} as the operator declared it. */
  scope: string;
  /** JSON string[]: the affected regions; the first one's holiday calendar counts the PIR's business days. */
  region_codes: string;
  /** Tenants with an affected environment (see incident_environment). */
  tenant_count: number;
  impact_description: string;
  user_experience: string;
  workaround: string;
  origin: Origin;
  /** Shown on the public status page although minor (major incidents always are). */
  is_public: Flag;
  start_at: string;
  end_at: string | null;
  is_resolved: Flag;
  /** The last post's time: an active incident silent for an hour reminds its operators. */
  last_post_at: string;
  /** When a post-incident report is owed: 5 business days after restoration. */
  pir_due_at: string | null;
  /** The maintenance whose overrun or failure raised this incident. */
  maintenance_id: string | null;
  opened_by: string | null;
  created_at: string;
  updated_at: string;
}

/** One entry of an incident's timeline. */
export interface IncidentPostTable {
  id: string;
  incident_id: string;
  post_type: PostType;
  /** The incident's status after this post. */
  status: IncidentStatus;
  description: string;
  author_id: string | null;
  author_label: string;
  /** 0: posted without notifying anyone (a correction); its event's deliveries are suppressed. */
  notified: Flag;
  created_at: string;
}

/** The environments an incident touches, resolved from its scope when it is opened or re-scoped. */
export interface IncidentEnvironmentTable {
  incident_id: string;
  environment_id: string;
  tenant_id: string;
  region_code: string;
}

/** "Tell me about every update of this issue": read by the notification policy via the event scope. */
export interface IncidentFollowerTable {
  incident_id: string;
  person_id: string;
  created_at: string;
}

/** The post-incident report of a major incident; tenants see it once published. */
export interface IncidentReportTable {
  incident_id: string;
  summary: string;
  user_experience: string;
  start_at: string;
  resolution_at: string;
  root_cause: string;
  next_steps: string;
  published_at: string | null;
  written_by: string | null;
  created_at: string;
  updated_at: string;
}

/** A problem an admin reported ("report an issue"); operators may link it to an incident. */
export interface SupportTicketTable {
  id: string;
  tenant_id: string;
  environment_id: string | null;
  service_id: string | null;
  title: string;
  description: string;
  reported_by: string;
  incident_id: string | null;
  /** The maintenance whose window was open when the ticket was filed ("Planned Maintenance Window"). */
  maintenance_id: string | null;
  linked_at: string | null;
  created_at: string;
  updated_at: string;
  /** open → inProgress → waitingOnCustomer → resolved → closed (src/domain/tickets.ts). */
  status: TicketStatus;
  /** A (critical business impact), B (moderate), C (minimum). */
  severity: TicketSeverity;
  /** Whom the operators should reach about it; the reporter when not given. */
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
}

export type ClaimStatus = 'pending' | 'approved' | 'rejected';

/** A tenant's claim for a service credit, with what was measured when it was made. */
export interface SlaClaimTable {
  id: string;
  tenant_id: string;
  service_id: string;
  /** "YYYY-MM" (UTC). */
  month: string;
  uptime_percent: number;
  downtime_minutes: number;
  degraded_minutes: number;
  /** JSON string[] of the incidents counted. */
  incident_ids: string;
  credit_percent: number;
  status: ClaimStatus;
  decision_reason: string | null;
  claimed_by: string;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

/** An operator's reusable start of an incident: what the composer fills in when it is chosen. */
export interface IncidentTemplateTable {
  id: string;
  /** Unique: how operators pick it. */
  name: string;
  title: string;
  /** The first post's text (and the impact description). */
  body: string;
  /** Incident or advisory; the severity is not kept: Herald derives it from the scope and signals. */
  classification: Classification;
  /** JSON string[] of service ids. */
  service_ids: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface ServiceHealthTables {
  incident_template: IncidentTemplateTable;
  incident: IncidentTable;
  incident_post: IncidentPostTable;
  incident_environment: IncidentEnvironmentTable;
  incident_follower: IncidentFollowerTable;
  incident_report: IncidentReportTable;
  support_ticket: SupportTicketTable;
  sla_claim: SlaClaimTable;
}
