// The weekly release train through the API and its periodic job, on a simulated clock: four weeks
// give four versions per region in order, each region's Message Center post before its window,
// the database part 24 h after the service part; a held week gives nothing, a skipped week is
// skipped, a moved week starts when it was moved to; the job planning a week twice plans it once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planTrainWeeks } from '../../src/app/updates/releaseTrain.js';
import { compareVersions } from '../../src/domain/releases.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
let trainId: string;
const DAY = 86_400_000;
// Monday 4 January 2027.
const START = Date.parse('2027-01-04T00:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ now: new Date(START) });
  ops = await t.auth('ops@herald.example');
});
afterAll(() => t.close());

const setLocale = (email: string, locale: string) =>
  t.ctx.database.db.updateTable('person').set({ locale }).where('email', '=', email).execute();

const db = () => t.ctx.database.db;

/** Days pass; the train's job runs every few hours, as the worker would run it. */
async function live(days: number): Promise<void> {
  const until = t.clock.now.getTime() + days * DAY;
  while (t.clock.now.getTime() < until) {
    t.clock.now = new Date(t.clock.now.getTime() + 6 * 3_600_000);
    await planTrainWeeks(t.ctx);
  }
}

async function weekReleases() {
  return db()
    .selectFrom('release_train_week')
    .innerJoin('release', 'release.id', 'release_train_week.release_id')
    .innerJoin('rollout', 'rollout.release_id', 'release.id')
    .select([
      'release_train_week.week',
      'release.id as releaseId',
      'release.version',
      'release.kind',
      'release.release_notes_url',
      'rollout.id as rolloutId',
      'rollout.starts_at',
    ])
    .where('train_id', '=', trainId)
    .orderBy('week')
    .execute();
}

describe('a release train over four weeks', () => {
  it('an operator sets up the train; bad input names the field', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/release-trains',
      headers: ops,
      payload: {
        productLine: 'Dynamics 365',
        versionPrefix: '9',
        releaseNotesPattern: 'ftp://x',
        weekday: 9,
        startHour: 0,
        leadDays: 7,
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('body.versionPrefix');
    expect(bad.body).toContain('body.weekday');
    const tenantAdmin = await t.auth('alice@contoso.com');
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/release-trains',
      headers: tenantAdmin,
      payload: {
        productLine: 'X',
        versionPrefix: '9.2',
        releaseNotesPattern: 'https://x.example',
        weekday: 1,
        startHour: 0,
        leadDays: 7,
      },
    });
    expect(refused.statusCode).toBe(403);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/release-trains',
      headers: ops,
      payload: {
        productLine: 'Dynamics 365',
        versionPrefix: '9.2',
        releaseNotesPattern: 'https://learn.example/weekly/{version}',
        weekday: 1,
        startHour: 0,
        leadDays: 7,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    trainId = res.json().id;
    expect(res.json().weeks[0]).toMatchObject({
      week: '2027-01-11',
      state: 'open',
      version: '9.2.27011.1',
      kind: 'weekly',
    });
  });

  it('four simulated weeks give four versions per region, in order, each post before its window, the database part a day after the service part', async () => {
    // To Sunday 31 January: weeks are planned a week ahead, so the one starting 1 February is the last.
    await live(27);
    const weeks = await weekReleases();
    expect(weeks.map((w) => w.week)).toEqual(['2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01']);
    const versions = weeks.map((w) => w.version);
    expect(versions).toEqual(['9.2.27011.1', '9.2.27018.1', '9.2.27025.1', '9.2.27032.1']);
    expect(weeks.map((w) => w.release_notes_url)).toEqual(versions.map((v) => `https://learn.example/weekly/${v}`));
    for (const w of weeks) expect(w.starts_at).toBe(`${w.week}T00:00:00.000Z`);

    const perRegion = new Map<string, string[]>();
    for (const w of weeks) {
      const targets = await db()
        .selectFrom('rollout_target')
        .selectAll()
        .where('rollout_id', '=', w.rolloutId)
        .where('first_release', '=', 0)
        .execute();
      expect(targets.length).toBeGreaterThan(10);
      for (const target of targets) {
        perRegion.set(target.region_code, [...(perRegion.get(target.region_code) ?? []), w.version]);
        expect(Date.parse(target.database_starts_at) - Date.parse(target.service_starts_at)).toBe(DAY);
        const post = await db()
          .selectFrom('message')
          .select(['published_at'])
          .where('key', '=', `release:${w.releaseId}:region:${target.region_code}`)
          .executeTakeFirstOrThrow();
        expect(post.published_at! < target.service_starts_at, `${w.version} ${target.region_code}`).toBe(true);
      }
      // First Release goes first: station 1 starts before any other.
      const stations = [...new Set(targets.map((x) => x.station))].sort((a, b) => a - b);
      const firstOf = (n: number) =>
        Math.min(...targets.filter((x) => x.station === n).map((x) => Date.parse(x.service_starts_at)));
      for (let i = 1; i < stations.length; i++)
        expect(firstOf(stations[i]!)).toBeGreaterThan(firstOf(stations[i - 1]!));
    }
    expect(perRegion.size).toBeGreaterThan(10);
    for (const [region, list] of perRegion) {
      expect(list, region).toHaveLength(4);
      expect([...list].sort(compareVersions), region).toEqual(list);
    }
  });

  it('running the job twice at once plans a week once', async () => {
    await Promise.all([planTrainWeeks(t.ctx), planTrainWeeks(t.ctx)]);
    await live(1);
    await Promise.all([planTrainWeeks(t.ctx), planTrainWeeks(t.ctx)]);
    const weeks = (await weekReleases()).map((w) => w.week);
    expect(new Set(weeks).size).toBe(weeks.length);
    const releases = await db().selectFrom('release').select('version').where('version', 'like', '9.2.%').execute();
    expect(releases.length).toBe(new Set(releases.map((r) => r.version)).size);
  });
});

