// The plan queue: plans, after the commit, the chunks of large audiences that the publishing
// transaction left to it (src/delivery/planner.ts). Each chunk is one transaction that claims
// the oldest plan request, plans the chunk its cursor names and moves the cursor on (or removes
// the request after the last chunk) — so the rows of a chunk and the cursor past it commit
// together, a process that dies mid-plan leaves the request at its first unplanned chunk for
// the next one, and every chunk is planned exactly once. The unique (event, channel, recipient)
// key, and the planner skipping the rows that exist, are the second guard.
//
// Runs beside the delivery worker (`herald serve`, `herald worker`): woken by the 'plan' signal
// of a command in this process, and polling for requests made by other processes or left by a
// process that died.
import { sql } from 'kysely';
import type { AppContext } from '../app/context.js';
import { OUTBOX_CHANNEL } from '../store/outbox.js';
import { advancePlanRequest, claimPlanRequest, firstMessagesWaiting, peekPlanRequest } from '../store/planRequests.js';
import { PLAN_CHUNKS, planChunk } from './planner.js';

export interface ChunkPlanned {
  eventId: string;
  chunk: number;
  planned: number;
}

/** Plans the next chunk of the oldest plan request; null when there is none to take. */
export async function planNextChunk(ctx: AppContext): Promise<ChunkPlanned | null> {
  const dialect = ctx.database.dialect;
  const done = await ctx.database.db.transaction().execute(async (trx) => {
    const request = await claimPlanRequest(trx, dialect);
    if (!request) return null;
    const event = await trx
      .selectFrom('event')
      .selectAll()
      .where('id', '=', request.event_id)
      .executeTakeFirstOrThrow();
    const now = ctx.now();
    const planned = await planChunk({ trx, dialect, config: ctx.config }, event, request.next_chunk, now);
    await advancePlanRequest(
      trx,
      request.event_id,
      request.next_chunk + 1,
      request.next_chunk + 1 >= PLAN_CHUNKS,
      now.toISOString(),
    );
    if (planned > 0 && dialect === 'postgres') await sql`select pg_notify(${OUTBOX_CHANNEL}, '')`.execute(trx);
    return { eventId: request.event_id, chunk: request.next_chunk, planned };
  });
  if (done && done.planned > 0) ctx.signals.emit('outbox');
  return done;
}

/** Plans every waiting chunk (tests, benchmarks, and each turn of the queue); returns the rows written. */
export async function planPending(ctx: AppContext): Promise<number> {
  let planned = 0;
  for (;;) {
    const done = await planNextChunk(ctx);
    if (!done) return planned;
    planned += done.planned;
  }
}

export interface RunningPlanQueue {
  /** Stops after the chunk in progress. */
  stop(): Promise<void>;
}

/**
 * The worker goes first: before the second chunk of an event, the queue waits (up to
 * FIRST_MESSAGES_WAIT_MS) until one of the first chunk's messages is sent. On SQLite a chunk holds
 * the one connection (and, better-sqlite3 being synchronous, the event loop) for as long as it
 * takes; on PostgreSQL it competes for the same cores. The bound is generous: on a busy machine
 * the first send can take more than a second, and a chunk started before it lands delays the
 * first notice by the chunk's whole length; when mail cannot go at all, planning the rest a few
 * seconds later loses nothing.
 */
const FIRST_MESSAGES_WAIT_MS = 5000;

async function firstMessagesAway(ctx: AppContext): Promise<void> {
  const next = await peekPlanRequest(ctx.database.db);
  if (!next || next.next_chunk !== 1) return;
  const deadline = performance.now() + FIRST_MESSAGES_WAIT_MS;
  while (performance.now() < deadline && (await firstMessagesWaiting(ctx.database.db, next.event_id)))
    await new Promise((r) => setTimeout(r, 10));
}

export function startPlanQueue(ctx: AppContext, options: { pollMs?: number } = {}): RunningPlanQueue {
  const pollMs = options.pollMs ?? 1000;

  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        for (;;) {
          await firstMessagesAway(ctx);
          const started = performance.now();
          if (stopped || !(await planNextChunk(ctx))) break;
          // SQLite has one connection, held by a chunk for its whole transaction: leave it free
          // for as long again, so that the worker sends and requests are answered meanwhile.
          if (ctx.database.dialect === 'sqlite') await new Promise((r) => setTimeout(r, performance.now() - started));
        }
      } while (again && !stopped);
    })()
      .catch((err: Error) => console.error(`herald: planning a chunk failed: ${err.message}`))
      .finally(() => (running = null));
  };
  ctx.signals.on('plan', run);
  const timer = setInterval(run, pollMs);
  timer.unref();
  run();
  return {
    async stop() {
      stopped = true;
      ctx.signals.off('plan', run);
      clearInterval(timer);
      await running;
    },
  };
}
