// A major release wave: only in April or October, early access environments ahead of the others,
// "enabled in the region" posts, and disruptive features that stay off until an org admin turns
// them on per environment, after the release has arrived.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceRollouts } from '../../src/app/updates/advanceRollouts.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
let alice: { authorization: string };
let eur: string;
let namProd: string;
let namSandbox: string;
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2027-03-25T00:00:00Z') });
  ops = await t.auth('ops@herald.example');
  alice = await t.auth('alice@contoso.com');
  eur = t.demo.tenants.contoso.environments['eur-prod']!;
  namProd = t.demo.tenants.contoso.environments['nam-prod']!;
  namSandbox = t.demo.tenants.contoso.environments['nam-sandbox']!;
});
afterAll(() => t.close());

const at = (iso: string) => {
  t.clock.now = new Date(iso);
};
const db = () => t.ctx.database.db;
const progress = (rolloutId: string, environmentId: string, step: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/rollouts/${rolloutId}/progress`,
    headers: ops,
    payload: { environmentId, step },
  });
const features = async (env: string, headers: { authorization: string }) =>
  t.app.inject({ url: `/api/environments/${env}/features`, headers });
/** This wave's features (the demo's weekly update has its own). */
const waveFeatures = async (env: string, headers: { authorization: string }, releaseId: string) =>
  (await features(env, headers)).json().items.filter((f: { releaseId: string }) => f.releaseId === releaseId);
const switchFeature = (env: string, featureId: string, enabled: boolean, headers: { authorization: string }) =>
  t.app.inject({ method: 'PUT', url: `/api/environments/${env}/features/${featureId}`, headers, payload: { enabled } });

describe('a major wave with early access', () => {
  let releaseId: string;
  let rolloutId: string;
  let disruptive: string;
  let plain: string;

  beforeAll(async () => {
    const optIn = await t.app.inject({
      method: 'PATCH',
      url: `/api/environments/${eur}`,
      headers: alice,
      payload: { earlyAccess: true },
    });
    expect(optIn.statusCode, optIn.body).toBe(200);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/releases',
      headers: ops,
      payload: {
        kind: 'wave',
        version: '9.2.27040.20',
        releaseNotesUrl: 'https://learn.example/release-plans/2027-wave-1',
        features: [
          {
            name: 'New case form',
            description: 'A redesigned case form',
            serviceId: 'customer-service',
            disruptive: true,
          },
          { name: 'Faster grids', serviceId: 'dataverse' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    releaseId = res.json().id;
    disruptive = res.json().features.find((f: { disruptive: boolean }) => f.disruptive).id;
    plain = res.json().features.find((f: { disruptive: boolean }) => !f.disruptive).id;
  });

  it('rolls a wave out only from April or October', async () => {
    const march = await t.app.inject({
      method: 'POST',
      url: `/api/releases/${releaseId}/rollout`,
      headers: ops,
      payload: { startsAt: '2027-03-30T00:00:00Z' },
    });
    expect(march.statusCode).toBe(400);
    expect(march.json().errors[0]).toMatchObject({
      field: 'body.startsAt',
      message: expect.stringMatching(/April or October/),
    });
  });

  it('places early access environments with the First Release station', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/releases/${releaseId}/rollout`,
      headers: ops,
      payload: { startsAt: '2027-04-01T00:00:00Z', regions: ['EUR', 'NAM'], pauseHours: 0 },
    });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json();
    rolloutId = plan.id;
    expect(plan.release.wave).toBe('2027 release wave 1');
    const s1 = plan.stations[0];
    expect(s1).toMatchObject({ number: 1, name: 'First Release' });
    expect(s1.targets).toEqual([
      expect.objectContaining({
        region: 'EUR',
        firstRelease: true,
        serviceWindow: expect.objectContaining({ startsAt: '2027-04-01T18:00:00.000Z' }),
        environments: expect.objectContaining({ total: 1 }),
      }),
    ]);
    const eurWhole = plan.stations.find((s: { number: number }) => s.number === 4).targets[0];
    expect(eurWhole).toMatchObject({ region: 'EUR', firstRelease: false, environments: { total: 0 } });
    expect(eurWhole.serviceWindow.startsAt).toBe('2027-04-03T18:00:00.000Z');
    const post = await db()
      .selectFrom('message')
      .select(['body', 'is_major_change'])
      .where('key', '=', `release:${releaseId}:region:EUR`)
      .executeTakeFirstOrThrow();
    expect(post.body).toMatch(/early access environments in the region get it earlier: Thu 1 Apr/);
    expect(post.is_major_change).toBe(1);
  });

  it('lists the features with disruptive ones off, and switches nothing before arrival', async () => {
    const before = await waveFeatures(eur, alice, releaseId);
    expect(
      before.map((f: { name: string; available: boolean; enabled: boolean }) => [f.name, f.available, f.enabled]),
    ).toEqual([
      ['Faster grids', false, false],
      ['New case form', false, false],
    ]);
    const early = await switchFeature(eur, disruptive, true, alice);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toMatch(/has not reached/);
  });

  it('lets the org admin turn a disruptive feature on once the release is there, and nobody else', async () => {
    at('2027-04-01T20:00:00Z');
    await advanceRollouts(t.ctx);
    expect((await progress(rolloutId, eur, 'service_done')).statusCode).toBe(200);
    const arrived = await waveFeatures(eur, alice, releaseId);
    expect(arrived.map((f: { name: string; enabled: boolean }) => [f.name, f.enabled])).toEqual([
      ['Faster grids', true],
      ['New case form', false],
    ]);
    expect((await switchFeature(eur, plain, false, alice)).statusCode).toBe(409);
    expect((await switchFeature(eur, disruptive, true, await t.auth('eva@contoso.com'))).statusCode).toBe(403);
    expect((await switchFeature(eur, disruptive, true, await t.auth('fiona@fabrikam.com'))).statusCode).toBe(404);
    expect((await features(eur, await t.auth('fiona@fabrikam.com'))).statusCode).toBe(404);
    const on = await switchFeature(eur, disruptive, true, alice);
    expect(on.json()).toMatchObject({ name: 'New case form', enabled: true, switchedBy: 'alice@contoso.com' });
    // Other environments of the tenant keep it off.
    expect((await switchFeature(namProd, disruptive, true, alice)).statusCode).toBe(409);
  });

  it('says in the Message Center when the wave is enabled in each region', async () => {
    at('2027-04-02T19:00:00Z');
    expect((await progress(rolloutId, eur, 'database_done')).statusCode).toBe(200);
    // Early access does not enable the wave for the region: the region's own station does.
    expect(await db().selectFrom('event').select('key').where('type', '=', 'release.wave_enabled').execute()).toEqual(
      [],
    );
    at('2027-04-04T03:05:00Z');
    await advanceRollouts(t.ctx);
    at('2027-04-06T03:00:00Z');
    await advanceRollouts(t.ctx);
    at('2027-04-06T05:00:00Z');
    await progress(rolloutId, namProd, 'service_done');
    expect(
      (await db().selectFrom('event').select('key').where('type', '=', 'release.wave_enabled').execute()).map(
        (e) => e.key,
      ),
    ).toEqual([`release:${releaseId}:wave_enabled:EUR`]);
    await progress(rolloutId, namSandbox, 'service_done');
    const enabled = await db()
      .selectFrom('event')
      .select(['key', 'payload'])
      .where('type', '=', 'release.wave_enabled')
      .orderBy('key')
      .execute();
    expect(enabled.map((e) => e.key)).toEqual([
      `release:${releaseId}:wave_enabled:EUR`,
      `release:${releaseId}:wave_enabled:NAM`,
    ]);
    const posts = await db()
      .selectFrom('message')
      .select(['key', 'title', 'audience'])
      .where('key', 'like', `release:${releaseId}:wave:%`)
      .orderBy('key')
      .execute();
    expect(posts.map((p) => [p.key, p.title])).toEqual([
      [`release:${releaseId}:wave:EUR`, '2027 release wave 1 is enabled in Europe (EUR)'],
      [`release:${releaseId}:wave:NAM`, '2027 release wave 1 is enabled in North America (NAM)'],
    ]);
  });
});
