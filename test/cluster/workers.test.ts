// Two `herald worker` processes on one PostgreSQL database and a real SMTP server in the test:
// what an operator who runs a cluster relies on. Every delivery is received exactly once and the
// work is shared; a receiver slower than the lease does not make the other worker send the same
// message (leases are renewed while held); ten maintenances overrunning at once raise ten
// incidents, not twenty (each tick of a periodic job runs on one node); a worker killed mid-run
// loses nothing. PostgreSQL only: SQLite is one process (its single writer is tested in
// test/delivery/worker.test.ts).
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maintenanceIn, seedDirectory, timedPublish } from '../../bench/plan-fixture.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { testDialect } from '../support/database.js';
import { startHerald, type HeraldProcess } from '../support/processes.js';
import { startCountingMailSink, type CountingMailSink } from '../delivery/sinks.js';

const MAIL_DOMAIN = 'status.example.com';
const SECRET = randomBytes(48).toString('base64');
// Short, so that a slow receiver outlasts it, but long enough that a busy CI machine does not stall a
// worker for a whole lease between two heartbeats (which no lease can survive).
const LEASE_SECONDS = 4;
/** 20,000 in CI; HERALD_CLUSTER_DELIVERIES makes it smaller on a busy development machine. */
const DELIVERIES = Number(process.env.HERALD_CLUSTER_DELIVERIES ?? 20_000);

