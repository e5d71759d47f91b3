// A person may choose no language (issue 15): `person.locale` null means "my organization's
// language", so a directory that imports people without one no longer puts everyone in US
// English whatever their tenant says. Existing rows keep their value: nothing tells which
// 'en-US' were chosen and which were the old default.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table person alter column locale drop not null`.execute(db);
    await sql`alter table person alter column locale drop default`.execute(db);
    return;
  }
  await rebuildSqlitePerson(db);
}

/**
 * SQLite cannot drop NOT NULL: the table is rebuilt as https://www.sqlite.org/lang_altertable.html
 * ("Making Other Kinds Of Table Schema Changes") says. Foreign keys go off first, outside any
 * transaction (the pragma is a no-op inside one; Kysely runs SQLite migrations on one connection
 * without one), or dropping `person` would delete every role, session and token with it. The new
 * table is created under another name and renamed, so the other tables' `references person`
 * keep pointing at it; then the foreign keys are checked before the commit.
 */
async function rebuildSqlitePerson(db: Kysely<any>): Promise<void> {
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      // 001_foundation's person, with 010_identity's deactivated_at, and locale nullable.
      await trx.schema
        .createTable('person_new')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('locale', 'text')
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deactivated_at', 'text')
        .execute();
      const columns = sql.raw(
        'id, email, name, locale, time_zone, password_hash, created_at, updated_at, deactivated_at',
      );
      await sql`insert into person_new (${columns}) select ${columns} from person`.execute(trx);
      await trx.schema.dropTable('person').execute();
      await trx.schema.alterTable('person_new').renameTo('person').execute();
      // person has no index of its own beyond its primary key and unique email, which came with
      // the table; the indexes on person_id live on the tables that reference it and are untouched.
      const broken = await sql<{ table: string }>`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length)
        throw new Error(
          `rebuilding person broke ${broken.rows.length} foreign key(s), first in ${broken.rows[0]!.table}`,
        );
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
