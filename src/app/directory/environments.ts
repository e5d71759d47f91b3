// Environments: a tenant's instance in one region. Operators create and change them; an org admin
// sees every environment of the tenant and may opt one into early access; a system admin sees
// their own (the About page's version).
import type { Kysely } from 'kysely';
import {
  canManageTenant,
  canReadEnvironment,
  canReadTenant,
  isOperator,
  readableTenantIds,
  type Actor,
} from '../../domain/actor.js';
import {
  checkEnvironmentType,
  checkRegionCode,
  checkUrl,
  checkVersion,
  type EnvironmentType,
} from '../../domain/directory.js';
import { conflict, forbidden, invalid, notFound, words } from '../../errors.js';
import type { DB, EnvironmentTable } from '../../store/schema.js';
import { flag, newId } from '../../store/values.js';
import { aboutVersionText } from '../../domain/releases.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from './check.js';
import { pageOf, type Page, type PageRequest } from './paging.js';
import { findUnknownServices } from './services.js';
import { joinOpenIncidents } from '../serviceHealth/widening.js';
import { privateNameKey } from '../../domain/publicity.js';

export interface EnvironmentInput {
  tenantId: string;
  name: string;
  region: string;
  type: EnvironmentType;
  url: string;
  version: string;
  earlyAccess?: boolean;
  firstRelease?: boolean;
  services?: string[];
}

export interface EnvironmentView extends EnvironmentTable {
  services: string[];
}

/** The checks every way in (API, CLI, bulk import) applies; `prefix` says where a field sits. */
export function checkEnvironment(input: Partial<EnvironmentInput>, prefix = 'body.'): InputCheck {
  return new InputCheck()
    .field(`${prefix}name`, input.name, (v) => (v.trim() ? null : 'problem.notEmpty'))
    .field(`${prefix}region`, input.region, checkRegionCode)
    .field(`${prefix}type`, input.type, checkEnvironmentType)
    .field(`${prefix}url`, input.url, checkUrl)
    .field(`${prefix}version`, input.version, checkVersion);
}

async function checkServicesExist(db: Kysely<DB>, ids: string[]): Promise<void> {
  const unknown = await findUnknownServices(db, ids);
  if (unknown.length)
    throw invalid('body.services', words('problem.services.unknownList', { unknown: unknown.join(', ') }));
}

async function withServices(ctx: AppContext, rows: EnvironmentTable[]): Promise<EnvironmentView[]> {
  if (!rows.length) return [];
  const links = await ctx.database.db
    .selectFrom('environment_service')
    .select(['environment_id', 'service_id'])
    .where(
      'environment_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => ({
    ...r,
    services: links
      .filter((l) => l.environment_id === r.id)
      .map((l) => l.service_id)
      .sort(),
  }));
}

export async function createEnvironment(
  ctx: AppContext,
  actor: Actor,
  input: EnvironmentInput,
): Promise<EnvironmentView> {
  if (!isOperator(actor)) {
    if (readableTenantIds(actor).has(input.tenantId)) throw forbidden('problem.environments.operatorsCreate');
    throw notFound('tenant', input.tenantId);
  }
  checkEnvironment(input).done();
  return runCommand(ctx, actor, async (s) => {
    if (!(await s.trx.selectFrom('tenant').select('id').where('id', '=', input.tenantId).executeTakeFirst()))
      throw notFound('tenant', input.tenantId);
    if (await s.trx.selectFrom('environment').select('id').where('url', '=', input.url).executeTakeFirst()) {
      throw conflict(words('problem.environments.urlTaken', { url: input.url }), 'body.url');
    }
    const services = [...new Set(input.services ?? [])];
    await checkServicesExist(s.trx, services);
    const row: EnvironmentTable = {
      id: newId(),
      tenant_id: input.tenantId,
      name: input.name.trim(),
      name_key: privateNameKey(input.name),
      region_code: input.region,
      type: input.type,
      url: input.url,
      version: input.version,
      early_access: flag(input.earlyAccess ?? false),
      first_release: flag(input.firstRelease ?? false),
      created_at: s.nowIso,
      updated_at: s.nowIso,
    };
    await s.trx.insertInto('environment').values(row).execute();
    if (services.length)
      await s.trx
        .insertInto('environment_service')
        .values(services.map((service_id) => ({ environment_id: row.id, service_id, region_code: row.region_code })))
        .execute();
    await s.audit({
      action: 'environment.created',
      entityType: 'environment',
      entityId: row.id,
      tenantId: row.tenant_id,
      after: { ...row, services },
    });
    // Created inside an open incident's region or tenant: the incident now affects it too.
    if ((await joinOpenIncidents(s, [row])).length) s.changed({ tenantIds: [row.tenant_id], topic: 'incident' });
    s.changed({ tenantIds: [row.tenant_id], topic: 'environment' });
    return { ...row, services: services.sort() };
  });
}

export type EnvironmentPatch = Partial<Omit<EnvironmentInput, 'tenantId' | 'region'>>;

