// Regions, stations and services: the policy's reference data, readable by all, changed by operators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
let alice: { authorization: string };
beforeAll(async () => {
  t = await createTestApp();
  ops = await t.auth('ops@herald.example');
  alice = await t.auth('alice@contoso.com');
});
afterAll(() => t.close());

const auditCount = async (action: string) =>
  Number(
    (
      await t.ctx.database.db
        .selectFrom('audit_entry')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('action', '=', action)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('regions', () => {
  it('lists the 17 regions of the policy with their windows in UTC, to anyone', async () => {
    const res = await t.app.inject({ url: '/api/regions' });
    expect(res.statusCode).toBe(200);
    const regions = res.json();
    expect(regions).toHaveLength(17);
    expect(regions.find((r: { code: string }) => r.code === 'EUR')).toMatchObject({
      serviceUrl: 'crm4.dynamics.com',
      window: { start: '18:00', end: '03:00' },
      databaseUpdateOffsetHours: 24,
    });
    expect(regions.find((r: { code: string }) => r.code === 'IND').window).toMatchObject({
      start: '19:30',
      end: '01:00',
    });
    const gccHigh = await t.app.inject({ url: '/api/regions/GCC%20High' });
    expect(gccHigh.json()).toMatchObject({ code: 'GCC High', serviceUrl: 'crm.microsoftdynamics.us' });
  });

  it('answers 404 for a region that does not exist', async () => {
    const res = await t.app.inject({ url: '/api/regions/MOON' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('lets an operator move a window, across midnight too, and a station; audited', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/regions/JPN',
      headers: ops,
      payload: { window: { start: '22:00', end: '04:30', days: [6, 7, 6] }, station: 4 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      code: 'JPN',
      window: { start: '22:00', end: '04:30', days: [6, 7] },
      station: 4,
    });
    expect((await t.app.inject({ url: '/api/regions/JPN' })).json().window.start).toBe('22:00');
    expect(
      (await t.app.inject({ url: '/api/stations' })).json().find((s: { number: number }) => s.number === 4).regions,
    ).toContain('JPN');
    const entry = await t.ctx.database.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('action', '=', 'region.updated')
      .where('entity_id', '=', 'JPN')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.before!)).toMatchObject({ window_start: '10:00', station: 3 });
    expect(entry.actor_label).toBe('ops@herald.example');
  });

  it("says a bad window in a German operator's language, naming the part of it", async () => {
    const setLocale = (locale: string) =>
      t.ctx.database.db.updateTable('person').set({ locale }).where('email', '=', 'ops@herald.example').execute();
    await setLocale('de-DE');
    const german = await t.auth('ops@herald.example');
    const patch = (window: object) =>
      t.app.inject({ method: 'PATCH', url: '/api/regions/EUR', headers: german, payload: { window } });
    const late = await patch({ start: '18:00', end: '3pm' });
    expect(late.statusCode).toBe(400);
    expect(late.json().errors).toEqual([
      {
        field: 'body.window.end',
        message: 'muss eine Uhrzeit von 00:00 bis 23:59 im Format HH:MM (UTC) sein, nicht „3pm“',
      },
    ]);
    expect(late.json().detail).toBe(
      'Ende: muss eine Uhrzeit von 00:00 bis 23:59 im Format HH:MM (UTC) sein, nicht „3pm“.',
    );
    const noDays = await patch({ start: '18:00', end: '03:00', days: [] });
    expect(noDays.json().errors).toEqual([
      { field: 'body.window.days', message: 'braucht mindestens einen ISO-Wochentag (1 = Montag … 7 = Sonntag)' },
    ]);
    await setLocale('en-US');
  });

  it('refuses malformed times, weekdays and stations, naming the field, and changes nothing', async () => {
    const before = await auditCount('region.updated');
    const cases: [unknown, string][] = [
      [{ window: { start: '25:00', end: '03:00' } }, 'body.window.start'],
      [{ window: { start: '18:00', end: '3pm' } }, 'body.window.end'],
      [{ window: { start: '18:00', end: '03:00', days: [0] } }, 'body.window.days'],
      [{ window: { start: '18:00', end: '03:00', days: [] } }, 'body.window.days'],
      [{ station: 42 }, 'body.station'],
      [{ window: { start: '18:00' } }, 'body.window.end'],
      [{ colour: 'blue' }, 'body.colour'],
      [{}, 'body'],
    ];
    for (const [payload, field] of cases) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: '/api/regions/EUR',
        headers: ops,
        payload: payload as object,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      // A bad weekday may be named down to its element (body.window.days.0): that still names the field.
      const fields = res.json().errors.map((e: { field: string }) => e.field as string);
      expect(
        fields.some((f: string) => f === field || f.startsWith(`${field}.`)),
        `${JSON.stringify(payload)} named ${fields.join(', ')}`,
      ).toBe(true);
    }
    expect(await auditCount('region.updated')).toBe(before);
    expect((await t.app.inject({ url: '/api/regions/EUR' })).json().window).toMatchObject({
      start: '18:00',
      end: '03:00',
    });
  });

  it('is changed by operators only', async () => {
    expect(
      (await t.app.inject({ method: 'PATCH', url: '/api/regions/EUR', headers: alice, payload: { station: 2 } }))
        .statusCode,
    ).toBe(403);
    expect((await t.app.inject({ method: 'PATCH', url: '/api/regions/EUR', payload: { station: 2 } })).statusCode).toBe(
      403,
    );
    expect(
      (await t.app.inject({ method: 'PATCH', url: '/api/regions/MOON', headers: ops, payload: { station: 2 } }))
        .statusCode,
    ).toBe(404);
  });
});

describe('stations', () => {
  it('lists the stations in order, First Release first', async () => {
    const stations = (await t.app.inject({ url: '/api/stations' })).json();
    expect(stations[0]).toMatchObject({ number: 1, name: 'First Release', regions: [] });
    expect(stations.find((s: { number: number }) => s.number === 5).regions).toEqual(
      expect.arrayContaining(['NAM', 'GCC']),
    );
  });

  it('lets an operator rename a station and change its pause', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/stations/2',
      headers: ops,
      payload: { name: 'Early regions', pauseHours: 48 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ number: 2, name: 'Early regions', pauseHours: 48 });
  });

  it('refuses a negative pause, an empty name, an unknown station and non-operators', async () => {
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/stations/2',
      headers: ops,
      payload: { pauseHours: -1, name: '  ' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['body.pauseHours', 'body.name']),
    );
    expect(
      (await t.app.inject({ method: 'PATCH', url: '/api/stations/99', headers: ops, payload: { pauseHours: 1 } }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'PATCH', url: '/api/stations/2', headers: alice, payload: { pauseHours: 1 } }))
        .statusCode,
    ).toBe(403);
  });
});

