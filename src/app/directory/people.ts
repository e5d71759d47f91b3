// People and their roles. A person is an email with a name, a locale (or none: they read their
// tenant's language) and a time zone; what they may see and receive comes from their role assignments.
import { sql, type Kysely } from 'kysely';
import { canManageTenant, canReadTenant, isOperator, type Actor } from '../../domain/actor.js';
import {
  checkCategories,
  checkEmail,
  checkLocale,
  checkTimeZone,
  isEnvironmentRole,
  normaliseEmail,
  ROLES,
  type NotificationCategory,
  type RoleName,
} from '../../domain/directory.js';
import { conflict, forbidden, invalid, notFound, words } from '../../errors.js';
import type { DB, PersonTable, RoleAssignmentTable } from '../../store/schema.js';
import { fromJson, newId, toJson } from '../../store/values.js';
import { hashPassword } from '../auth.js';
import { deletePersonSessions, sessionIdOf } from '../../store/credentials.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from './check.js';
import { containsPattern, pageOf, type Page, type PageRequest } from './paging.js';
import { privateNameKey } from '../../domain/publicity.js';

export interface PersonInput {
  email: string;
  name: string;
  /** Absent or null: no language of their own, they read their tenant's (issue 15). */
  locale?: string | null;
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
    .field(`${prefix}name`, input.name, (v) => (v.trim() ? null : 'problem.notEmpty'))
    .field(`${prefix}locale`, input.locale ?? undefined, checkLocale)
    .field(`${prefix}timeZone`, input.timeZone, checkTimeZone)
    .field(`${prefix}password`, input.password, (v) => (v.length >= 12 ? null : 'problem.password.short'));
}

/**
 * The role assignments an actor may see, as a query to narrow further. Operators see all, everyone
 * sees their own; an org admin sees every role in their tenants; a system admin sees their
 * tenant's org admins and the system admins of their own environments (whom to ask, nothing more).
 * A person is visible exactly when one of their roles is.
 */
function visibleRoles(db: Kysely<DB>, actor: Actor) {
  const query = db.selectFrom('role_assignment').selectAll();
  if (isOperator(actor)) return query;
  if (actor.kind !== 'person') return query.where(sql<boolean>`1 = 0`);
  const orgTenants = [...actor.orgAdminOf];
  const ownEnvironments = [...actor.systemAdminOf.keys()];
  const envTenants = [...new Set(actor.systemAdminOf.values())];
  return query.where((eb) =>
    eb.or([
      eb('person_id', '=', actor.personId),
      ...(orgTenants.length ? [eb('tenant_id', 'in', orgTenants)] : []),
      ...(envTenants.length ? [eb.and([eb('role', '=', 'org_admin'), eb('tenant_id', 'in', envTenants)])] : []),
      ...(ownEnvironments.length ? [eb('environment_id', 'in', ownEnvironments)] : []),
    ]),
  );
}

const strip = ({ password_hash: _omit, ...rest }: PersonTable): Omit<PersonTable, 'password_hash'> => rest;

export async function insertPerson(s: CommandScope, input: PersonInput): Promise<PersonTable> {
  const email = normaliseEmail(input.email);
  if (await s.trx.selectFrom('person').select('id').where('email', '=', email).executeTakeFirst()) {
    throw conflict(words('problem.people.emailTaken', { email }), 'body.email');
  }
  const row: PersonTable = {
    id: newId(),
    email,
    name: input.name.trim(),
    name_key: privateNameKey(input.name),
    locale: input.locale ?? null,
    time_zone: input.timeZone ?? 'UTC',
    password_hash: input.password ? await hashPassword(input.password) : null,
    created_at: s.nowIso,
    updated_at: s.nowIso,
  };
  await s.trx.insertInto('person').values(row).execute();
  await s.audit({
    action: 'person.created',
    entityType: 'person',
    entityId: row.id,
    tenantId: null,
    after: strip(row),
  });
  return row;
}

export async function createPerson(ctx: AppContext, actor: Actor, input: PersonInput): Promise<PersonView> {
  if (!isOperator(actor)) throw forbidden('problem.people.operatorsCreate');
  checkPerson(input).require('body.email', input.email).require('body.name', input.name).done();
  return runCommand(ctx, actor, async (s) => ({ ...strip(await insertPerson(s, input)), roles: [] }));
}

