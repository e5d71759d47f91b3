// Releases and their safe deployment through the API: the plan against the policy's table across
// the year end, the Message Center posts per region, progress and versions, a station that fails,
// an environment that overruns, one that finishes in time, and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceRollouts } from '../../src/app/updates/advanceRollouts.js';
import { fromJson } from '../../src/store/values.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
beforeAll(async () => {
  // Monday 28 December 2026: the first rollout crosses into 2027.
  t = await createTestApp({ now: new Date('2026-12-28T00:00:00Z') });
  ops = await t.auth('ops@herald.example');
});
afterAll(() => t.close());

const at = (iso: string) => {
  t.clock.now = new Date(iso);
};
const db = () => t.ctx.database.db;

let versionSeq = 100;
async function release(body: Record<string, unknown> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/releases',
    headers: ops,
    payload: {
      kind: 'weekly',
      version: `9.2.26010.${versionSeq++}`,
      releaseNotesUrl: 'https://learn.example/weekly-notes',
      ...body,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function rollout(releaseId: string, body: Record<string, unknown>) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/releases/${releaseId}/rollout`,
    headers: ops,
    payload: body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const progress = (rolloutId: string, environmentId: string, step: string, when?: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/rollouts/${rolloutId}/progress`,
    headers: ops,
    payload: { environmentId, step, ...(when ? { at: when } : {}) },
  });

type Target = {
  region: string;
  state: string;
  firstRelease: boolean;
  serviceWindow: { startsAt: string; endsAt: string };
  databaseWindow: { startsAt: string; endsAt: string };
};
const targetsOf = (
  r: { stations: { number: number; targets: Target[] }[] },
  station: number,
): Record<string, [string, string]> =>
  Object.fromEntries(
    r.stations
      .find((s) => s.number === station)!
      .targets.map((x) => [x.region, [x.serviceWindow.startsAt, x.serviceWindow.endsAt]]),
  );

const getRollout = async (id: string) => (await t.app.inject({ url: `/api/rollouts/${id}`, headers: ops })).json();

async function incidentsFor(rolloutId: string): Promise<{ id: string; environments: string[] }[]> {
  const rows = await db()
    .selectFrom('incident')
    .select(['id'])
    .where('maintenance_id', '=', rolloutId)
    .orderBy('id')
    .execute();
  const result = [];
  for (const r of rows) {
    const envs = await db()
      .selectFrom('incident_environment')
      .select('environment_id')
      .where('incident_id', '=', r.id)
      .execute();
    result.push({ id: r.id, environments: envs.map((e) => e.environment_id).sort() });
  }
  return result;
}

