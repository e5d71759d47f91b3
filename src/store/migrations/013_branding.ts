// The public page's branding (src/store/tables/branding.ts): one provider-wide row.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('branding')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('page_name', 'text', (c) => c.notNull())
    .addColumn('logo_url', 'text')
    .addColumn('primary_color', 'text', (c) => c.notNull())
    .addColumn('accent_color', 'text', (c) => c.notNull())
    .addColumn('support_url', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}
