// SCIM 2.0 provisioning for one tenant, called by its directory (Entra ID, Okta …) with a token
// the org admin issued. Users are the tenant's members (a person plus their tenant_member row);
// groups give roles through the tenant's group rules, the same rules the ID token's groups use.
// Deactivating ends the person's sessions at once and the planner skips them from then on.
// Every call that changes something is audited with the token it came through.
import type { Transaction } from 'kysely';
import { systemActor } from '../../domain/actor.js';
import Negotiator from 'negotiator';
import { checkEmail, checkLocale, normaliseEmail } from '../../domain/directory.js';
import {
  invalidValue,
  parseFilter,
  patchOperations,
  scimBoolean,
  ScimError,
  SCIM_GROUP,
  SCIM_USER,
  type PatchOperation,
} from '../../domain/scim.js';
import { hashSecret } from '../../store/credentials.js';
import type { DB, PersonTable, ScimGroupTable, TenantMemberTable } from '../../store/schema.js';
import { fromJson, newId } from '../../store/values.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { insertPerson } from '../directory/people.js';
import {
  deactivatePerson,
  findMember,
  groupsOfMember,
  reactivatePerson,
  rolesForGroups,
  syncManagedRoles,
  upsertMember,
} from './membership.js';
import { domainOf } from './providers.js';
import { privateNameKey } from '../../domain/publicity.js';

/** Who is calling: a tenant's directory, through one of its SCIM tokens. */
export interface ScimClient {
  tenantId: string;
  tokenId: string;
  tokenName: string;
  ip: string;
}

export async function scimClientFor(ctx: AppContext, bearer: string, ip: string): Promise<ScimClient | null> {
  const db = ctx.database.db;
  const row = await db
    .selectFrom('scim_token')
    .selectAll()
    .where('token_hash', '=', hashSecret(bearer))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  const nowIso = ctx.now().toISOString();
  // Once a minute is enough to show "last used" without turning every read into a write.
  if (!row.last_used_at || Date.parse(nowIso) - Date.parse(row.last_used_at) > 60_000) {
    await db.updateTable('scim_token').set({ last_used_at: nowIso }).where('id', '=', row.id).execute();
  }
  return { tenantId: row.tenant_id, tokenId: row.id, tokenName: row.name, ip };
}

export interface ScimUserRecord {
  person: PersonTable;
  member: TenantMemberTable;
  groups: { id: string; displayName: string }[];
}

export interface ScimGroupRecord {
  group: ScimGroupTable;
  members: { id: string; email: string }[];
}

export interface ScimPage<T> {
  totalResults: number;
  startIndex: number;
  items: T[];
}

const source = (client: ScimClient) => ({
  source: 'scim',
  tokenId: client.tokenId,
  token: client.tokenName,
  ip: client.ip,
});
const actorOf = (client: ScimClient) => systemActor(`scim:${client.tokenName}`);

// ---------- reading ----------

async function loadUser(
  trx: Transaction<DB> | AppContext['database']['db'],
  tenantId: string,
  personId: string,
): Promise<ScimUserRecord | null> {
  const member = await trx
    .selectFrom('tenant_member')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (!member) return null;
  const person = await trx.selectFrom('person').selectAll().where('id', '=', personId).executeTakeFirstOrThrow();
  const groups = await trx
    .selectFrom('scim_group_member as gm')
    .innerJoin('scim_group as g', 'g.id', 'gm.group_id')
    .select(['g.id', 'g.display_name'])
    .where('gm.person_id', '=', personId)
    .where('g.tenant_id', '=', tenantId)
    .orderBy('g.display_name')
    .execute();
  return { person, member, groups: groups.map((g) => ({ id: g.id, displayName: g.display_name })) };
}

export async function getUser(ctx: AppContext, client: ScimClient, id: string): Promise<ScimUserRecord> {
  const user = await loadUser(ctx.database.db, client.tenantId, id);
  if (!user) throw new ScimError(404, `User ${id} not found`);
  return user;
}