describe('services and features', () => {
  it('lists the services with their features', async () => {
    const services = (await t.app.inject({ url: '/api/services' })).json();
    expect(services.map((s: { name: string }) => s.name)).toEqual(
      expect.arrayContaining(['Dynamics 365 Sales', 'Dataverse', 'Power Automate']),
    );
    expect(services.find((s: { id: string }) => s.id === 'sales').features).toContainEqual({
      id: 'sales.leads',
      serviceId: 'sales',
      name: 'Leads',
      group: 'Sales',
    });
  });

  it('lets an operator add a service and a feature', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/services',
      headers: ops,
      payload: { id: 'power-pages', name: 'Power Pages' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ id: 'power-pages', name: 'Power Pages', features: [] });
    const feature = await t.app.inject({
      method: 'POST',
      url: '/api/services/power-pages/features',
      headers: ops,
      payload: { id: 'power-pages.sites', name: 'Sites', group: 'Web' },
    });
    expect(feature.statusCode).toBe(201);
    const services = (await t.app.inject({ url: '/api/services' })).json();
    expect(services.at(-1)).toEqual({
      id: 'power-pages',
      name: 'Power Pages',
      features: [{ id: 'power-pages.sites', serviceId: 'power-pages', name: 'Sites', group: 'Web' }],
    });
  });

  it('answers 409 naming the field for a duplicate id or name, 400 for a malformed id', async () => {
    const dupId = await t.app.inject({
      method: 'POST',
      url: '/api/services',
      headers: ops,
      payload: { id: 'sales', name: 'Another' },
    });
    expect(dupId.statusCode).toBe(409);
    expect(dupId.json().errors[0].field).toBe('body.id');
    const dupName = await t.app.inject({
      method: 'POST',
      url: '/api/services',
      headers: ops,
      payload: { id: 'other', name: 'Dataverse' },
    });
    expect(dupName.statusCode).toBe(409);
    expect(dupName.json().errors[0].field).toBe('body.name');
    const badId = await t.app.inject({
      method: 'POST',
      url: '/api/services',
      headers: ops,
      payload: { id: 'Power Pages!', name: 'X' },
    });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().errors[0].field).toBe('body.id');
    const badFeature = await t.app.inject({
      method: 'POST',
      url: '/api/services/sales/features',
      headers: ops,
      payload: { id: 'dataverse.thing', name: 'X' },
    });
    expect(badFeature.statusCode).toBe(400);
    expect(badFeature.json().errors[0].message).toMatch(/must be "sales\."/);
    const dupFeature = await t.app.inject({
      method: 'POST',
      url: '/api/services/sales/features',
      headers: ops,
      payload: { id: 'sales.leads', name: 'Leads' },
    });
    expect(dupFeature.statusCode).toBe(409);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/services/nothing/features',
          headers: ops,
          payload: { id: 'nothing.x', name: 'X' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('is extended by operators only', async () => {
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/services', headers: alice, payload: { id: 'x', name: 'X' } }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/services/sales/features',
          headers: alice,
          payload: { id: 'sales.x', name: 'X' },
        })
      ).statusCode,
    ).toBe(403);
  });
});