/**
 * `currentSessionToken`: the session the change is made with. A new password ends every other
 * session of the person (someone who knew the old one is signed out), but not the one in use.
 */
export async function updatePerson(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: Partial<PersonInput>,
  currentSessionToken: string | null = null,
): Promise<PersonView> {
  const self = actor.kind === 'person' && actor.personId === id;
  if (!self && !isOperator(actor)) {
    await getPerson(ctx, actor, id); // 404 when not visible
    throw forbidden('problem.people.ownProfile');
  }
  checkPerson(patch).done();
  return runCommand(ctx, actor, async (s) => {
    const before = await s.trx.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw notFound('person', id);
    const email = patch.email ? normaliseEmail(patch.email) : before.email;
    if (
      email !== before.email &&
      (await s.trx.selectFrom('person').select('id').where('email', '=', email).executeTakeFirst())
    ) {
      throw conflict(words('problem.people.emailTaken', { email }), 'body.email');
    }
    const after: PersonTable = {
      ...before,
      email,
      name: patch.name?.trim() ?? before.name,
      name_key: privateNameKey(patch.name ?? before.name),
      // null clears it: back to the organization's language.
      locale: patch.locale === undefined ? before.locale : patch.locale,
      time_zone: patch.timeZone ?? before.time_zone,
      password_hash: patch.password ? await hashPassword(patch.password) : before.password_hash,
      updated_at: s.nowIso,
    };
    await s.trx.updateTable('person').set(after).where('id', '=', id).execute();
    if (patch.password) {
      const keep = self && currentSessionToken ? sessionIdOf(currentSessionToken) : null;
      const ended = await deletePersonSessions(s.trx, id, keep);
      if (ended)
        await s.audit({
          action: 'session.others_ended',
          entityType: 'person',
          entityId: id,
          tenantId: null,
          after: { ended, reason: 'password changed' },
        });
    }
    await s.audit({
      action: 'person.updated',
      entityType: 'person',
      entityId: id,
      tenantId: null,
      before: strip(before),
      after: strip(after),
    });
    const roles = await visibleRoles(s.trx, actor).where('person_id', '=', id).execute();
    return { ...strip(after), roles: roles.map(presentRole) };
  });
}

export async function getPerson(ctx: AppContext, actor: Actor, id: string): Promise<PersonView> {
  const db = ctx.database.db;
  const row = await db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
  const self = actor.kind === 'person' && actor.personId === id;
  const roles = row ? await visibleRoles(db, actor).where('person_id', '=', row.id).execute() : [];
  if (!row || (!isOperator(actor) && !self && roles.length === 0)) throw notFound('person', id);
  return { ...strip(row), roles: roles.map(presentRole) };
}

