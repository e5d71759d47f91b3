// What a tenant's org admin sets up for single sign-on and provisioning: identity providers,
// group → role rules, SCIM tokens, and approving people who asked to join. Every change is
// audited; client secrets are sealed and never shown again; SCIM tokens are kept as hashes.
import { canManageTenant, canReadTenant, type Actor } from '../../domain/actor.js';
import { checkDomain, checkUrl } from '../../domain/directory.js';
import { conflict, forbidden, notFound, words } from '../../errors.js';
import { hashSecret, newSecret } from '../../store/credentials.js';
import type { IdentityProviderTable, JoinPolicy } from '../../store/schema.js';
import { flag, fromJson, newId, toJson } from '../../store/values.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from '../directory/check.js';
import { groupsOfMember, rolesForGroups, syncManagedRoles, upsertMember } from './membership.js';
import { seal } from './secretBox.js';

/** Only the tenant's org admins (and operators) manage its sign-in; others learn nothing of it. */
function requireManager(actor: Actor, tenantId: string): void {
  if (!canReadTenant(actor, tenantId)) throw notFound('tenant', tenantId);
  if (!canManageTenant(actor, tenantId)) throw forbidden('problem.identity.orgAdminsOnly');
}

/** An operator may name any tenant id: one that does not exist is a 404, not a foreign-key error. */
async function requireTenantExists(s: CommandScope, tenantId: string): Promise<void> {
  if (!(await s.trx.selectFrom('tenant').select('id').where('id', '=', tenantId).executeTakeFirst()))
    throw notFound('tenant', tenantId);
}

export interface ProviderInput {
  name: string;
  issuer: string;
  clientId: string;
  clientSecret?: string;
  allowedDomains: string[];
  groupsClaim?: string;
  joinPolicy?: JoinPolicy;
  passwordFallback?: boolean;
}

export interface ProviderView {
  id: string;
  tenantId: string;
  name: string;
  issuer: string;
  clientId: string;
  allowedDomains: string[];
  groupsClaim: string;
  joinPolicy: JoinPolicy;
  passwordFallback: boolean;
  /** Where the provider sends people back, and where it posts logout tokens. */
  redirectUri: string;
  backchannelLogoutUri: string;
  createdAt: string;
  updatedAt: string;
}

