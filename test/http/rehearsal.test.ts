// Rehearsal from the console: an operator posts a scenario's text and reads the timeline. It runs
// over a private copy of the directory: the live tables and outbox are the same afterwards, on
// SQLite and on PostgreSQL, and a bad scenario is refused naming its line and field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Timeline } from '../../src/app/rehearsal/rehearse.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T09:00:00.000Z') });
  ops = await t.auth('ops@herald.example');
});
afterAll(() => t.close());

/** Every live table's row count, and the outbox's rows themselves. */
async function liveState() {
  const db = t.ctx.database.db;
  const tables = (await db.introspection.getTables()).map((x) => x.name).filter((n) => !n.startsWith('kysely_'));
  const counts: Record<string, number> = {};
  for (const name of tables.sort()) {
    const row = await db
      .selectFrom(name as 'event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[name] = Number(row.n);
  }
  const outbox = await db.selectFrom('delivery').select(['id', 'status']).orderBy('id').execute();
  return { counts, outbox };
}

const rehearse = (scenario: string, headers = ops) =>
  t.app.inject({ method: 'POST', url: '/api/rehearsals', headers, payload: { scenario } });

const overLive = (events: unknown[]) =>
  JSON.stringify({ name: 'Over the live directory', start: '2026-11-03T00:00:00Z', end: 'P1D', events }, null, 2);

describe('rehearsal from the console', () => {
  it('runs the sample, shows who is told and what the pages show, and leaves the live data as it was', async () => {
    const sample = await t.app.inject({ url: '/api/rehearsals/sample', headers: ops });
    expect(sample.statusCode).toBe(200);
    const before = await liveState();
    const res = await rehearse(sample.json().scenario);
    expect(res.statusCode, res.body).toBe(200);
    const timeline = res.json() as Timeline;
    expect(timeline.directory).toBe('scenario');
    const opened = timeline.entries.find((e) => e.event.title === 'Sales forms do not load')!;
    expect(opened.rule).toBe('service-incident');
    expect(opened.told.map((d) => d.recipient)).toContain('Sam Sys <sam@contoso.example>');
    expect(opened.shows.dashboards.find((d) => d.tenant === 'Contoso')!.activeIssues).toHaveLength(1);
    expect(await liveState()).toEqual(before);
  }, 120_000);

  it('over a snapshot of the live directory: the live people are told in the timeline, and still nothing live changes', async () => {
    const before = await liveState();
    const res = await rehearse(
      overLive([
        {
          at: 'PT1H',
          kind: 'incident.opened',
          ref: 'x',
          title: 'Forms are slow',
          services: ['sales'],
          environments: ['Contoso Sales'],
        },
        { at: 'PT2H', kind: 'incident.restored', incident: 'x' },
      ]),
    );
    expect(res.statusCode, res.body).toBe(200);
    const timeline = res.json() as Timeline;
    expect(timeline.directory).toBe('snapshot');
    const opened = timeline.entries.find((e) => e.event.type === 'incident.opened')!;
    expect(opened.told.some((d) => d.recipient.includes('sam@contoso.com'))).toBe(true);
    expect(opened.told.some((d) => /fabrikam/i.test(d.recipient))).toBe(false);
    expect(await liveState()).toEqual(before);
  }, 120_000);

  it('refuses a bad scenario naming the entry, its line and field, and runs nothing', async () => {
    const before = await liveState();
    const unknownKind = await rehearse(overLive([{ at: 'PT1H', kind: 'incident.exploded', title: 'x' }]));
    expect(unknownKind.statusCode).toBe(400);
    expect(unknownKind.headers['content-type']).toContain('application/problem+json');
    expect(unknownKind.json().detail).toMatch(/events\[0\] \(line \d+\).*unknown event kind "incident.exploded"/);
    expect(unknownKind.json().errors[0].field).toBe('scenario');

    const badTime = await rehearse(overLive([{ at: 'tomorrow', kind: 'incident.opened', title: 'x' }]));
    expect(badTime.statusCode).toBe(400);
    expect(badTime.json().detail).toMatch(/events\[0\] \(line \d+\), field at: "tomorrow"/);

    const noSuchEnvironment = await rehearse(
      overLive([{ at: 'PT1H', kind: 'incident.opened', title: 'x', environments: ['Nowhere Prod'] }]),
    );
    expect(noSuchEnvironment.statusCode).toBe(400);
    expect(noSuchEnvironment.json().detail).toMatch(/events\[0\] \(line \d+\), field environments.*"Nowhere Prod"/);

    const notJson = await rehearse('{ "start": ');
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().detail).toMatch(/not valid JSON/);

    const tooLong = await rehearse(JSON.stringify({ start: '2026-11-03T00:00:00Z', end: 'P90D', events: [] }));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().detail).toMatch(/at most 31 days/);
    expect(await liveState()).toEqual(before);
  });

  it("says a bad scenario in a German operator's language, naming the entry, its line and field", async () => {
    const setLocale = (locale: string) =>
      t.ctx.database.db.updateTable('person').set({ locale }).where('email', '=', 'ops@herald.example').execute();
    await setLocale('de-DE');
    const german = await t.auth('ops@herald.example');
    const badTime = await rehearse(overLive([{ at: 'morgen', kind: 'incident.opened', title: 'x' }]), german);
    expect(badTime.statusCode).toBe(400);
    expect(badTime.json().title).toBe('Die Anfrage ist ungültig');
    expect(badTime.json().errors[0].field).toBe('scenario');
    expect(badTime.json().errors[0].message).toMatch(
      /^events\[0\] \(Zeile \d+\), Feld at: „morgen“ ist weder eine ISO-8601-UTC-Zeit .* noch eine ISO-8601-Dauer ab dem Start/,
    );
    const unknownService = await rehearse(
      overLive([{ at: 'PT1H', kind: 'incident.opened', title: 'x', services: ['nowhere'] }]),
      german,
    );
    expect(unknownService.json().errors[0].message).toMatch(
      /events\[0\] \(Zeile \d+\), Feld services: nennt einen Dienst „nowhere“, den es nicht gibt/,
    );
    expect(unknownService.json().detail).toMatch(/^Szenario: events\[0\] .*nennt einen Dienst/);
    await setLocale('en-US');
  });

  it('is for operators only', async () => {
    const alice = await t.auth('alice@contoso.com');
    expect((await t.app.inject({ url: '/api/rehearsals/sample', headers: alice })).statusCode).toBe(403);
    expect((await rehearse(overLive([]), alice)).statusCode).toBe(403);
  });
});
