// A channel's server goes down and comes back (a real SMTP server, stopped and restarted on its
// port): the worker notices the recovery by probing it, and every waiting message goes at once,
// once, instead of waiting for the next step of the back-off (5 minutes, then 30, then 2 hours).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { systemActor } from '../../src/domain/actor.js';
import type { NewEvent } from '../../src/domain/events.js';
import { URGENT_TEMPLATES } from '../../src/delivery/circuits.js';
import { deliverDue, startWorker } from '../../src/delivery/worker.js';
import { claimDue, recordFailure, releaseWaiting } from '../../src/store/outbox.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startCountingMailSink, type CountingMailSink } from './sinks.js';

const DOMAIN = 'status.example.com';
let sink: CountingMailSink;
let t: TestApp;

beforeAll(async () => {
  sink = await startCountingMailSink();
  t = await createTestApp({
    config: { smtpUrl: sink.url, mailFrom: `Herald <herald@${DOMAIN}>`, channelProbeMs: 500 },
  });
  await deliverDue(t.ctx); // whatever the demo data announced
  sink.arrivals.clear();
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

const publish = (events: NewEvent[]) =>
  runCommand(t.ctx, systemActor('test'), async (s) => {
    for (const e of events) await s.publish(e);
  });
let n = 0;
const incident = (): NewEvent => {
  n++;
  return {
    type: 'incident.opened',
    key: `down-incident-${n}`,
    subject: { type: 'incident', id: `down-${n}` },
    scope: { environmentIds: Object.values(t.demo.tenants.contoso.environments) },
    payload: {
      title: 'Users cannot sign in',
      summary: 'Sign-in fails.',
      url: `/service-health/incidents/down-${n}`,
      classification: 'incident',
      severity: 'major',
      services: ['Dynamics 365 Sales'],
      startsAt: t.ctx.now().toISOString(),
    },
  };
};
const maintenance = (): NewEvent => {
  n++;
  return {
    type: 'maintenance.scheduled',
    key: `down-maintenance-${n}`,
    subject: { type: 'maintenance', id: `down-${n}` },
    scope: { regionCodes: ['NAM', 'EUR'] },
    payload: {
      title: 'Storage upgrade',
      summary: 'Upgrading storage.',
      kind: 'planned',
      impact: 'downtime',
      services: ['Dataverse'],
      regions: ['NAM', 'EUR'],
      startsAt: '2027-01-05T02:00:00.000Z',
      endsAt: '2027-01-05T06:00:00.000Z',
      url: `/maintenance/down-${n}`,
    },
  };
};
const emailsOf = async (keys: string[]) =>
  t.ctx.database.db
    .selectFrom('delivery')
    .innerJoin('event', 'event.id', 'delivery.event_id')
    .select(['delivery.id', 'delivery.status', 'delivery.attempts', 'delivery.template'])
    .where('event.key', 'in', keys)
    .where('delivery.channel', '=', 'email')
    .execute();

describe('when the SMTP server goes down and comes back', () => {
  it('sends every waiting message within seconds of its recovery, none twice', async () => {
    // Real time: the outage must span real back-off steps.
    t.ctx.now = () => new Date();
    await sink.stop();
    const worker = startWorker(t.ctx, { pollMs: 100, jobs: false });
    try {
      const events = [incident(), maintenance()];
      await publish(events);
      const keys = events.map((e) => e.key);
      // Down long enough for every message to fail twice: the next step of the back-off is 5 minutes away.
      await vi.waitFor(
        async () => {
          const rows = await emailsOf(keys);
          expect(rows.length).toBeGreaterThan(2);
          expect(rows.every((r) => r.status === 'failed' && r.attempts >= 2)).toBe(true);
        },
        { timeout: 20_000, interval: 200 },
      );
      expect(sink.received()).toBe(0);
      await sink.start();
      const recovered = Date.now();
      await vi.waitFor(async () => expect((await emailsOf(keys)).every((r) => r.status === 'sent')).toBe(true), {
        timeout: 20_000,
        interval: 100,
      });
      const rows = await emailsOf(keys);
      for (const r of rows) {
        const arrivals = sink.arrivals.get(`<${r.id}@${DOMAIN}>`);
        expect(arrivals, r.id).toHaveLength(1);
        // The probe runs every half second here (CHANNEL_PROBE_SECONDS, 10 by default).
        expect(arrivals![0]! - recovered).toBeLessThan(10_000);
      }
    } finally {
      await worker.stop();
    }
  }, 60_000);

  it('releases what waited in order of urgency: incidents first', async () => {
    const events = [maintenance(), incident()];
    await publish(events);
    const db = t.ctx.database.db;
    const now = t.ctx.now();
    const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
    const rows = await emailsOf(events.map((e) => e.key));
    const claimed = await claimDue(db, t.ctx.database.dialect, {
      workerId: 'w',
      now: at(0),
      leaseUntil: at(60_000),
      limit: 10_000,
    });
    for (const d of claimed)
      await recordFailure(db, 'w', {
        deliveryId: d.id,
        attempt: 1,
        startedAt: at(0),
        finishedAt: at(1),
        error: 'connect ECONNREFUSED',
        retryAt: at(300_000),
      });
    expect(
      await releaseWaiting(db, { channel: 'email', now: at(2), urgentTemplates: URGENT_TEMPLATES, urgentAt: at(1) }),
    ).toBeGreaterThanOrEqual(rows.length);
    const first = await claimDue(db, t.ctx.database.dialect, {
      workerId: 'w',
      now: at(3),
      leaseUntil: at(60_000),
      limit: rows.filter((r) => r.template === 'incident').length,
    });
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((d) => d.template === 'incident')).toBe(true);
  });
});
