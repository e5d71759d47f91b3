// End users (members): given by the API and the import, they see their environments' health only
// when their tenant allows it, ask "who is my admin?" and get their own tenant's names only, and
// are told nothing when an incident touches their environment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
let alice: { authorization: string };
let mia: { authorization: string };
let lou: { authorization: string };
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T09:00:00.000Z') });
  ops = await t.auth('ops@herald.example');
  alice = await t.auth('alice@contoso.com');
  // Mia, a Contoso user, by the API.
  const person = await t.app.inject({
    method: 'POST',
    url: '/api/people',
    headers: ops,
    payload: { email: 'mia@contoso.com', name: 'Mia Member' },
  });
  expect(person.statusCode).toBe(201);
  const role = await t.app.inject({
    method: 'POST',
    url: `/api/people/${person.json().id}/roles`,
    headers: ops,
    payload: { role: 'member', environmentId: t.demo.tenants.contoso.environments['nam-prod'] },
  });
  expect(role.statusCode).toBe(201);
  // Lou, a Fabrikam user, by the import.
  const imported = await t.app.inject({
    method: 'POST',
    url: '/api/import',
    headers: ops,
    payload: {
      people: [
        {
          email: 'lou@fabrikam.com',
          name: 'Lou User',
          roles: [{ role: 'member', environment: 'https://fabrikam-in.crm8.dynamics.com' }],
        },
      ],
    },
  });
  expect(imported.statusCode).toBe(200);
  mia = await t.auth('mia@contoso.com');
  lou = await t.auth('lou@fabrikam.com');
});
afterAll(() => t.close());

describe('members', () => {
  it('asks who their admin is: their org admins and their environment’s system admins, nothing of another tenant', async () => {
    const forMia = (await t.app.inject({ url: '/api/me/admins', headers: mia })).json();
    expect(forMia).toEqual([
      expect.objectContaining({
        environmentName: 'Contoso Sales',
        tenantName: 'Contoso',
        orgAdmins: [{ name: 'Alice Anders', email: 'alice@contoso.com' }],
        systemAdmins: [{ name: 'Sam Sato', email: 'sam@contoso.com' }],
      }),
    ]);
    const forLou = (await t.app.inject({ url: '/api/me/admins', headers: lou })).json();
    expect(forLou).toEqual([
      expect.objectContaining({
        environmentName: 'Fabrikam India',
        orgAdmins: [{ name: 'Fiona Fujita', email: 'fiona@fabrikam.com' }],
        systemAdmins: [{ name: 'Raj Rao', email: 'raj@fabrikam.com' }],
      }),
    ]);
    expect(JSON.stringify(forLou)).not.toMatch(/contoso|alice|sam sato/i);
    expect(JSON.stringify(forMia)).not.toMatch(/fabrikam|fiona|raj/i);
  });

  it('refuses a member role without an environment, naming the field', async () => {
    const lou = await t.ctx.database.db
      .selectFrom('person')
      .select('id')
      .where('email', '=', 'lou@fabrikam.com')
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/people/${lou.id}/roles`,
      headers: ops,
      payload: { role: 'member', tenantId: t.demo.tenants.fabrikam.id },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('body.environmentId');
  });

  it('sees their environments’ health only when the tenant’s org admin allows it; members cannot allow it', async () => {
    const contoso = t.demo.tenants.contoso.id;
    const before = (await t.app.inject({ url: '/api/me/environments', headers: mia })).json();
    expect(before).toEqual([expect.objectContaining({ name: 'Contoso Sales', health: null })]);
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: `/api/tenants/${contoso}/member-settings`,
          headers: mia,
          payload: { membersSeeHealth: true },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: `/api/tenants/${contoso}/member-settings`,
          headers: lou,
          payload: { membersSeeHealth: true },
        })
      ).statusCode,
    ).toBe(404);
    const allowed = await t.app.inject({
      method: 'PUT',
      url: `/api/tenants/${contoso}/member-settings`,
      headers: alice,
      payload: { membersSeeHealth: true },
    });
    expect(allowed.statusCode).toBe(200);
    const audit = (await t.app.inject({ url: `/api/audit-log?action=tenant.member_settings`, headers: ops })).json();
    expect(audit.items[0]).toMatchObject({ actorLabel: 'alice@contoso.com', after: { membersSeeHealth: true } });

    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: ops,
      payload: {
        title: 'Sign-in errors',
        classification: 'incident',
        services: ['sales'],
        scope: { environmentIds: [t.demo.tenants.contoso.environments['nam-prod']] },
        impactDescription: 'Users cannot sign in.',
        userExperience: 'Sign-in fails.',
        startDateTime: '2026-11-02T08:30:00Z',
        status: 'serviceInterruption',
        origin: 'microsoft',
      },
    });
    expect(opened.statusCode).toBe(201);
    const after = (await t.app.inject({ url: '/api/me/environments', headers: mia })).json();
    expect(after[0].health.status).toBe('incident');
    expect(after[0].health.incidents).toContainEqual(
      expect.objectContaining({ id: opened.json().id, title: 'Sign-in errors' }),
    );
    // Lou's tenant did not allow it.
    expect((await t.app.inject({ url: '/api/me/environments', headers: lou })).json()[0].health).toBeNull();

    // Members get no notifications by default: nothing was planned for Mia.
    const miaId = (
      await t.ctx.database.db
        .selectFrom('person')
        .select('id')
        .where('email', '=', 'mia@contoso.com')
        .executeTakeFirstOrThrow()
    ).id;
    const toMia = await t.ctx.database.db
      .selectFrom('delivery')
      .select('id')
      .where('recipient_id', '=', miaId)
      .execute();
    expect(toMia).toEqual([]);
  });
});
