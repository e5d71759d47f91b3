// The notification engine's tables, and the outbox's indexes reshaped for how it is used.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Plain `any`: a migration describes the database as it was at that point, not today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  // The outbox's indexes are paid for by every planned row (200,000 for one event to 100,000
  // people), so delivery keeps only those its queries use:
  // - claimable: rows still to be sent, in the order they fall due (replaces delivery_due, which
  //   also held every sent row);
  // - in_app: a person's in-app list, newest first (replaces delivery_recipient, which also held
  //   every email, push and webhook row);
  // - delivery_tenant goes: the delivery log reaches a tenant's rows through their event.
  await sql`create index delivery_claimable on delivery (next_attempt_at) where status in ('pending', 'failed')`.execute(
    db,
  );
  await sql`create index delivery_in_app on delivery (recipient_id, created_at) where channel = 'in_app'`.execute(db);
  await db.schema.dropIndex('delivery_due').execute();
  await db.schema.dropIndex('delivery_recipient').execute();
  await db.schema.dropIndex('delivery_tenant').execute();
  // On PostgreSQL a foreign key is checked by a trigger per row: a quarter of the time of
  // planning 200,000 deliveries. The planner writes only the event it has just inserted, and
  // events are never deleted, so the check guards nothing there. (SQLite's check is a cheap
  // lookup, and dropping it would mean rebuilding the table.)
  if (db.getExecutor().adapter instanceof PostgresAdapter)
    await sql`alter table delivery drop constraint delivery_event_id_fkey`.execute(db);

  await db.schema
    .createTable('notification_preference')
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preference_pk', ['person_id', 'category', 'channel'])
    .execute();

  await db.schema
    .createTable('webhook_endpoint')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('previous_secret', 'text')
    .addColumn('previous_secret_expires_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('paused_reason', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_failure_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_endpoint_tenant').on('webhook_endpoint').column('tenant_id').execute();

  await db.schema
    .createTable('webhook_subscription')
    .addColumn('endpoint_id', 'text', (c) => c.notNull().references('webhook_endpoint.id').onDelete('cascade'))
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('webhook_subscription_pk', ['endpoint_id', 'event_type'])
    .execute();
  await db.schema.createIndex('webhook_subscription_type').on('webhook_subscription').column('event_type').execute();

  await db.schema
    .createTable('push_subscription')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('endpoint', 'text', (c) => c.notNull().unique())
    .addColumn('p256dh', 'text', (c) => c.notNull())
    .addColumn('auth', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_success_at', 'text')
    .execute();
  await db.schema.createIndex('push_subscription_person').on('push_subscription').column('person_id').execute();

  await db.schema
    .createTable('vapid_key')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('private_key', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sent_mail')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('delivery_id', 'text', (c) => c.notNull().unique().references('delivery.id').onDelete('cascade'))
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('mail_from', 'text', (c) => c.notNull())
    .addColumn('mail_to', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('headers', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sent_mail_created').on('sent_mail').column('created_at').execute();
}
