// Sessions, one-time sign-in links and personal API tokens. Only a SHA-256 of each secret is
// stored: a copy of the database does not let anyone sign in.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DatabaseUnavailable } from '../errors.js';
import type { DB, SessionTable } from './schema.js';

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export interface SessionOrigin {
  userAgent: string | null;
  ip: string | null;
}

export async function insertSession(
  db: Kysely<DB>,
  personId: string,
  nowIso: string,
  expiresIso: string,
  origin: SessionOrigin = { userAgent: null, ip: null },
): Promise<string> {
  const token = newSecret('hs_');
  await db
    .insertInto('session')
    .values({
      id: hashSecret(token),
      person_id: personId,
      created_at: nowIso,
      expires_at: expiresIso,
      last_seen_at: nowIso,
      user_agent: origin.userAgent?.slice(0, 512) ?? null,
      ip: origin.ip,
    })
    .execute();
  return token;
}

/** How often a session's "last seen" is written: every request would turn reads into writes. */
const LAST_SEEN_EVERY_MS = 5 * 60_000;

export async function findSessionPerson(db: Kysely<DB>, token: string, nowIso: string): Promise<string | null> {
  const id = hashSecret(token);
  const row = await db
    .selectFrom('session')
    .select(['person_id', 'last_seen_at'])
    .where('id', '=', id)
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
  if (row && Date.parse(nowIso) - Date.parse(row.last_seen_at) > LAST_SEEN_EVERY_MS) {
    await db.updateTable('session').set({ last_seen_at: nowIso }).where('id', '=', id).execute();
  }
  return row?.person_id ?? null;
}

export async function deleteSession(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', hashSecret(token)).execute();
}

/** The id a session is listed and ended by: the stored hash, never the cookie's secret. */
export const sessionIdOf = (token: string): string => hashSecret(token);

export async function listPersonSessions(db: Kysely<DB>, personId: string, nowIso: string): Promise<SessionTable[]> {
  return db
    .selectFrom('session')
    .selectAll()
    .where('person_id', '=', personId)
    .where('expires_at', '>', nowIso)
    .orderBy('last_seen_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Ends a person's sessions, all or all but one (the one they are using); returns how many ended. */
export async function deletePersonSessions(
  db: Kysely<DB>,
  personId: string,
  keepSessionId: string | null = null,
): Promise<number> {
  let query = db.deleteFrom('session').where('person_id', '=', personId);
  if (keepSessionId) query = query.where('id', '!=', keepSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes sessions and sign-in links that have expired (they already no longer work). */
export async function purgeExpiredCredentials(
  db: Kysely<DB>,
  nowIso: string,
): Promise<{ sessions: number; signInLinks: number }> {
  const sessions = await db.deleteFrom('session').where('expires_at', '<=', nowIso).executeTakeFirst();
  const links = await db.deleteFrom('sign_in_link').where('expires_at', '<=', nowIso).executeTakeFirst();
  return { sessions: Number(sessions.numDeletedRows), signInLinks: Number(links.numDeletedRows) };
}

export async function insertSignInLink(
  db: Kysely<DB>,
  personId: string,
  nowIso: string,
  expiresIso: string,
): Promise<string> {
  const token = newSecret('hl_');
  await db
    .insertInto('sign_in_link')
    .values({ id: hashSecret(token), person_id: personId, created_at: nowIso, expires_at: expiresIso, used_at: null })
    .execute();
  return token;
}

/**
 * Uses a sign-in link once: marks it used and returns its person, or null when it is unknown,
 * expired or already used. The conditional update is the claim, so two browsers racing with the
 * same link cannot both get in.
 */
export async function useSignInLink(db: Kysely<DB>, token: string, nowIso: string): Promise<string | null> {
  const id = hashSecret(token);
  const claimed = await db
    .updateTable('sign_in_link')
    .set({ used_at: nowIso })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return null;
  const row = await db.selectFrom('sign_in_link').select('person_id').where('id', '=', id).executeTakeFirstOrThrow();
  return row.person_id;
}

/** Why a link does not work, for a message that helps: unknown, expired, or already used. */
export async function signInLinkState(
  db: Kysely<DB>,
  token: string,
  nowIso: string,
): Promise<'unknown' | 'expired' | 'used' | 'valid'> {
  const row = await db
    .selectFrom('sign_in_link')
    .select(['expires_at', 'used_at'])
    .where('id', '=', hashSecret(token))
    .executeTakeFirst();
  if (!row) return 'unknown';
  if (row.used_at) return 'used';
  return row.expires_at <= nowIso ? 'expired' : 'valid';
}

export async function findTokenPerson(db: Kysely<DB>, token: string, nowIso: string): Promise<string | null> {
  const row = await db
    .selectFrom('api_token')
    .select(['id', 'person_id', 'expires_at', 'last_used_at'])
    .where('token_hash', '=', hashSecret(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row || (row.expires_at !== null && row.expires_at <= nowIso)) return null;
  // Recording every use would turn each read into a write; once a minute is enough to audit.
  // It is a note, not the request's purpose: a database that cannot write (disk full, read-only)
  // must still serve reads to token holders.
  if (!row.last_used_at || Date.parse(nowIso) - Date.parse(row.last_used_at) > 60_000) {
    await db
      .updateTable('api_token')
      .set({ last_used_at: nowIso })
      .where('id', '=', row.id)
      .execute()
      .catch((err: unknown) => {
        if (!(err instanceof DatabaseUnavailable)) throw err;
      });
  }
  return row.person_id;
}