describe('a weekly update across the year end', () => {
  let rel: { id: string; version: string };
  let plan: Awaited<ReturnType<typeof rollout>>;

  beforeAll(async () => {
    at('2026-12-28T00:00:00Z');
    rel = await release({ version: '9.2.26010.10', databaseVersion: '9.2.26010.12' });
    plan = await rollout(rel.id, { startsAt: '2026-12-28T00:00:00Z', pauseHours: 0 });
  });

  it('plans station by station against the policy’s windows, midnight and year end included', () => {
    expect(plan.stations.map((s: { number: number }) => s.number)).toEqual([2, 3, 4, 5, 6]);
    expect(targetsOf(plan, 2)).toEqual({
      SAM: ['2026-12-28T00:00:00.000Z', '2026-12-28T10:00:00.000Z'],
      CAN: ['2026-12-28T01:00:00.000Z', '2026-12-28T10:00:00.000Z'],
      ZAF: ['2026-12-28T17:00:00.000Z', '2026-12-29T02:00:00.000Z'],
      FRA: ['2026-12-28T18:00:00.000Z', '2026-12-29T03:00:00.000Z'],
      GER: ['2026-12-28T18:00:00.000Z', '2026-12-29T03:00:00.000Z'],
      IND: ['2026-12-28T19:30:00.000Z', '2026-12-29T01:00:00.000Z'],
    });
    // Station 3 waits for station 2's last database update (Wed 30 Dec 03:00); GCC High's window was running then.
    expect(targetsOf(plan, 3)['GCC High']).toEqual(['2026-12-31T02:00:00.000Z', '2026-12-31T11:00:00.000Z']);
    expect(targetsOf(plan, 3).GBR).toEqual(['2026-12-30T18:00:00.000Z', '2026-12-31T03:00:00.000Z']);
    expect(targetsOf(plan, 4).EUR).toEqual(['2027-01-01T18:00:00.000Z', '2027-01-02T03:00:00.000Z']);
    expect(targetsOf(plan, 5).NAM).toEqual(['2027-01-04T02:00:00.000Z', '2027-01-04T11:00:00.000Z']);
    expect(targetsOf(plan, 6).CHN).toEqual(['2027-01-05T15:00:00.000Z', '2027-01-05T21:00:00.000Z']);
    const eur = plan.stations
      .find((s: { number: number }) => s.number === 4)
      .targets.find((x: Target) => x.region === 'EUR');
    expect(eur.databaseWindow).toMatchObject({
      startsAt: '2027-01-02T18:00:00.000Z',
      endsAt: '2027-01-03T03:00:00.000Z',
    });
  });

  it('counts each region’s environments', () => {
    const nam = plan.stations
      .find((s: { number: number }) => s.number === 5)
      .targets.find((x: Target) => x.region === 'NAM');
    expect(nam.environments).toMatchObject({ total: 2, pending: 2 });
  });

  it('posts in the Message Center, per region, when the update reaches it, with the release notes', async () => {
    const posts = await db()
      .selectFrom('message')
      .selectAll()
      .where('key', 'like', `release:${rel.id}:region:%`)
      .execute();
    expect(posts).toHaveLength(17);
    const eur = posts.find((p) => p.key === `release:${rel.id}:region:EUR`)!;
    expect(fromJson(eur.audience, {})).toEqual({ regionCodes: ['EUR'] });
    expect(fromJson<{ name: string; value: string }[]>(eur.details, [])).toContainEqual({
      name: 'Release notes',
      value: 'https://learn.example/weekly-notes',
    });
    expect(eur.body).toMatch(/Fri 1 Jan, 18:00 – 03:00 \(UTC\)/);
    expect(eur.release_id).toBe(rel.id);
    const events = await db()
      .selectFrom('event')
      .select(['type', 'key'])
      .where('subject_id', '=', rel.id)
      .where('type', '=', 'release.region_scheduled')
      .execute();
    expect(events).toHaveLength(17);
  });

  it('lets an environment in the region see it, and not another tenant’s', async () => {
    const alice = await t.auth('alice@contoso.com');
    const eurEnv = t.demo.tenants.contoso.environments['eur-prod']!;
    const updates = (await t.app.inject({ url: `/api/environments/${eurEnv}/updates`, headers: alice })).json();
    expect(updates.updates.find((u: { releaseId: string }) => u.releaseId === rel.id)).toMatchObject({
      version: '9.2.26010.10',
      state: 'pending',
      previousVersion: '9.2.25104.166',
    });
    const fiona = await t.auth('fiona@fabrikam.com');
    expect((await t.app.inject({ url: `/api/environments/${eurEnv}/updates`, headers: fiona })).statusCode).toBe(404);
  });

  it('changes the version in two parts and sends nothing when the work fits its windows', async () => {
    const ind = t.demo.tenants.fabrikam.environments['ind-prod']!;
    // The demo's own weekly update may have reached India already: that is the version before.
    const versionBefore = (
      await db()
        .selectFrom('rollout_environment')
        .select('previous_version')
        .where('rollout_id', '=', plan.id)
        .where('environment_id', '=', ind)
        .executeTakeFirstOrThrow()
    ).previous_version;
    expect(versionBefore).toBe(
      (await db().selectFrom('environment').select('version').where('id', '=', ind).executeTakeFirstOrThrow()).version,
    );
    // What this release causes (the demo's own rollout goes on beside it): its events and their deliveries.
    const eventCount = async () =>
      Number(
        (
          await db()
            .selectFrom('event')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('subject_id', 'in', [rel.id, plan.id])
            .executeTakeFirstOrThrow()
        ).n,
      );
    const deliveryCount = async () =>
      Number(
        (
          await db()
            .selectFrom('delivery as d')
            .innerJoin('event as e', 'e.id', 'd.event_id')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('e.subject_id', 'in', [rel.id, plan.id])
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await deliveryCount();
    const eventsBefore = await eventCount();

    at('2026-12-28T19:00:00Z');
    const early = await progress(plan.id, ind, 'started');
    expect(early.statusCode).toBe(409);
    expect(early.json().errors[0].field).toBe('body.at');

    at('2026-12-28T20:00:00Z');
    await advanceRollouts(t.ctx);
    expect((await progress(plan.id, ind, 'started')).statusCode).toBe(200);
    at('2026-12-28T23:00:00Z');
    expect((await progress(plan.id, ind, 'service_done')).json()).toMatchObject({
      state: 'service_done',
      previousVersion: versionBefore,
    });
    const raj = await t.auth('raj@fabrikam.com');
    const about = (await t.app.inject({ url: `/api/environments/${ind}/updates`, headers: raj })).json();
    expect(about).toMatchObject({
      version: '9.2.26010.10',
      versionText: '9.2.26010.10 (background update pending)',
      backgroundUpdatePending: true,
    });
    const aboutPage = (await t.app.inject({ url: `/api/environments/${ind}/about`, headers: raj })).json();
    expect(aboutPage).toMatchObject({
      version: '9.2.26010.10',
      versionText: '9.2.26010.10 (background update pending)',
      backgroundUpdatePending: true,
    });

    const tooSoon = await progress(plan.id, ind, 'database_done');
    expect(tooSoon.statusCode).toBe(409);
    at('2026-12-29T21:00:00Z');
    expect((await progress(plan.id, ind, 'database_done')).statusCode).toBe(200);
    const after = (await t.app.inject({ url: `/api/environments/${ind}/updates`, headers: raj })).json();
    expect(after).toMatchObject({
      version: '9.2.26010.12',
      versionText: '9.2.26010.12',
      backgroundUpdatePending: false,
    });
    expect((await t.app.inject({ url: `/api/environments/${ind}/about`, headers: raj })).json()).toMatchObject({
      versionText: '9.2.26010.12',
      backgroundUpdatePending: false,
    });

    at('2026-12-30T02:00:00Z');
    await advanceRollouts(t.ctx);
    const target = (await getRollout(plan.id)).stations[0].targets.find((x: Target) => x.region === 'IND');
    expect(target.state).toBe('completed');
    expect(await incidentsFor(plan.id)).toEqual([]);
    expect(await eventCount()).toBe(eventsBefore);
    expect(await deliveryCount()).toBe(before);
  });

  it('refuses steps out of order and environments outside the rollout', async () => {
    const ind = t.demo.tenants.fabrikam.environments['ind-prod']!;
    const again = await progress(plan.id, ind, 'service_done');
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({
      field: 'body.step',
      message: expect.stringMatching(/fully updated/),
    });
    expect((await progress(plan.id, 'no-such-environment', 'started')).statusCode).toBe(404);
    const future = await progress(plan.id, ind, 'failed', '2030-01-01T00:00:00Z');
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].field).toBe('body.at');
  });
});

