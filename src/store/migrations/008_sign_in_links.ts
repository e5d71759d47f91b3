// Sessions a person can recognise (from which browser and address) and end, with an index to
// purge expired ones; one-time sign-in links, by which a new operator sets a first password.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('session').addColumn('user_agent', 'text').execute();
  await db.schema.alterTable('session').addColumn('ip', 'text').execute();
  await db.schema.createIndex('session_expires_at').on('session').column('expires_at').execute();
  await db.schema.createIndex('session_person').on('session').column('person_id').execute();

  await db.schema
    .createTable('sign_in_link')
    // A SHA-256 of the link's secret: a copy of the database does not hold a usable link.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('sign_in_link_expires_at').on('sign_in_link').column('expires_at').execute();
}
