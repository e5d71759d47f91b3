// Operators find incidents by words of the title or the id, region, service, status and when
// they started; a tenant's admin searching finds only incidents touching their tenant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromJson } from '../../src/store/values.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ids = async (query: string, email = 'ops@herald.example') => {
  const res = await t.app.inject({ url: `/api/incidents?limit=200&${query}`, headers: await t.auth(email) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((i: { id: string }) => i.id) as string[];
};

describe('incident search', () => {
  it('finds by text, region, service, status and start', async () => {
    const all = await t.ctx.database.db.selectFrom('incident').selectAll().execute();
    expect(all.length).toBeGreaterThan(1);
    const one = all[0]!;
    const word = one.title.split(' ').find((w) => w.length > 4)!;
    const byWord = await ids(`q=${encodeURIComponent(word.toUpperCase())}`);
    expect(byWord).toContain(one.id);
    expect(byWord.length).toBe(all.filter((i) => i.title.toLowerCase().includes(word.toLowerCase())).length);
    expect(await ids(`q=${one.id.toLowerCase()}`)).toEqual([one.id]);
    expect(await ids('q=%25')).toEqual(all.filter((i) => i.title.includes('%')).map((i) => i.id));

    const region = fromJson<string[]>(one.region_codes, [])[0]!;
    expect((await ids(`region=${region}`)).sort()).toEqual(
      all
        .filter((i) => fromJson<string[]>(i.region_codes, []).includes(region))
        .map((i) => i.id)
        .sort(),
    );
    const service = fromJson<string[]>(one.service_ids, [])[0]!;
    expect((await ids(`serviceId=${service}`)).sort()).toEqual(
      all
        .filter((i) => fromJson<string[]>(i.service_ids, []).includes(service))
        .map((i) => i.id)
        .sort(),
    );
    expect((await ids(`status=${one.status}`)).sort()).toEqual(
      all
        .filter((i) => i.status === one.status)
        .map((i) => i.id)
        .sort(),
    );
    const from = one.start_at;
    const to = new Date(Date.parse(one.start_at) + 1).toISOString();
    expect(await ids(`from=${from}&to=${to}`)).toEqual(all.filter((i) => i.start_at === one.start_at).map((i) => i.id));
    expect(
      (await t.app.inject({ url: '/api/incidents?from=yesterday', headers: await t.auth('ops@herald.example') }))
        .statusCode,
    ).toBe(400);
  });

  it('shows a tenant only its own incidents, whatever it searches', async () => {
    const fabrikam = t.demo.tenants.fabrikam.id;
    const theirs = await t.ctx.database.db
      .selectFrom('incident_environment')
      .select('incident_id')
      .where('tenant_id', '=', fabrikam)
      .execute();
    const found = await ids('q=e', 'fiona@fabrikam.com');
    for (const id of found) expect(theirs.map((r) => r.incident_id)).toContain(id);
  });
});
