// The per-tenant iCal feed: maintenance and update windows of the reader's environments, read with
// a bearer token or the secret calendar URL that an org admin creates and rotates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let contoso: string;
let fabrikam: string;
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2027-05-03T12:00:00Z') });
  contoso = t.demo.tenants.contoso.id;
  fabrikam = t.demo.tenants.fabrikam.id;
  const ops = await t.auth('ops@herald.example');
  const maintenance = (title: string, region: string, startsAt: string, endsAt: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/maintenance',
      headers: ops,
      payload: {
        kind: 'planned',
        title,
        impact: 'downtime',
        durationMinutes: 30,
        windows: [{ region, startsAt, endsAt }],
      },
    });
  expect((await maintenance('EUR storage', 'EUR', '2027-05-10T18:00:00Z', '2027-05-11T03:00:00Z')).statusCode).toBe(
    201,
  );
  expect((await maintenance('NAM network', 'NAM', '2027-05-12T02:00:00Z', '2027-05-12T11:00:00Z')).statusCode).toBe(
    201,
  );
  expect((await maintenance('JPN network', 'JPN', '2027-05-12T10:00:00Z', '2027-05-12T19:00:00Z')).statusCode).toBe(
    201,
  );
  const rel = await t.app.inject({
    method: 'POST',
    url: '/api/releases',
    headers: ops,
    payload: { kind: 'weekly', version: '9.2.27190.5', releaseNotesUrl: 'https://learn.example/notes' },
  });
  expect(
    (
      await t.app.inject({
        method: 'POST',
        url: `/api/releases/${rel.json().id}/rollout`,
        headers: ops,
        payload: { startsAt: '2027-05-03T12:00:00Z', regions: ['EUR', 'JPN'] },
      })
    ).statusCode,
  ).toBe(201);
});
afterAll(() => t.close());

const feed = async (tenantId: string, headers: Record<string, string> = {}, query = '') =>
  t.app.inject({ url: `/api/tenants/${tenantId}/calendar.ics${query}`, headers });
/** The events this file created (the demo adds its own maintenance and weekly update). */
const summaries = (ics: string): string[] =>
  [...ics.matchAll(/^SUMMARY:(.*)$/gm)]
    .map((m) => m[1]!.trim())
    .filter((x) => /EUR storage|NAM network|JPN network|9\.2\.27190\.5/.test(x))
    .sort();

describe('GET /api/tenants/:tenantId/calendar.ics', () => {
  it('lists the tenant’s maintenance and update windows for a bearer token', async () => {
    const res = await feed(contoso, await t.auth('alice@contoso.com'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/calendar/);
    expect(res.body).toMatch(/^BEGIN:VCALENDAR/);
    expect(summaries(res.body)).toEqual([
      'Planned maintenance: EUR storage (EUR)',
      'Planned maintenance: NAM network (NAM)',
      'Service update 9.2.27190.5: database update (EUR)',
      'Service update 9.2.27190.5: service update (EUR)',
    ]);
    expect(res.body).toContain('DTSTART:20270510T180000Z');
  });

  it('shows a system admin only their environment', async () => {
    const res = await feed(contoso, await t.auth('sam@contoso.com'));
    expect(summaries(res.body)).toEqual(['Planned maintenance: NAM network (NAM)']);
  });

  it('answers to the secret URL an org admin creates, until it is rotated', async () => {
    const alice = await t.auth('alice@contoso.com');
    const created = await t.app.inject({ method: 'POST', url: `/api/tenants/${contoso}/calendar-url`, headers: alice });
    expect(created.statusCode).toBe(201);
    const url = new URL(created.json().url);
    expect(url.pathname).toBe(`/api/tenants/${contoso}/calendar.ics`);
    const byToken = await feed(contoso, {}, url.search);
    expect(byToken.statusCode).toBe(200);
    expect(summaries(byToken.body)).toContain('Planned maintenance: EUR storage (EUR)');
    // The token is the tenant's: it opens no other tenant's feed.
    expect((await feed(fabrikam, {}, url.search)).statusCode).toBe(404);
    const rotated = await t.app.inject({ method: 'POST', url: `/api/tenants/${contoso}/calendar-url`, headers: alice });
    expect((await feed(contoso, {}, url.search)).statusCode).toBe(404);
    expect((await feed(contoso, {}, new URL(rotated.json().url).search)).statusCode).toBe(200);
  });

  it('keeps every tenant to its own calendar', async () => {
    const fiona = await t.auth('fiona@fabrikam.com');
    expect((await feed(contoso, fiona)).statusCode).toBe(404);
    expect(summaries((await feed(fabrikam, fiona)).body)).toEqual([
      'Planned maintenance: JPN network (JPN)',
      'Service update 9.2.27190.5: database update (JPN)',
      'Service update 9.2.27190.5: service update (JPN)',
    ]);
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/tenants/${contoso}/calendar-url`, headers: fiona })).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/tenants/${contoso}/calendar-url`,
          headers: await t.auth('eva@contoso.com'),
        })
      ).statusCode,
    ).toBe(403);
  });

  it('asks anonymous readers to authenticate, and refuses a wrong token', async () => {
    expect((await feed(contoso)).statusCode).toBe(401);
    expect((await feed(contoso, {}, '?token=hcal_guess')).statusCode).toBe(404);
  });
});
