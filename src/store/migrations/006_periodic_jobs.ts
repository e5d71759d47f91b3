// Periodic jobs claimed once per tick across all nodes (src/store/jobClaims.ts).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('periodic_job')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('tick', 'text', (c) => c.notNull())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('held_until', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
}
