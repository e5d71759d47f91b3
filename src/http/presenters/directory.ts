// The directory's API shapes (camelCase) and the functions that make them from rows. The schemas
// are also the responses in the OpenAPI document, and Fastify serialises only what they name, so
// nothing stored (a password hash, a token hash) leaves by accident.
import { Type, type Static, type TSchema } from 'typebox';
import type { EnvironmentAbout, EnvironmentView } from '../../app/directory/environments.js';
import type { ImportSummary } from '../../app/directory/import.js';
import type { PersonView, RecipientView, RoleAssignmentView } from '../../app/directory/people.js';
import { windowOf, type StationView } from '../../app/directory/regions.js';
import type { ServiceView } from '../../app/directory/services.js';
import type { CreatedToken } from '../../app/auth.js';
import type { EnvironmentAdmins } from '../../app/findAdmin.js';
import { DATABASE_UPDATE_OFFSET_HOURS } from '../../domain/regions.js';
import { ENVIRONMENT_TYPES, NOTIFICATION_CATEGORIES, ROLES } from '../../domain/directory.js';
import type { ApiTokenTable, FeatureTable, RegionTable, TenantTable } from '../../store/schema.js';
import type { AuditEntryView } from '../../app/audit.js';
import { fromJson } from '../../store/values.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Instant = (description?: string) => Type.String({ format: 'date-time', ...(description ? { description } : {}) });

/** `{ items, total }`: one page of a list and how many there are in all. */
export const pageSchema = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer({ minimum: 0 }) });

export const TenantSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  domain: Type.String(),
  purchaseDate: Type.String({ format: 'date', description: 'starts the first year of lifecycle email' }),
  supportPlan: Type.String(),
  locale: Type.Union([Type.String(), Type.Null()], {
    description: 'its people’s language when they chose none; null: the provider’s',
  }),
  createdAt: Instant(),
  updatedAt: Instant(),
});

export const presentTenant = (r: TenantTable): Static<typeof TenantSchema> => ({
  id: r.id,
  name: r.name,
  domain: r.domain,
  purchaseDate: r.purchase_date,
  supportPlan: r.support_plan,
  locale: r.locale,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const EnvironmentTypeSchema = Type.Enum(ENVIRONMENT_TYPES);

export const EnvironmentSchema = Type.Object({
  id: Type.String(),
  tenantId: Type.String(),
  name: Type.String(),
  region: Type.String({ description: 'region code, e.g. EUR' }),
  type: EnvironmentTypeSchema,
  url: Type.String(),
  version: Type.String({ description: 'service part, then database/background part, e.g. 9.2.25104.166' }),
  earlyAccess: Type.Boolean(),
  firstRelease: Type.Boolean({ description: 'deployed in station 1, "First Release"' }),
  services: Type.Array(Type.String()),
  createdAt: Instant(),
  updatedAt: Instant(),
});

export const presentEnvironment = (r: EnvironmentView): Static<typeof EnvironmentSchema> => ({
  id: r.id,
  tenantId: r.tenant_id,
  name: r.name,
  region: r.region_code,
  type: r.type,
  url: r.url,
  version: r.version,
  earlyAccess: r.early_access === 1,
  firstRelease: r.first_release === 1,
  services: r.services,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const AboutSchema = Type.Object({
  environmentId: Type.String(),
  name: Type.String(),
  url: Type.String(),
  type: EnvironmentTypeSchema,
  region: Type.String(),
  regionName: Type.String(),
  version: Type.String({
    description: 'changes in two steps: the service part, then the database part 24 hours later',
  }),
  versionText: Type.String({
    description: 'as the About page shows it, e.g. "9.2.25111.10 (background update pending)"',
  }),
  backgroundUpdatePending: Type.Boolean(),
  updatedAt: Instant(),
});

export const presentAbout = (a: EnvironmentAbout): Static<typeof AboutSchema> => a;

export const RoleNameSchema = Type.Enum(ROLES);
export const CategorySchema = Type.Enum(NOTIFICATION_CATEGORIES);

export const RoleAssignmentSchema = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  role: RoleNameSchema,
  tenantId: Nullable(Type.String()),
  environmentId: Nullable(Type.String()),
  categories: Type.Array(CategorySchema, { description: 'what an additional recipient receives' }),
});

export const presentRoleAssignment = (r: RoleAssignmentView): Static<typeof RoleAssignmentSchema> => r;

export const PersonSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  locale: Type.String(),
  timeZone: Type.String({ description: 'IANA time zone; times are shown to this person in it' }),
  roles: Type.Array(RoleAssignmentSchema, { description: 'the roles you may see' }),
  createdAt: Instant(),
  updatedAt: Instant(),
});

export const presentPerson = (p: PersonView): Static<typeof PersonSchema> => ({
  id: p.id,
  email: p.email,
  name: p.name,
  locale: p.locale,
  timeZone: p.time_zone,
  roles: p.roles,
  createdAt: p.created_at,
  updatedAt: p.updated_at,
});

export const RecipientSchema = Type.Object({
  id: Type.String({ description: 'the role assignment; DELETE it to stop the email' }),
  personId: Type.String(),
  email: Type.String(),
  name: Type.String(),
  categories: Type.Array(CategorySchema),
  createdAt: Instant(),
});

