// The worker as a process would run it: a claim that outlives a dead worker is sent after its
// lease, a publish wakes a sleeping worker (in-process signal; PostgreSQL NOTIFY across
// processes), two workers never send the same delivery twice, and stopping drains what is in flight.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { createContext } from '../../src/app/context.js';
import { systemActor } from '../../src/domain/actor.js';
import type { NewEvent } from '../../src/domain/events.js';
import { deliverDue, startWorker } from '../../src/delivery/worker.js';
import { openDatabase } from '../../src/store/database.js';
import { claimJobTick, tickOf } from '../../src/store/jobClaims.js';
import { claimDue, recordFailure, recordSent } from '../../src/store/outbox.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { testDialect } from '../support/database.js';
import { startHttpReceiver, type HttpReceiver } from './sinks.js';

let t: TestApp;
let receiver: HttpReceiver;
let endpointId: string;

beforeAll(async () => {
  receiver = await startHttpReceiver();
  t = await createTestApp();
  await deliverDue(t.ctx);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/tenants/${t.demo.tenants.fabrikam.id}/webhooks`,
    headers: await t.auth('fiona@fabrikam.com'),
    payload: { url: `${receiver.url}/hook`, eventTypes: ['maintenance.completed'] },
  });
  endpointId = res.json().id;
});
afterAll(async () => {
  await t.close();
  await receiver.close();
});
beforeEach(() => {
  receiver.requests.length = 0;
  receiver.respond = (_r, res) => res.writeHead(200).end();
});

let n = 0;
const completed = (): NewEvent => {
  n++;
  return {
    type: 'maintenance.completed',
    key: `w-done-${n}`,
    subject: { type: 'maintenance', id: `w-${n}` },
    scope: { tenantIds: [t.demo.tenants.fabrikam.id] },
    payload: { title: `Done ${n}` },
  };
};
const publish = (events: NewEvent[]) =>
  runCommand(t.ctx, systemActor('test'), async (s) => {
    for (const e of events) await s.publish(e);
  });
const statusOf = async (key: string) =>
  (
    await t.ctx.database.db
      .selectFrom('delivery')
      .innerJoin('event', 'event.id', 'delivery.event_id')
      .select('delivery.status')
      .where('event.key', '=', key)
      .where('delivery.recipient_id', '=', endpointId)
      .executeTakeFirstOrThrow()
  ).status;

describe('the worker', () => {
  it('sends a delivery claimed by a worker that died once its lease runs out', async () => {
    const event = completed();
    await publish([event]);
    const now = t.clock.now;
    const stolen = await claimDue(t.ctx.database.db, t.ctx.database.dialect, {
      workerId: 'died',
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + 60_000).toISOString(),
      limit: 1000,
    });
    expect(stolen.length).toBeGreaterThan(0);
    expect(await deliverDue(t.ctx)).toBe(0);
    t.clock.now = new Date(now.getTime() + 61_000);
    await deliverDue(t.ctx);
    expect(await statusOf(event.key)).toBe('sent');
    expect(receiver.requests).toHaveLength(1);
  });

  it("never records a worker's late result over the worker that took the delivery over", async () => {
    const event = completed();
    await publish([event]);
    const db = t.ctx.database.db;
    const now = t.clock.now;
    const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
    const [slow] = (
      await claimDue(db, t.ctx.database.dialect, { workerId: 'slow', now: at(0), leaseUntil: at(60_000), limit: 1000 })
    ).filter((d) => d.recipient_id === endpointId);
    expect(slow).toBeDefined();
    // The slow worker's lease runs out; another worker claims the row and sends it.
    const taken = await claimDue(db, t.ctx.database.dialect, {
      workerId: 'fast',
      now: at(61_000),
      leaseUntil: at(121_000),
      limit: 1000,
    });
    expect(taken.map((d) => d.id)).toContain(slow!.id);
    expect(await recordSent(db, 'fast', [slow!.id], at(62_000))).toBe(1);
    // The slow worker's answer arrives late: neither its failure nor its success is written.
    expect(
      await recordFailure(db, 'slow', {
        deliveryId: slow!.id,
        attempt: 1,
        startedAt: at(0),
        finishedAt: at(63_000),
        error: 'timed out',
        retryAt: at(70_000),
      }),
    ).toBe(false);
    expect(await recordSent(db, 'slow', [slow!.id], at(63_000))).toBe(0);
    const row = await db
      .selectFrom('delivery')
      .select(['status', 'locked_by', 'attempts'])
      .where('id', '=', slow!.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'sent', locked_by: 'fast', attempts: 1 });
    expect(
      await db.selectFrom('delivery_attempt').select('id').where('delivery_id', '=', slow!.id).execute(),
    ).toHaveLength(0);
  });

  it('gives the rows it has not started back at once when stopped', async () => {
    receiver.respond = (_r, res) => setTimeout(() => res.writeHead(200).end(), 400);
    const events = Array.from({ length: 6 }, completed);
    await publish(events);
    const worker = startWorker(t.ctx, { pollMs: 60_000, jobs: false, concurrency: 1, batchSize: 50 });
    await vi.waitFor(() => expect(receiver.requests).toHaveLength(1), { timeout: 5000, interval: 10 });
    await worker.stop();
    const rows = await t.ctx.database.db
      .selectFrom('delivery')
      .innerJoin('event', 'event.id', 'delivery.event_id')
      .select(['delivery.status', 'delivery.locked_until'])
      .where(
        'event.key',
        'in',
        events.map((e) => e.key),
      )
      .where('delivery.recipient_id', '=', endpointId)
      .execute();
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(receiver.requests.length);
    const unsent = rows.filter((r) => r.status !== 'sent');
    expect(unsent.length).toBeGreaterThan(0);
    // Claimable by another worker now, not when the lease would have run out.
    expect(unsent.every((r) => r.locked_until === null)).toBe(true);
    expect(await deliverDue(t.ctx)).toBeGreaterThanOrEqual(unsent.length);
    expect(new Set(receiver.requests.map((r) => r.headers['webhook-id'])).size).toBe(6);
  });

  it('wakes on a publish instead of waiting for its next poll, and stops cleanly', async () => {
    const worker = startWorker(t.ctx, { pollMs: 60_000, jobs: false });
    try {
      const event = completed();
      await publish([event]);
      await vi.waitFor(async () => expect(await statusOf(event.key)).toBe('sent'), { timeout: 5000, interval: 20 });
    } finally {
      await worker.stop();
    }
  });

  it('finishes and records what is in flight when stopped', async () => {
    receiver.respond = (_r, res) => setTimeout(() => res.writeHead(200).end(), 300);
    const worker = startWorker(t.ctx, { pollMs: 60_000, jobs: false });
    const event = completed();
    await publish([event]);
    await vi.waitFor(() => expect(receiver.requests).toHaveLength(1), { timeout: 5000, interval: 10 });
    await worker.stop();
    expect(await statusOf(event.key)).toBe('sent');
  });

  it('never sends one delivery twice with two workers claiming side by side', async () => {
    const events = Array.from({ length: 150 }, completed);
    await publish(events);
    const a = startWorker(t.ctx, { pollMs: 20, batchSize: 10, jobs: false });
    const b = startWorker(t.ctx, { pollMs: 20, batchSize: 10, jobs: false });
    try {
      await vi.waitFor(() => expect(receiver.requests).toHaveLength(150), { timeout: 20_000, interval: 50 });
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    expect(new Set(receiver.requests.map((r) => r.headers['webhook-id'])).size).toBe(150);
  });

  it('runs the periodic jobs on their intervals, one run at a time, and waits for a running one when stopped', async () => {
    const runs: number[] = [];
    let running = 0;
    let overlapped = false;
    const job = {
      name: 'test-job',
      everyMs: 20,
      async run() {
        overlapped ||= running > 0;
        running++;
        // Each run is claimed for its tick of the (injected) clock: time moves on to the next.
        t.clock.now = new Date(t.clock.now.getTime() + 20);
        await new Promise((r) => setTimeout(r, 30));
        runs.push(Date.now());
        running--;
      },
    };
    const worker = startWorker(t.ctx, { pollMs: 60_000, jobs: [job] });
    await vi.waitFor(() => expect(runs.length).toBeGreaterThanOrEqual(3), { timeout: 5000, interval: 10 });
    await worker.stop();
    const stoppedAt = runs.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(runs.length).toBe(stoppedAt);
    expect(running).toBe(0);
    expect(overlapped).toBe(false);
  });

  it('runs each tick of a periodic job on one worker only, and takes over a tick whose holder died', async () => {
    let runs = 0;
    const job = { name: 'tick-test', everyMs: 3_600_000, run: async () => void runs++ };
    const now = t.clock.now;
    // A node claimed this hour's tick and died while running it: its lease has 5 s left.
    expect(
      await claimJobTick(t.ctx.database.db, {
        name: job.name,
        tick: tickOf(now, job.everyMs),
        holder: 'died',
        now: now.toISOString(),
        heldUntil: new Date(now.getTime() + 5000).toISOString(),
      }),
    ).toBe(true);
    const start = () => [
      startWorker(t.ctx, { pollMs: 60_000, jobs: [job] }),
      startWorker(t.ctx, { pollMs: 60_000, jobs: [job] }),
    ];
    let workers = start();
    await new Promise((r) => setTimeout(r, 300));
    await Promise.all(workers.map((w) => w.stop()));
    expect(runs).toBe(0);
    // The lease runs out: one of the two takes the tick over, the other does not run it again.
    t.clock.now = new Date(now.getTime() + 6000);
    workers = start();
    await vi.waitFor(() => expect(runs).toBe(1), { timeout: 5000, interval: 10 });
    await new Promise((r) => setTimeout(r, 300));
    await Promise.all(workers.map((w) => w.stop()));
    expect(runs).toBe(1);
    const row = await t.ctx.database.db
      .selectFrom('periodic_job')
      .selectAll()
      .where('name', '=', job.name)
      .executeTakeFirstOrThrow();
    expect(row.holder).not.toBe('died');
    expect(row.held_until).toBeNull();
  });

  it.runIf(testDialect() === 'postgres')('is woken by PostgreSQL NOTIFY when another process publishes', async () => {
    // Another process: its own connection pool and its own in-process signals.
    const other = createContext(openDatabase(t.ctx.database.url), t.ctx.config, () => new Date(t.clock.now));
    const worker = startWorker(other, { pollMs: 60_000, jobs: false });
    try {
      await new Promise((r) => setTimeout(r, 300)); // LISTEN is in place
      const event = completed();
      await publish([event]);
      await vi.waitFor(async () => expect(await statusOf(event.key)).toBe('sent'), { timeout: 5000, interval: 20 });
    } finally {
      await worker.stop();
      await other.database.close();
    }
  });
});
