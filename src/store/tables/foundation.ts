// The directory, sign-in, audit and outbox tables as Kysely sees them. Column names are the words used everywhere else (snake_case
// here, camelCase in API shapes). Conventions, the same on SQLite and PostgreSQL:
// - ids are opaque random strings (never sequential: they appear in URLs);
// - times are ISO 8601 UTC text with milliseconds ("2026-11-25T17:04:31.000Z"), fixed width so
//   that text order is time order in both databases;
// - flags are integers 0/1, lists and objects are JSON text.

export type Flag = 0 | 1;

export interface RegionTable {
  code: string;
  name: string;
  service_url: string;
  window_start: string;
  window_end: string;
  window_days: string;
  holiday_country: string;
  station: number;
  sort: number;
}

export interface StationTable {
  number: number;
  name: string;
  pause_hours: number;
}

export interface ServiceTable {
  id: string;
  name: string;
  sort: number;
}

export interface FeatureTable {
  id: string;
  service_id: string;
  name: string;
  feature_group: string | null;
}

export interface TenantTable {
  id: string;
  name: string;
  /** `privateNameKey(name)`: how a check of public text finds this name (migration 027). */
  name_key: string | null;
  domain: string;
  purchase_date: string;
  support_plan: string;
  /** The language its people read in when they chose none (a catalogue locale); null: the provider's. */
  locale: string | null;
  created_at: string;
  updated_at: string;
}

export interface EnvironmentTable {
  id: string;
  tenant_id: string;
  name: string;
  /** `privateNameKey(name)`: how a check of public text finds this name (migration 027). */
  name_key: string | null;
  region_code: string;
  type: 'production' | 'sandbox';
  url: string;
  version: string;
  early_access: Flag;
  first_release: Flag;
  created_at: string;
  updated_at: string;
}

export interface EnvironmentServiceTable {
  environment_id: string;
  service_id: string;
  /** The environment's region, copied: which services run where, by index; '' if written without (migration 028). */
  region_code: string;
}

export interface PersonTable {
  id: string;
  email: string;
  name: string;
  /** `privateNameKey(name)`: how a check of public text finds this name (migration 027). */
  name_key: string | null;
  /**
   * Their own language and regional format (BCP 47, any tag: one Herald has no words for still
   * formats dates); null: no choice, they read their tenant's language (migration 024).
   */
  locale: string | null;
  time_zone: string;
  password_hash: string | null;
  created_at: string;
  updated_at: string;
  /** Set when the person's directory deactivated them (SCIM): no sign-in, no notices. */
  deactivated_at?: string | null;
}

export type Role = 'operator' | 'org_admin' | 'system_admin' | 'additional_recipient' | 'member';

export interface RoleAssignmentTable {
  id: string;
  person_id: string;
  role: Role;
  tenant_id: string | null;
  environment_id: string | null;
  /** tenant id, environment id or '' for operators: makes (person, role, scope) unique on both databases. */
  scope_id: string;
  /** JSON array of notification categories, for additional recipients. */
  categories: string;
  created_at: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie's secret. */
  id: string;
  person_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  /** The browser's User-Agent and address at sign-in, so a person can tell their sessions apart. */
  user_agent: string | null;
  ip: string | null;
}

/** A one-time link that signs a person in so they can set a password (`herald operator add`). */
export interface SignInLinkTable {
  /** SHA-256 of the link's secret. */
  id: string;
  person_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ApiTokenTable {
  id: string;
  person_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface AuditEntryTable {
  id: string;
  at: string;
  actor_id: string | null;
  actor_label: string;
  tenant_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

export interface EventTable {
  id: string;
  /** What happened, e.g. "incident.opened"; see src/domain/events.ts. */
  type: string;
  /** Idempotency key: publishing the same key twice is one event and one set of deliveries. */
  key: string;
  occurred_at: string;
  tenant_id: string | null;
  subject_type: string;
  subject_id: string;
  payload: string;
  created_at: string;
}

export type DeliveryChannel = 'email' | 'webhook' | 'push' | 'in_app';
export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'dead' | 'suppressed';

export interface DeliveryTable {
  id: string;
  event_id: string;
  channel: DeliveryChannel;
  /** 'team': a product team's on-call route (its email, or its PagerDuty-shaped webhook). */
  recipient_kind: 'person' | 'webhook' | 'subscriber' | 'team';
  recipient_id: string;
  tenant_id: string | null;
  /** Which policy rule chose this recipient, and through which role: the delivery log's "why". */
  rule: string;
  reason: string;
  template: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  sent_at: string | null;
  read_at: string | null;
  created_at: string;
}

export interface DeliveryAttemptTable {
  id: string;
  delivery_id: string;
  attempt: number;
  started_at: string;
  finished_at: string;
  ok: Flag;
  error: string | null;
}

export interface FoundationTables {
  region: RegionTable;
  station: StationTable;
  service: ServiceTable;
  feature: FeatureTable;
  tenant: TenantTable;
  environment: EnvironmentTable;
  environment_service: EnvironmentServiceTable;
  person: PersonTable;
  role_assignment: RoleAssignmentTable;
  session: SessionTable;
  sign_in_link: SignInLinkTable;
  api_token: ApiTokenTable;
  audit_entry: AuditEntryTable;
  event: EventTable;
  delivery: DeliveryTable;
  delivery_attempt: DeliveryAttemptTable;
  rate_limit: RateLimitTable;
}

/** One counter per (limit, key, fixed window); the key already names the window. */
export interface RateLimitTable {
  key: string;
  count: number;
  expires_at: string;
}
