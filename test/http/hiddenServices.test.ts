// Hiding services from a tenant's dashboard: per person and tenant, kept across sessions, another
// tenant's dashboard is "not found", and a bad list saves nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const path = () => `/api/tenants/${t.demo.tenants.contoso.id}/hidden-services`;

describe('hidden services', () => {
  it('keeps each person’s choice for the tenant', async () => {
    const alice = await t.auth('alice@contoso.com');
    expect((await t.app.inject({ url: path(), headers: alice })).json()).toEqual({ serviceIds: [] });
    const saved = await t.app.inject({
      method: 'PUT',
      url: path(),
      headers: alice,
      payload: { serviceIds: ['sales', 'dataverse', 'sales'] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ serviceIds: ['dataverse', 'sales'] });
    // A new session reads the same list; another admin of the tenant has their own.
    expect((await t.app.inject({ url: path(), headers: await t.auth('alice@contoso.com') })).json()).toEqual({
      serviceIds: ['dataverse', 'sales'],
    });
    expect((await t.app.inject({ url: path(), headers: await t.auth('sam@contoso.com') })).json()).toEqual({
      serviceIds: [],
    });
    expect(
      (await t.app.inject({ method: 'PUT', url: path(), headers: alice, payload: { serviceIds: ['sales'] } })).json(),
    ).toEqual({ serviceIds: ['sales'] });
  });

  it('shows another tenant nothing and refuses bad lists without saving', async () => {
    const fiona = await t.auth('fiona@fabrikam.com');
    expect((await t.app.inject({ url: path(), headers: fiona })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'PUT', url: path(), headers: fiona, payload: { serviceIds: [] } })).statusCode,
    ).toBe(404);
    const alice = await t.auth('alice@contoso.com');
    const unknown = await t.app.inject({
      method: 'PUT',
      url: path(),
      headers: alice,
      payload: { serviceIds: ['word'] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([{ field: 'body.serviceIds', message: 'has unknown services word' }]);
    expect((await t.app.inject({ url: path(), headers: alice })).json()).toEqual({ serviceIds: ['sales'] });
  });
});