describe('a week where a station fails', () => {
  let plan: Awaited<ReturnType<typeof rollout>>;

  it('halts the stations after it and raises an incident for exactly the failed environment', async () => {
    at('2027-01-11T00:00:00Z');
    const rel = await release();
    plan = await rollout(rel.id, { startsAt: '2027-01-11T00:00:00Z', pauseHours: 24 });
    const ind = t.demo.tenants.fabrikam.environments['ind-prod']!;
    at('2027-01-11T21:00:00Z');
    await advanceRollouts(t.ctx);
    const failed = await progress(plan.id, ind, 'failed');
    expect(failed.json()).toMatchObject({ state: 'failed' });

    const now = await getRollout(plan.id);
    expect(now.state).toBe('halted');
    const byStation = (n: number) =>
      now.stations.find((s: { number: number }) => s.number === n).targets.map((x: Target) => x.state);
    expect(now.stations[0].targets.find((x: Target) => x.region === 'IND').state).toBe('failed');
    // The rest of station 2 goes on; every later station waits.
    expect(now.stations[0].targets.find((x: Target) => x.region === 'SAM').state).toBe('in_progress');
    for (const n of [3, 4, 5, 6]) expect(new Set(byStation(n))).toEqual(new Set(['halted']));
    expect(await incidentsFor(plan.id)).toEqual([{ id: expect.any(String), environments: [ind] }]);
    const incident = await db()
      .selectFrom('incident')
      .select(['severity', 'title'])
      .where('maintenance_id', '=', plan.id)
      .executeTakeFirstOrThrow();
    expect(incident.severity).toBe('major');

    const jpn = t.demo.tenants.fabrikam.environments['jpn-prod']!;
    at('2027-01-14T12:00:00Z');
    await advanceRollouts(t.ctx);
    const blocked = await progress(plan.id, jpn, 'started');
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().detail).toMatch(/halted/);
  });

  it('resumes by re-planning the halted stations from now', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/rollouts/${plan.id}/resume`, headers: ops });
    expect(res.statusCode).toBe(200);
    const resumed = res.json();
    expect(resumed.state).toBe('active');
    const jpnWindow = targetsOf(resumed, 3).JPN!;
    // Station 2's last database window ended Wed 13 Jan 03:00 (+24 h pause); now is Thu 14 Jan 12:00.
    expect(jpnWindow).toEqual(['2027-01-15T10:00:00.000Z', '2027-01-15T19:00:00.000Z']);
    const post = await db()
      .selectFrom('message')
      .select(['body', 'tags'])
      .where('key', '=', `release:${resumed.release.id}:region:JPN`)
      .executeTakeFirstOrThrow();
    expect(post.body).toMatch(/Fri 15 Jan/);
    const again = await t.app.inject({ method: 'POST', url: `/api/rollouts/${plan.id}/resume`, headers: ops });
    expect(again.statusCode).toBe(409);
  });

  it('holds and stops', async () => {
    const hold = await t.app.inject({ method: 'POST', url: `/api/rollouts/${plan.id}/hold`, headers: ops });
    expect(hold.json().state).toBe('held');
    const stop = await t.app.inject({ method: 'POST', url: `/api/rollouts/${plan.id}/stop`, headers: ops });
    const stopped = stop.json();
    expect(stopped.state).toBe('stopped');
    expect(targetsOf(stopped, 5)).toBeDefined();
    expect(
      stopped.stations
        .find((s: { number: number }) => s.number === 5)
        .targets.every((x: Target) => x.state === 'cancelled'),
    ).toBe(true);
    const resume = await t.app.inject({ method: 'POST', url: `/api/rollouts/${plan.id}/resume`, headers: ops });
    expect(resume.statusCode).toBe(409);
  });
});

describe('an environment that overruns its window', () => {
  it('raises the incident at the window’s end for exactly the late environment', async () => {
    at('2027-01-25T00:00:00Z');
    const rel = await release();
    const plan = await rollout(rel.id, { startsAt: '2027-01-25T00:00:00Z', regions: ['NAM'] });
    const prod = t.demo.tenants.contoso.environments['nam-prod']!;
    const sandbox = t.demo.tenants.contoso.environments['nam-sandbox']!;
    expect(targetsOf(plan, 5).NAM).toEqual(['2027-01-25T02:00:00.000Z', '2027-01-25T11:00:00.000Z']);
    at('2027-01-25T03:00:00Z');
    await advanceRollouts(t.ctx);
    await progress(plan.id, prod, 'started');
    await progress(plan.id, sandbox, 'started');
    at('2027-01-25T09:00:00Z');
    expect((await progress(plan.id, prod, 'service_done')).statusCode).toBe(200);

    at('2027-01-25T10:59:00Z');
    await advanceRollouts(t.ctx);
    expect(await incidentsFor(plan.id)).toEqual([]);
    at('2027-01-25T11:01:00Z');
    await advanceRollouts(t.ctx);
    await advanceRollouts(t.ctx); // a second run (or worker) adds nothing
    expect(await incidentsFor(plan.id)).toEqual([{ id: expect.any(String), environments: [sandbox] }]);
    const after = await getRollout(plan.id);
    expect(after.state).toBe('halted');
    expect(after.stations[0].targets[0]).toMatchObject({
      state: 'failed',
      environments: { overran: 1, serviceDone: 1, started: 1 },
    });
    // The late environment still finishes, and its version still changes.
    at('2027-01-25T12:00:00Z');
    expect((await progress(plan.id, sandbox, 'service_done')).json()).toMatchObject({
      state: 'service_done',
      overranAt: '2027-01-25T11:01:00.000Z',
    });
    expect(await incidentsFor(plan.id)).toHaveLength(1);
  });
});

describe('a failure in the last station', () => {
  it('halts the rollout; resuming accepts the failure and completes it', async () => {
    at('2027-02-08T00:00:00Z');
    const rel = await release();
    const plan = await rollout(rel.id, { startsAt: '2027-02-08T00:00:00Z', regions: ['IND'] });
    at('2027-02-08T20:00:00Z');
    await progress(plan.id, t.demo.tenants.fabrikam.environments['ind-prod']!, 'failed');
    expect((await getRollout(plan.id)).state).toBe('halted');
    const resumed = await t.app.inject({ method: 'POST', url: `/api/rollouts/${plan.id}/resume`, headers: ops });
    expect(resumed.json().state).toBe('completed');
  });
});

describe('bad input', () => {
  it('names the fields of a bad release', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/releases',
      headers: ops,
      payload: {
        kind: 'weekly',
        version: '9.2',
        databaseVersion: '9.1.0.0',
        releaseNotesUrl: 'notes',
        features: [{ name: 'A' }, { name: 'a' }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['body.features[1].name', 'body.releaseNotesUrl', 'body.version']);
    const kind = await t.app.inject({
      method: 'POST',
      url: '/api/releases',
      headers: ops,
      payload: { kind: 'monthly', version: '9.2.1.1', releaseNotesUrl: 'https://x.example' },
    });
    expect(kind.json().errors[0].field).toBe('body.kind');
    const lower = await t.app.inject({
      method: 'POST',
      url: '/api/releases',
      headers: ops,
      payload: { kind: 'weekly', version: '9.2.1.1', databaseVersion: '9.2.1.0', releaseNotesUrl: 'https://x.example' },
    });
    expect(lower.json().errors).toEqual([
      { field: 'body.databaseVersion', message: expect.stringMatching(/lower than/) },
    ]);
    expect(await db().selectFrom('release').select('id').where('version', 'in', ['9.2', '9.2.1.1']).execute()).toEqual(
      [],
    );
  });

  it('refuses rollouts for unknown regions, in the past, or twice', async () => {
    at('2027-02-01T00:00:00Z');
    const rel = await release();
    const unknown = await t.app.inject({
      method: 'POST',
      url: `/api/releases/${rel.id}/rollout`,
      headers: ops,
      payload: { startsAt: '2027-02-01T00:00:00Z', regions: ['EUR', 'ATL'] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({
      field: 'body.regions',
      message: expect.stringMatching(/unknown regions ATL/),
    });
    const past = await t.app.inject({
      method: 'POST',
      url: `/api/releases/${rel.id}/rollout`,
      headers: ops,
      payload: { startsAt: '2027-01-31T00:00:00Z' },
    });
    expect(past.json().errors[0]).toMatchObject({ field: 'body.startsAt', message: expect.stringMatching(/past/) });
    expect(await db().selectFrom('rollout').select('id').where('release_id', '=', rel.id).execute()).toEqual([]);
    await rollout(rel.id, { startsAt: '2027-02-01T00:00:00Z', regions: ['EUR'] });
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/releases/${rel.id}/rollout`,
      headers: ops,
      payload: { startsAt: '2027-02-01T00:00:00Z' },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('keeps rollouts to operators', async () => {
    const alice = await t.auth('alice@contoso.com');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/releases',
          headers: alice,
          payload: { kind: 'weekly', version: '9.9.9.9', releaseNotesUrl: 'https://x.example' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ url: '/api/rollouts', headers: alice })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/releases', headers: alice })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/releases' })).statusCode).toBe(401);
  });
});