/** People the actor may see; `tenantId` narrows to those with a role in that tenant. */
export async function listPeople(
  ctx: AppContext,
  actor: Actor,
  filter: PageRequest & { tenantId?: string; q?: string },
): Promise<Page<PersonView>> {
  const db = ctx.database.db;
  if (filter.tenantId && !canReadTenant(actor, filter.tenantId)) throw notFound('tenant', filter.tenantId);
  let query = db.selectFrom('person').selectAll();
  if (!isOperator(actor) || filter.tenantId) {
    let roles = visibleRoles(db, actor);
    if (filter.tenantId) roles = roles.where('tenant_id', '=', filter.tenantId);
    query = query.where('id', 'in', roles.clearSelect().select('person_id'));
  }
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    query = query.where((eb) => eb.or([eb('email', 'like', pattern), eb(eb.fn('lower', ['name']), 'like', pattern)]));
  }
  const page = await pageOf(query.orderBy('email'), filter);
  const ids = page.items.map((p) => p.id);
  const roles = ids.length ? await visibleRoles(db, actor).where('person_id', 'in', ids).execute() : [];
  return {
    items: page.items.map((p) => ({ ...strip(p), roles: roles.filter((r) => r.person_id === p.id).map(presentRole) })),
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

/** What an additional recipient receives when nobody says: the emails the policy sends admins. */
export const DEFAULT_RECIPIENT_CATEGORIES: NotificationCategory[] = [
  'incident',
  'planned_maintenance',
  'unplanned_maintenance',
];

/** The scope a role needs: tenant roles need a tenant, system admins an environment, operators neither. */
export async function insertRole(s: CommandScope, input: RoleInput): Promise<RoleAssignmentTable> {
  const check = new InputCheck().field('body.role', input.role, (v) =>
    (ROLES as readonly string[]).includes(v) ? null : words('problem.schema.oneOf', { choices: ROLES.join(', ') }),
  );
  if (input.categories) check.field('body.categories', input.categories, checkCategories);
  check.done();
  let tenantId: string | null = null;
  let environmentId: string | null = null;
  if (isEnvironmentRole(input.role)) {
    if (!input.environmentId)
      throw invalid(
        'body.environmentId',
        words('problem.people.environmentRequired', { role: input.role === 'member' ? 'member' : 'systemAdmin' }),
      );
    const env = await s.trx
      .selectFrom('environment')
      .select(['id', 'tenant_id'])
      .where('id', '=', input.environmentId)
      .executeTakeFirst();
    if (!env) throw notFound('environment', input.environmentId);
    environmentId = env.id;
    tenantId = env.tenant_id;
  } else if (input.role !== 'operator') {
    if (!input.tenantId) throw invalid('body.tenantId', words('problem.people.tenantRequired', { role: input.role }));
    if (!(await s.trx.selectFrom('tenant').select('id').where('id', '=', input.tenantId).executeTakeFirst()))
      throw notFound('tenant', input.tenantId);
    tenantId = input.tenantId;
  }
  const scopeId = environmentId ?? tenantId ?? '';
  if (
    await s.trx
      .selectFrom('role_assignment')
      .select('id')
      .where('person_id', '=', input.personId)
      .where('role', '=', input.role)
      .where('scope_id', '=', scopeId)
      .executeTakeFirst()
  ) {
    throw conflict(words('problem.people.roleTaken', { role: input.role }), 'body.role');
  }
  const row: RoleAssignmentTable = {
    id: newId(),
    person_id: input.personId,
    role: input.role,
    tenant_id: tenantId,
    environment_id: environmentId,
    scope_id: scopeId,
    categories: toJson(input.role === 'additional_recipient' ? (input.categories ?? DEFAULT_RECIPIENT_CATEGORIES) : []),
    created_at: s.nowIso,
  };
  await s.trx.insertInto('role_assignment').values(row).execute();
  await s.audit({
    action: 'role.assigned',
    entityType: 'role_assignment',
    entityId: row.id,
    tenantId,
    after: presentRole(row),
  });
  return row;
}

/** Operators assign any role; an org admin manages the additional recipients of their tenant. */
export async function assignRole(ctx: AppContext, actor: Actor, input: RoleInput): Promise<RoleAssignmentView> {
  if (!isOperator(actor)) {
    // The person first: someone the actor cannot see does not exist for them, whatever the role.
    await getPerson(ctx, actor, input.personId);
    if (!input.tenantId || !canReadTenant(actor, input.tenantId)) throw notFound('tenant', input.tenantId ?? '');
    if (input.role !== 'additional_recipient' || !canManageTenant(actor, input.tenantId)) {
      throw forbidden('problem.people.orgAdminsAdd');
    }
  }
  return runCommand(ctx, actor, async (s) => {
    if (!(await s.trx.selectFrom('person').select('id').where('id', '=', input.personId).executeTakeFirst()))
      throw notFound('person', input.personId);
    const role = await insertRole(s, input);
    if (role.tenant_id) s.changed({ tenantIds: [role.tenant_id], topic: 'roles' });
    return presentRole(role);
  });
}

export async function removeRole(ctx: AppContext, actor: Actor, roleId: string): Promise<void> {
  await runCommand(ctx, actor, async (s) => {
    const row = await visibleRoles(s.trx, actor).where('id', '=', roleId).executeTakeFirst();
    if (!row) throw notFound('roleAssignment', roleId);
    if (!isOperator(actor) && !(row.role === 'additional_recipient' && canManageTenant(actor, row.tenant_id!))) {
      throw forbidden('problem.people.orgAdminsRemove');
    }
    await s.trx.deleteFrom('role_assignment').where('id', '=', roleId).execute();
    await s.audit({
      action: 'role.removed',
      entityType: 'role_assignment',
      entityId: roleId,
      tenantId: row.tenant_id,
      before: presentRole(row),
    });
    if (row.tenant_id) s.changed({ tenantIds: [row.tenant_id], topic: 'roles' });
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
): Promise<RecipientView> {
  checkCanManageRecipients(actor, tenantId);
  new InputCheck()
    .field('body.email', input.email, (v) => checkEmail(normaliseEmail(v)))
    .field('body.categories', input.categories, (v) =>
      v.length ? checkCategories(v) : 'problem.people.categoryRequired',
    )
    .done();
  return runCommand(ctx, actor, async (s) => {
    if (!(await s.trx.selectFrom('tenant').select('id').where('id', '=', tenantId).executeTakeFirst()))
      throw notFound('tenant', tenantId);
    const email = normaliseEmail(input.email);
    const existing = await s.trx.selectFrom('person').selectAll().where('email', '=', email).executeTakeFirst();
    if (existing && (await recipientsOf(s.trx, tenantId).where('person_id', '=', existing.id).executeTakeFirst())) {
      throw conflict(words('problem.people.alreadyRecipient', { email }), 'body.email');
    }
    const person = existing ?? (await insertPerson(s, { email, name: input.name?.trim() || email }));
    const role = await insertRole(s, {
      personId: person.id,
      role: 'additional_recipient',
      tenantId,
      categories: input.categories,
    });
    s.changed({ tenantIds: [tenantId], topic: 'recipients' });
    return presentRecipient({ ...role, email: person.email, name: person.name });
  });
}

export interface RecipientView extends RoleAssignmentView {
  email: string;
  name: string;
  createdAt: string;
}

const presentRecipient = (r: RoleAssignmentTable & { email: string; name: string }): RecipientView => ({
  ...presentRole(r),
  email: r.email,
  name: r.name,
  createdAt: r.created_at,
});

/** Reading and changing who else receives email is the org admins' business (and operators'). */
function checkCanManageRecipients(actor: Actor, tenantId: string): void {
  if (!canReadTenant(actor, tenantId)) throw notFound('tenant', tenantId);
  if (!canManageTenant(actor, tenantId)) throw forbidden('problem.people.orgAdminsRecipients');
}

function recipientsOf(db: Kysely<DB>, tenantId: string) {
  return db
    .selectFrom('role_assignment')
    .innerJoin('person', 'person.id', 'role_assignment.person_id')
    .selectAll('role_assignment')
    .select(['person.email', 'person.name'])
    .where('role_assignment.tenant_id', '=', tenantId)
    .where('role_assignment.role', '=', 'additional_recipient');
}

export async function listRecipients(ctx: AppContext, actor: Actor, tenantId: string): Promise<RecipientView[]> {
  checkCanManageRecipients(actor, tenantId);
  const rows = await recipientsOf(ctx.database.db, tenantId).orderBy('person.email').execute();
  if (
    !rows.length &&
    !(await ctx.database.db.selectFrom('tenant').select('id').where('id', '=', tenantId).executeTakeFirst())
  )
    throw notFound('tenant', tenantId);
  return rows.map(presentRecipient);
}

/** Removes one additional recipient of this tenant; a role of any other kind or tenant is not found here. */
export async function removeRecipient(ctx: AppContext, actor: Actor, tenantId: string, roleId: string): Promise<void> {
  checkCanManageRecipients(actor, tenantId);
  await runCommand(ctx, actor, async (s) => {
    const row = await recipientsOf(s.trx, tenantId).where('role_assignment.id', '=', roleId).executeTakeFirst();
    if (!row) throw notFound('recipient', roleId);
    await s.trx.deleteFrom('role_assignment').where('id', '=', roleId).execute();
    await s.audit({
      action: 'role.removed',
      entityType: 'role_assignment',
      entityId: roleId,
      tenantId,
      before: presentRecipient(row),
    });
    s.changed({ tenantIds: [tenantId], topic: 'recipients' });
  });
}
