// People, roles, additional recipients and personal API tokens through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTokenCreate, runTokenList, runTokenRevoke } from '../../src/cli/commands/token.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
let alice: { authorization: string };
let sam: { authorization: string };
beforeAll(async () => {
  t = await createTestApp();
  ops = await t.auth('ops@herald.example');
  alice = await t.auth('alice@contoso.com');
  sam = await t.auth('sam@contoso.com');
});
afterAll(() => t.close());

const fieldsOf = (res: { json(): { errors: { field: string }[] } }) => res.json().errors.map((e) => e.field);
const personCount = async () =>
  Number(
    (
      await t.ctx.database.db
        .selectFrom('person')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('people', () => {
  let lena: string;

  it('creates a person, who then signs in with the password given', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/people',
      headers: ops,
      payload: {
        email: ' Lena@Contoso.com ',
        name: 'Lena Larsen',
        locale: 'nb-NO',
        timeZone: 'Europe/Oslo',
        password: 'a-long-enough-password',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      email: 'lena@contoso.com',
      name: 'Lena Larsen',
      locale: 'nb-NO',
      timeZone: 'Europe/Oslo',
      roles: [],
    });
    expect(res.json()).not.toHaveProperty('passwordHash');
    lena = res.json().id;
    const session = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'lena@contoso.com', password: 'a-long-enough-password' },
    });
    expect(session.statusCode).toBe(200);
  });

  it('refuses invalid time zones, locales and emails, and a duplicate email (409 naming it)', async () => {
    const before = await personCount();
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/people',
      headers: ops,
      payload: { email: 'nobody', name: 'X', locale: 'not_a locale!', timeZone: 'Mars/Olympus_Mons' },
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(expect.arrayContaining(['body.email', 'body.locale', 'body.timeZone']));
    expect(bad.json().errors.find((e: { field: string }) => e.field === 'body.timeZone').message).toMatch(
      /IANA time zone/,
    );
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/people',
      headers: ops,
      payload: { email: 'ALICE@contoso.com', name: 'Alice 2' },
    });
    expect(dup.statusCode).toBe(409);
    expect(fieldsOf(dup)).toEqual(['body.email']);
    const short = await t.app.inject({
      method: 'POST',
      url: '/api/people',
      headers: ops,
      payload: { email: 'p@contoso.com', name: 'P', password: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(fieldsOf(short)).toEqual(['body.password']);
    expect(await personCount()).toBe(before);
  });

  it('lists and searches people', async () => {
    const found = (await t.app.inject({ url: '/api/people?q=LARSEN', headers: ops })).json();
    expect(found).toMatchObject({ total: 1, items: [{ email: 'lena@contoso.com' }] });
    const contoso = (
      await t.app.inject({ url: `/api/people?tenantId=${t.demo.tenants.contoso.id}`, headers: ops })
    ).json();
    expect(contoso.items.map((p: { email: string }) => p.email)).toEqual([
      'alice@contoso.com',
      'eva@contoso.com',
      'sam@contoso.com',
    ]);
  });

  it('shows an org admin their tenant’s people, and a system admin only whom to ask', async () => {
    const forAlice = (await t.app.inject({ url: '/api/people', headers: alice })).json();
    expect(forAlice.items.map((p: { email: string }) => p.email)).toEqual([
      'alice@contoso.com',
      'eva@contoso.com',
      'sam@contoso.com',
    ]);
    const forSam = (await t.app.inject({ url: '/api/people', headers: sam })).json();
    expect(forSam.items.map((p: { email: string }) => p.email)).toEqual(['alice@contoso.com', 'sam@contoso.com']);
    expect(
      (await t.app.inject({ url: `/api/people/${t.demo.people.contosoEuSysAdmin!.id}`, headers: sam })).statusCode,
    ).toBe(404);
  });

  it('lets people change their own profile, and operators anyone’s', async () => {
    const me = await t.app.inject({
      method: 'PATCH',
      url: `/api/people/${t.demo.people.contosoSysAdmin!.id}`,
      headers: sam,
      payload: { timeZone: 'America/Denver' },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().timeZone).toBe('America/Denver');
    expect((await t.app.inject({ url: '/api/me', headers: sam })).json()).toMatchObject({
      email: 'sam@contoso.com',
      timeZone: 'America/Denver',
      roles: [{ role: 'system_admin' }],
    });
    const other = await t.app.inject({
      method: 'PATCH',
      url: `/api/people/${t.demo.people.contosoOrgAdmin!.id}`,
      headers: sam,
      payload: { name: 'Not Alice' },
    });
    expect(other.statusCode).toBe(403);
    const byOps = await t.app.inject({
      method: 'PATCH',
      url: `/api/people/${lena}`,
      headers: ops,
      payload: { email: 'sam@contoso.com' },
    });
    expect(byOps.statusCode).toBe(409);
    expect(fieldsOf(byOps)).toEqual(['body.email']);
    const badZone = await t.app.inject({
      method: 'PATCH',
      url: `/api/people/${lena}`,
      headers: ops,
      payload: { timeZone: 'Europe/Nowhere' },
    });
    expect(badZone.statusCode).toBe(400);
  });

  it('asks who you are before /api/me', async () => {
    const res = await t.app.inject({ url: '/api/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('HERALD_UNAUTHENTICATED');
  });

  it('gives and takes roles (operators)', async () => {
    const env = t.demo.tenants.contoso.environments['eur-prod']!;
    const give = await t.app.inject({
      method: 'POST',
      url: `/api/people/${lena}/roles`,
      headers: ops,
      payload: { role: 'system_admin', environmentId: env },
    });
    expect(give.statusCode).toBe(201);
    expect(give.json()).toMatchObject({
      personId: lena,
      role: 'system_admin',
      environmentId: env,
      tenantId: t.demo.tenants.contoso.id,
    });
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/people/${lena}/roles`,
      headers: ops,
      payload: { role: 'system_admin', environmentId: env },
    });
    expect(again.statusCode).toBe(409);
    const noScope = await t.app.inject({
      method: 'POST',
      url: `/api/people/${lena}/roles`,
      headers: ops,
      payload: { role: 'org_admin' },
    });
    expect(noScope.statusCode).toBe(400);
    expect(fieldsOf(noScope)).toEqual(['body.tenantId']);
    const badRole = await t.app.inject({
      method: 'POST',
      url: `/api/people/${lena}/roles`,
      headers: ops,
      payload: { role: 'wizard' },
    });
    expect(badRole.statusCode).toBe(400);
    expect(fieldsOf(badRole)).toEqual(['body.role']);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/people/${lena}/roles`,
          headers: alice,
          payload: { role: 'org_admin', tenantId: t.demo.tenants.contoso.id },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/roles/${give.json().id}`, headers: alice })).statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/roles/${give.json().id}`, headers: ops })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ url: `/api/people/${lena}`, headers: ops })).json().roles).toEqual([]);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/roles/${give.json().id}`, headers: ops })).statusCode,
    ).toBe(404);
  });
});

describe('additional recipients', () => {
  const contoso = () => t.demo.tenants.contoso.id;
  let noc: string;

  it('lets an org admin add an address for some categories, creating the person', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${contoso()}/recipients`,
      headers: alice,
      payload: { email: 'NOC@contoso.com', name: 'Contoso NOC', categories: ['incident', 'unplanned_maintenance'] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      email: 'noc@contoso.com',
      name: 'Contoso NOC',
      categories: ['incident', 'unplanned_maintenance'],
    });
    noc = res.json().id;
    const list = (await t.app.inject({ url: `/api/tenants/${contoso()}/recipients`, headers: alice })).json();
    expect(list).toEqual([res.json()]);
    const audit = await t.ctx.database.db
      .selectFrom('audit_entry')
      .select(['action', 'tenant_id'])
      .where('entity_id', '=', noc)
      .execute();
    expect(audit).toEqual([{ action: 'role.assigned', tenant_id: contoso() }]);
  });

  it('adds an address that already belongs to someone without creating a second person', async () => {
    const before = await personCount();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${contoso()}/recipients`,
      headers: alice,
      payload: { email: 'lena@contoso.com', categories: ['release'] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toBe('Lena Larsen');
    expect(await personCount()).toBe(before);
  });

  it('refuses a repeat (409 naming the email), unknown categories and none at all', async () => {
    const dup = await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${contoso()}/recipients`,
      headers: alice,
      payload: { email: 'noc@contoso.com', categories: ['incident'] },
    });
    expect(dup.statusCode).toBe(409);
    expect(fieldsOf(dup)).toEqual(['body.email']);
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${contoso()}/recipients`,
      headers: alice,
      payload: { email: 'x@contoso.com', categories: ['gossip'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['body.categories.0']);
    const none = await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${contoso()}/recipients`,
      headers: alice,
      payload: { email: 'x@contoso.com', categories: [] },
    });
    expect(none.statusCode).toBe(400);
  });

  it('is the org admins’ business: a system admin of the tenant is refused', async () => {
    expect((await t.app.inject({ url: `/api/tenants/${contoso()}/recipients`, headers: sam })).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/tenants/${contoso()}/recipients/${noc}`, headers: sam }))
        .statusCode,
    ).toBe(403);
  });

  it('removes a recipient; a role that is not a recipient of this tenant is not found here', async () => {
    const aliceRole = (await t.app.inject({ url: '/api/me', headers: alice })).json().roles[0].id;
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/tenants/${contoso()}/recipients/${aliceRole}`,
          headers: alice,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/tenants/${contoso()}/recipients/${noc}`, headers: alice }))
        .statusCode,
    ).toBe(204);
    const emails = (await t.app.inject({ url: `/api/tenants/${contoso()}/recipients`, headers: alice }))
      .json()
      .map((r: { email: string }) => r.email);
    expect(emails).toEqual(['lena@contoso.com']);
  });
});

describe('personal API tokens', () => {
  it('creates a token shown once, lists it without its secret, and revokes it', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: alice,
      payload: { name: 'status widget', expiresInDays: 30 },
    });
    expect(created.statusCode).toBe(201);
    const { id, token, expiresAt } = created.json();
    expect(token).toMatch(/^herald_pat_/);
    expect(Date.parse(expiresAt) - t.clock.now.getTime()).toBe(30 * 86_400_000);
    const withIt = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ url: '/api/me', headers: withIt })).json().email).toBe('alice@contoso.com');

    const list = await t.app.inject({ url: '/api/tokens', headers: alice });
    expect(list.json().map((x: { name: string }) => x.name)).toContain('status widget');
    expect(list.body).not.toContain(token);
    expect(list.body).not.toMatch(/hash/i);

    expect((await t.app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: sam })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: alice })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/me', headers: withIt })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ url: '/api/tokens', headers: alice })).json().find((x: { id: string }) => x.id === id)
        .revokedAt,
    ).not.toBeNull();
  });

  it('lets operators create and list tokens for someone else, by email; others see only their own', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: ops,
      payload: { name: 'for sam', email: 'sam@contoso.com' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().personId).toBe(t.demo.people.contosoSysAdmin!.id);
    const samsTokens = (await t.app.inject({ url: '/api/tokens?email=sam@contoso.com', headers: ops })).json();
    expect(samsTokens.map((x: { name: string }) => x.name)).toContain('for sam');
    expect((await t.app.inject({ url: '/api/tokens?email=sam@contoso.com', headers: alice })).json()).toEqual([]);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/tokens',
          headers: alice,
          payload: { name: 'x', email: 'sam@contoso.com' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('are made, listed and revoked from the command line too', async () => {
    const lines: string[] = [];
    await runTokenCreate(t.ctx, { email: 'eva@contoso.com', name: 'deploy script', days: '7' }, (l) => lines.push(l));
    const token = lines[0]!;
    expect(token).toMatch(/^herald_pat_/);
    expect((await t.app.inject({ url: '/api/me', headers: { authorization: `Bearer ${token}` } })).json().email).toBe(
      'eva@contoso.com',
    );
    await runTokenList(t.ctx, { email: 'eva@contoso.com' }, (l) => lines.push(l));
    const listed = lines.find((l) => l.includes('deploy script'))!;
    expect(listed).toMatch(/expires 20/);
    await runTokenRevoke(t.ctx, listed.split(' ')[0]!, (l) => lines.push(l));
    expect((await t.app.inject({ url: '/api/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(
      401,
    );
    await expect(
      runTokenCreate(t.ctx, { email: 'eva@contoso.com', name: 'x', days: 'soon' }, () => {}),
    ).rejects.toThrow(/--days/);
    await expect(runTokenList(t.ctx, { email: 'nobody@contoso.com' }, () => {})).rejects.toMatchObject({
      code: 'HERALD_NOT_FOUND',
    });
  });

  it('needs a signed-in person and a name', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/tokens', payload: { name: 'x' } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/tokens' })).statusCode).toBe(401);
    const noName = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: alice,
      payload: { expiresInDays: 3 },
    });
    expect(noName.statusCode).toBe(400);
    expect(fieldsOf(noName)).toEqual(['body.name']);
  });
});