export async function listUsers(
  ctx: AppContext,
  client: ScimClient,
  query: { filter?: string; startIndex: number; count: number },
): Promise<ScimPage<ScimUserRecord>> {
  const filter = parseFilter(query.filter, ['userName', 'externalId', 'displayName', 'emails.value']);
  let q = ctx.database.db
    .selectFrom('tenant_member as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .select('m.person_id')
    .where('m.tenant_id', '=', client.tenantId);
  if (filter) {
    // userName and emails are case-insensitive (RFC 7643 caseExact: false); emails are stored lower-case.
    if (filter.attribute === 'username' || filter.attribute === 'emails.value')
      q = q.where('p.email', '=', normaliseEmail(filter.value));
    else if (filter.attribute === 'externalid') q = q.where('m.external_id', '=', filter.value);
    else q = q.where('p.name', '=', filter.value);
  }
  const total = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  const ids =
    query.count === 0
      ? []
      : await q
          .orderBy('m.created_at')
          .orderBy('m.person_id')
          .limit(query.count)
          .offset(query.startIndex - 1)
          .execute();
  const items: ScimUserRecord[] = [];
  for (const { person_id } of ids) items.push((await loadUser(ctx.database.db, client.tenantId, person_id))!);
  return { totalResults: Number(total?.n ?? 0), startIndex: query.startIndex, items };
}

// ---------- users: writing ----------

interface UserFields {
  userName: string;
  displayName: string;
  externalId: string | null;
  active: boolean;
  locale?: string;
  timeZone?: string;
}

/**
 * The person's own language (RFC 7643 §4.1.1): `preferredLanguage`, an Accept-Language value
 * whose first choice is taken, else `locale`. Neither: undefined, and the person reads their
 * tenant's language. A value that is not a BCP 47 tag is refused naming the attribute.
 */
function languageOf(b: Record<string, unknown>): string | undefined {
  for (const attribute of ['preferredLanguage', 'locale'] as const) {
    const value = b[attribute];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') throw invalidValue(`${attribute}: must be a string`);
    // Directories write "en_US" as often as "en-US".
    const tag = (
      attribute === 'preferredLanguage'
        ? new Negotiator({ headers: { 'accept-language': value } }).languages().find((l) => l !== '*')
        : value.trim()
    )?.replace(/_/g, '-');
    const problem = tag ? checkLocale(tag) : 'names no language';
    if (problem) throw invalidValue(`${attribute}: ${problem}`);
    return Intl.getCanonicalLocales(tag!)[0];
  }
  return undefined;
}

/** The User attributes Herald keeps, from a full SCIM User body (POST, PUT). */
function userFields(body: unknown): UserFields {
  const b = body as Record<string, unknown> | null;
  if (!b || typeof b !== 'object' || Array.isArray(b))
    throw new ScimError(400, 'The body must be a SCIM User object', 'invalidSyntax');
  if (Array.isArray(b.schemas) && !b.schemas.includes(SCIM_USER))
    throw new ScimError(400, `schemas: must include ${SCIM_USER}`, 'invalidSyntax');
  const userName = typeof b.userName === 'string' ? normaliseEmail(b.userName) : '';
  if (!userName) throw invalidValue('userName: is required');
  const problem = checkEmail(userName);
  if (problem) throw invalidValue(`userName: ${problem}; Herald's people are email addresses`);
  const name = b.name as { formatted?: unknown; givenName?: unknown; familyName?: unknown } | undefined;
  const fromParts = [name?.givenName, name?.familyName]
    .filter((v): v is string => typeof v === 'string' && !!v.trim())
    .join(' ');
  const displayName =
    (typeof b.displayName === 'string' && b.displayName.trim()) ||
    (typeof name?.formatted === 'string' && name.formatted.trim()) ||
    fromParts ||
    userName;
  if (b.externalId !== undefined && b.externalId !== null && typeof b.externalId !== 'string')
    throw invalidValue('externalId: must be a string');
  const locale = languageOf(b);
  return {
    userName,
    displayName,
    externalId: (b.externalId as string | undefined) ?? null,
    active: b.active === undefined ? true : scimBoolean(b.active, 'active'),
    ...(locale ? { locale } : {}),
    ...(typeof b.timezone === 'string' ? { timeZone: b.timezone } : {}),
  };
}

/** The domains a tenant's directory may provision: its own and its providers' allowed ones. */
async function tenantDomains(trx: Transaction<DB>, tenantId: string): Promise<string[]> {
  const tenant = await trx.selectFrom('tenant').select('domain').where('id', '=', tenantId).executeTakeFirstOrThrow();
  const providers = await trx
    .selectFrom('identity_provider')
    .select('allowed_domains')
    .where('tenant_id', '=', tenantId)
    .execute();
  return [tenant.domain.toLowerCase(), ...providers.flatMap((p) => fromJson<string[]>(p.allowed_domains, []))];
}

async function checkDomain(trx: Transaction<DB>, tenantId: string, userName: string): Promise<void> {
  const domains = await tenantDomains(trx, tenantId);
  if (!domains.includes(domainOf(userName)))
    throw invalidValue(`userName: ${domainOf(userName)} is not a domain of this organisation (${domains.join(', ')})`);
}

async function syncRoles(s: CommandScope, tenantId: string, personId: string, why: string): Promise<void> {
  const member = await findMember(s.trx, tenantId, personId);
  const wanted =
    member?.status === 'active'
      ? await rolesForGroups(s.trx, tenantId, await groupsOfMember(s.trx, tenantId, personId))
      : [];
  await syncManagedRoles(s, tenantId, personId, wanted, why);
}

async function setActive(s: CommandScope, client: ScimClient, personId: string, active: boolean): Promise<void> {
  const member = (await findMember(s.trx, client.tenantId, personId))!;
  const why = `scim:${client.tokenName}`;
  if (!active && member.status !== 'deactivated') {
    await upsertMember(s, { tenantId: client.tenantId, personId, source: member.source, status: 'deactivated' });
    await deactivatePerson(s, client.tenantId, personId, why);
  } else if (active && member.status === 'deactivated') {
    await upsertMember(s, { tenantId: client.tenantId, personId, source: member.source, status: 'active' });
    await reactivatePerson(s, client.tenantId, personId, why);
    await syncRoles(s, client.tenantId, personId, why);
  }
}

export async function createUser(ctx: AppContext, client: ScimClient, body: unknown): Promise<ScimUserRecord> {
  const fields = userFields(body);
  return runCommand(ctx, actorOf(client), async (s) => {
    await checkDomain(s.trx, client.tenantId, fields.userName);
    let person: PersonTable | undefined = await s.trx
      .selectFrom('person')
      .selectAll()
      .where('email', '=', fields.userName)
      .executeTakeFirst();
    if (person) {
      if (await findMember(s.trx, client.tenantId, person.id))
        throw new ScimError(409, `userName: ${fields.userName} is already provisioned`, 'uniqueness');
      const elsewhere = await s.trx
        .selectFrom('role_assignment')
        .select('id')
        .where('person_id', '=', person.id)
        .where((eb) => eb.or([eb('role', '=', 'operator'), eb('tenant_id', '<>', client.tenantId)]))
        .executeTakeFirst();
      if (elsewhere) throw new ScimError(409, `userName: ${fields.userName} is taken`, 'uniqueness');
    } else {
      person = await insertPerson(s, {
        email: fields.userName,
        name: fields.displayName,
        ...(fields.locale ? { locale: fields.locale } : {}),
        ...(fields.timeZone ? { timeZone: fields.timeZone } : {}),
      });
    }
    await upsertMember(s, {
      tenantId: client.tenantId,
      personId: person.id,
      source: 'scim',
      status: 'active',
      externalId: fields.externalId,
    });
    await s.audit({
      action: 'scim.user.created',
      entityType: 'person',
      entityId: person.id,
      tenantId: client.tenantId,
      after: { ...fields, ...source(client) },
    });
    if (!fields.active) await setActive(s, client, person.id, false);
    else await syncRoles(s, client.tenantId, person.id, `scim:${client.tokenName}`);
    return (await loadUser(s.trx, client.tenantId, person.id))!;
  });
}

async function requireUser(s: CommandScope, client: ScimClient, id: string): Promise<ScimUserRecord> {
  const user = await loadUser(s.trx, client.tenantId, id);
  if (!user) throw new ScimError(404, `User ${id} not found`);
  return user;
}

async function applyUserFields(
  s: CommandScope,
  client: ScimClient,
  user: ScimUserRecord,
  fields: Partial<UserFields>,
): Promise<void> {
  const personPatch: Partial<PersonTable> = {};
  if (fields.userName !== undefined && fields.userName !== user.person.email) {
    await checkDomain(s.trx, client.tenantId, fields.userName);
    if (await s.trx.selectFrom('person').select('id').where('email', '=', fields.userName).executeTakeFirst()) {
      throw new ScimError(409, `userName: ${fields.userName} is taken`, 'uniqueness');
    }
    personPatch.email = fields.userName;
  }
  if (fields.displayName !== undefined && fields.displayName !== user.person.name) {
    personPatch.name = fields.displayName;
    personPatch.name_key = privateNameKey(fields.displayName);
  }
  if (Object.keys(personPatch).length)
    await s.trx
      .updateTable('person')
      .set({ ...personPatch, updated_at: s.nowIso })
      .where('id', '=', user.person.id)
      .execute();
  if (fields.externalId !== undefined)
    await upsertMember(s, {
      tenantId: client.tenantId,
      personId: user.person.id,
      source: user.member.source,
      status: user.member.status,
      externalId: fields.externalId,
    });
  if (fields.active !== undefined) await setActive(s, client, user.person.id, fields.active);
}

export async function replaceUser(
  ctx: AppContext,
  client: ScimClient,
  id: string,
  body: unknown,
): Promise<ScimUserRecord> {
  const fields = userFields(body);
  return runCommand(ctx, actorOf(client), async (s) => {
    const user = await requireUser(s, client, id);
    await applyUserFields(s, client, user, fields);
    await s.audit({
      action: 'scim.user.replaced',
      entityType: 'person',
      entityId: id,
      tenantId: client.tenantId,
      after: { ...fields, ...source(client) },
    });
    return (await loadUser(s.trx, client.tenantId, id))!;
  });
}

/** One PATCH operation on a User, as the fields it sets. */
function userPatchFields(op: PatchOperation, i: number): Partial<UserFields> {
  if (op.op === 'remove') {
    if (op.path?.toLowerCase() === 'externalid') return { externalId: null };
    throw new ScimError(400, `Operations[${i}].path: ${op.path} cannot be removed`, 'mutability');
  }
  const entries: [string, unknown][] = op.path
    ? [[op.path, op.value]]
    : Object.entries((op.value ?? {}) as Record<string, unknown>);
  const fields: Partial<UserFields> = {};
  for (const [rawPath, value] of entries) {
    const path = rawPath.split(':').pop()!.toLowerCase();
    const text = (what: string) => {
      if (typeof value !== 'string' || !value.trim())
        throw invalidValue(`Operations[${i}].value: ${what} must be a non-empty string`);
      return value.trim();
    };
    switch (path) {
      case 'active':
        fields.active = scimBoolean(value, `Operations[${i}].value`);
        break;
      case 'username': {
        const email = normaliseEmail(text('userName'));
        const problem = checkEmail(email);
        if (problem) throw invalidValue(`Operations[${i}].value: userName ${problem}`);
        fields.userName = email;
        break;
      }
      case 'displayname':
      case 'name.formatted':
        fields.displayName = text('displayName');
        break;
      case 'externalid':
        fields.externalId = text('externalId');
        break;
      case 'name':
      case 'name.givenname':
      case 'name.familyname':
      case 'emails':
      case 'title':
      case 'locale':
      case 'preferredlanguage':
      case 'timezone':
        // Accepted and not kept: Herald's person has one name and the email is the userName.
        break;
      default:
        throw new ScimError(
          400,
          `Operations[${i}].path: ${rawPath} is not an attribute Herald's User has`,
          'invalidPath',
        );
    }
  }
  return fields;
}

export async function patchUser(
  ctx: AppContext,
  client: ScimClient,
  id: string,
  body: unknown,
): Promise<ScimUserRecord> {
  const ops = patchOperations(body);
  const fields = ops.reduce<Partial<UserFields>>((all, op, i) => ({ ...all, ...userPatchFields(op, i) }), {});
  return runCommand(ctx, actorOf(client), async (s) => {
    const user = await requireUser(s, client, id);
    await applyUserFields(s, client, user, fields);
    await s.audit({
      action: 'scim.user.patched',
      entityType: 'person',
      entityId: id,
      tenantId: client.tenantId,
      after: { ...fields, ...source(client) },
    });
    return (await loadUser(s.trx, client.tenantId, id))!;
  });
}

/** DELETE: the person leaves the tenant (deactivated, no longer a User here); history stays. */
export async function deleteUser(ctx: AppContext, client: ScimClient, id: string): Promise<void> {
  await runCommand(ctx, actorOf(client), async (s) => {
    await requireUser(s, client, id);
    await setActive(s, client, id, false);
    await s.trx
      .deleteFrom('scim_group_member')
      .where('person_id', '=', id)
      .where('group_id', 'in', s.trx.selectFrom('scim_group').select('id').where('tenant_id', '=', client.tenantId))
      .execute();
    await s.trx
      .deleteFrom('tenant_member')
      .where('tenant_id', '=', client.tenantId)
      .where('person_id', '=', id)
      .execute();
    await s.audit({
      action: 'scim.user.deleted',
      entityType: 'person',
      entityId: id,
      tenantId: client.tenantId,
      after: source(client),
    });
  });
}

// ---------- groups ----------

async function loadGroup(
  db: Transaction<DB> | AppContext['database']['db'],
  tenantId: string,
  id: string,
): Promise<ScimGroupRecord | null> {
  const group = await db
    .selectFrom('scim_group')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  if (!group) return null;
  const members = await db
    .selectFrom('scim_group_member as gm')
    .innerJoin('person as p', 'p.id', 'gm.person_id')
    .select(['p.id', 'p.email'])
    .where('gm.group_id', '=', id)
    .orderBy('p.email')
    .execute();
  return { group, members };
}

export async function getGroup(ctx: AppContext, client: ScimClient, id: string): Promise<ScimGroupRecord> {
  const group = await loadGroup(ctx.database.db, client.tenantId, id);
  if (!group) throw new ScimError(404, `Group ${id} not found`);
  return group;
}

export async function listGroups(
  ctx: AppContext,
  client: ScimClient,
  query: { filter?: string; startIndex: number; count: number },
): Promise<ScimPage<ScimGroupRecord>> {
  const filter = parseFilter(query.filter, ['displayName', 'externalId']);
  let q = ctx.database.db.selectFrom('scim_group').select('id').where('tenant_id', '=', client.tenantId);
  if (filter)
    q =
      filter.attribute === 'displayname'
        ? q.where('display_name', '=', filter.value)
        : q.where('external_id', '=', filter.value);
  const total = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  const ids =
    query.count === 0
      ? []
      : await q
          .orderBy('created_at')
          .orderBy('id')
          .limit(query.count)
          .offset(query.startIndex - 1)
          .execute();
  const items: ScimGroupRecord[] = [];
  for (const { id } of ids) items.push((await loadGroup(ctx.database.db, client.tenantId, id))!);
  return { totalResults: Number(total?.n ?? 0), startIndex: query.startIndex, items };
}

function memberIds(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((m, i) => {
    const v = (m as { value?: unknown } | null)?.value;
    if (typeof v !== 'string' || !v) throw invalidValue(`${field}[${i}].value: must be a User id`);
    return v;
  });
}

function groupFields(body: unknown): { displayName: string; externalId: string | null; members: string[] } {
  const b = body as Record<string, unknown> | null;
  if (!b || typeof b !== 'object' || Array.isArray(b))
    throw new ScimError(400, 'The body must be a SCIM Group object', 'invalidSyntax');
  if (Array.isArray(b.schemas) && !b.schemas.includes(SCIM_GROUP))
    throw new ScimError(400, `schemas: must include ${SCIM_GROUP}`, 'invalidSyntax');
  if (typeof b.displayName !== 'string' || !b.displayName.trim()) throw invalidValue('displayName: is required');
  if (b.externalId !== undefined && b.externalId !== null && typeof b.externalId !== 'string')
    throw invalidValue('externalId: must be a string');
  return {
    displayName: b.displayName.trim(),
    externalId: (b.externalId as string | undefined) ?? null,
    members: memberIds(b.members, 'members'),
  };
}

/** Sets a group's members to exactly `wanted` (all must be this tenant's Users) and resyncs the roles of everyone who moved. */
async function setMembers(s: CommandScope, client: ScimClient, groupId: string, wanted: string[]): Promise<void> {
  const unique = [...new Set(wanted)];
  if (unique.length) {
    const known = await s.trx
      .selectFrom('tenant_member')
      .select('person_id')
      .where('tenant_id', '=', client.tenantId)
      .where('person_id', 'in', unique)
      .execute();
    const missing = unique.filter((id) => !known.some((k) => k.person_id === id));
    if (missing.length)
      throw invalidValue(
        `members: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not a User of this organisation`,
      );
  }
  const current = (
    await s.trx.selectFrom('scim_group_member').select('person_id').where('group_id', '=', groupId).execute()
  ).map((r) => r.person_id);
  const added = unique.filter((id) => !current.includes(id));
  const removed = current.filter((id) => !unique.includes(id));
  if (removed.length)
    await s.trx
      .deleteFrom('scim_group_member')
      .where('group_id', '=', groupId)
      .where('person_id', 'in', removed)
      .execute();
  if (added.length)
    await s.trx
      .insertInto('scim_group_member')
      .values(added.map((person_id) => ({ group_id: groupId, person_id })))
      .execute();
  for (const personId of [...added, ...removed])
    await syncRoles(s, client.tenantId, personId, `scim:${client.tokenName}`);
}

async function resyncGroupMembers(s: CommandScope, client: ScimClient, groupId: string): Promise<void> {
  const members = await s.trx
    .selectFrom('scim_group_member')
    .select('person_id')
    .where('group_id', '=', groupId)
    .execute();
  for (const m of members) await syncRoles(s, client.tenantId, m.person_id, `scim:${client.tokenName}`);
}

async function checkGroupName(
  s: CommandScope,
  client: ScimClient,
  displayName: string,
  except?: string,
): Promise<void> {
  let q = s.trx
    .selectFrom('scim_group')
    .select('id')
    .where('tenant_id', '=', client.tenantId)
    .where('display_name', '=', displayName);
  if (except) q = q.where('id', '<>', except);
  if (await q.executeTakeFirst())
    throw new ScimError(409, `displayName: a group named ${displayName} exists`, 'uniqueness');
}

export async function createGroup(ctx: AppContext, client: ScimClient, body: unknown): Promise<ScimGroupRecord> {
  const fields = groupFields(body);
  return runCommand(ctx, actorOf(client), async (s) => {
    await checkGroupName(s, client, fields.displayName);
    const id = newId();
    await s.trx
      .insertInto('scim_group')
      .values({
        id,
        tenant_id: client.tenantId,
        display_name: fields.displayName,
        external_id: fields.externalId,
        created_at: s.nowIso,
        updated_at: s.nowIso,
      })
      .execute();
    await setMembers(s, client, id, fields.members);
    await s.audit({
      action: 'scim.group.created',
      entityType: 'scim_group',
      entityId: id,
      tenantId: client.tenantId,
      after: { ...fields, ...source(client) },
    });
    return (await loadGroup(s.trx, client.tenantId, id))!;
  });
}

async function requireGroup(s: CommandScope, client: ScimClient, id: string): Promise<ScimGroupRecord> {
  const group = await loadGroup(s.trx, client.tenantId, id);
  if (!group) throw new ScimError(404, `Group ${id} not found`);
  return group;
}

async function renameGroup(
  s: CommandScope,
  client: ScimClient,
  id: string,
  displayName: string,
  externalId: string | null | undefined,
): Promise<void> {
  await checkGroupName(s, client, displayName, id);
  await s.trx
    .updateTable('scim_group')
    .set({
      display_name: displayName,
      ...(externalId !== undefined ? { external_id: externalId } : {}),
      updated_at: s.nowIso,
    })
    .where('id', '=', id)
    .execute();
}

export async function replaceGroup(
  ctx: AppContext,
  client: ScimClient,
  id: string,
  body: unknown,
): Promise<ScimGroupRecord> {
  const fields = groupFields(body);
  return runCommand(ctx, actorOf(client), async (s) => {
    const before = await requireGroup(s, client, id);
    await renameGroup(s, client, id, fields.displayName, fields.externalId);
    await setMembers(s, client, id, fields.members);
    // A new name may match other rules: everyone who stayed is resynced too.
    if (before.group.display_name !== fields.displayName) await resyncGroupMembers(s, client, id);
    await s.audit({
      action: 'scim.group.replaced',
      entityType: 'scim_group',
      entityId: id,
      tenantId: client.tenantId,
      after: { ...fields, ...source(client) },
    });
    return (await loadGroup(s.trx, client.tenantId, id))!;
  });
}

/** `members[value eq "id"]` → the id; plain `members` → null. */
function memberPathTarget(path: string, i: number): string | null {
  if (/^members$/i.test(path)) return null;
  const m = /^members\[\s*value\s+eq\s+"([^"]+)"\s*\]$/i.exec(path);
  if (!m)
    throw new ScimError(400, `Operations[${i}].path: ${path} is not a Group attribute Herald supports`, 'invalidPath');
  return m[1]!;
}

