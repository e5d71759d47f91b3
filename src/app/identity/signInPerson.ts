// After a verified callback: who this is in Herald. The email must be verified and of a domain
// the provider is allowed for, and never of another tenant's domain: a tenant's provider signs
// people into that tenant only. A first sign-in joins the tenant (or waits for approval); the
// groups in the ID token give roles through the tenant's group rules; then Herald's own session.
import type { IDToken } from 'openid-client';
import { systemActor } from '../../domain/actor.js';
import { normaliseEmail } from '../../domain/directory.js';
import { hashSecret, insertSession } from '../../store/credentials.js';
import { SESSION_HOURS } from '../auth.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { insertPerson, insertRole } from '../directory/people.js';
import { findMember, groupsOfMember, rolesForGroups, syncManagedRoles, upsertMember } from './membership.js';
import { SignInProblem } from './oidc.js';
import { domainOf, type SignInProvider } from './providers.js';

export interface SignedIn {
  token: string;
  expiresAt: Date;
}

const refuse = (detail: string) => new SignInProblem(403, 'You cannot sign in here', detail);

function groupsOf(claims: IDToken, claim: string): string[] {
  const value = claims[claim];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** The tenant whose own domain this is, other than the provider's: signing in there is refused. */
async function otherTenantOwning(s: CommandScope, domain: string, tenantId: string | null): Promise<boolean> {
  const owner = await s.trx.selectFrom('tenant').select('id').where('domain', '=', domain).executeTakeFirst();
  return !!owner && owner.id !== tenantId;
}

export async function signInVerified(
  ctx: AppContext,
  provider: SignInProvider,
  claims: IDToken,
  source: { ip: string },
): Promise<SignedIn | { pending: true }> {
  const email = typeof claims.email === 'string' ? normaliseEmail(claims.email) : '';
  const domain = domainOf(email);
  const audit = { provider: provider.key, issuer: provider.issuer, subject: claims.sub, ip: source.ip };
  const actor = systemActor(`oidc:${provider.name}`);
  const refusal = async (detail: string): Promise<never> => {
    await runCommand(ctx, actor, (s) =>
      s.audit({
        action: 'sign_in.refused',
        entityType: 'identity_provider',
        entityId: provider.key,
        tenantId: provider.tenantId,
        after: { ...audit, email, reason: detail },
      }),
    );
    throw refuse(detail);
  };
  if (!email) return refusal('The identity provider did not tell Herald your email address.');
  if (claims.email_verified !== true) return refusal('The identity provider has not verified your email address.');
  if (!provider.domains.includes(domain))
    return refusal(`${provider.name} may sign in people of ${provider.domains.join(', ')} only, not of ${domain}.`);
  const groups = groupsOf(claims, provider.groupsClaim);

  const outcome = await runCommand(
    ctx,
    actor,
    async (s): Promise<SignedIn | { pending: true } | { refused: string }> => {
      if (await otherTenantOwning(s, domain, provider.tenantId))
        return { refused: `${domain} belongs to another organisation; its own identity provider signs its people in.` };
      let person = await s.trx
        .selectFrom('person')
        .select(['id', 'deactivated_at'])
        .where('email', '=', email)
        .executeTakeFirst();
      if (person?.deactivated_at) return { refused: 'Your account was deactivated by your organisation’s directory.' };
      if (person) {
        const roles = await s.trx
          .selectFrom('role_assignment')
          .select(['role', 'tenant_id'])
          .where('person_id', '=', person.id)
          .execute();
        const elsewhere = roles.some((r) =>
          provider.tenantId === null
            ? r.role !== 'operator'
            : r.role === 'operator' || (r.tenant_id !== null && r.tenant_id !== provider.tenantId),
        );
        if (elsewhere)
          return { refused: 'Your account belongs to another organisation; sign in through its identity provider.' };
      }
      const joining = !person;
      person ??= {
        id: (
          await insertPerson(s, {
            email,
            name: typeof claims.name === 'string' && claims.name.trim() ? claims.name : email,
          })
        ).id,
        deactivated_at: null,
      };

      if (provider.tenantId === null) {
        // The operators' provider: its verified people are operators.
        const has = await s.trx
          .selectFrom('role_assignment')
          .select('id')
          .where('person_id', '=', person.id)
          .where('role', '=', 'operator')
          .executeTakeFirst();
        if (!has) await insertRole(s, { personId: person.id, role: 'operator' });
      } else {
        const member = await findMember(s.trx, provider.tenantId, person.id);
        const waits = member ? member.status === 'pending' : joining && provider.joinPolicy === 'approval';
        await upsertMember(s, {
          tenantId: provider.tenantId,
          personId: person.id,
          source: member?.source ?? 'oidc',
          status: waits ? 'pending' : 'active',
          groups,
        });
        if (!member)
          await s.audit({
            action: waits ? 'member.requested' : 'member.joined',
            entityType: 'person',
            entityId: person.id,
            tenantId: provider.tenantId,
            after: { ...audit, email, groups },
          });
        if (waits) return { pending: true };
        // The token's groups and the SCIM groups the directory pushed together decide the roles.
        await syncManagedRoles(
          s,
          provider.tenantId,
          person.id,
          await rolesForGroups(s.trx, provider.tenantId, await groupsOfMember(s.trx, provider.tenantId, person.id)),
          `oidc:${provider.key}`,
        );
      }
      await s.audit({
        action: 'sign_in.oidc',
        entityType: 'person',
        entityId: person.id,
        tenantId: provider.tenantId,
        after: { ...audit, email, groups },
      });
      const expiresAt = new Date(s.now.getTime() + SESSION_HOURS * 3600_000);
      const token = await insertSession(s.trx, person.id, s.nowIso, expiresAt.toISOString());
      // Remembered so that the provider's back-channel logout can end this session.
      await s.trx
        .insertInto('oidc_session')
        .values({
          session_id: hashSecret(token),
          provider_key: provider.key,
          sid: typeof claims.sid === 'string' ? claims.sid : null,
          subject: claims.sub,
          created_at: s.nowIso,
        })
        .execute();
      return { token, expiresAt };
    },
  );
  if ('refused' in outcome) return refusal(outcome.refused);
  return outcome;
}

/** Back-channel logout: the provider says its session ended, so Herald's sessions from it end too. */
export async function endProviderSessions(
  ctx: AppContext,
  provider: SignInProvider,
  ended: { sid: string | null; sub: string | null },
): Promise<number> {
  return runCommand(ctx, systemActor(`oidc:${provider.name}`), async (s) => {
    let query = s.trx.selectFrom('oidc_session').select('session_id').where('provider_key', '=', provider.key);
    query = ended.sid ? query.where('sid', '=', ended.sid) : query.where('subject', '=', ended.sub!);
    const sessions = (await query.execute()).map((r) => r.session_id);
    if (sessions.length) await s.trx.deleteFrom('session').where('id', 'in', sessions).execute();
    await s.audit({
      action: 'sign_out.backchannel',
      entityType: 'identity_provider',
      entityId: provider.key,
      tenantId: provider.tenantId,
      after: { ...ended, sessions: sessions.length },
    });
    return sessions.length;
  });
}
