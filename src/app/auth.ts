// Signing in (password or one-time link) and out, personal API tokens, and turning a credential
// into an Actor.
import { hash, verify } from '@node-rs/argon2';
import { actorId, anonymous, isOperator, type Actor, type PersonActor } from '../domain/actor.js';
import { forbidden, HeraldError, invalid, notFound, unauthenticated, words } from '../errors.js';
import { normaliseEmail } from '../domain/directory.js';
import { loadPersonActor } from '../store/actors.js';
import {
  deletePersonSessions,
  deleteSession,
  findSessionPerson,
  findTokenPerson,
  hashSecret,
  insertSession,
  insertSignInLink,
  newSecret,
  signInLinkState,
  useSignInLink,
  type SessionOrigin,
} from '../store/credentials.js';
import type { ApiTokenTable } from '../store/schema.js';
import { newId } from '../store/values.js';
import { runCommand, type CommandScope } from './command.js';
import { passwordAllowed } from './identity/providers.js';
import type { AppContext } from './context.js';

export const SESSION_HOURS = 12;

/** argon2id with the library's defaults (memory-hard, 19 MiB, t=2), as OWASP recommends. */
export const hashPassword = (password: string): Promise<string> => hash(password);

// Compared against when the email is unknown, so that a wrong email and a wrong password take
// the same time and say the same thing.
let decoyHash: Promise<string> | null = null;

export interface SignedIn {
  token: string;
  expiresAt: Date;
  actor: Actor;
}

/** Opens a session for a person whose identity is proven (password or sign-in link). */
async function openSession(s: CommandScope, personId: string, origin: SessionOrigin): Promise<SignedIn> {
  const expiresAt = new Date(s.now.getTime() + SESSION_HOURS * 3600_000);
  const token = await insertSession(s.trx, personId, s.nowIso, expiresAt.toISOString(), origin);
  const actor = (await loadPersonActor(s.trx, personId, s.ctx.config.defaultLocale))!;
  return { token, expiresAt, actor };
}

/**
 * Email and password into a session. Every attempt is audited, a failure too (who tried which
 * account from where), so that guessing shows in the audit log as well as in the rate limit.
 */
export async function signIn(
  ctx: AppContext,
  email: string,
  password: string,
  origin: SessionOrigin = { userAgent: null, ip: null },
): Promise<SignedIn> {
  const db = ctx.database.db;
  if (!(await passwordAllowed(ctx, email))) {
    throw new HeraldError('HERALD_FORBIDDEN', 'problem.auth.useProvider');
  }
  const normalised = normaliseEmail(email);
  const person = await db
    .selectFrom('person')
    .select(['id', 'password_hash', 'deactivated_at'])
    .where('email', '=', normalised)
    .executeTakeFirst();
  decoyHash ??= hashPassword('decoy-password-never-used');
  const ok = await verify(person?.password_hash ?? (await decoyHash), password).catch(() => false);
  if (!person || !person.password_hash || !ok || person.deactivated_at) {
    await runCommand(ctx, anonymous, (s) =>
      s.audit({
        action: 'session.sign_in_failed',
        entityType: 'person',
        entityId: person?.id ?? '',
        tenantId: null,
        after: { email: normalised.slice(0, 320), ip: origin.ip, userAgent: origin.userAgent },
      }),
    );
    throw new HeraldError('HERALD_UNAUTHENTICATED', 'problem.auth.noMatch');
  }
  const signedIn = await runCommand(ctx, anonymous, (s) => openSession(s, person.id, origin));
  await auditSignIn(ctx, signedIn, 'password', origin);
  return signedIn;
}

async function auditSignIn(
  ctx: AppContext,
  signedIn: SignedIn,
  method: 'password' | 'sign-in link',
  origin: SessionOrigin,
): Promise<void> {
  await runCommand(ctx, signedIn.actor, (s) =>
    s.audit({
      action: 'session.signed_in',
      entityType: 'person',
      entityId: actorId(signedIn.actor)!,
      tenantId: null,
      after: { method, ip: origin.ip, userAgent: origin.userAgent },
    }),
  );
}

/** How long a link from `herald operator add` works. */
export const SIGN_IN_LINK_HOURS = 24;

/** A one-time link for a person to sign in and set a password; only its hash is stored. */
export async function createSignInLink(
  ctx: AppContext,
  actor: Actor,
  personId: string,
): Promise<{ url: string; expiresAt: string }> {
  if (!isOperator(actor)) throw forbidden('problem.auth.operatorsCreateLinks');
  return runCommand(ctx, actor, async (s) => {
    const expiresAt = new Date(s.now.getTime() + SIGN_IN_LINK_HOURS * 3600_000).toISOString();
    const token = await insertSignInLink(s.trx, personId, s.nowIso, expiresAt);
    await s.audit({
      action: 'sign_in_link.created',
      entityType: 'person',
      entityId: personId,
      tenantId: null,
      after: { expiresAt },
    });
    return { url: `${ctx.config.publicUrl}/set-password#${token}`, expiresAt };
  });
}

/**
 * Uses a sign-in link: sets the person's password and signs them in, once. A link that is
 * unknown, expired or used changes nothing and says which it is.
 */