export const presentProvider = (ctx: AppContext, r: IdentityProviderTable): ProviderView => ({
  id: r.id,
  tenantId: r.tenant_id,
  name: r.name,
  issuer: r.issuer,
  clientId: r.client_id,
  allowedDomains: fromJson<string[]>(r.allowed_domains, []),
  groupsClaim: r.groups_claim,
  joinPolicy: r.join_policy,
  passwordFallback: r.password_fallback === 1,
  redirectUri: `${ctx.config.publicUrl}/auth/oidc/callback`,
  backchannelLogoutUri: `${ctx.config.publicUrl}/auth/oidc/backchannel-logout`,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

function checkProvider(input: Partial<ProviderInput>): InputCheck {
  return new InputCheck()
    .field('body.name', input.name, (v) => (v.trim() ? null : 'problem.notEmpty'))
    .field('body.issuer', input.issuer, checkUrl)
    .field('body.clientId', input.clientId, (v) => (v.trim() ? null : 'problem.notEmpty'))
    .field('body.clientSecret', input.clientSecret, (v) => (v ? null : 'problem.notEmpty'))
    .field('body.allowedDomains', input.allowedDomains, (v) =>
      v.length === 0 ? 'problem.identity.domainRequired' : (v.map((d) => checkDomain(d)).find(Boolean) ?? null),
    )
    .field('body.groupsClaim', input.groupsClaim, (v) => (v.trim() ? null : 'problem.notEmpty'))
    .field('body.joinPolicy', input.joinPolicy, (v) =>
      v === 'join' || v === 'approval' ? null : 'problem.identity.joinMode',
    );
}

/** A tenant's provider may not claim a domain that is another tenant's, or another tenant's provider's. */
async function checkDomainsFree(s: CommandScope, tenantId: string, domains: string[]): Promise<void> {
  for (const domain of domains) {
    const owner = await s.trx.selectFrom('tenant').select('id').where('domain', '=', domain).executeTakeFirst();
    const provider = await s.trx
      .selectFrom('identity_provider')
      .select(['tenant_id', 'allowed_domains'])
      .where('tenant_id', '<>', tenantId)
      .where('allowed_domains', 'like', `%${JSON.stringify(domain)}%`)
      .executeTakeFirst();
    if ((owner && owner.id !== tenantId) || provider)
      throw conflict(words('problem.identity.domainElsewhere', { domain }), 'body.allowedDomains');
  }
}

export async function listProviders(ctx: AppContext, actor: Actor, tenantId: string): Promise<ProviderView[]> {
  requireManager(actor, tenantId);
  const rows = await ctx.database.db
    .selectFrom('identity_provider')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => presentProvider(ctx, r));
}

const publicOf = (r: IdentityProviderTable) => ({ ...r, client_secret_sealed: undefined });

export async function createProvider(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  input: ProviderInput,
): Promise<ProviderView> {
  requireManager(actor, tenantId);
  checkProvider(input).require('body.clientSecret', input.clientSecret).done();
  const domains = [...new Set(input.allowedDomains.map((d) => d.trim().toLowerCase()))];
  return runCommand(ctx, actor, async (s) => {
    await requireTenantExists(s, tenantId);
    await checkDomainsFree(s, tenantId, domains);
    const row: IdentityProviderTable = {
      id: newId(),
      tenant_id: tenantId,
      name: input.name.trim(),
      issuer: input.issuer.trim(),
      client_id: input.clientId.trim(),
      client_secret_sealed: seal(ctx.config.secret, input.clientSecret!),
      allowed_domains: toJson(domains),
      groups_claim: input.groupsClaim?.trim() || 'groups',
      join_policy: input.joinPolicy ?? 'join',
      password_fallback: flag(input.passwordFallback ?? false),
      created_at: s.nowIso,
      updated_at: s.nowIso,
    };
    await s.trx.insertInto('identity_provider').values(row).execute();
    await s.audit({
      action: 'identity_provider.created',
      entityType: 'identity_provider',
      entityId: row.id,
      tenantId,
      after: publicOf(row),
    });
    return presentProvider(ctx, row);
  });
}

export async function updateProvider(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  id: string,
  patch: Partial<ProviderInput>,
): Promise<ProviderView> {
  requireManager(actor, tenantId);
  checkProvider(patch).done();
  return runCommand(ctx, actor, async (s) => {
    const before = await s.trx
      .selectFrom('identity_provider')
      .selectAll()
      .where('id', '=', id)
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    if (!before) throw notFound('identityProvider', id);
    const domains = patch.allowedDomains ? [...new Set(patch.allowedDomains.map((d) => d.trim().toLowerCase()))] : null;
    if (domains) await checkDomainsFree(s, tenantId, domains);
    const after: IdentityProviderTable = {
      ...before,
      ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
      ...(patch.issuer !== undefined ? { issuer: patch.issuer.trim() } : {}),
      ...(patch.clientId !== undefined ? { client_id: patch.clientId.trim() } : {}),
      ...(patch.clientSecret !== undefined
        ? { client_secret_sealed: seal(ctx.config.secret, patch.clientSecret) }
        : {}),
      ...(domains ? { allowed_domains: toJson(domains) } : {}),
      ...(patch.groupsClaim !== undefined ? { groups_claim: patch.groupsClaim.trim() } : {}),
      ...(patch.joinPolicy !== undefined ? { join_policy: patch.joinPolicy } : {}),
      ...(patch.passwordFallback !== undefined ? { password_fallback: flag(patch.passwordFallback) } : {}),
      updated_at: s.nowIso,
    };
    await s.trx.updateTable('identity_provider').set(after).where('id', '=', id).execute();
    await s.audit({
      action: 'identity_provider.updated',
      entityType: 'identity_provider',
      entityId: id,
      tenantId,
      before: publicOf(before),
      after: { ...publicOf(after), clientSecretChanged: patch.clientSecret !== undefined },
    });
    return presentProvider(ctx, after);
  });
}

export async function deleteProvider(ctx: AppContext, actor: Actor, tenantId: string, id: string): Promise<void> {
  requireManager(actor, tenantId);
  await runCommand(ctx, actor, async (s) => {
    const before = await s.trx
      .selectFrom('identity_provider')
      .selectAll()
      .where('id', '=', id)
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    if (!before) throw notFound('identityProvider', id);
    await s.trx.deleteFrom('identity_provider').where('id', '=', id).execute();
    await s.audit({
      action: 'identity_provider.deleted',
      entityType: 'identity_provider',
      entityId: id,
      tenantId,
      before: publicOf(before),
    });
  });
}

export interface GroupRuleInput {
  groupName: string;
  role: 'org_admin' | 'system_admin';
  environmentId?: string;
}

export interface GroupRuleView {
  id: string;
  groupName: string;
  role: 'org_admin' | 'system_admin';
  environmentId: string | null;
  createdAt: string;
}

export async function listGroupRules(ctx: AppContext, actor: Actor, tenantId: string): Promise<GroupRuleView[]> {
  requireManager(actor, tenantId);
  const rows = await ctx.database.db
    .selectFrom('group_role_rule')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('group_name')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    groupName: r.group_name,
    role: r.role,
    environmentId: r.environment_id || null,
    createdAt: r.created_at,
  }));
}

