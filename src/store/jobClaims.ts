// Claims of the periodic jobs (src/app/jobs), so that each tick of each job runs once across every
// node sharing the database. A tick is the current time rounded down to the job's interval; one
// row per job records the last claimed tick, its holder and the holder's lease.
//
// Claiming is one statement (an upsert whose update applies only when the claim is free): the
// next tick is free once the last run finished; a tick whose holder stopped renewing its lease
// (the node died mid-run) is free once the lease ran out, and the node that claims it runs the
// job again. On PostgreSQL the upsert takes the row lock, so of two nodes claiming at once the
// second sees the first one's claim and gets nothing; SQLite has one writer at a time.
// Why a row rather than an advisory lock: see docs/ARCHITECTURE.md ("Running many nodes").
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

export interface JobClaim {
  name: string;
  /** The tick's start (ISO UTC). */
  tick: string;
  holder: string;
  now: string;
  heldUntil: string;
}

/** Rounds `now` down to the job's interval: the tick every node computes alike. */
export function tickOf(now: Date, everyMs: number): string {
  return new Date(Math.floor(now.getTime() / everyMs) * everyMs).toISOString();
}

/** True when this node claimed the tick and is to run the job. */
export async function claimJobTick(db: Kysely<DB>, c: JobClaim): Promise<boolean> {
  const result = await sql<{ name: string }>`
    insert into periodic_job (name, tick, holder, held_until, started_at, finished_at)
    values (${c.name}, ${c.tick}, ${c.holder}, ${c.heldUntil}, ${c.now}, null)
    on conflict (name) do update set tick = excluded.tick, holder = excluded.holder, held_until = excluded.held_until,
      started_at = excluded.started_at, finished_at = null
    where (periodic_job.held_until is null and periodic_job.tick < excluded.tick) or periodic_job.held_until <= ${c.now}
    returning name`.execute(db);
  return result.rows.length === 1;
}

/** Extends the holder's lease while the job runs; false when another node took it over. */
export async function renewJobClaim(db: Kysely<DB>, name: string, holder: string, heldUntil: string): Promise<boolean> {
  const result = await db
    .updateTable('periodic_job')
    .set({ held_until: heldUntil })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .where('held_until', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The run finished (well or not): the next tick is free for any node. */
export async function finishJobClaim(db: Kysely<DB>, name: string, holder: string, at: string): Promise<void> {
  await db
    .updateTable('periodic_job')
    .set({ held_until: null, finished_at: at })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}
