// Translations of Message Center posts and of incidents' titles and posts (issue 15), one row per
// post and language. Deleting a draft or an incident takes its translations with it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('message_translation')
    .addColumn('message_id', 'text', (c) => c.notNull().references('message.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('original_digest', 'text', (c) => c.notNull())
    .addColumn('translated_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('message_translation_pk', ['message_id', 'language'])
    .execute();

  await db.schema
    .createTable('incident_translation')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incident.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('original_digest', 'text', (c) => c.notNull())
    .addColumn('translated_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_translation_pk', ['incident_id', 'language'])
    .execute();

  await db.schema
    .createTable('incident_post_translation')
    .addColumn('post_id', 'text', (c) => c.notNull().references('incident_post.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_post_translation_pk', ['post_id', 'language'])
    .execute();
  // A reader's incident list reads one language's posts of a page of incidents.
  await db.schema
    .createIndex('incident_post_translation_incident')
    .on('incident_post_translation')
    .columns(['incident_id', 'language'])
    .execute();
}
