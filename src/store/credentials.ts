// Sessions and personal API tokens. Only a SHA-256 of each secret is stored: a copy of the
// database does not let anyone sign in.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DatabaseUnavailable } from '../errors.js';
import type { DB } from './schema.js';

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export async function insertSession(db: Kysely<DB>, personId: string, nowIso: string, expiresIso: string): Promise<string> {
  const token = newSecret('hs_');
  await db
    .insertInto('session')
    .values({ id: hashSecret(token), person_id: personId, created_at: nowIso, expires_at: expiresIso, last_seen_at: nowIso })
    .execute();
  return token;
}

export async function findSessionPerson(db: Kysely<DB>, token: string, nowIso: string): Promise<string | null> {
  const row = await db
    .selectFrom('session')
    .select(['person_id'])
    .where('id', '=', hashSecret(token))
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
  return row?.person_id ?? null;
}

export async function deleteSession(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', hashSecret(token)).execute();
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
