// A public subscriber's language (issue 15): set from the subscribe page's language, changed on
// the manage page; their confirmation and notices are written in it. Null (subscribers from
// before) follows the provider's DEFAULT_LOCALE, as they were.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('subscriber').addColumn('locale', 'text').execute();
}
