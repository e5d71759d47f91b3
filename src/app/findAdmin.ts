// "Who is my admin?" (the policy's "Find your administrator or support person"). A signed-in person
// sees the org admins and system admins of their environments; anyone may ask for that list by
// email, and it is mailed to the address, so the answer on screen never says whether it is known.
import type { Kysely } from 'kysely';
import { anonymous, type Actor } from '../domain/actor.js';
import { checkEmail, normaliseEmail } from '../domain/directory.js';
import { invalid } from '../errors.js';
import type { DB } from '../store/schema.js';
import { requirePerson } from './auth.js';
import { runCommand } from './command.js';
import type { AppContext } from './context.js';

export interface AdminContact {
  name: string;
  email: string;
}

export interface EnvironmentAdmins {
  environmentId: string;
  environmentName: string;
  url: string;
  region: string;
  tenantName: string;
  orgAdmins: AdminContact[];
  systemAdmins: AdminContact[];
}

/**
 * A person's environments are every environment of a tenant they belong to as org admin or
 * additional recipient, and the environments they are system admin or member (end user) of;
 * nothing of other tenants.
 */
async function adminsForPerson(db: Kysely<DB>, personId: string): Promise<EnvironmentAdmins[]> {
  const roles = await db
    .selectFrom('role_assignment')
    .select(['role', 'tenant_id', 'environment_id'])
    .where('person_id', '=', personId)
    .execute();
  const tenantIds = [
    ...new Set(
      roles.filter((r) => r.role === 'org_admin' || r.role === 'additional_recipient').map((r) => r.tenant_id!),
    ),
  ];
  const ownEnvironmentIds = roles
    .filter((r) => r.role === 'system_admin' || r.role === 'member')
    .map((r) => r.environment_id!);
  if (!tenantIds.length && !ownEnvironmentIds.length) return [];

  const environments = await db
    .selectFrom('environment')
    .innerJoin('tenant', 'tenant.id', 'environment.tenant_id')
    .select([
      'environment.id',
      'environment.name',
      'environment.url',
      'environment.region_code',
      'environment.tenant_id',
      'tenant.name as tenant_name',
    ])
    .where((eb) =>
      eb.or([
        ...(tenantIds.length ? [eb('environment.tenant_id', 'in', tenantIds)] : []),
        ...(ownEnvironmentIds.length ? [eb('environment.id', 'in', ownEnvironmentIds)] : []),
      ]),
    )
    .orderBy('tenant.name')
    .orderBy('environment.name')
    .execute();
  if (!environments.length) return [];
  const envTenants = [...new Set(environments.map((e) => e.tenant_id))];
  const admins = await db
    .selectFrom('role_assignment')
    .innerJoin('person', 'person.id', 'role_assignment.person_id')
    .select([
      'role_assignment.role',
      'role_assignment.tenant_id',
      'role_assignment.environment_id',
      'person.name',
      'person.email',
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('role_assignment.role', '=', 'org_admin'), eb('role_assignment.tenant_id', 'in', envTenants)]),
        eb.and([
          eb('role_assignment.role', '=', 'system_admin'),
          eb(
            'role_assignment.environment_id',
            'in',
            environments.map((e) => e.id),
          ),
        ]),
      ]),
    )
    .orderBy('person.name')
    .execute();
  const contact = (a: (typeof admins)[number]): AdminContact => ({ name: a.name, email: a.email });
  return environments.map((e) => ({
    environmentId: e.id,
    environmentName: e.name,
    url: e.url,
    region: e.region_code,
    tenantName: e.tenant_name,
    orgAdmins: admins.filter((a) => a.role === 'org_admin' && a.tenant_id === e.tenant_id).map(contact),
    systemAdmins: admins.filter((a) => a.role === 'system_admin' && a.environment_id === e.id).map(contact),
  }));
}

export async function listMyAdmins(ctx: AppContext, actor: Actor): Promise<EnvironmentAdmins[]> {
  return adminsForPerson(ctx.database.db, requirePerson(actor).personId);
}

/**
 * The public form. When the address belongs to someone, the event `directory.admins_requested`
 * asks the notification engine to mail them their list. Its key holds the minute, so a person
 * gets at most one such mail a minute however often the form is sent.
 */
export async function requestAdminList(ctx: AppContext, email: string): Promise<void> {
  const address = normaliseEmail(email);
  const problem = checkEmail(address);
  if (problem) throw invalid('body.email', problem);
  const person = await ctx.database.db
    .selectFrom('person')
    .select(['id'])
    .where('email', '=', address)
    .executeTakeFirst();
  if (!person) return;
  await runCommand(ctx, anonymous, async (s) => {
    const admins = await adminsForPerson(s.trx, person.id);
    await s.publish({
      type: 'directory.admins_requested',
      key: `find-admin:${person.id}:${s.nowIso.slice(0, 16)}`,
      subject: { type: 'person', id: person.id },
      tenantId: null,
      scope: { personIds: [person.id] },
      payload: {
        title: 'Your administrators',
        summary: 'Someone (we hope you) asked who administers your environments. Here they are.',
        url: `${ctx.config.publicUrl}/find-admin`,
        admins,
      },
    });
  });
}
