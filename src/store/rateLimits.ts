// Shared rate-limit counters: one atomic upsert per attempt, so every node counts into the same
// row (INSERT … ON CONFLICT DO UPDATE … RETURNING is one statement on SQLite and PostgreSQL).
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

/** Counts one attempt in the window `windowKey` (which expires at `expiresAt`) and returns the count so far. */
export async function countAttempt(db: Kysely<DB>, windowKey: string, expiresAt: string): Promise<number> {
  const row = await db
    .insertInto('rate_limit')
    .values({ key: windowKey, count: 1, expires_at: expiresAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({ count: sql<number>`rate_limit.count + 1` }))
    .returning('count')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Forgets windows that have ended. */
export async function purgeEndedWindows(db: Kysely<DB>, now: string): Promise<void> {
  await db.deleteFrom('rate_limit').where('expires_at', '<=', now).execute();
}
