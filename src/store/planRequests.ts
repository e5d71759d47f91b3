// Plan requests: events whose audience src/delivery/planQueue.ts is planning in committed
// chunks. Claiming one takes its row for the length of a chunk's transaction (FOR UPDATE SKIP
// LOCKED on PostgreSQL, so two workers plan different events side by side and never the same
// chunk; SQLite has one writer), and the cursor moves in that transaction with the chunk's rows.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DialectName } from './database.js';
import type { DB, PlanRequestTable } from './schema.js';

export async function insertPlanRequest(trx: Transaction<DB>, request: PlanRequestTable): Promise<void> {
  await trx.insertInto('plan_request').values(request).execute();
}

export async function hasPlanRequestFor(
  trx: Transaction<DB>,
  subjectType: string,
  subjectId: string,
): Promise<boolean> {
  const row = await trx
    .selectFrom('plan_request')
    .select('event_id')
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The oldest plan request no other transaction holds, locked until `trx` ends; null if none. */
export async function claimPlanRequest(trx: Transaction<DB>, dialect: DialectName): Promise<PlanRequestTable | null> {
  const lock = dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const result =
    await sql<PlanRequestTable>`select * from plan_request order by created_at, event_id limit 1 ${lock}`.execute(trx);
  return result.rows[0] ?? null;
}

/** Moves the cursor past a planned chunk, or removes the request after the last one. */
export async function advancePlanRequest(
  trx: Transaction<DB>,
  eventId: string,
  nextChunk: number,
  lastChunk: boolean,
  now: string,
): Promise<void> {
  if (lastChunk) await trx.deleteFrom('plan_request').where('event_id', '=', eventId).execute();
  else
    await trx
      .updateTable('plan_request')
      .set({ next_chunk: nextChunk, updated_at: now })
      .where('event_id', '=', eventId)
      .execute();
}

export async function countPlanRequests(db: Pick<Transaction<DB>, 'selectFrom'>): Promise<number> {
  const row = await db
    .selectFrom('plan_request')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The request the queue will take next (without claiming it). */
export async function peekPlanRequest(
  db: Kysely<DB>,
): Promise<Pick<PlanRequestTable, 'event_id' | 'next_chunk'> | null> {
  return (
    (await db
      .selectFrom('plan_request')
      .select(['event_id', 'next_chunk'])
      .orderBy('created_at')
      .orderBy('event_id')
      .limit(1)
      .executeTakeFirst()) ?? null
  );
}

/** Whether the event has messages to send (not in-app) of which none has been sent yet. */
export async function firstMessagesWaiting(db: Kysely<DB>, eventId: string): Promise<boolean> {
  const rows = await db
    .selectFrom('delivery')
    .select('status')
    .where('event_id', '=', eventId)
    .where('channel', '<>', 'in_app')
    .where('status', 'in', ['pending', 'sent'])
    .limit(50)
    .execute();
  return rows.length > 0 && !rows.some((r) => r.status === 'sent');
}
