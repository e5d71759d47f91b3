// Message Center posts an operator schedules to publish later: a draft with `publish_at` set is
// "Scheduled for …" until the periodic job messages.scheduled-publish publishes it at that time.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('message').addColumn('publish_at', 'text').execute();
  // The job looks for due drafts every minute: one indexed range read.
  await db.schema.createIndex('message_publish_at').on('message').columns(['status', 'publish_at']).execute();
}
