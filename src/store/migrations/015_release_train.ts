// The weekly release train: a cadence per product line and its weeks. A week's row is written in
// the transaction that plans its release and rollout, and its primary key (train, week) is what
// makes a week planned once even when two nodes run the job at once.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('release_train')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('product_line', 'text', (c) => c.notNull().unique())
    .addColumn('version_prefix', 'text', (c) => c.notNull())
    .addColumn('release_notes_pattern', 'text', (c) => c.notNull())
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('start_hour', 'integer', (c) => c.notNull())
    .addColumn('lead_days', 'integer', (c) => c.notNull())
    .addColumn('regions', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('release_train_week')
    .addColumn('train_id', 'text', (c) => c.notNull().references('release_train.id'))
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('moved', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('release_id', 'text', (c) => c.references('release.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('release_train_week_pk', ['train_id', 'week'])
    .execute();
}
