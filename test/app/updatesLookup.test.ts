// The contract other features read: the maintenance (or update window) going on for an
// environment, for "Planned Maintenance Window" tickets, and the maintenance the public status
// page shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMaintenance } from '../../src/app/updates/maintenance.js';
import {
  findActiveMaintenanceForEnvironment,
  listPublicMaintenances,
} from '../../src/app/updates/maintenanceLookup.js';
import { reportMaintenance } from '../../src/app/updates/maintenanceProgress.js';
import { createRelease } from '../../src/app/updates/releases.js';
import { createRollout } from '../../src/app/updates/rollouts.js';
import { systemActor } from '../../src/domain/actor.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
const ops = systemActor('test');
let eur: string;
let jpn: string;
let storage: string;
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2027-06-01T12:00:00Z') });
  eur = t.demo.tenants.contoso.environments['eur-prod']!;
  jpn = t.demo.tenants.fabrikam.environments['jpn-prod']!;
  storage = (
    await createMaintenance(t.ctx, ops, {
      kind: 'planned',
      title: 'Storage',
      impact: 'downtime',
      durationMinutes: 60,
      windows: [{ region: 'EUR', startsAt: '2027-06-07T18:00:00Z', endsAt: '2027-06-08T03:00:00Z' }],
    })
  ).maintenance.id;
  await createMaintenance(t.ctx, ops, {
    kind: 'planned',
    title: 'Quiet',
    impact: 'none',
    durationMinutes: 60,
    windows: [{ region: 'EUR', startsAt: '2027-06-07T18:00:00Z', endsAt: '2027-06-08T03:00:00Z' }],
  });
  const release = await createRelease(t.ctx, ops, {
    kind: 'weekly',
    version: '9.2.27220.1',
    releaseNotesUrl: 'https://learn.example/notes',
  });
  await createRollout(t.ctx, ops, release.release.id, { startsAt: '2027-06-01T12:00:00Z', regions: ['JPN'] });
});
afterAll(() => t.close());

describe('findActiveMaintenanceForEnvironment', () => {
  it('finds the maintenance whose window covers now, for the environments it affects', async () => {
    const db = t.ctx.database.db;
    expect(await findActiveMaintenanceForEnvironment(db, eur, '2027-06-07T17:59:59.000Z')).toBeNull();
    expect(await findActiveMaintenanceForEnvironment(db, eur, '2027-06-07T20:00:00.000Z')).toMatchObject({
      id: storage,
      title: 'Storage',
      kind: 'planned',
      source: 'maintenance',
    });
    expect(await findActiveMaintenanceForEnvironment(db, jpn, '2027-06-07T20:00:00.000Z')).toBeNull();
  });

  it('finds an update window being deployed to the environment', async () => {
    t.clock.now = new Date('2027-06-02T11:00:00Z');
    const { advanceRollouts } = await import('../../src/app/updates/advanceRollouts.js');
    await advanceRollouts(t.ctx);
    const found = await findActiveMaintenanceForEnvironment(t.ctx.database.db, jpn, '2027-06-02T11:00:00.000Z');
    expect(found).toMatchObject({
      title: 'Service update 9.2.27220.1: service update',
      kind: 'planned',
      source: 'update',
      startsAt: '2027-06-02T10:00:00.000Z',
      endsAt: '2027-06-02T19:00:00.000Z',
    });
  });
});

describe('listPublicMaintenances', () => {
  it('lists work with impact overlapping the range, with Statuspage statuses', async () => {
    const db = t.ctx.database.db;
    const before = await listPublicMaintenances(db, {
      from: '2027-06-01T00:00:00.000Z',
      to: '2027-06-30T00:00:00.000Z',
    });
    const ours = (list: typeof before) => list.filter((m) => m.title === 'Storage' || m.title === 'Quiet');
    expect(ours(before).map((m) => [m.title, m.status, m.regions, m.scheduledFor, m.scheduledUntil])).toEqual([
      ['Storage', 'scheduled', ['EUR'], '2027-06-07T18:00:00.000Z', '2027-06-08T03:00:00.000Z'],
    ]);
    expect(
      ours(await listPublicMaintenances(db, { from: '2027-06-08T03:00:00.000Z', to: '2027-06-30T00:00:00.000Z' })),
    ).toEqual([]);
    t.clock.now = new Date('2027-06-07T20:00:00Z');
    await reportMaintenance(t.ctx, ops, storage, { status: 'in_progress' });
    const during = await listPublicMaintenances(db, {
      from: '2027-06-01T00:00:00.000Z',
      to: '2027-06-30T00:00:00.000Z',
    });
    expect(ours(during)[0]).toMatchObject({
      status: 'in_progress',
      updates: [expect.objectContaining({ status: 'in_progress' }), expect.objectContaining({ status: 'scheduled' })],
    });
  });
});
