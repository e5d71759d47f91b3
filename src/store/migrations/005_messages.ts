// The Message Center: posts, their audience per tenant, attachments, each reader's viewpoint,
// shares, data-privacy readers and the weekly digest's bookkeeping.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('message')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('is_major_change', 'integer', (c) => c.notNull())
    .addColumn('is_data_privacy', 'integer', (c) => c.notNull())
    .addColumn('action_required_by', 'text')
    .addColumn('services', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('release_id', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('last_modified_at', 'text', (c) => c.notNull())
    .addColumn('materially_changed_at', 'text')
    .execute();
  await db.schema.createIndex('message_action_required_by').on('message').column('action_required_by').execute();
  await db.schema.createIndex('message_ends_at').on('message').column('ends_at').execute();
  await db.schema.createIndex('message_published_at').on('message').column('published_at').execute();
  await db.schema.createIndex('message_release').on('message').column('release_id').execute();

  await db.schema
    .createTable('message_tenant')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id').onDelete('cascade'))
    .addColumn('message_id', 'text', (c) => c.notNull().references('message.id').onDelete('cascade'))
    .addColumn('release_status', 'text')
    .addPrimaryKeyConstraint('message_tenant_pk', ['tenant_id', 'message_id'])
    .execute();
  await db.schema.createIndex('message_tenant_message').on('message_tenant').column('message_id').execute();

  await db.schema
    .createTable('message_attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull().references('message.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content_base64', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('message_attachment_message').on('message_attachment').column('message_id').execute();

  await db.schema
    .createTable('message_viewpoint')
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('message_id', 'text', (c) => c.notNull().references('message.id').onDelete('cascade'))
    .addColumn('is_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_favorited', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('feedback', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('message_viewpoint_pk', ['person_id', 'message_id'])
    .execute();
  await db.schema.createIndex('message_viewpoint_message').on('message_viewpoint').column('message_id').execute();

  await db.schema
    .createTable('message_share')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull().references('message.id').onDelete('cascade'))
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id').onDelete('cascade'))
    .addColumn('from_person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('to_person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('shared_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('message_share_message').on('message_share').column('message_id').execute();

  await db.schema
    .createTable('message_privacy_reader')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('granted_by', 'text', (c) => c.notNull())
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('message_privacy_reader_pk', ['tenant_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('message_privacy_reader_person')
    .on('message_privacy_reader')
    .column('person_id')
    .execute();

  await db.schema
    .createTable('message_digest_week')
    .addColumn('week', 'text', (c) => c.primaryKey())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();
}
