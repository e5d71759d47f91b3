// The identity providers a sign-in can go through: the operators' one from configuration and
// each tenant's own, as one shape. Home-realm discovery picks one from an email's domain.
import type { Kysely } from 'kysely';
import type { DB, IdentityProviderTable, JoinPolicy } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import type { AppContext } from '../context.js';
import { open } from './secretBox.js';

export const OPERATORS_KEY = 'operators';

export interface SignInProvider {
  /** An identity_provider id, or OPERATORS_KEY. */
  key: string;
  /** null: the operators' provider, whose people become operators. */
  tenantId: string | null;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  domains: string[];
  groupsClaim: string;
  joinPolicy: JoinPolicy;
  passwordFallback: boolean;
}

export const domainOf = (email: string): string =>
  email
    .slice(email.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase();

export function fromRow(ctx: AppContext, row: IdentityProviderTable): SignInProvider {
  return {
    key: row.id,
    tenantId: row.tenant_id,
    name: row.name,
    issuer: row.issuer,
    clientId: row.client_id,
    clientSecret: open(ctx.config.secret, row.client_secret_sealed),
    domains: fromJson<string[]>(row.allowed_domains, []),
    groupsClaim: row.groups_claim,
    joinPolicy: row.join_policy,
    passwordFallback: row.password_fallback === 1,
  };
}

function operatorsProvider(ctx: AppContext): SignInProvider | null {
  const c = ctx.config.operatorOidc;
  if (!c) return null;
  return {
    key: OPERATORS_KEY,
    tenantId: null,
    name: 'Operators',
    issuer: c.issuer,
    clientId: c.clientId,
    clientSecret: c.clientSecret,
    domains: c.domains,
    groupsClaim: 'groups',
    joinPolicy: 'join',
    passwordFallback: c.passwordFallback,
  };
}

export async function findProvider(ctx: AppContext, key: string): Promise<SignInProvider | null> {
  if (key === OPERATORS_KEY) return operatorsProvider(ctx);
  const row = await ctx.database.db
    .selectFrom('identity_provider')
    .selectAll()
    .where('id', '=', key)
    .executeTakeFirst();
  return row ? fromRow(ctx, row) : null;
}

/** Tenant providers whose allowed domains include this one (domains are a JSON array of exact words). */
export function providersForDomain(db: Kysely<DB>, domain: string) {
  return db
    .selectFrom('identity_provider')
    .selectAll()
    .where('allowed_domains', 'like', `%${JSON.stringify(domain)}%`)
    .orderBy('created_at')
    .orderBy('id');
}

/** Home-realm discovery: the provider that signs in people of this email's domain, if any. */
export async function providerForEmail(ctx: AppContext, email: string): Promise<SignInProvider | null> {
  const domain = domainOf(email);
  const operators = operatorsProvider(ctx);
  if (operators?.domains.includes(domain)) return operators;
  const rows = await providersForDomain(ctx.database.db, domain).execute();
  const row = rows.find((r) => fromJson<string[]>(r.allowed_domains, []).includes(domain));
  return row ? fromRow(ctx, row) : null;
}

/**
 * A password is accepted unless the email's domain belongs to a provider that does not allow it:
 * those people sign in with their organisation's provider, and an outage there never opens a
 * password back door.
 */
export async function passwordAllowed(ctx: AppContext, email: string): Promise<boolean> {
  const provider = await providerForEmail(ctx, email);
  return !provider || provider.passwordFallback;
}
