// People and their roles. A person is an email with a name, a locale and a time zone; what they
// may see and receive comes from their role assignments.
import { canManageTenant, canReadTenant, isOperator, readableTenantIds, type Actor } from '../../domain/actor.js';
import { checkCategories, checkEmail, checkLocale, checkTimeZone, normaliseEmail, ROLES, type NotificationCategory, type RoleName } from '../../domain/directory.js';
import { conflict, forbidden, invalid, notFound } from '../../errors.js';
import type { PersonTable, RoleAssignmentTable } from '../../store/schema.js';
import { fromJson, newId, toJson } from '../../store/values.js';
import { hashPassword } from '../auth.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from './check.js';
import { pageOf, type Page, type PageRequest } from './paging.js';

export interface PersonInput {
  email: string;
  name: string;
  locale?: string;
  timeZone?: string;
  password?: string;
}

export interface RoleAssignmentView {
  id: string;
  personId: string;
  role: RoleName;
  tenantId: string | null;
  environmentId: string | null;
  categories: NotificationCategory[];
}

export interface PersonView extends Omit<PersonTable, 'password_hash'> {
  roles: RoleAssignmentView[];
}

export const presentRole = (r: RoleAssignmentTable): RoleAssignmentView => ({
  id: r.id,
  personId: r.person_id,
  role: r.role,
  tenantId: r.tenant_id,
  environmentId: r.environment_id,
  categories: fromJson<NotificationCategory[]>(r.categories, []),
});

export function checkPerson(input: Partial<PersonInput>, prefix = 'body.'): InputCheck {
  return new InputCheck()
    .field(`${prefix}email`, input.email, (v) => checkEmail(normaliseEmail(v)))
    .field(`${prefix}name`, input.name, (v) => (v.trim() ? null : 'must not be empty'))
    .field(`${prefix}locale`, input.locale, checkLocale)
    .field(`${prefix}timeZone`, input.timeZone, checkTimeZone)
    .field(`${prefix}password`, input.password, (v) => (v.length >= 12 ? null : 'must be at least 12 characters'));
}

async function rolesOf(ctx: AppContext, personIds: string[]): Promise<RoleAssignmentTable[]> {
  if (!personIds.length) return [];
  return ctx.database.db.selectFrom('role_assignment').selectAll().where('person_id', 'in', personIds).execute();
}

/** What of a person's roles an actor may see: operators all; tenant admins those in their tenants. */
function visibleRoles(actor: Actor, roles: RoleAssignmentTable[]): RoleAssignmentTable[] {
  if (isOperator(actor)) return roles;
  const tenants = readableTenantIds(actor);
  return roles.filter((r) => r.tenant_id !== null && tenants.has(r.tenant_id));
}

const strip = ({ password_hash: _omit, ...rest }: PersonTable): Omit<PersonTable, 'password_hash'> => rest;

export async function insertPerson(s: CommandScope, input: PersonInput): Promise<PersonTable> {
  const email = normaliseEmail(input.email);
  if (await s.trx.selectFrom('person').select('id').where('email', '=', email).executeTakeFirst()) {
    throw conflict(`A person with the email ${email} already exists.`, 'body.email');
  }
  const row: PersonTable = {
    id: newId(),
    email,
    name: input.name.trim(),
    locale: input.locale ?? 'en-US',
    time_zone: input.timeZone ?? 'UTC',
    password_hash: input.password ? await hashPassword(input.password) : null,
    created_at: s.nowIso,
    updated_at: s.nowIso,
  };
  await s.trx.insertInto('person').values(row).execute();
  await s.audit({ action: 'person.created', entityType: 'person', entityId: row.id, tenantId: null, after: strip(row) });
  return row;
}

export async function createPerson(ctx: AppContext, actor: Actor, input: PersonInput): Promise<PersonView> {
  if (!isOperator(actor)) throw forbidden('Only operators create people; org admins add additional recipients.');
  checkPerson(input).require('body.email', input.email).require('body.name', input.name).done();
  return runCommand(ctx, actor, async (s) => ({ ...strip(await insertPerson(s, input)), roles: [] }));
}

