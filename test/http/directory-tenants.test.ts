// Tenants, environments and the About page through the operator API, with the bad input an
// operator will send: every refusal is a 4xx problem naming the field, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const count = async (table: 'tenant' | 'environment') =>
  Number(
    (
      await t.ctx.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const fieldsOf = (res: { json(): { errors: { field: string }[] } }) => res.json().errors.map((e) => e.field);

describe('tenants', () => {
  let northwind: string;

  it('creates a tenant and reads it back', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/tenants',
      headers: ops,
      payload: { name: 'Northwind', domain: 'Northwind.example', purchaseDate: '2026-09-01', supportPlan: 'premier' },
    });
    expect(res.statusCode).toBe(201);
    const tenant = res.json();
    expect(tenant).toMatchObject({
      name: 'Northwind',
      domain: 'northwind.example',
      purchaseDate: '2026-09-01',
      supportPlan: 'premier',
    });
    expect(tenant.id).toMatch(/^[a-z2-7]{26}$/);
    northwind = tenant.id;
    expect((await t.app.inject({ url: `/api/tenants/${northwind}`, headers: ops })).json()).toEqual(tenant);
  });

  it('lists tenants by name with a search, a page and the total', async () => {
    const all = (await t.app.inject({ url: '/api/tenants', headers: ops })).json();
    expect(all.total).toBe(4);
    expect(all.items.map((x: { name: string }) => x.name)).toEqual([
      'Contoso',
      'Fabrikam',
      'Northwind',
      'Woodgrove Bank',
    ]);
    const page = (await t.app.inject({ url: '/api/tenants?limit=2&offset=1', headers: ops })).json();
    expect(page).toMatchObject({ total: 4, items: [{ name: 'Fabrikam' }, { name: 'Northwind' }] });
    const found = (await t.app.inject({ url: '/api/tenants?q=WOOD', headers: ops })).json();
    expect(found).toMatchObject({ total: 1, items: [{ domain: 'woodgrovebank.com' }] });
  });

  it('shows a tenant admin only their own tenant', async () => {
    const res = (await t.app.inject({ url: '/api/tenants', headers: alice })).json();
    expect(res).toMatchObject({ total: 1, items: [{ name: 'Contoso' }] });
  });

  it('changes a tenant and refuses a domain another tenant has (409 naming it)', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/tenants/${northwind}`,
      headers: ops,
      payload: { name: 'Northwind Traders' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Northwind Traders', domain: 'northwind.example' });
    const dup = await t.app.inject({
      method: 'PATCH',
      url: `/api/tenants/${northwind}`,
      headers: ops,
      payload: { domain: 'contoso.com' },
    });
    expect(dup.statusCode).toBe(409);
    expect(fieldsOf(dup)).toEqual(['body.domain']);
  });

  it('refuses bad input with every field named, and writes nothing', async () => {
    const before = await count('tenant');
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/tenants',
      headers: ops,
      payload: { name: 'Again', domain: 'CONTOSO.com', purchaseDate: '2026-01-01' },
    });
    expect(dup.statusCode).toBe(409);
    expect(fieldsOf(dup)).toEqual(['body.domain']);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/tenants',
      headers: ops,
      payload: { name: 'X', domain: 'not a domain', purchaseDate: '2026-02-30', supportPlan: 'gold' },
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(expect.arrayContaining(['body.domain', 'body.purchaseDate', 'body.supportPlan']));
    const missing = await t.app.inject({ method: 'POST', url: '/api/tenants', headers: ops, payload: { name: 'X' } });
    expect(missing.statusCode).toBe(400);
    expect(fieldsOf(missing)).toEqual(expect.arrayContaining(['body.domain', 'body.purchaseDate']));
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/tenants',
      headers: ops,
      payload: { name: 'X', domain: 'x.example', purchaseDate: '2026-01-01', colour: 'blue' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toContainEqual({ field: 'body.colour', message: 'is not a known field' });
    const empty = await t.app.inject({ method: 'PATCH', url: `/api/tenants/${northwind}`, headers: ops, payload: {} });
    expect(empty.statusCode).toBe(400);
    expect(await count('tenant')).toBe(before);
  });

  it('answers 413 for an oversize body and 415 for a body that is not JSON', async () => {
    const before = await count('tenant');
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/tenants',
      headers: { ...ops, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), domain: 'big.example', purchaseDate: '2026-01-01' }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toMatch(/application\/problem\+json/);
    const xml = await t.app.inject({
      method: 'POST',
      url: '/api/tenants',
      headers: { ...ops, 'content-type': 'application/xml' },
      payload: '<tenant/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().code).toBe('HERALD_UNSUPPORTED_MEDIA_TYPE');
    const csv = await t.app.inject({
      method: 'POST',
      url: '/api/tenants',
      headers: { ...ops, 'content-type': 'text/csv' },
      payload: 'name\nX',
    });
    expect(csv.statusCode).toBe(415);
    expect(await count('tenant')).toBe(before);
  });

  it('is created and changed by operators only', async () => {
    const create = await t.app.inject({
      method: 'POST',
      url: '/api/tenants',
      headers: alice,
      payload: { name: 'Mine', domain: 'mine.example', purchaseDate: '2026-01-01' },
    });
    expect(create.statusCode).toBe(403);
    const change = await t.app.inject({
      method: 'PATCH',
      url: `/api/tenants/${t.demo.tenants.contoso.id}`,
      headers: alice,
      payload: { name: 'Contoso Ltd' },
    });
    expect(change.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/tenants/nope', headers: ops })).statusCode).toBe(404);
  });
});

describe('environments', () => {
  const contoso = () => t.demo.tenants.contoso.id;
  const base = {
    name: 'Contoso Canada',
    region: 'CAN',
    type: 'production',
    url: 'https://contoso.crm3.dynamics.com',
    version: '9.2.25104.166',
    services: ['sales'],
  };
  let canada: string;

  it('creates an environment of a tenant and lists the tenant’s environments', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${contoso()}/environments`,
      headers: ops,
      payload: base,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      tenantId: contoso(),
      region: 'CAN',
      type: 'production',
      earlyAccess: false,
      firstRelease: false,
      services: ['sales'],
    });
    canada = res.json().id;
    const list = (await t.app.inject({ url: `/api/tenants/${contoso()}/environments`, headers: ops })).json();
    expect(list.total).toBe(4);
    expect(
      (await t.app.inject({ url: `/api/tenants/${contoso()}/environments?region=CAN`, headers: ops }))
        .json()
        .items.map((e: { id: string }) => e.id),
    ).toEqual([canada]);
    expect((await t.app.inject({ url: '/api/environments?region=EUR', headers: ops })).json().total).toBe(1);
  });

  it('refuses unknown regions, types, URLs and services, naming each field', async () => {
    const before = await count('environment');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${contoso()}/environments`,
      headers: ops,
      payload: { ...base, region: 'ATLANTIS', url: 'ftp://contoso', version: 'v9' },
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(expect.arrayContaining(['body.region', 'body.url', 'body.version']));
    expect(res.json().errors.find((e: { field: string }) => e.field === 'body.region').message).toMatch(
      /is not a region; use one of NAM/,
    );
    const type = await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${contoso()}/environments`,
      headers: ops,
      payload: { ...base, url: 'https://x.crm3.dynamics.com', type: 'staging' },
    });
    expect(type.statusCode).toBe(400);
    expect(fieldsOf(type)).toEqual(['body.type']);
    const services = await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${contoso()}/environments`,
      headers: ops,
      payload: { ...base, url: 'https://y.crm3.dynamics.com', services: ['teleport'] },
    });
    expect(services.statusCode).toBe(400);
    expect(fieldsOf(services)).toEqual(['body.services']);
    const dup = await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${contoso()}/environments`,
      headers: ops,
      payload: base,
    });
    expect(dup.statusCode).toBe(409);
    expect(fieldsOf(dup)).toEqual(['body.url']);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/tenants/nope/environments',
          headers: ops,
          payload: { ...base, url: 'https://z.example.com' },
        })
      ).statusCode,
    ).toBe(404);
    expect(await count('environment')).toBe(before);
  });

  it('changes an environment; moving it to another region is not an edit', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/environments/${canada}`,
      headers: ops,
      payload: { version: '9.2.25111.102', firstRelease: true, services: ['sales', 'dataverse'] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      version: '9.2.25111.102',
      firstRelease: true,
      services: ['dataverse', 'sales'],
    });
    const move = await t.app.inject({
      method: 'PATCH',
      url: `/api/environments/${canada}`,
      headers: ops,
      payload: { region: 'EUR' },
    });
    expect(move.statusCode).toBe(400);
    expect(fieldsOf(move)).toEqual(['body.region']);
    const badServices = await t.app.inject({
      method: 'PATCH',
      url: `/api/environments/${canada}`,
      headers: ops,
      payload: { services: ['teleport'] },
    });
    expect(badServices.statusCode).toBe(400);
    expect((await t.app.inject({ url: `/api/environments/${canada}`, headers: ops })).json().services).toEqual([
      'dataverse',
      'sales',
    ]);
  });

  it('lets an org admin switch early access and nothing else', async () => {
    const early = await t.app.inject({
      method: 'PATCH',
      url: `/api/environments/${canada}`,
      headers: alice,
      payload: { earlyAccess: true },
    });
    expect(early.statusCode).toBe(200);
    expect(early.json().earlyAccess).toBe(true);
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: `/api/environments/${canada}`,
          headers: alice,
          payload: { version: '1.2' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/tenants/${contoso()}/environments`,
          headers: alice,
          payload: { ...base, url: 'https://w.example.com' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('shows the About page: name, URL, region and version', async () => {
    const nam = t.demo.tenants.contoso.environments['nam-prod']!;
    const res = await t.app.inject({ url: `/api/environments/${nam}/about`, headers: sam });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      environmentId: nam,
      name: 'Contoso Sales',
      url: 'https://contoso.crm.dynamics.com',
      region: 'NAM',
      regionName: 'North America',
      version: '9.2.25104.166',
    });
  });

  it('shows a system admin only their own environment', async () => {
    const list = (await t.app.inject({ url: '/api/environments', headers: sam })).json();
    expect(list.items.map((e: { id: string }) => e.id)).toEqual([t.demo.tenants.contoso.environments['nam-prod']]);
    const tenantList = (await t.app.inject({ url: `/api/tenants/${contoso()}/environments`, headers: sam })).json();
    expect(tenantList.total).toBe(1);
    expect((await t.app.inject({ url: `/api/environments/${canada}`, headers: sam })).statusCode).toBe(404);
  });
});
