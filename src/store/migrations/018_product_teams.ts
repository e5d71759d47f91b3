// The provider's product teams ("the product team becomes involved"): each service's owning team
// and its on-call routes (an email address and a PagerDuty Events API v2 webhook), and the pages
// sent to them, which an operator acknowledges.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('product_team')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text')
    .addColumn('webhook_url', 'text')
    .addColumn('routing_key', 'text')
    .addColumn('pages_for_delivery', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('service_owner')
    .addColumn('service_id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('team_page')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('dedup_key', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('paged_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text')
    .addUniqueConstraint('team_page_unique', ['team_id', 'dedup_key'])
    .execute();
  await db.schema.createIndex('team_page_incident').on('team_page').column('incident_id').execute();
}
