// The member (end user) view: the environments a person is a member of and, when their tenant's
// admin allows it, each one's health: the open incidents and the maintenance under way or coming
// that touch it. Nothing of other environments or tenants; members get no notices (no policy rule
// selects the role).
import { canManageTenant, type Actor } from '../../domain/actor.js';
import { forbidden, notFound } from '../../errors.js';
import { requirePerson } from '../auth.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';

export interface MemberEnvironment {
  environmentId: string;
  name: string;
  url: string;
  region: string;
  tenantName: string;
  /** Null when the tenant does not let its members see health. */
  health: null | {
    status: 'healthy' | 'incident' | 'maintenance';
    incidents: { id: string; title: string; status: string; startAt: string }[];
    maintenance: { id: string; title: string; state: string }[];
  };
}

export async function getMemberView(ctx: AppContext, actor: Actor): Promise<MemberEnvironment[]> {
  const person = requirePerson(actor);
  const db = ctx.database.db;
  const environments = await db
    .selectFrom('role_assignment as ra')
    .innerJoin('environment as e', 'e.id', 'ra.environment_id')
    .innerJoin('tenant as t', 't.id', 'e.tenant_id')
    .leftJoin('member_setting as ms', 'ms.tenant_id', 'e.tenant_id')
    .select(['e.id', 'e.name', 'e.url', 'e.region_code', 't.name as tenant_name', 'ms.members_see_health'])
    .where('ra.person_id', '=', person.personId)
    .where('ra.role', '=', 'member')
    .orderBy('t.name')
    .orderBy('e.name')
    .execute();
  const shown = environments.filter((e) => e.members_see_health === 1).map((e) => e.id);
  const incidents = shown.length
    ? await db
        .selectFrom('incident_environment as ie')
        .innerJoin('incident as i', 'i.id', 'ie.incident_id')
        .select(['ie.environment_id', 'i.id', 'i.title', 'i.status', 'i.start_at'])
        .where('ie.environment_id', 'in', shown)
        .where('i.is_resolved', '=', 0)
        .orderBy('i.start_at', 'desc')
        .execute()
    : [];
  const maintenance = shown.length
    ? await db
        .selectFrom('maintenance_environment as me')
        .innerJoin('maintenance as m', 'm.id', 'me.maintenance_id')
        .select(['me.environment_id', 'm.id', 'm.title', 'm.state'])
        .where('me.environment_id', 'in', shown)
        .where('m.state', 'in', ['scheduled', 'in_progress'])
        .execute()
    : [];
  return environments.map((e) => {
    if (e.members_see_health !== 1)
      return {
        environmentId: e.id,
        name: e.name,
        url: e.url,
        region: e.region_code,
        tenantName: e.tenant_name,
        health: null,
      };
    const open = incidents
      .filter((i) => i.environment_id === e.id)
      .map((i) => ({ id: i.id, title: i.title, status: i.status, startAt: i.start_at }));
    const work = maintenance
      .filter((m) => m.environment_id === e.id)
      .map((m) => ({ id: m.id, title: m.title, state: m.state }));
    const status = open.length ? 'incident' : work.some((m) => m.state === 'in_progress') ? 'maintenance' : 'healthy';
    return {
      environmentId: e.id,
      name: e.name,
      url: e.url,
      region: e.region_code,
      tenantName: e.tenant_name,
      health: { status, incidents: open, maintenance: work },
    };
  });
}

export interface MemberSettings {
  membersSeeHealth: boolean;
}

export async function getMemberSettings(ctx: AppContext, actor: Actor, tenantId: string): Promise<MemberSettings> {
  if (!canManageTenant(actor, tenantId)) throw notFound('tenant', tenantId);
  const row = await ctx.database.db
    .selectFrom('member_setting')
    .select('members_see_health')
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  return { membersSeeHealth: row?.members_see_health === 1 };
}

/** The tenant's org admin (or an operator) decides whether members see their environments' health. */
export async function setMemberSettings(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  input: MemberSettings,
): Promise<MemberSettings> {
  if (!canManageTenant(actor, tenantId)) {
    if (actor.kind === 'person' && (actor.memberOf ? [...actor.memberOf.values()] : []).includes(tenantId))
      throw forbidden('problem.members.orgAdminsDecide');
    throw notFound('tenant', tenantId);
  }
  await runCommand(ctx, actor, async (s) => {
    const tenant = await s.trx.selectFrom('tenant').select('id').where('id', '=', tenantId).executeTakeFirst();
    if (!tenant) throw notFound('tenant', tenantId);
    const before = await s.trx
      .selectFrom('member_setting')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    const row = {
      tenant_id: tenantId,
      members_see_health: input.membersSeeHealth ? (1 as const) : (0 as const),
      updated_at: s.nowIso,
    };
    if (before) await s.trx.updateTable('member_setting').set(row).where('tenant_id', '=', tenantId).execute();
    else await s.trx.insertInto('member_setting').values(row).execute();
    await s.audit({
      action: 'tenant.member_settings',
      entityType: 'tenant',
      entityId: tenantId,
      tenantId,
      before: { membersSeeHealth: before?.members_see_health === 1 },
      after: input,
    });
    s.changed({ tenantIds: [tenantId], topic: 'directory' });
  });
  return input;
}
