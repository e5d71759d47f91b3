// A worker whose heartbeat came late must not send a row whose lease ran out meanwhile: another
// worker may have claimed and sent it. Before starting a row, the worker checks the lease it last
// secured and, when that is running out, asks the database again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { systemActor } from '../../src/domain/actor.js';
import { deliverDue } from '../../src/delivery/worker.js';
import { Leases } from '../../src/delivery/leases.js';
import { claimDue } from '../../src/store/outbox.js';
import { createTestApp, type TestApp } from '../support/app.js';

const LEASE_MS = 10_000;
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-23T09:00:00.000Z') });
  await deliverDue(t.ctx); // whatever the demo data announced
});
afterAll(() => t.close());

async function claimOne(workerId: string) {
  const now = t.ctx.now();
  const [row] = await claimDue(t.ctx.database.db, t.ctx.database.dialect, {
    workerId,
    now: now.toISOString(),
    leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString(),
    limit: 1,
  });
  return row;
}

describe('a worker about to send a claimed row', () => {
  it('does not start it once its lease ran out and another worker took it; starts it while the lease holds', async () => {
    await runCommand(t.ctx, systemActor('test'), (s) =>
      s.publish({
        type: 'incident.opened',
        key: 'lease-check',
        subject: { type: 'incident', id: 'lease-check' },
        scope: { environmentIds: Object.values(t.demo.tenants.contoso.environments) },
        payload: { title: 'Sign-in fails', summary: 'Sign-in fails.', url: '/x', severity: 'major', services: [] },
      }),
    );
    const late = new Leases(t.ctx.database.db, 'late', LEASE_MS, t.ctx.now);
    let asked = t.ctx.now();
    const first = (await claimOne('late'))!;
    late.hold([first.id], asked);
    expect(await late.mayStart(first.id)).toBe(true);

    // The heartbeat never came and the lease ran out, but nobody took the row: renewed, it may go.
    t.clock.now = new Date(asked.getTime() + LEASE_MS + 1_000);
    expect(await late.mayStart(first.id)).toBe(true);

    // Again, and this time another worker claimed everything due before this one looked.
    asked = t.ctx.now();
    const second = (await claimOne('late'))!;
    late.hold([second.id], asked);
    t.clock.now = new Date(asked.getTime() + LEASE_MS + 1_000);
    const taken = await claimDue(t.ctx.database.db, t.ctx.database.dialect, {
      workerId: 'other',
      now: t.ctx.now().toISOString(),
      leaseUntil: new Date(t.ctx.now().getTime() + LEASE_MS).toISOString(),
      limit: 10_000,
    });
    expect(taken.map((d) => d.id)).toContain(second.id);
    expect(await late.mayStart(second.id)).toBe(false);
    late.close();
  });
});