describe.runIf(testDialect() === 'postgres')('two herald workers on one PostgreSQL database', () => {
  let t: TestApp;
  let sink: CountingMailSink;
  let siteDir: string;
  const workers: HeraldProcess[] = [];

  const startWorker = async () => {
    const w = startHerald('worker', {
      DATABASE_URL: t.database.url,
      SMTP_URL: sink.url,
      MAIL_FROM: `Herald <herald@${MAIL_DOMAIN}>`,
      PUBLIC_URL: `https://${MAIL_DOMAIN}`,
      STATIC_SITE_DIR: siteDir,
      WORKER_LEASE_SECONDS: String(LEASE_SECONDS),
      HERALD_SECRET: SECRET, // required where PUBLIC_URL is not a loopback address
    });
    workers.push(w);
    await w.printed(/herald worker: delivering/, 60_000);
    return w;
  };
  const running = () => workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);

  beforeAll(async () => {
    sink = await startCountingMailSink();
    t = await createTestApp({ config: { smtpUrl: sink.url, mailFrom: `Herald <herald@${MAIL_DOMAIN}>` } });
    siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-cluster-site-'));
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await t?.close();
    await sink?.close();
    fs.rmSync(siteDir, { recursive: true, force: true });
  });

  const emailsOf = (eventIds: string[]) =>
    t.ctx.database.db
      .selectFrom('delivery')
      .select(['id', 'status', 'locked_by'])
      .where('event_id', 'in', eventIds)
      .where('channel', '=', 'email')
      .execute();
  const eventIdsOf = async (keys: string[]) =>
    (await t.ctx.database.db.selectFrom('event').select('id').where('key', 'in', keys).execute()).map((e) => e.id);
  const messageId = (deliveryId: string) => `<${deliveryId}@${MAIL_DOMAIN}>`;

  const openPlanRequests = async (eventIds: string[]) =>
    Number(
      (
        await t.ctx.database.db
          .selectFrom('plan_request')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('event_id', 'in', eventIds)
          .executeTakeFirstOrThrow()
      ).n,
    );

  /**
   * Waits until the events are planned in full — no plan request of theirs left (large audiences
   * are planned in chunks by the workers' plan queues after the publishing transaction), and at
   * least `expected` emails exist — and every one of those emails is sent.
   */
  async function untilAllSent(
    eventIds: string[],
    expected: number,
    timeoutMs: number,
    onProgress?: (rows: Awaited<ReturnType<typeof emailsOf>>) => void,
  ) {
    const started = Date.now();
    for (;;) {
      const open = await openPlanRequests(eventIds);
      const rows = await emailsOf(eventIds);
      if (open === 0 && rows.length >= expected && rows.every((r) => r.status === 'sent')) return rows;
      if (Date.now() - started > timeoutMs)
        throw new Error(
          `${open} plan requests open; ${rows.filter((r) => r.status !== 'sent').length} of ${rows.length} emails (${expected} expected) still unsent after ${timeoutMs} ms\n${running()
            .map((w) => w.output())
            .join('\n')}`,
        );
      onProgress?.(rows);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('ten maintenances overrunning at once: exactly ten incidents, each person mailed once', async () => {
    const ops = await t.auth('ops@herald.example');
    const real = Date.now();
    const hour = 3_600_000;
    t.clock.now = new Date(real - 3 * hour);
    const regions = ['EUR', 'JPN', 'IND', 'GCC'];
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/maintenance',
        headers: ops,
        payload: {
          kind: 'planned',
          title: `Storage upgrade ${i}`,
          impact: 'downtime',
          durationMinutes: 60,
          windows: [
            {
              region: regions[i % regions.length],
              startsAt: new Date(real - 2 * hour).toISOString(),
              endsAt: new Date(real - hour).toISOString(),
            },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id);
    }
    t.clock.now = new Date(real);
    // Both start at once, and both run the maintenance job as they start.
    await Promise.all([startWorker(), startWorker()]);
    const db = t.ctx.database.db;
    const incidents = async () =>
      db.selectFrom('incident').select(['id', 'maintenance_id']).where('maintenance_id', 'in', ids).execute();
    const started = Date.now();
    while ((await incidents()).length < 10 && Date.now() - started < 30_000)
      await new Promise((r) => setTimeout(r, 200));
    const raised = await incidents();
    const eventIds = (
      await db
        .selectFrom('event')
        .select('id')
        .where('subject_type', '=', 'incident')
        .where(
          'subject_id',
          'in',
          raised.map((i) => i.id),
        )
        .execute()
    ).map((e) => e.id);
    const emails = await untilAllSent(eventIds, 1, 30_000);
    await new Promise((r) => setTimeout(r, 1500)); // time for a second run, were there one
    expect((await incidents()).length).toBe(10);
    expect(new Set(raised.map((i) => i.maintenance_id)).size).toBe(10);
    expect(emails.length).toBeGreaterThan(0);
    for (const e of emails) expect(sink.arrivals.get(messageId(e.id)), e.id).toHaveLength(1);
    const claims = await db.selectFrom('periodic_job').select(['name', 'holder']).execute();
    expect(claims.length).toBeGreaterThan(0);
  }, 90_000);

  it('20,000 deliveries: every one received exactly once, the work split between both workers', async () => {
    await seedDirectory(t.ctx, DELIVERIES / 50, 50, 'NAM');
    await timedPublish(t.ctx, maintenanceIn('cluster:20k', 'NAM'));
    const emails = await untilAllSent(await eventIdsOf(['cluster:20k']), DELIVERIES, 150_000);
    expect(emails.length).toBeGreaterThanOrEqual(DELIVERIES);
    const missing = emails.filter((e) => !sink.arrivals.has(messageId(e.id)));
    const twice = emails.filter((e) => (sink.arrivals.get(messageId(e.id))?.length ?? 0) > 1);
    expect({ missing: missing.length, twice: twice.length }).toEqual({ missing: 0, twice: 0 });
    const byWorker = new Map<string, number>();
    for (const e of emails) byWorker.set(e.locked_by!, (byWorker.get(e.locked_by!) ?? 0) + 1);
    expect(byWorker.size).toBe(2);
    for (const n of byWorker.values()) expect(n).toBeGreaterThan(emails.length * 0.1);
  }, 180_000);

  it('one worker killed with SIGKILL mid-run: the other finishes, nothing is lost', async () => {
    const people = (await seedDirectory(t.ctx, DELIVERIES / 400, 50, 'EUR')).people;
    await timedPublish(t.ctx, maintenanceIn('cluster:kill', 'EUR'));
    const eventIds = await eventIdsOf(['cluster:kill']);
    const [victim, survivor] = running();
    let killed = false;
    // Killed once 30% of the audience has been received, whether or not planning has finished.
    const emails = await untilAllSent(eventIds, people, 60_000, (rows) => {
      const received = rows.filter((r) => sink.arrivals.has(messageId(r.id))).length;
      if (!killed && received >= people * 0.3) {
        killed = true;
        victim!.child.kill('SIGKILL');
      }
    });
    expect(killed).toBe(true);
    expect(emails.filter((e) => !sink.arrivals.has(messageId(e.id)))).toEqual([]);
    expect(survivor!.child.exitCode).toBeNull();
    // The survivor sent what the dead worker held once its lease ran out.
    expect(emails.some((e) => e.locked_by !== emails.find((x) => x.locked_by)!.locked_by)).toBe(true);
  }, 90_000);

  it('a receiver slower than the lease: no message sent twice', async () => {
    if (running().length < 2) await startWorker();
    sink.delayMs = (LEASE_SECONDS + 0.5) * 1000;
    try {
      await seedDirectory(t.ctx, 1, 15, 'JPN');
      await timedPublish(t.ctx, maintenanceIn('cluster:slow', 'JPN'));
      const emails = await untilAllSent(await eventIdsOf(['cluster:slow']), 15, 60_000);
      expect(emails.length).toBeGreaterThanOrEqual(15);
      for (const e of emails) expect(sink.arrivals.get(messageId(e.id)), e.id).toHaveLength(1);
    } finally {
      sink.delayMs = 0;
    }
  }, 90_000);
});
