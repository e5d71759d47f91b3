// Row locks for read-check-write: a command that reads a row, checks a rule against it (is this
// status move allowed? is the claim still pending?) and writes the result must hold the row from
// the read to the commit, or two commands on two nodes both pass the check against the same old
// state. On PostgreSQL that is `SELECT … FOR UPDATE`: the second command waits at its read until
// the first commits, then reads the new state and fails its check (409). SQLite has one writer at
// a time, so the plain read is already exclusive within its transaction.
import { sql, type Selectable, type Transaction } from 'kysely';
import type { Database, DialectName } from './database.js';
import type { DB } from './schema.js';

/** Tables whose rows are addressed by a single `id` column. */
export type TableWithId = { [T in keyof DB]: DB[T] extends { id: string } ? T : never }[keyof DB];

/**
 * Reads the row `id` of `table` and holds it until the transaction ends; undefined when there is
 * no such row. Call it first in a command, before reading anything the check depends on.
 */
export async function lockRow<T extends TableWithId>(
  trx: Transaction<DB>,
  dialect: DialectName,
  table: T,
  id: string,
): Promise<Selectable<DB[T]> | undefined> {
  // Kysely cannot type a select over a table chosen by a type parameter; the result type is
  // restored from the table name.
  const query = (trx as unknown as Transaction<{ row: { id: string } }>)
    .selectFrom(table as 'row')
    .selectAll()
    .where('id', '=', id);
  const row = await (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
  return row as Selectable<DB[T]> | undefined;
}

/** The advisory-lock key of start-up's one-time writes: any fixed number but Kysely's migration lock's. */
const START_UP_LOCK = 7_205_759_403_792_793;

/**
 * Runs `fn` while no other node runs it: nodes started at once on one PostgreSQL database take
 * turns at what only the first may do (load the demo into an empty database), so the next one finds
 * it done instead of doing it again. A session-level advisory lock, held on one connection of the
 * pool while `fn` works on others, and released by PostgreSQL if the node dies holding it. SQLite's
 * database has one process.
 */
export async function withStartUpLock<T>(database: Database, fn: () => Promise<T>): Promise<T> {
  if (database.dialect !== 'postgres') return fn();
  return database.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${START_UP_LOCK})`.execute(connection);
    try {
      return await fn();
    } finally {
      await sql`select pg_advisory_unlock(${START_UP_LOCK})`.execute(connection);
    }
  });
}
