// The outbox's batch operations, after graphile/worker: claim due deliveries, record successes,
// record a failure (retry or dead). Claiming is one statement. A claim moves the row's
// `next_attempt_at` to the end of a lease: if the worker dies, the row falls due again when the
// lease runs out and another worker sends it (at least once; receivers spot the repeat by its
// Message-ID or webhook-id, both made from the delivery id).
import { sql, type Kysely } from 'kysely';
import type { DialectName } from './database.js';
import type { DB, DeliveryChannel } from './schema.js';
import { newId } from './values.js';

/** PostgreSQL LISTEN/NOTIFY channel: "deliveries are waiting". */
export const OUTBOX_CHANNEL = 'herald_outbox';

export interface ClaimedDelivery {
  id: string;
  event_id: string;
  channel: DeliveryChannel;
  recipient_kind: 'person' | 'webhook';
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
  // SQLite has one writer at a time, so its UPDATE is already exclusive.
  const lock = dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const result = await sql<ClaimedDelivery>`
    update delivery set next_attempt_at = ${r.leaseUntil}, locked_until = ${r.leaseUntil}, locked_by = ${r.workerId}
    where id in (
      select id from delivery
      where status in ('pending', 'failed') and next_attempt_at <= ${r.now}
      order by next_attempt_at
      limit ${r.limit}
      ${lock}
    )
    returning id, event_id, channel, recipient_kind, recipient_id, tenant_id, rule, template, attempts, created_at`.execute(db);
  return result.rows;
}

export interface AttemptRecord {
  deliveryId: string;
  /** This try's number, from 1. */
  attempt: number;
  startedAt: string;
  finishedAt: string;
}

/** Marks deliveries sent and records their attempts, atomically (many at once under load). */
export async function recordSent(db: Kysely<DB>, dialect: DialectName, sent: AttemptRecord[]): Promise<void> {
  if (!sent.length) return;
  const rows = sql.join(sent.map((s) => sql`(${s.deliveryId}, ${s.finishedAt}, ${s.attempt}, ${newId()}, ${s.startedAt})`));
  if (dialect === 'postgres') {
    // One statement, one round trip: the update and the attempts in a data-modifying WITH.
    await sql`with v as (values ${rows}), marked as (
        update delivery as d set status = 'sent', sent_at = v.column2, attempts = cast(v.column3 as integer), locked_until = null, locked_by = null, last_error = null
        from v where d.id = v.column1)
      insert into delivery_attempt (id, delivery_id, attempt, started_at, finished_at, ok, error)
      select v.column4, v.column1, cast(v.column3 as integer), v.column5, v.column2, 1, null from v`.execute(db);
    return;
  }
  await db.transaction().execute(async (trx) => {
    await sql`update delivery as d set status = 'sent', sent_at = v.column2, attempts = v.column3, locked_until = null, locked_by = null, last_error = null
      from (values ${rows}) as v where d.id = v.column1`.execute(trx);
    await sql`insert into delivery_attempt (id, delivery_id, attempt, started_at, finished_at, ok, error)
      select v.column4, v.column1, v.column3, v.column5, v.column2, 1, null from (values ${rows}) as v`.execute(trx);
  });
}

export interface FailureRecord extends AttemptRecord {
  error: string;
  /** When to try again; null: this was the last try, the delivery is dead. */
  retryAt: string | null;
}

export async function recordFailure(db: Kysely<DB>, f: FailureRecord): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
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
      .execute();
    await trx
      .insertInto('delivery_attempt')
      .values({ id: newId(), delivery_id: f.deliveryId, attempt: f.attempt, started_at: f.startedAt, finished_at: f.finishedAt, ok: 0, error: f.error.slice(0, 1000) })
      .execute();
  });
}

/** A delivery that will not be tried at all (its endpoint was paused, its person has no push subscription left). */
export async function recordSuppressed(db: Kysely<DB>, deliveryId: string, why: string): Promise<void> {
  await db.updateTable('delivery').set({ status: 'suppressed', locked_until: null, locked_by: null, last_error: why }).where('id', '=', deliveryId).execute();
}
