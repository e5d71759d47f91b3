// Large announcements are planned in committed chunks after their event commits (see
// src/delivery/planQueue.ts): one row per event still being planned, with the next chunk to plan.
// The row is written with the event and moved on with each chunk's deliveries in one
// transaction, so a crash resumes at the first chunk not yet committed.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_request')
    .addColumn('event_id', 'text', (c) => c.primaryKey())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('next_chunk', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_request_subject')
    .on('plan_request')
    .columns(['subject_type', 'subject_id'])
    .execute();
}