export async function patchGroup(
  ctx: AppContext,
  client: ScimClient,
  id: string,
  body: unknown,
): Promise<ScimGroupRecord> {
  const ops = patchOperations(body);
  return runCommand(ctx, actorOf(client), async (s) => {
    const before = await requireGroup(s, client, id);
    let members = before.members.map((m) => m.id);
    let displayName = before.group.display_name;
    let externalId: string | null | undefined;
    ops.forEach((op, i) => {
      const entries: [string, unknown][] = op.path
        ? [[op.path, op.value]]
        : Object.entries((op.value ?? {}) as Record<string, unknown>);
      for (const [path, value] of entries) {
        const lower = path.toLowerCase();
        if (lower === 'displayname') {
          if (op.op === 'remove' || typeof value !== 'string' || !value.trim())
            throw invalidValue(`Operations[${i}].value: displayName must be a non-empty string`);
          displayName = value.trim();
        } else if (lower === 'externalid') {
          externalId =
            op.op === 'remove'
              ? null
              : typeof value === 'string'
                ? value
                : (() => {
                    throw invalidValue(`Operations[${i}].value: externalId must be a string`);
                  })();
        } else if (lower.startsWith('members')) {
          const target = memberPathTarget(path, i);
          if (op.op === 'remove')
            members = target
              ? members.filter((m) => m !== target)
              : value === undefined
                ? []
                : members.filter((m) => !memberIds(value, `Operations[${i}].value`).includes(m));
          else if (op.op === 'add') members = [...members, ...memberIds(value, `Operations[${i}].value`)];
          else members = memberIds(value, `Operations[${i}].value`);
        } else {
          throw new ScimError(
            400,
            `Operations[${i}].path: ${path} is not a Group attribute Herald supports`,
            'invalidPath',
          );
        }
      }
    });
    if (displayName !== before.group.display_name || externalId !== undefined)
      await renameGroup(s, client, id, displayName, externalId);
    await setMembers(s, client, id, members);
    if (displayName !== before.group.display_name) await resyncGroupMembers(s, client, id);
    await s.audit({
      action: 'scim.group.patched',
      entityType: 'scim_group',
      entityId: id,
      tenantId: client.tenantId,
      after: { operations: ops, ...source(client) },
    });
    return (await loadGroup(s.trx, client.tenantId, id))!;
  });
}

export async function deleteGroup(ctx: AppContext, client: ScimClient, id: string): Promise<void> {
  await runCommand(ctx, actorOf(client), async (s) => {
    const before = await requireGroup(s, client, id);
    await s.trx.deleteFrom('scim_group_member').where('group_id', '=', id).execute();
    await s.trx.deleteFrom('scim_group').where('id', '=', id).execute();
    for (const m of before.members) await syncRoles(s, client.tenantId, m.id, `scim:${client.tokenName}`);
    await s.audit({
      action: 'scim.group.deleted',
      entityType: 'scim_group',
      entityId: id,
      tenantId: client.tenantId,
      before: { displayName: before.group.display_name },
      after: source(client),
    });
  });
}