export async function signInWithLink(
  ctx: AppContext,
  token: string,
  password: string,
  origin: SessionOrigin = { userAgent: null, ip: null },
): Promise<SignedIn> {
  if (password.length < 12) throw invalid('body.password', 'problem.password.short');
  const passwordHash = await hashPassword(password);
  const signedIn = await runCommand(ctx, anonymous, async (s) => {
    const personId = await useSignInLink(s.trx, token, s.nowIso);
    if (!personId) {
      const state = await signInLinkState(s.trx, token, s.nowIso);
      throw invalid('body.token', words('problem.auth.linkRefused', { state: state ?? 'invalid' }));
    }
    await s.trx
      .updateTable('person')
      .set({ password_hash: passwordHash, updated_at: s.nowIso })
      .where('id', '=', personId)
      .execute();
    // A new password ends every other session, as a change of password does.
    await deletePersonSessions(s.trx, personId);
    return openSession(s, personId, origin);
  });
  await auditSignIn(ctx, signedIn, 'sign-in link', origin);
  return signedIn;
}

export async function signOut(ctx: AppContext, sessionToken: string): Promise<void> {
  await deleteSession(ctx.database.db, sessionToken);
}

export async function actorFromSession(ctx: AppContext, token: string): Promise<Actor | null> {
  const personId = await findSessionPerson(ctx.database.db, token, ctx.now().toISOString());
  return personId ? loadPersonActor(ctx.database.db, personId, ctx.config.defaultLocale) : null;
}

export async function actorFromApiToken(ctx: AppContext, token: string): Promise<Actor | null> {
  const personId = await findTokenPerson(ctx.database.db, token, ctx.now().toISOString());
  return personId ? loadPersonActor(ctx.database.db, personId, ctx.config.defaultLocale) : null;
}

export interface CreatedToken {
  id: string;
  name: string;
  token: string;
  personId: string;
  expiresAt: string | null;
}

/**
 * A person creates a token for themselves; an operator (or the CLI, as the system actor) may
 * create one for anybody. The secret is shown once and only its hash is kept.
 */
export async function createApiToken(
  ctx: AppContext,
  actor: Actor,
  input: { email?: string; name: string; expiresInDays?: number },
): Promise<CreatedToken> {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (!input.name.trim()) throw invalid('body.name', 'problem.notEmpty');
  return runCommand(ctx, actor, async (s) => {
    let personId: string;
    if (input.email !== undefined) {
      const person = await s.trx
        .selectFrom('person')
        .select('id')
        .where('email', '=', normaliseEmail(input.email))
        .executeTakeFirst();
      if (!person || (!isOperator(actor) && (actor.kind !== 'person' || actor.personId !== person.id))) {
        throw notFound('person', input.email);
      }
      personId = person.id;
    } else if (actor.kind === 'person') {
      personId = actor.personId;
    } else {
      throw invalid('email', 'problem.auth.whoseToken');
    }
    const token = newSecret('herald_pat_');
    const id = newId();
    const expiresAt = input.expiresInDays
      ? new Date(s.now.getTime() + input.expiresInDays * 86_400_000).toISOString()
      : null;
    await s.trx
      .insertInto('api_token')
      .values({
        id,
        person_id: personId,
        name: input.name.trim(),
        token_hash: hashSecret(token),
        created_at: s.nowIso,
        last_used_at: null,
        expires_at: expiresAt,
        revoked_at: null,
      })
      .execute();
    await s.audit({
      action: 'api_token.created',
      entityType: 'api_token',
      entityId: id,
      tenantId: null,
      after: { personId, name: input.name, expiresAt },
    });
    return { id, name: input.name.trim(), token, personId, expiresAt };
  });
}

/** For what only a signed-in person has: their profile, their tokens, their admins. */
export function requirePerson(actor: Actor): PersonActor {
  if (actor.kind !== 'person') throw unauthenticated();
  return actor;
}

/** A person's tokens; an operator (or the CLI) may name anyone by email. Secrets are never shown again. */
export async function listApiTokens(
  ctx: AppContext,
  actor: Actor,
  filter: { email?: string } = {},
): Promise<ApiTokenTable[]> {
  const db = ctx.database.db;
  let personId: string;
  if (filter.email !== undefined && isOperator(actor)) {
    const person = await db
      .selectFrom('person')
      .select('id')
      .where('email', '=', normaliseEmail(filter.email))
      .executeTakeFirst();
    if (!person) throw notFound('person', filter.email);
    personId = person.id;
  } else {
    const me = requirePerson(actor);
    if (filter.email !== undefined && normaliseEmail(filter.email) !== me.email) return [];
    personId = me.personId;
  }
  return db
    .selectFrom('api_token')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Revoking keeps the row (and when it was last used) for the audit trail; the token stops working at once. */
export async function revokeApiToken(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  if (actor.kind === 'anonymous') throw unauthenticated();
  await runCommand(ctx, actor, async (s) => {
    const row = await s.trx.selectFrom('api_token').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || (!isOperator(actor) && row.person_id !== actorId(actor))) throw notFound('apiToken', id);
    if (row.revoked_at) return;
    await s.trx.updateTable('api_token').set({ revoked_at: s.nowIso }).where('id', '=', id).execute();
    await s.audit({
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: id,
      tenantId: null,
      before: { personId: row.person_id, name: row.name },
    });
  });
}

export { anonymous };