/** Operators change anything; an org admin only switches early access. */
export async function updateEnvironment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: EnvironmentPatch,
): Promise<EnvironmentView> {
  const current = await getEnvironment(ctx, actor, id);
  const onlyEarlyAccess = Object.keys(patch).every((k) => k === 'earlyAccess');
  if (!isOperator(actor) && !(onlyEarlyAccess && canManageTenant(actor, current.tenant_id))) {
    throw forbidden(
      onlyEarlyAccess ? 'problem.environments.earlyAccessOrgAdmins' : 'problem.environments.operatorsChange',
    );
  }
  checkEnvironment(patch).done();
  return runCommand(ctx, actor, async (s) => {
    const before = await s.trx.selectFrom('environment').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    if (
      patch.url &&
      patch.url !== before.url &&
      (await s.trx.selectFrom('environment').select('id').where('url', '=', patch.url).executeTakeFirst())
    ) {
      throw conflict(words('problem.environments.urlTaken', { url: patch.url }), 'body.url');
    }
    const after: EnvironmentTable = {
      ...before,
      name: patch.name?.trim() ?? before.name,
      name_key: privateNameKey(patch.name ?? before.name),
      type: patch.type ?? before.type,
      url: patch.url ?? before.url,
      version: patch.version ?? before.version,
      early_access: patch.earlyAccess === undefined ? before.early_access : flag(patch.earlyAccess),
      first_release: patch.firstRelease === undefined ? before.first_release : flag(patch.firstRelease),
      updated_at: s.nowIso,
    };
    await s.trx.updateTable('environment').set(after).where('id', '=', id).execute();
    if (patch.services) {
      await checkServicesExist(s.trx, patch.services);
      await s.trx.deleteFrom('environment_service').where('environment_id', '=', id).execute();
      const services = [...new Set(patch.services)];
      if (services.length)
        await s.trx
          .insertInto('environment_service')
          .values(services.map((service_id) => ({ environment_id: id, service_id, region_code: before.region_code })))
          .execute();
    }
    await s.audit({
      action: 'environment.updated',
      entityType: 'environment',
      entityId: id,
      tenantId: after.tenant_id,
      before,
      after: { ...after, services: patch.services },
    });
    s.changed({ tenantIds: [after.tenant_id], topic: 'environment' });
    return { ...after, services: patch.services ? [...new Set(patch.services)].sort() : current.services };
  });
}

export async function getEnvironment(ctx: AppContext, actor: Actor, id: string): Promise<EnvironmentView> {
  const row = await ctx.database.db.selectFrom('environment').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !canReadEnvironment(actor, row)) throw notFound('environment', id);
  return (await withServices(ctx, [row]))[0]!;
}

export async function listEnvironments(
  ctx: AppContext,
  actor: Actor,
  filter: PageRequest & { tenantId?: string; region?: string },
): Promise<Page<EnvironmentView>> {
  // Asking for the environments of a tenant one cannot see is asking about that tenant: not found.
  if (filter.tenantId && !canReadTenant(actor, filter.tenantId)) throw notFound('tenant', filter.tenantId);
  let query = ctx.database.db.selectFrom('environment').selectAll();
  if (!isOperator(actor)) {
    if (actor.kind !== 'person') return { items: [], total: 0 };
    const orgTenants = [...actor.orgAdminOf];
    const ownEnvs = [...actor.systemAdminOf.keys()];
    if (!orgTenants.length && !ownEnvs.length) return { items: [], total: 0 };
    query = query.where((eb) =>
      eb.or([
        ...(orgTenants.length ? [eb('tenant_id', 'in', orgTenants)] : []),
        ...(ownEnvs.length ? [eb('id', 'in', ownEnvs)] : []),
      ]),
    );
  }
  if (filter.tenantId) query = query.where('tenant_id', '=', filter.tenantId);
  if (filter.region) query = query.where('region_code', '=', filter.region);
  const page = await pageOf(query.orderBy('name').orderBy('id'), filter);
  return { items: await withServices(ctx, page.items), total: page.total };
}

export interface EnvironmentAbout {
  environmentId: string;
  name: string;
  url: string;
  type: EnvironmentType;
  region: string;
  regionName: string;
  /** Service part first, then the database/background part: it changes in two steps during an update. */
  version: string;
  /** As the About page shows it: "9.2.25111.10 (background update pending)" between the two parts. */
  versionText: string;
  backgroundUpdatePending: boolean;
  updatedAt: string;
}

/** The About page: what a system admin checks after an update ("verify the version number"). */
export async function getEnvironmentAbout(ctx: AppContext, actor: Actor, id: string): Promise<EnvironmentAbout> {
  const env = await getEnvironment(ctx, actor, id);
  const db = ctx.database.db;
  const region = await db
    .selectFrom('region')
    .select('name')
    .where('code', '=', env.region_code)
    .executeTakeFirstOrThrow();
  // The service part of an update is done and its database part not yet: the version will change again.
  const pending = !!(await db
    .selectFrom('rollout_environment')
    .select('environment_id')
    .where('environment_id', '=', env.id)
    .where('state', '=', 'service_done')
    .executeTakeFirst());
  return {
    environmentId: env.id,
    name: env.name,
    url: env.url,
    type: env.type,
    region: env.region_code,
    regionName: region.name,
    version: env.version,
    versionText: aboutVersionText(env.version, pending),
    backgroundUpdatePending: pending,
    updatedAt: env.updated_at,
  };
}
