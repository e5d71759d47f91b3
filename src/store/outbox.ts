// The outbox's batch operations, after graphile/worker: claim due deliveries, renew their lease,
// record successes, record a failure (retry or dead), give back what was not started. Claiming
// is one statement that leases rows to a worker (`locked_by`, `locked_until`): if the worker
// dies, its rows fall due again when the lease runs out and another worker sends them (at least
// once; receivers spot the repeat by its Message-ID or webhook-id, both made from the delivery id).
//
// Every write after the claim is fenced like graphile-worker's `complete_job`/`fail_job`: it
// applies only where `locked_by` is still this worker and the row is still to be sent. A worker
// that lost its lease (frozen, cut off from the database) can therefore never record its late
// result over the one of the worker that took the row over.
//
// A success is one UPDATE of the delivery (status, sent_at, attempts): that row is the record of
// the final, successful try. delivery_attempt keeps the tries that failed, with their errors.
// Writing each success twice would double the cost of the path every message takes.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DialectName } from './database.js';
import type { DB, DeliveryChannel } from './schema.js';
import { newId } from './values.js';

/**
 * Delivery ids, made by the database so that rows can be made by INSERT … SELECT: the planning
 * time (12 hex digits of milliseconds), the row's place in the statement (6), then 80 random
 * bits (20). Rows planned together thus go in in id order, appended to the primary key's index
 * instead of scattered across it, which makes planning 100,000 of them several times faster.
 * Unguessable all the same, like the time-ordered message ids of other webhook senders.
 */
export function deliveryIdSql(dialect: DialectName, plannedAt: Date, ordinal: RawBuilder<number>): RawBuilder<string> {
  const time = plannedAt.getTime().toString(16).padStart(12, '0');
  return dialect === 'postgres'
    ? sql<string>`${time} || lpad(to_hex(${ordinal}), 6, '0') || substr(replace(gen_random_uuid()::text, '-', ''), 1, 20)`
    : sql<string>`${time} || printf('%06x', ${ordinal}) || lower(hex(randomblob(10)))`;
}

/** PostgreSQL LISTEN/NOTIFY channel: "deliveries are waiting". */
export const OUTBOX_CHANNEL = 'herald_outbox';

export interface ClaimedDelivery {
  id: string;
  event_id: string;
  channel: DeliveryChannel;
  recipient_kind: 'person' | 'webhook' | 'subscriber' | 'team';
  recipient_id: string;
  tenant_id: string | null;
  rule: string;
  template: string;
  /** Tries made before this one. */
  attempts: number;
  created_at: string;
}

export interface ClaimRequest {
  workerId: string;
  now: string;
  leaseUntil: string;
  limit: number;
}

export async function claimDue(db: Kysely<DB>, dialect: DialectName, r: ClaimRequest): Promise<ClaimedDelivery[]> {
  // SKIP LOCKED lets many PostgreSQL workers claim side by side without waiting on each other;
  // SQLite has one writer at a time, so its UPDATE is already exclusive. The lease columns are
  // not indexed, so a claim rewrites no index entry.
  const lock = dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const result = await sql<ClaimedDelivery>`
    update delivery set locked_until = ${r.leaseUntil}, locked_by = ${r.workerId}
    where id in (
      select id from delivery
      where status in ('pending', 'failed') and next_attempt_at <= ${r.now} and (locked_until is null or locked_until <= ${r.now})
      order by next_attempt_at
      limit ${r.limit}
      ${lock}
    )
    returning id, event_id, channel, recipient_kind, recipient_id, tenant_id, rule, template, attempts, created_at`.execute(
    db,
  );
  return result.rows;
}

/** Rows still this worker's to record: the fence of every write after the claim. */
const heldBy = (workerId: string) => sql<boolean>`locked_by = ${workerId} and status in ('pending', 'failed')`;

/**
 * Extends the lease of rows this worker still holds (sends in flight, rows waiting for a free
 * slot) and returns the ids it still holds: a row missing from the answer was taken over after
 * the lease ran out, and must not be sent (or recorded) by this worker any more.
 */
