import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-30T12:00:00Z') });
});
afterAll(() => t.close());

const windows = (code: string, query = '', headers = {}) =>
  t.app.inject({ url: `/api/regions/${encodeURIComponent(code)}/windows${query}`, headers });

describe('GET /api/regions/:code/windows', () => {
  it('gives EUR’s windows across midnight and the year end, database updates 24 h later', async () => {
    const res = await windows('EUR', '?from=2026-12-31T00:00:00Z&to=2027-01-02T00:00:00Z');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.region).toMatchObject({ code: 'EUR', window: { start: '18:00', end: '03:00' } });
    expect(
      body.windows.map((w: { service: { startsAt: string; endsAt: string } }) => [
        w.service.startsAt,
        w.service.endsAt,
      ]),
    ).toEqual([
      ['2026-12-30T18:00:00.000Z', '2026-12-31T03:00:00.000Z'],
      ['2026-12-31T18:00:00.000Z', '2027-01-01T03:00:00.000Z'],
      ['2027-01-01T18:00:00.000Z', '2027-01-02T03:00:00.000Z'],
    ]);
    expect(body.windows[1].database).toMatchObject({
      startsAt: '2027-01-01T18:00:00.000Z',
      endsAt: '2027-01-02T03:00:00.000Z',
      local: null,
    });
  });

  it('handles IND (19:30–01:00) and UAE (ending at midnight) at the end of February', async () => {
    const ind = (await windows('IND', '?from=2028-02-28T20:00:00Z&to=2028-03-01T00:00:00Z')).json();
    expect(ind.windows.map((w: { service: { startsAt: string } }) => w.service.startsAt)).toEqual([
      '2028-02-28T19:30:00.000Z',
      '2028-02-29T19:30:00.000Z',
    ]);
    const uae = (await windows('UAE', '?from=2027-02-28T00:00:00Z&to=2027-03-01T00:00:00Z')).json();
    expect(uae.windows[0].service).toMatchObject({
      startsAt: '2027-02-28T15:00:00.000Z',
      endsAt: '2027-03-01T00:00:00.000Z',
    });
  });

  it('shows a signed-in person each window in their own time zone', async () => {
    const body = (
      await windows('EUR', '?from=2026-12-31T00:00:00Z&to=2027-01-01T00:00:00Z', await t.auth('eva@contoso.com'))
    ).json();
    expect(body.timeZone).toBe('Europe/Paris');
    // 18:00–03:00 UTC is 19:00–04:00 in Paris in winter, written the French way.
    expect(body.windows[1].service.local).toMatch(/19:00.*04:00 \(Europe\/Paris\)/);
    const alice = (
      await windows('GCC High', '?from=2026-12-31T00:00:00Z&to=2027-01-01T00:00:00Z', await t.auth('alice@contoso.com'))
    ).json();
    expect(alice.windows[0].service.local).toMatch(/9:00 PM – 6:00 AM \(America\/New_York\)/);
  });

  it('defaults to the next two weeks from now', async () => {
    const body = (await windows('NAM')).json();
    expect(body.windows).toHaveLength(14);
    expect(body.windows[0].service.startsAt).toBe('2026-12-31T02:00:00.000Z');
  });

  it('says which part of a bad request is wrong', async () => {
    const backwards = await windows('EUR', '?from=2027-01-02T00:00:00Z&to=2027-01-01T00:00:00Z');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([{ field: 'query.to', message: 'must be after query.from' }]);
    const bad = await windows('EUR', '?from=yesterday');
    expect(bad.json().errors[0].field).toBe('query.from');
    const long = await windows('EUR', '?from=2027-01-01T00:00:00Z&to=2028-01-01T00:00:00Z');
    expect(long.json().errors[0]).toMatchObject({
      field: 'query.to',
      message: expect.stringMatching(/at most 92 days/),
    });
    const unknown = await windows('ATL');
    expect(unknown.statusCode).toBe(404);
  });

  it('follows a window an operator moved', async () => {
    const ops = await t.auth('ops@herald.example');
    const moved = await t.app.inject({
      method: 'PATCH',
      url: '/api/regions/JPN',
      headers: ops,
      payload: { window: { start: '20:00', end: '02:00', days: [6] } },
    });
    expect(moved.statusCode).toBe(200);
    const body = (await windows('JPN', '?from=2027-01-01T00:00:00Z&to=2027-01-15T00:00:00Z')).json();
    expect(
      body.windows.map((w: { service: { startsAt: string; endsAt: string } }) => [
        w.service.startsAt,
        w.service.endsAt,
      ]),
    ).toEqual([
      ['2027-01-02T20:00:00.000Z', '2027-01-03T02:00:00.000Z'],
      ['2027-01-09T20:00:00.000Z', '2027-01-10T02:00:00.000Z'],
    ]);
  });
});