export async function createGroupRule(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  input: GroupRuleInput,
): Promise<GroupRuleView> {
  requireManager(actor, tenantId);
  const check = new InputCheck()
    .require('body.groupName', input.groupName)
    .field('body.role', input.role, (v) =>
      v === 'org_admin' || v === 'system_admin' ? null : 'problem.identity.groupRole',
    );
  if (input.role === 'system_admin') check.require('body.environmentId', input.environmentId);
  if (input.role === 'org_admin' && input.environmentId)
    check.add('body.environmentId', 'problem.identity.onlySystemAdmin');
  check.done();
  return runCommand(ctx, actor, async (s) => {
    await requireTenantExists(s, tenantId);
    if (input.environmentId) {
      const env = await s.trx
        .selectFrom('environment')
        .select('id')
        .where('id', '=', input.environmentId)
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      if (!env) throw notFound('environment', input.environmentId);
    }
    const row = {
      id: newId(),
      tenant_id: tenantId,
      group_name: input.groupName.trim(),
      role: input.role,
      environment_id: input.environmentId ?? '',
      created_at: s.nowIso,
    };
    const clash = await s.trx
      .selectFrom('group_role_rule')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('group_name', '=', row.group_name)
      .where('role', '=', row.role)
      .where('environment_id', '=', row.environment_id)
      .executeTakeFirst();
    if (clash) throw conflict('problem.identity.ruleTaken', 'body.groupName');
    await s.trx.insertInto('group_role_rule').values(row).execute();
    await s.audit({
      action: 'group_rule.created',
      entityType: 'group_role_rule',
      entityId: row.id,
      tenantId,
      after: row,
    });
    return {
      id: row.id,
      groupName: row.group_name,
      role: row.role,
      environmentId: row.environment_id || null,
      createdAt: row.created_at,
    };
  });
}

export async function deleteGroupRule(ctx: AppContext, actor: Actor, tenantId: string, id: string): Promise<void> {
  requireManager(actor, tenantId);
  await runCommand(ctx, actor, async (s) => {
    const before = await s.trx
      .selectFrom('group_role_rule')
      .selectAll()
      .where('id', '=', id)
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    if (!before) throw notFound('groupRule', id);
    await s.trx.deleteFrom('group_role_rule').where('id', '=', id).execute();
    await s.audit({ action: 'group_rule.deleted', entityType: 'group_role_rule', entityId: id, tenantId, before });
  });
}