export async function renewLeases(
  db: Kysely<DB>,
  workerId: string,
  deliveryIds: string[],
  leaseUntil: string,
): Promise<Set<string>> {
  if (!deliveryIds.length) return new Set();
  const result = await sql<{ id: string }>`update delivery set locked_until = ${leaseUntil}
    where id in (${sql.join(deliveryIds)}) and ${heldBy(workerId)} returning id`.execute(db);
  return new Set(result.rows.map((r) => r.id));
}

/** Gives rows this worker claimed but will not start (it is stopping) back to the others at once. */
export async function releaseClaims(db: Kysely<DB>, workerId: string, deliveryIds: string[]): Promise<void> {
  if (!deliveryIds.length) return;
  await sql`update delivery set locked_until = null, locked_by = null where id in (${sql.join(deliveryIds)}) and ${heldBy(workerId)}`.execute(
    db,
  );
}

/**
 * Marks deliveries sent by their final try, in one statement (many at once under load), where
 * this worker still holds them; returns how many it recorded.
 */
export async function recordSent(db: Kysely<DB>, workerId: string, deliveryIds: string[], at: string): Promise<number> {
  if (!deliveryIds.length) return 0;
  // locked_by stays: it names the worker that sent it.
  const result =
    await sql`update delivery set status = 'sent', sent_at = ${at}, attempts = attempts + 1, locked_until = null, last_error = null
    where id in (${sql.join(deliveryIds)}) and ${heldBy(workerId)}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export interface FailureRecord {
  deliveryId: string;
  /** This try's number, from 1. */
  attempt: number;
  startedAt: string;
  finishedAt: string;
  error: string;
  /** When to try again; null: this was the last try, the delivery is dead. */
  retryAt: string | null;
}

/** Records a failed try where this worker still holds the delivery; false when it does not. */
export async function recordFailure(db: Kysely<DB>, workerId: string, f: FailureRecord): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('delivery')
      .set({
        status: f.retryAt ? 'failed' : 'dead',
        attempts: f.attempt,
        next_attempt_at: f.retryAt ?? f.finishedAt,
        locked_until: null,
        locked_by: null,
        last_error: f.error.slice(0, 1000),
      })
      .where('id', '=', f.deliveryId)
      .where(heldBy(workerId))
      .executeTakeFirst();
    if (!Number(updated.numUpdatedRows)) return false;
    await trx
      .insertInto('delivery_attempt')
      .values({
        id: newId(),
        delivery_id: f.deliveryId,
        attempt: f.attempt,
        started_at: f.startedAt,
        finished_at: f.finishedAt,
        ok: 0,
        error: f.error.slice(0, 1000),
      })
      .execute();
    return true;
  });
}

/** A delivery that will not be tried at all (its endpoint was paused, its person has no push subscription left). */
export async function recordSuppressed(
  db: Kysely<DB>,
  workerId: string,
  deliveryId: string,
  why: string,
): Promise<void> {
  await db
    .updateTable('delivery')
    .set({ status: 'suppressed', locked_until: null, locked_by: null, last_error: why })
    .where('id', '=', deliveryId)
    .where(heldBy(workerId))
    .execute();
}

export interface ReleaseRequest {
  channel: DeliveryChannel;
  /** Only these recipients (the webhook endpoints of one host); every one when left out. */
  recipientIds?: string[];
  now: string;
  /** Templates that go first (incidents): they are made due a moment earlier than the rest. */
  urgentTemplates: readonly string[];
  urgentAt: string;
}

/**
 * Makes the failed deliveries of a target that answers again due at once (its circuit closed),
 * the urgent ones first: claims take rows in `next_attempt_at` order. Returns how many.
 */
export async function releaseWaiting(db: Kysely<DB>, r: ReleaseRequest): Promise<number> {
  if (r.recipientIds && !r.recipientIds.length) return 0;
  const recipients = r.recipientIds ? sql`and recipient_id in (${sql.join(r.recipientIds)})` : sql``;
  const result = await sql`update delivery
    set next_attempt_at = case when template in (${sql.join([...r.urgentTemplates])}) then ${r.urgentAt} else ${r.now} end
    where status = 'failed' and channel = ${r.channel} and next_attempt_at > ${r.now} ${recipients}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
