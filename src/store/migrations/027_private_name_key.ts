// Public text is refused when it names a tenant, an environment or a person (src/app/publicText.ts).
// That check read every name of the directory on each save: 2.6 million at a provider's size,
// eight seconds before a region-wide incident could commit. Each name now carries its lookup key
// (`privateNameKey`, src/domain/publicity.ts), indexed, so a check reads only the names whose
// first words occur in the text.
//
// The key is computed in TypeScript, not SQL: neither database lower-cases and splits words the
// way the check does (SQLite's lower() is ASCII only; PostgreSQL's follows the server's locale).
// A row written without a key (null) is still checked, by reading it every time, so a node that
// runs older code during a rolling upgrade cannot slip a name past the check.
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { privateNameKey } from '../../domain/publicity.js';

const TABLES = ['tenant', 'environment', 'person'] as const;
const PAGE = 5_000;

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    await db.schema.alterTable(table).addColumn('name_key', 'text').execute();
    await fillKeys(db, table);
    await db.schema.createIndex(`${table}_name_key`).on(table).column('name_key').execute();
  }
}

async function fillKeys(db: Kysely<any>, table: string): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (let after = ''; ;) {
    const page: { id: string; name: string }[] = await db
      .selectFrom(table)
      .select(['id', 'name'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    if (!page.length) return;
    const keys = page.map((r) => privateNameKey(r.name));
    if (postgres) {
      await sql`update ${sql.table(table)} set name_key = k.key
        from unnest(${page.map((r) => r.id)}::text[], ${keys}::text[]) as k(id, key)
        where ${sql.ref(`${table}.id`)} = k.id`.execute(db);
    } else {
      // Kysely runs SQLite's migrations outside a transaction: one per page, not per row.
      await db.transaction().execute(async (trx) => {
        for (const [i, r] of page.entries()) {
          await trx.updateTable(table).set({ name_key: keys[i] }).where('id', '=', r.id).execute();
        }
      });
    }
    after = page[page.length - 1]!.id;
  }
}
