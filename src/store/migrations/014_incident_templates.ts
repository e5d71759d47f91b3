// The composer's conveniences and chat channels (issue 13): operators' reusable incident
// templates, posts made without notifying anyone (corrections), and the payload format of a
// tenant's webhook endpoint (Standard Webhooks, Slack or Microsoft Teams).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('incident_template')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('service_ids', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Existing posts all notified; existing endpoints all receive Standard Webhooks JSON.
  await db.schema
    .alterTable('incident_post')
    .addColumn('notified', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('webhook_endpoint')
    .addColumn('format', 'text', (c) => c.notNull().defaultTo('standard'))
    .execute();
}
