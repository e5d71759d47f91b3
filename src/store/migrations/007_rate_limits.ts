// Rate-limit counters shared by every node: one row per (limit, key, window). Kept in the database
// so that a second `herald serve` does not double the allowance of sign-in or find-your-admin.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limit')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limit_expires_at').on('rate_limit').column('expires_at').execute();
}
