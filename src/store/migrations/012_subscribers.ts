// Public subscribers of the status page (email addresses and webhook URLs) and what each chose:
// everything, or some regions and services. Choices are rows, not JSON, so the planner finds the
// subscribers of an incident's regions with one indexed join (src/delivery/subscribers.ts).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('subscriber')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('everything', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('confirm_nonce', 'text')
    .addColumn('secret', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('subscriber_kind_address', ['kind', 'address'])
    .execute();
  await db.schema
    .createIndex('subscriber_status_everything')
    .on('subscriber')
    .columns(['status', 'everything', 'id'])
    .execute();
  await db.schema
    .createTable('subscriber_component')
    .addColumn('subscriber_id', 'text', (c) => c.notNull().references('subscriber.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('subscriber_component_pk', ['subscriber_id', 'kind', 'code'])
    .execute();
  // The planner's way in: from an incident's regions and services to their subscribers.
  await db.schema
    .createIndex('subscriber_component_code')
    .on('subscriber_component')
    .columns(['kind', 'code', 'subscriber_id'])
    .execute();
}