export async function updatePerson(ctx: AppContext, actor: Actor, id: string, patch: Partial<PersonInput>): Promise<PersonView> {
  const self = actor.kind === 'person' && actor.personId === id;
  if (!self && !isOperator(actor)) {
    await getPerson(ctx, actor, id); // 404 when not visible
    throw forbidden('People change their own profile; operators change anyone’s.');
  }
  checkPerson(patch).done();
  return runCommand(ctx, actor, async (s) => {
    const before = await s.trx.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw notFound('person', id);
    const email = patch.email ? normaliseEmail(patch.email) : before.email;
    if (email !== before.email && (await s.trx.selectFrom('person').select('id').where('email', '=', email).executeTakeFirst())) {
      throw conflict(`A person with the email ${email} already exists.`, 'body.email');
    }
    const after: PersonTable = {
      ...before,
      email,
      name: patch.name?.trim() ?? before.name,
      locale: patch.locale ?? before.locale,
      time_zone: patch.timeZone ?? before.time_zone,
      password_hash: patch.password ? await hashPassword(patch.password) : before.password_hash,
      updated_at: s.nowIso,
    };
    await s.trx.updateTable('person').set(after).where('id', '=', id).execute();
    await s.audit({ action: 'person.updated', entityType: 'person', entityId: id, tenantId: null, before: strip(before), after: strip(after) });
    const roles = visibleRoles(actor, await s.trx.selectFrom('role_assignment').selectAll().where('person_id', '=', id).execute());
    return { ...strip(after), roles: roles.map(presentRole) };
  });
}

export async function getPerson(ctx: AppContext, actor: Actor, id: string): Promise<PersonView> {
  const row = await ctx.database.db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
  const self = actor.kind === 'person' && actor.personId === id;
  const roles = row ? await rolesOf(ctx, [row.id]) : [];
  const visible = self ? roles : visibleRoles(actor, roles);
  if (!row || (!isOperator(actor) && !self && visible.length === 0)) throw notFound('person', id);
  return { ...strip(row), roles: visible.map(presentRole) };
}

export async function listPeople(ctx: AppContext, actor: Actor, filter: PageRequest & { tenantId?: string; q?: string }): Promise<Page<PersonView>> {
  let query = ctx.database.db.selectFrom('person').selectAll();
  const tenantIds = filter.tenantId ? [filter.tenantId] : isOperator(actor) ? null : [...readableTenantIds(actor)];
  if (tenantIds) {
    if (!tenantIds.length || tenantIds.some((t) => !canReadTenant(actor, t))) return { items: [], total: 0 };
    query = query.where('id', 'in', (eb) => eb.selectFrom('role_assignment').select('person_id').where('tenant_id', 'in', tenantIds));
  }
  if (filter.q) query = query.where((eb) => eb.or([eb('email', 'like', `%${filter.q!.toLowerCase()}%`), eb('name', 'like', `%${filter.q}%`)]));
  const page = await pageOf(query.orderBy('email'), filter);
  const roles = await rolesOf(ctx, page.items.map((p) => p.id));
  return {
    items: page.items.map((p) => ({ ...strip(p), roles: visibleRoles(actor, roles.filter((r) => r.person_id === p.id)).map(presentRole) })),
    total: page.total,
  };
}

export interface RoleInput {
  personId: string;
  role: RoleName;
  tenantId?: string;
  environmentId?: string;
  categories?: string[];
}

