// POST /api/import: JSON or CSV, all or nothing, its own body limit and content types.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

const fixture = (name: string) =>
  fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'import', name), 'utf8');

let t: TestApp;
let ops: { authorization: string };
beforeAll(async () => {
  // A small limit for the import, so "too large" is cheap to send; other routes keep their 1 MiB.
  t = await createTestApp({ config: { importBodyLimitBytes: 2 * 1024 * 1024 } });
  ops = await t.auth('ops@herald.example');
});
afterAll(() => t.close());

const tenantCount = async () =>
  Number(
    (
      await t.ctx.database.db
        .selectFrom('tenant')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('POST /api/import', () => {
  it('imports a JSON document and answers with the summary', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/import',
      headers: ops,
      payload: {
        tenants: [{ name: 'Litware', domain: 'litware.example', purchaseDate: '2026-04-01' }],
        environments: [
          {
            tenant: 'litware.example',
            name: 'Litware',
            region: 'OCE',
            type: 'production',
            url: 'https://litware.crm6.dynamics.com',
            version: '9.2.25104.166',
          },
        ],
        people: [
          {
            email: 'lee@litware.example',
            name: 'Lee',
            roles: [
              { role: 'org_admin', tenant: 'litware.example' },
              { role: 'system_admin', environment: 'https://litware.crm6.dynamics.com' },
            ],
          },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ tenants: 1, environments: 1, people: 1, roles: 2 });
    const lee = await t.auth('lee@litware.example');
    expect((await t.app.inject({ url: '/api/me/admins', headers: lee })).json()[0]).toMatchObject({
      tenantName: 'Litware',
      orgAdmins: [{ email: 'lee@litware.example' }],
    });
  });

  it('imports one CSV file per request, named by ?kind', async () => {
    const tenants = await t.app.inject({
      method: 'POST',
      url: '/api/import?kind=tenants',
      headers: { ...ops, 'content-type': 'text/csv' },
      payload: fixture('tenants.csv'),
    });
    expect(tenants.statusCode).toBe(200);
    expect(tenants.json()).toMatchObject({ tenants: 2 });
    const environments = await t.app.inject({
      method: 'POST',
      url: '/api/import?kind=environments',
      headers: { ...ops, 'content-type': 'text/csv; charset=utf-8' },
      payload: fixture('environments.csv'),
    });
    expect(environments.json()).toMatchObject({ environments: 4 });
  });

  it('reports malformed CSV rows by line and field and imports none of the file', async () => {
    const before = await t.ctx.database.db.selectFrom('person').select('email').execute();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/import?kind=people',
      headers: { ...ops, 'content-type': 'text/csv' },
      payload: fixture('people-broken.csv'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'line 3, field email',
        'line 4, field timeZone',
        'line 4, field tenant',
        'line 5, field locale',
        'line 6',
      ]),
    );
    expect(await t.ctx.database.db.selectFrom('person').select('email').execute()).toEqual(before);
  });

  it('needs ?kind with CSV, and refuses other content types with 415', async () => {
    const noKind = await t.app.inject({
      method: 'POST',
      url: '/api/import',
      headers: { ...ops, 'content-type': 'text/csv' },
      payload: fixture('tenants.csv'),
    });
    expect(noKind.statusCode).toBe(400);
    expect(noKind.json().errors[0].field).toBe('query.kind');
    const badKind = await t.app.inject({
      method: 'POST',
      url: '/api/import?kind=pets',
      headers: { ...ops, 'content-type': 'text/csv' },
      payload: 'name\nRex',
    });
    expect(badKind.statusCode).toBe(400);
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/import?kind=tenants',
        headers: { ...ops, 'content-type': type },
        payload: 'name,domain',
      });
      expect(res.statusCode, type).toBe(415);
      expect(res.json().code).toBe('HERALD_UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('refuses an unknown list with 400, and a body over the limit with 413', async () => {
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/import',
      headers: ops,
      payload: { tenants: [], pets: [] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toContainEqual({ field: 'body.pets', message: 'is not a known field' });
    const before = await tenantCount();
    const tenants = Array.from({ length: 30_000 }, (_, i) => ({
      name: `Big ${i}`,
      domain: `big${i}.example`,
      purchaseDate: '2026-01-01',
    }));
    const big = await t.app.inject({
      method: 'POST',
      url: '/api/import',
      headers: { ...ops, 'content-type': 'application/json' },
      payload: JSON.stringify({ tenants }),
    });
    expect(big.statusCode).toBe(413);
    const bigCsv = await t.app.inject({
      method: 'POST',
      url: '/api/import?kind=tenants',
      headers: { ...ops, 'content-type': 'text/csv' },
      payload: 'name,domain,purchaseDate\n' + 'x,y.example,2026-01-01\n'.repeat(120_000),
    });
    expect(bigCsv.statusCode).toBe(413);
    expect(await tenantCount()).toBe(before);
  });

  it('accepts a body over the 1 MiB of other routes, up to its own limit', async () => {
    const tenants = Array.from({ length: 15_000 }, (_, i) => ({
      name: `Mid ${i}`,
      domain: `mid${i}.example`,
      purchaseDate: '2026-01-01',
    }));
    const body = JSON.stringify({ tenants });
    expect(body.length).toBeGreaterThan(1024 * 1024);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/import',
      headers: { ...ops, 'content-type': 'application/json' },
      payload: body,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().tenants).toBe(15_000);
  });

  it('is for operators only', async () => {
    const alice = await t.auth('alice@contoso.com');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/import',
      headers: alice,
      payload: { tenants: [{ name: 'Mine', domain: 'mine.example', purchaseDate: '2026-01-01' }] },
    });
    expect(res.statusCode).toBe(403);
  });
});
