// The directory's API shapes (camelCase) and the functions that make them from rows. The schemas
// are also the responses in the OpenAPI document, and Fastify serialises only what they name, so
// nothing stored (a password hash, a token hash) leaves by accident.
import { type Static } from 'typebox';
import type { EnvironmentAbout, EnvironmentView } from '../../app/directory/environments.js';
import type { ImportSummary } from '../../app/directory/import.js';
import type { PersonView, RecipientView, RoleAssignmentView } from '../../app/directory/people.js';
import { windowOf, type StationView } from '../../app/directory/regions.js';
import type { ServiceView } from '../../app/directory/services.js';
import type { CreatedToken } from '../../app/auth.js';
import type { EnvironmentAdmins } from '../../app/findAdmin.js';
import { DATABASE_UPDATE_OFFSET_HOURS } from '../../domain/regions.js';
import type { ApiTokenTable, FeatureTable, RegionTable, TenantTable } from '../../store/schema.js';
import type { AuditEntryView } from '../../app/audit.js';
import { fromJson } from '../../store/values.js';
import {
  TenantSchema,
  EnvironmentSchema,
  AboutSchema,
  RoleAssignmentSchema,
  PersonSchema,
  RecipientSchema,
  RegionSchema,
  StationSchema,
  FeatureSchema,
  ServiceSchema,
  AuditEntrySchema,
  ApiTokenSchema,
  CreatedTokenSchema,
  EnvironmentAdminsSchema,
  ImportSummarySchema,
} from '../../shared/contracts/directory.js';

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

export const presentAbout = (a: EnvironmentAbout): Static<typeof AboutSchema> => a;

export const presentRoleAssignment = (r: RoleAssignmentView): Static<typeof RoleAssignmentSchema> => r;

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

export const presentRecipient = (r: RecipientView): Static<typeof RecipientSchema> => ({
  id: r.id,
  personId: r.personId,
  email: r.email,
  name: r.name,
  categories: r.categories,
  createdAt: r.createdAt,
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

export const presentStation = (s: StationView): Static<typeof StationSchema> => ({
  number: s.number,
  name: s.name,
  pauseHours: s.pause_hours,
  regions: s.regions,
});

export const presentFeature = (f: FeatureTable): Static<typeof FeatureSchema> => ({
  id: f.id,
  serviceId: f.service_id,
  name: f.name,
  group: f.feature_group,
});

export const presentService = (s: ServiceView): Static<typeof ServiceSchema> => ({
  id: s.id,
  name: s.name,
  features: s.features.map(presentFeature),
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

export const presentApiToken = (t: ApiTokenTable): Static<typeof ApiTokenSchema> => ({
  id: t.id,
  personId: t.person_id,
  name: t.name,
  createdAt: t.created_at,
  lastUsedAt: t.last_used_at,
  expiresAt: t.expires_at,
  revokedAt: t.revoked_at,
});

export const presentCreatedToken = (t: CreatedToken): Static<typeof CreatedTokenSchema> => t;

export const presentEnvironmentAdmins = (a: EnvironmentAdmins): Static<typeof EnvironmentAdminsSchema> => a;

export const presentImportSummary = (s: ImportSummary): Static<typeof ImportSummarySchema> => s;