/** The scope a role needs: tenant roles need a tenant, system admins an environment, operators neither. */
export async function insertRole(s: CommandScope, input: RoleInput): Promise<RoleAssignmentTable> {
  const check = new InputCheck().field('body.role', input.role, (v) => ((ROLES as readonly string[]).includes(v) ? null : `must be one of ${ROLES.join(', ')}`));
  if (input.categories) check.field('body.categories', input.categories, checkCategories);
  check.done();
  let tenantId: string | null = null;
  let environmentId: string | null = null;
  if (input.role === 'system_admin') {
    if (!input.environmentId) throw invalid('body.environmentId', 'is required for a system admin');
    const env = await s.trx.selectFrom('environment').select(['id', 'tenant_id']).where('id', '=', input.environmentId).executeTakeFirst();
    if (!env) throw notFound('environment', input.environmentId);
    environmentId = env.id;
    tenantId = env.tenant_id;
  } else if (input.role !== 'operator') {
    if (!input.tenantId) throw invalid('body.tenantId', `is required for ${input.role}`);
    if (!(await s.trx.selectFrom('tenant').select('id').where('id', '=', input.tenantId).executeTakeFirst())) throw notFound('tenant', input.tenantId);
    tenantId = input.tenantId;
  }
  const scopeId = environmentId ?? tenantId ?? '';
  if (
    await s.trx.selectFrom('role_assignment').select('id').where('person_id', '=', input.personId).where('role', '=', input.role).where('scope_id', '=', scopeId).executeTakeFirst()
  ) {
    throw conflict(`That person already has the role ${input.role} there.`, 'body.role');
  }
  const row: RoleAssignmentTable = {
    id: newId(),
    person_id: input.personId,
    role: input.role,
    tenant_id: tenantId,
    environment_id: environmentId,
    scope_id: scopeId,
    categories: toJson(input.role === 'additional_recipient' ? (input.categories ?? ['incident', 'planned_maintenance', 'unplanned_maintenance']) : []),
    created_at: s.nowIso,
  };
  await s.trx.insertInto('role_assignment').values(row).execute();
  await s.audit({ action: 'role.assigned', entityType: 'role_assignment', entityId: row.id, tenantId, after: presentRole(row) });
  return row;
}

/** Operators assign any role; an org admin manages the additional recipients of their tenant. */
export async function assignRole(ctx: AppContext, actor: Actor, input: RoleInput): Promise<RoleAssignmentView> {
  if (!isOperator(actor)) {
    if (!input.tenantId || !canReadTenant(actor, input.tenantId)) throw notFound('tenant', input.tenantId ?? '');
    if (input.role !== 'additional_recipient' || !canManageTenant(actor, input.tenantId)) {
      throw forbidden('Org admins add additional recipients; other roles are given by operators.');
    }
  }
  return runCommand(ctx, actor, async (s) => {
    if (!(await s.trx.selectFrom('person').select('id').where('id', '=', input.personId).executeTakeFirst())) throw notFound('person', input.personId);
    return presentRole(await insertRole(s, input));
  });
}

export async function removeRole(ctx: AppContext, actor: Actor, roleId: string): Promise<void> {
  await runCommand(ctx, actor, async (s) => {
    const row = await s.trx.selectFrom('role_assignment').selectAll().where('id', '=', roleId).executeTakeFirst();
    if (!row || (!isOperator(actor) && !(row.tenant_id && canReadTenant(actor, row.tenant_id)))) throw notFound('role assignment', roleId);
    if (!isOperator(actor) && !(row.role === 'additional_recipient' && canManageTenant(actor, row.tenant_id!))) {
      throw forbidden('Org admins remove additional recipients; other roles are removed by operators.');
    }
    await s.trx.deleteFrom('role_assignment').where('id', '=', roleId).execute();
    await s.audit({ action: 'role.removed', entityType: 'role_assignment', entityId: roleId, tenantId: row.tenant_id, before: presentRole(row) });
  });
}

/**
 * An org admin adds an address that should also receive email for some categories ("Manage email
 * notifications to admins"): the person is created when the address is new.
 */
export async function addAdditionalRecipient(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  input: { email: string; name?: string; categories: string[] },
): Promise<RoleAssignmentView> {
  if (!canReadTenant(actor, tenantId)) throw notFound('tenant', tenantId);
  if (!canManageTenant(actor, tenantId)) throw forbidden('Only org admins manage who else receives email.');
  new InputCheck().field('body.email', input.email, (v) => checkEmail(normaliseEmail(v))).field('body.categories', input.categories, checkCategories).done();
  return runCommand(ctx, actor, async (s) => {
    const email = normaliseEmail(input.email);
    const existing = await s.trx.selectFrom('person').selectAll().where('email', '=', email).executeTakeFirst();
    const person = existing ?? (await insertPerson(s, { email, name: input.name?.trim() || email }));
    const role = await insertRole(s, { personId: person.id, role: 'additional_recipient', tenantId, categories: input.categories });
    s.changed({ tenantIds: [tenantId], topic: 'recipients' });
    return presentRole(role);
  });
}