export const presentRecipient = (r: RecipientView): Static<typeof RecipientSchema> => ({
  id: r.id,
  personId: r.personId,
  email: r.email,
  name: r.name,
  categories: r.categories,
  createdAt: r.createdAt,
});

export const WindowSchema = Type.Object({
  start: Type.String({ description: 'HH:MM UTC' }),
  end: Type.String({ description: 'HH:MM UTC; before start when the window crosses midnight' }),
  days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
    description: 'ISO weekdays on which a window may start (1 = Monday)',
  }),
});

export const RegionSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  serviceUrl: Type.String(),
  window: WindowSchema,
  databaseUpdateOffsetHours: Type.Integer({ description: 'database updates run this long after the service update' }),
  holidayCountry: Type.String({ description: 'whose public holidays are not business days' }),
  station: Type.Integer(),
});

export const presentRegion = (r: RegionTable): Static<typeof RegionSchema> => ({
  code: r.code,
  name: r.name,
  serviceUrl: r.service_url,
  window: windowOf(r),
  databaseUpdateOffsetHours: DATABASE_UPDATE_OFFSET_HOURS,
  holidayCountry: r.holiday_country,
  station: r.station,
});

export const StationSchema = Type.Object({
  number: Type.Integer(),
  name: Type.String(),
  pauseHours: Type.Integer({ description: 'wait after this station before the next one starts' }),
  regions: Type.Array(Type.String()),
});

export const presentStation = (s: StationView): Static<typeof StationSchema> => ({
  number: s.number,
  name: s.name,
  pauseHours: s.pause_hours,
  regions: s.regions,
});

export const FeatureSchema = Type.Object({
  id: Type.String(),
  serviceId: Type.String(),
  name: Type.String(),
  group: Nullable(Type.String()),
});

export const presentFeature = (f: FeatureTable): Static<typeof FeatureSchema> => ({
  id: f.id,
  serviceId: f.service_id,
  name: f.name,
  group: f.feature_group,
});

export const ServiceSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  features: Type.Array(FeatureSchema),
});

export const presentService = (s: ServiceView): Static<typeof ServiceSchema> => ({
  id: s.id,
  name: s.name,
  features: s.features.map(presentFeature),
});

export const AuditEntrySchema = Type.Object({
  id: Type.String(),
  at: Instant(),
  actorId: Nullable(Type.String()),
  actorLabel: Type.String({ description: 'email of the person, or system:<job>' }),
  tenantId: Nullable(Type.String()),
  action: Type.String({ description: 'e.g. tenant.updated' }),
  entityType: Type.String(),
  entityId: Type.String(),
  entityName: Nullable(Type.String({ description: 'the name or title of what it is about, while it exists' })),
  before: Type.Unknown(),
  after: Type.Unknown(),
});

export const presentAuditEntry = (e: AuditEntryView): Static<typeof AuditEntrySchema> => ({
  id: e.id,
  at: e.at,
  actorId: e.actor_id,
  actorLabel: e.actor_label,
  tenantId: e.tenant_id,
  action: e.action,
  entityType: e.entity_type,
  entityId: e.entity_id,
  entityName: e.entity_name,
  before: fromJson<unknown>(e.before, null),
  after: fromJson<unknown>(e.after, null),
});

export const ApiTokenSchema = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  name: Type.String(),
  createdAt: Instant(),
  lastUsedAt: Nullable(Instant('to the minute')),
  expiresAt: Nullable(Instant()),
  revokedAt: Nullable(Instant()),
});

export const presentApiToken = (t: ApiTokenTable): Static<typeof ApiTokenSchema> => ({
  id: t.id,
  personId: t.person_id,
  name: t.name,
  createdAt: t.created_at,
  lastUsedAt: t.last_used_at,
  expiresAt: t.expires_at,
  revokedAt: t.revoked_at,
});

export const CreatedTokenSchema = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  name: Type.String(),
  token: Type.String({ description: 'shown this once; send it as "Authorization: Bearer <token>"' }),
  expiresAt: Nullable(Instant()),
});

export const presentCreatedToken = (t: CreatedToken): Static<typeof CreatedTokenSchema> => t;

const ContactSchema = Type.Object({ name: Type.String(), email: Type.String() });

export const EnvironmentAdminsSchema = Type.Object({
  environmentId: Type.String(),
  environmentName: Type.String(),
  url: Type.String(),
  region: Type.String(),
  tenantName: Type.String(),
  orgAdmins: Type.Array(ContactSchema),
  systemAdmins: Type.Array(ContactSchema),
});

export const presentEnvironmentAdmins = (a: EnvironmentAdmins): Static<typeof EnvironmentAdminsSchema> => a;

export const ImportSummarySchema = Type.Object({
  tenants: Type.Integer(),
  environments: Type.Integer(),
  people: Type.Integer(),
  roles: Type.Integer(),
  durationMs: Type.Integer(),
});

export const presentImportSummary = (s: ImportSummary): Static<typeof ImportSummarySchema> => s;
