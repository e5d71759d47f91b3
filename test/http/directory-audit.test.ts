// The audit log, and "find your administrator".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIND_ADMIN_ANSWER } from '../../src/http/routes/directory/findAdmin.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
let alice: { authorization: string };
let sam: { authorization: string };
beforeAll(async () => {
  t = await createTestApp({ config: { findAdminRequestsPerMinute: 4 }, now: new Date('2026-11-02T09:00:00.000Z') });
  ops = await t.auth('ops@herald.example');
  alice = await t.auth('alice@contoso.com');
  sam = await t.auth('sam@contoso.com');
});
afterAll(() => t.close());

describe('audit log', () => {
  it('records who changed what, when, with before and after', async () => {
    t.clock.now = new Date('2026-11-03T10:00:00.000Z');
    const contoso = t.demo.tenants.contoso.id;
    await t.app.inject({
      method: 'PATCH',
      url: `/api/tenants/${contoso}`,
      headers: ops,
      payload: { supportPlan: 'unified' },
    });
    const res = await t.app.inject({
      url: `/api/audit-log?entityType=tenant&entityId=${contoso}&action=tenant.updated`,
      headers: ops,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      total: 1,
      items: [
        {
          at: '2026-11-03T10:00:00.000Z',
          actorLabel: 'ops@herald.example',
          tenantId: contoso,
          action: 'tenant.updated',
          entityName: 'Contoso',
          before: { support_plan: 'professional' },
          after: { support_plan: 'unified' },
        },
      ],
    });
  });

  it('filters by time and pages, newest first', async () => {
    t.clock.now = new Date('2026-11-04T10:00:00.000Z');
    await t.app.inject({
      method: 'PATCH',
      url: `/api/tenants/${t.demo.tenants.fabrikam.id}`,
      headers: ops,
      payload: { supportPlan: 'premier' },
    });
    const since = (await t.app.inject({ url: '/api/audit-log?from=2026-11-03T00:00:00Z', headers: ops })).json();
    expect(since.items.map((e: { action: string; at: string }) => e.at)).toEqual([
      '2026-11-04T10:00:00.000Z',
      '2026-11-03T10:00:00.000Z',
    ]);
    const window = (
      await t.app.inject({ url: '/api/audit-log?from=2026-11-03T00:00:00Z&to=2026-11-04T00:00:00Z', headers: ops })
    ).json();
    expect(window.total).toBe(1);
    const page = (
      await t.app.inject({ url: '/api/audit-log?limit=1&offset=1&from=2026-11-03T00:00:00Z', headers: ops })
    ).json();
    expect(page).toMatchObject({ total: 2, items: [{ at: '2026-11-03T10:00:00.000Z' }] });
  });

  it('shows an org admin only their tenant’s entries, and a system admin none', async () => {
    const forAlice = (await t.app.inject({ url: '/api/audit-log?limit=1000', headers: alice })).json();
    expect(forAlice.total).toBeGreaterThan(0);
    expect(new Set(forAlice.items.map((e: { tenantId: string }) => e.tenantId))).toEqual(
      new Set([t.demo.tenants.contoso.id]),
    );
    expect((await t.app.inject({ url: '/api/audit-log', headers: sam })).json()).toEqual({ items: [], total: 0 });
    expect(
      (await t.app.inject({ url: `/api/audit-log?tenantId=${t.demo.tenants.contoso.id}`, headers: sam })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ url: '/api/audit-log' })).json()).toEqual({ items: [], total: 0 });
  });

  it('refuses times that are not times, and a "to" before the "from"', async () => {
    const bad = await t.app.inject({ url: '/api/audit-log?from=yesterday', headers: ops });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('query.from');
    const backwards = await t.app.inject({
      url: '/api/audit-log?from=2026-11-04T00:00:00Z&to=2026-11-03T00:00:00Z',
      headers: ops,
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].field).toBe('query.to');
    expect((await t.app.inject({ url: '/api/audit-log?colour=blue', headers: ops })).statusCode).toBe(400);
  });
});

describe('find your administrator', () => {
  const adminEvents = () =>
    t.ctx.database.db.selectFrom('event').selectAll().where('type', '=', 'directory.admins_requested').execute();

  it('shows a system admin the admins of their environment, and nothing of other tenants', async () => {
    const res = await t.app.inject({ url: '/api/me/admins', headers: sam });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      {
        environmentId: t.demo.tenants.contoso.environments['nam-prod'],
        environmentName: 'Contoso Sales',
        url: 'https://contoso.crm.dynamics.com',
        region: 'NAM',
        tenantName: 'Contoso',
        orgAdmins: [{ name: 'Alice Anders', email: 'alice@contoso.com' }],
        systemAdmins: [{ name: 'Sam Sato', email: 'sam@contoso.com' }],
      },
    ]);
  });

  it('shows an org admin every environment of the tenant with its system admins', async () => {
    const list = (await t.app.inject({ url: '/api/me/admins', headers: alice })).json();
    expect(list.map((e: { environmentName: string }) => e.environmentName)).toEqual([
      'Contoso Europe',
      'Contoso Sales',
      'Contoso Sales (test)',
    ]);
    expect(list[0].systemAdmins).toEqual([{ name: 'Eva Lefèvre', email: 'eva@contoso.com' }]);
    expect(JSON.stringify(list)).not.toMatch(/fabrikam|woodgrove/i);
    expect((await t.app.inject({ url: '/api/me/admins' })).statusCode).toBe(401);
  });

  it('answers the public form the same whether or not the address is known, and mails only the known', async () => {
    t.clock.now = new Date('2026-11-05T08:00:00.000Z');
    const known = await t.app.inject({
      method: 'POST',
      url: '/api/find-admin',
      payload: { email: 'Raj@Fabrikam.com' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/find-admin',
      payload: { email: 'nobody@fabrikam.com' },
    });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(known.json()).toEqual({ message: FIND_ADMIN_ANSWER });

    const events = await adminEvents();
    expect(events).toHaveLength(1);
    const payload = JSON.parse(events[0]!.payload);
    expect(payload.scope).toEqual({ personIds: [t.demo.people.fabrikamSysAdmin!.id] });
    expect(payload.admins).toEqual([
      expect.objectContaining({
        environmentName: 'Fabrikam India',
        orgAdmins: [{ name: 'Fiona Fujita', email: 'fiona@fabrikam.com' }],
      }),
    ]);

    // Asking again within the minute sends nothing more.
    await t.app.inject({ method: 'POST', url: '/api/find-admin', payload: { email: 'raj@fabrikam.com' } });
    expect(await adminEvents()).toHaveLength(1);
  });

  it('says what is wrong with an address that is not one, and rate-limits the form', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/find-admin',
      payload: { email: 'raj' },
      remoteAddress: '10.0.0.9',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.email');
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/find-admin',
            payload: { email: `n${i}@x.example` },
            remoteAddress: '10.0.0.9',
          })
        ).statusCode,
      );
    expect(codes.slice(0, 3)).toEqual([202, 202, 202]);
    expect(codes.at(-1)).toBe(429);
  });
});
