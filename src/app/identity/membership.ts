// A person's place in a tenant as their directory says it: joining (just in time or by SCIM),
// the roles their groups give through the tenant's group rules, and deactivation. Roles made
// here are recorded in managed_role, so the next sync can take them back without touching
// roles an operator or org admin gave by hand.
import type { Transaction } from 'kysely';
import type { DB, MemberStatus, TenantMemberTable } from '../../store/schema.js';
import { fromJson, toJson } from '../../store/values.js';
import type { CommandScope } from '../command.js';
import { insertRole } from '../directory/people.js';

interface WantedRole {
  role: 'org_admin' | 'system_admin';
  environmentId: string;
}

/** The roles a tenant's group rules give to someone in these groups. */
export async function rolesForGroups(trx: Transaction<DB>, tenantId: string, groups: string[]): Promise<WantedRole[]> {
  if (!groups.length) return [];
  const rules = await trx
    .selectFrom('group_role_rule')
    .select(['role', 'environment_id'])
    .where('tenant_id', '=', tenantId)
    .where('group_name', 'in', groups)
    .execute();
  return rules.map((r) => ({ role: r.role, environmentId: r.environment_id }));
}

/**
 * Makes the person's managed roles in the tenant exactly `wanted`: adds the missing, removes the
 * ones no group gives any more. Each change is audited with its source.
 */
export async function syncManagedRoles(
  s: CommandScope,
  tenantId: string,
  personId: string,
  wanted: WantedRole[],
  source: string,
): Promise<void> {
  const current = await s.trx
    .selectFrom('managed_role as m')
    .innerJoin('role_assignment as ra', 'ra.id', 'm.role_assignment_id')
    .select(['ra.id', 'ra.role', 'ra.environment_id'])
    .where('m.tenant_id', '=', tenantId)
    .where('m.person_id', '=', personId)
    .execute();
  const key = (role: string, env: string | null) => `${role}/${env ?? ''}`;
  const wantedKeys = new Set(wanted.map((w) => key(w.role, w.environmentId)));
  for (const row of current) {
    if (wantedKeys.has(key(row.role, row.environment_id))) continue;
    await s.trx.deleteFrom('role_assignment').where('id', '=', row.id).execute();
    await s.audit({
      action: 'role.removed',
      entityType: 'role_assignment',
      entityId: row.id,
      tenantId,
      before: { personId, role: row.role, environmentId: row.environment_id, source },
    });
  }
  const have = new Set(current.map((r) => key(r.role, r.environment_id)));
  for (const w of wanted) {
    const k = key(w.role, w.environmentId);
    if (have.has(k)) continue;
    have.add(k);
    // A role given by hand already covers it; it stays unmanaged.
    const scopeId = w.role === 'system_admin' ? w.environmentId : tenantId;
    const existing = await s.trx
      .selectFrom('role_assignment')
      .select('id')
      .where('person_id', '=', personId)
      .where('role', '=', w.role)
      .where('scope_id', '=', scopeId)
      .executeTakeFirst();
    if (existing) continue;
    const row = await insertRole(s, {
      personId,
      role: w.role,
      tenantId,
      ...(w.role === 'system_admin' ? { environmentId: w.environmentId } : {}),
    });
    await s.trx
      .insertInto('managed_role')
      .values({ role_assignment_id: row.id, tenant_id: tenantId, person_id: personId })
      .execute();
  }
  s.changed({ tenantIds: [tenantId], topic: 'roles' });
}

export async function findMember(
  trx: Transaction<DB>,
  tenantId: string,
  personId: string,
): Promise<TenantMemberTable | undefined> {
  return trx
    .selectFrom('tenant_member')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function upsertMember(
  s: CommandScope,
  member: {
    tenantId: string;
    personId: string;
    source: 'oidc' | 'scim';
    status: MemberStatus;
    externalId?: string | null;
    groups?: string[];
  },
): Promise<void> {
  const existing = await findMember(s.trx, member.tenantId, member.personId);
  if (existing) {
    await s.trx
      .updateTable('tenant_member')
      .set({
        status: member.status,
        ...(member.externalId !== undefined ? { external_id: member.externalId } : {}),
        ...(member.groups ? { groups: toJson(member.groups) } : {}),
        updated_at: s.nowIso,
      })
      .where('tenant_id', '=', member.tenantId)
      .where('person_id', '=', member.personId)
      .execute();
    return;
  }
  await s.trx
    .insertInto('tenant_member')
    .values({
      tenant_id: member.tenantId,
      person_id: member.personId,
      source: member.source,
      status: member.status,
      external_id: member.externalId ?? null,
      groups: toJson(member.groups ?? []),
      created_at: s.nowIso,
      updated_at: s.nowIso,
    })
    .execute();
}

/**
 * The directory says this person left: they sign in to nothing (sessions gone, tokens revoked),
 * the planner skips them from this moment, and the roles their groups gave are taken back.
 */
export async function deactivatePerson(
  s: CommandScope,
  tenantId: string,
  personId: string,
  source: string,
): Promise<void> {
  await s.trx
    .updateTable('person')
    .set({ deactivated_at: s.nowIso, updated_at: s.nowIso })
    .where('id', '=', personId)
    .execute();
  await s.trx.deleteFrom('session').where('person_id', '=', personId).execute();
  await s.trx
    .updateTable('api_token')
    .set({ revoked_at: s.nowIso })
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .execute();
  // Notices already planned for them and not yet sent stay unsent; the delivery log says why.
  await s.trx
    .updateTable('delivery')
    .set({ status: 'suppressed', last_error: 'deactivated by their directory' })
    .where('recipient_kind', '=', 'person')
    .where('recipient_id', '=', personId)
    .where('status', 'in', ['pending', 'failed'])
    .execute();
  await syncManagedRoles(s, tenantId, personId, [], source);
  await s.audit({
    action: 'person.deactivated',
    entityType: 'person',
    entityId: personId,
    tenantId,
    after: { source },
  });
}

export async function reactivatePerson(
  s: CommandScope,
  tenantId: string,
  personId: string,
  source: string,
): Promise<void> {
  await s.trx
    .updateTable('person')
    .set({ deactivated_at: null, updated_at: s.nowIso })
    .where('id', '=', personId)
    .execute();
  await s.audit({
    action: 'person.reactivated',
    entityType: 'person',
    entityId: personId,
    tenantId,
    after: { source },
  });
}

/** The groups whose rules decide the person's roles: their SCIM groups and those of their last sign-in. */
export async function groupsOfMember(trx: Transaction<DB>, tenantId: string, personId: string): Promise<string[]> {
  const scim = await trx
    .selectFrom('scim_group_member as gm')
    .innerJoin('scim_group as g', 'g.id', 'gm.group_id')
    .select('g.display_name')
    .where('gm.person_id', '=', personId)
    .where('g.tenant_id', '=', tenantId)
    .execute();
  const member = await findMember(trx, tenantId, personId);
  return [...new Set([...scim.map((g) => g.display_name), ...fromJson<string[]>(member?.groups, [])])];
}
