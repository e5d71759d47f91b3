// Statements whose size follows the data: a multi-row insert binds one parameter per column and
// row, and each database caps the parameters of one statement (SQLite at 32,766, PostgreSQL at
// 65,535 — past it PostgreSQL's protocol wraps the count and the statement fails). An incident
// across North America scopes tens of thousands of environments; an import writes a hundred
// thousand people. Such rows are written in as many statements as the cap needs, and such lists
// are bound as one parameter.
import {
  PostgresAdapter,
  sql,
  type Insertable,
  type Kysely,
  type RawBuilder,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';
import type { DialectName } from './database.js';
import type { DB } from './schema.js';

/** Bound parameters one statement may carry, with room to spare under each database's cap. */
export const MAX_PARAMETERS: Record<DialectName, number> = { sqlite: 32_000, postgres: 65_000 };

/**
 * Inserts `rows` into `table` in statements of at most `maxParameters` parameters (the lower
 * cap, SQLite's, unless the caller knows the dialect); `written` is told after each statement.
 */
export async function insertInChunks<T extends keyof DB & string>(
  db: Kysely<DB>,
  table: T,
  rows: Insertable<DB[T]>[],
  options: { maxParameters?: number; written?: (done: number) => void } = {},
): Promise<void> {
  if (!rows.length) return;
  const maxParameters = options.maxParameters ?? MAX_PARAMETERS.sqlite;
  const perStatement = Math.max(1, Math.floor(maxParameters / Object.keys(rows[0]!).length));
  for (let i = 0; i < rows.length; i += perStatement) {
    // Kysely cannot follow a table name chosen at run time to its row type; the rows are typed above.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + perStatement) as never)
      .execute();
    options.written?.(Math.min(i + perStatement, rows.length));
  }
}

/**
 * `column IN (values)` with all the values bound as one parameter, however many there are: an
 * array on PostgreSQL (`= any`), a JSON array read by json_each on SQLite. For lists whose length
 * follows the data, such as an event's scope naming every environment of a region.
 */
export function isAnyOf(db: Kysely<DB>, column: string, values: readonly string[]): RawBuilder<SqlBool> {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? sql<SqlBool>`${sql.ref(column)} = any(${[...values]}::text[])`
    : sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(values)}))`;
}

/**
 * The values as a one-column table of `id`s, bound as one parameter: `x in (listedIds(…))` where
 * the list itself is the answer. Unlike selecting the rows of a table `where id = any(list)`, it
 * reads no table: PostgreSQL would hash that subquery from a pass over the whole table (half a
 * million environments for an incident across one region).
 */
export function listedIds(
  db: Kysely<DB>,
  values: readonly string[],
): SelectQueryBuilder<any, 'listed', { id: string }> {
  const list =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? sql<{ id: string }>`(select unnest(${[...values]}::text[]) as id)`
      : sql<{ id: string }>`(select value as id from json_each(${JSON.stringify(values)}))`;
  return db.selectFrom(list.as('listed')).select('listed.id');
}
