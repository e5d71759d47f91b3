// Row locks for read-check-write: a command that reads a row, checks a rule against it (is this
// status move allowed? is the claim still pending?) and writes the result must hold the row from
// the read to the commit, or two commands on two nodes both pass the check against the same old
// state. On PostgreSQL that is `SELECT … FOR UPDATE`: the second command waits at its read until
// the first commits, then reads the new state and fails its check (409). SQLite has one writer at
// a time, so the plain read is already exclusive within its transaction.
import type { Selectable, Transaction } from 'kysely';
import type { DialectName } from './database.js';
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