export interface ScimTokenView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function listScimTokens(ctx: AppContext, actor: Actor, tenantId: string): Promise<ScimTokenView[]> {
  requireManager(actor, tenantId);
  const rows = await ctx.database.db
    .selectFrom('scim_token')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  }));
}

/** The secret is shown once; only its SHA-256 is kept. */
export async function createScimToken(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  name: string,
): Promise<ScimTokenView & { token: string }> {
  requireManager(actor, tenantId);
  new InputCheck().require('body.name', name).done();
  return runCommand(ctx, actor, async (s) => {
    await requireTenantExists(s, tenantId);
    const token = newSecret('herald_scim_');
    const row = {
      id: newId(),
      tenant_id: tenantId,
      name: name.trim(),
      token_hash: hashSecret(token),
      created_at: s.nowIso,
      last_used_at: null,
      revoked_at: null,
    };
    await s.trx.insertInto('scim_token').values(row).execute();
    await s.audit({
      action: 'scim_token.created',
      entityType: 'scim_token',
      entityId: row.id,
      tenantId,
      after: { name: row.name },
    });
    return { id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: null, revokedAt: null, token };
  });
}

export async function revokeScimToken(ctx: AppContext, actor: Actor, tenantId: string, id: string): Promise<void> {
  requireManager(actor, tenantId);
  await runCommand(ctx, actor, async (s) => {
    const row = await s.trx
      .selectFrom('scim_token')
      .selectAll()
      .where('id', '=', id)
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    if (!row) throw notFound('scimToken', id);
    if (row.revoked_at) return;
    await s.trx.updateTable('scim_token').set({ revoked_at: s.nowIso }).where('id', '=', id).execute();
    await s.audit({
      action: 'scim_token.revoked',
      entityType: 'scim_token',
      entityId: id,
      tenantId,
      before: { name: row.name },
    });
  });
}

export interface MemberView {
  personId: string;
  email: string;
  name: string;
  source: 'oidc' | 'scim';
  status: string;
  groups: string[];
  createdAt: string;
}

export async function listMembers(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  status?: string,
): Promise<MemberView[]> {
  requireManager(actor, tenantId);
  let query = ctx.database.db
    .selectFrom('tenant_member as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .select(['m.person_id', 'p.email', 'p.name', 'm.source', 'm.status', 'm.groups', 'm.created_at'])
    .where('m.tenant_id', '=', tenantId);
  if (status) query = query.where('m.status', '=', status as 'active');
  const rows = await query.orderBy('p.email').execute();
  return rows.map((r) => ({
    personId: r.person_id,
    email: r.email,
    name: r.name,
    source: r.source,
    status: r.status,
    groups: fromJson<string[]>(r.groups, []),
    createdAt: r.created_at,
  }));
}

/** A person who signed in under "approval" joins with the roles their groups gave at that sign-in. */
export async function approveMember(ctx: AppContext, actor: Actor, tenantId: string, personId: string): Promise<void> {
  requireManager(actor, tenantId);
  await runCommand(ctx, actor, async (s) => {
    const member = await s.trx
      .selectFrom('tenant_member')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    if (!member) throw notFound('member', personId);
    if (member.status !== 'pending') throw conflict('problem.identity.notPending', 'personId');
    await upsertMember(s, { tenantId, personId, source: member.source, status: 'active' });
    await syncManagedRoles(
      s,
      tenantId,
      personId,
      await rolesForGroups(s.trx, tenantId, await groupsOfMember(s.trx, tenantId, personId)),
      'approval',
    );
    await s.audit({
      action: 'member.approved',
      entityType: 'person',
      entityId: personId,
      tenantId,
      after: { groups: fromJson<string[]>(member.groups, []) },
    });
  });
}
