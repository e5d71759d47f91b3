// A tenant's default language: its people read mail in it unless they chose their own (issue 15);
// null follows the provider's DEFAULT_LOCALE.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('tenant').addColumn('locale', 'text').execute();
}