describe('an operator holds, skips and moves weeks', () => {
  const act = (week: string, action: string, payload?: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/release-trains/${trainId}/weeks/${week}/${action}`,
      headers: ops,
      payload: payload ?? {},
    });

  it('a held week gives nothing, a skipped week is skipped, a moved week starts when moved to', async () => {
    const planned = new Set((await weekReleases()).map((w) => w.week));
    // Three weeks ahead, none planned yet.
    const [held, skipped, moved] = ['2027-02-15', '2027-02-22', '2027-03-01'];
    for (const w of [held, skipped, moved]) expect(planned.has(w)).toBe(false);
    expect((await act(held, 'hold')).statusCode).toBe(200);
    expect((await act(skipped, 'skip')).statusCode).toBe(200);
    // A skipped week cannot be held, said in the operator's language.
    await setLocale('ops@herald.example', 'de-DE');
    const german = await t.app.inject({
      method: 'POST',
      url: `/api/release-trains/${trainId}/weeks/${skipped}/hold`,
      headers: await t.auth('ops@herald.example'),
      payload: {},
    });
    await setLocale('ops@herald.example', 'en-US');
    expect(german.statusCode).toBe(409);
    expect(german.json()).toMatchObject({
      title: 'Dieser Statuswechsel ist nicht erlaubt',
      errors: [{ field: 'params.action', message: 'Die Woche vom 2027-02-22 wird übersprungen.' }],
    });
    const bad = await act(moved, 'move', { startsAt: 'next Wednesday' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('body.startsAt');
    const res = await act(moved, 'move', { startsAt: '2027-03-03T06:00:00Z' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().weeks.find((w: { week: string }) => w.week === moved)).toMatchObject({
      state: 'open',
      moved: true,
      startsAt: '2027-03-03T06:00:00.000Z',
    });

    await live(28);
    const weeks = await weekReleases();
    const byWeek = new Map(weeks.map((w) => [w.week, w]));
    expect(byWeek.has(held)).toBe(false);
    expect(byWeek.has(skipped)).toBe(false);
    expect(byWeek.get(moved)?.starts_at).toBe('2027-03-03T06:00:00.000Z');
    expect(byWeek.has('2027-03-08')).toBe(true);
    const states = await db()
      .selectFrom('release_train_week')
      .select(['week', 'state'])
      .where('week', 'in', [held, skipped])
      .orderBy('week')
      .execute();
    expect(states).toEqual([
      { week: held, state: 'held' },
      { week: skipped, state: 'skipped' },
    ]);
    // A planned week is acted on through its rollout.
    const refused = await act('2027-03-08', 'skip');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors).toEqual([
      {
        field: 'params.action',
        message: 'The week of 2027-03-08 is planned already; hold or stop its rollout instead.',
      },
    ]);
  });

  it('the first week of April carries the major wave, through the same train', async () => {
    t.clock.now = new Date('2027-03-25T00:00:00Z');
    await live(14);
    const april = (await weekReleases()).find((w) => w.week === '2027-04-05');
    expect(april?.kind).toBe('wave');
    const release = await db()
      .selectFrom('release')
      .select('wave')
      .where('id', '=', april!.releaseId)
      .executeTakeFirstOrThrow();
    expect(release.wave).toBe('2027 release wave 1');
    const next = (await weekReleases()).find((w) => w.week === '2027-04-12');
    expect(next?.kind).toBe('weekly');
  });
});

describe('version availability', () => {
  it('per region: the version running, the one scheduled and when, the history; public, with no tenant data; linked from the weekly posts', async () => {
    const [first, second] = await weekReleases();
    // One region's environments finish the first week's service part inside their window.
    const target = await db()
      .selectFrom('rollout_target')
      .selectAll()
      .where('rollout_id', '=', first!.rolloutId)
      .where('first_release', '=', 0)
      .where('region_code', '=', 'EUR')
      .executeTakeFirstOrThrow();
    const envs = await db()
      .selectFrom('rollout_environment')
      .select('environment_id')
      .where('rollout_id', '=', first!.rolloutId)
      .where('region_code', '=', 'EUR')
      .execute();
    expect(envs.length).toBeGreaterThan(0);
    const saved = t.clock.now;
    t.clock.now = new Date(Date.parse(target.service_ends_at) - 60_000);
    for (const e of envs) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/rollouts/${first!.rolloutId}/progress`,
        headers: ops,
        payload: { environmentId: e.environment_id, step: 'service_done' },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const res = await t.app.inject({ url: '/api/versions.json' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const eur = body.regions.find((r: { code: string }) => r.code === 'EUR');
    expect(eur.running).toMatchObject({ version: first!.version, kind: 'weekly' });
    expect(eur.history.map((h: { version: string }) => h.version)).toEqual([first!.version]);
    expect(eur.scheduled).toMatchObject({ version: second!.version });
    expect(Date.parse(eur.scheduled.databaseStartsAt) - Date.parse(eur.scheduled.serviceStartsAt)).toBe(DAY);
    for (const r of body.regions)
      if (r.scheduled) expect(r.scheduled.serviceEndsAt > t.clock.now.toISOString()).toBe(true);
    expect(Object.keys(eur).sort()).toEqual(['code', 'history', 'name', 'running', 'scheduled']);

    const page = await t.app.inject({ url: '/versions' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain(`<section id="EUR">`);
    expect(page.body).toContain(first!.version);

    // Public means provider-wide: no tenant, environment or person anywhere.
    const names = [
      ...(await db().selectFrom('tenant').select(['name', 'domain']).execute()).flatMap((r) => [r.name, r.domain]),
      ...(await db().selectFrom('environment').select(['name', 'url', 'id']).execute()).flatMap((r) => [
        r.name,
        r.url,
        r.id,
      ]),
      ...(await db().selectFrom('person').select(['name', 'email']).execute()).flatMap((r) => [r.name, r.email]),
    ];
    for (const n of names) {
      expect(res.body.includes(n), n).toBe(false);
      expect(page.body.includes(n), n).toBe(false);
    }

    const post = await db()
      .selectFrom('message')
      .select(['body', 'details'])
      .where('key', '=', `release:${second!.releaseId}:region:EUR`)
      .executeTakeFirstOrThrow();
    expect(post.details).toContain('/versions#EUR');
    t.clock.now = saved;
  });
});
