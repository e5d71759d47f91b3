// An incident or maintenance across a whole region of a provider-sized directory: more
// environments than one SQL statement may bind (SQLite caps a statement at 32,766 parameters,
// PostgreSQL at 65,535; each scoped environment takes four, and a list of them one each).
// Opening an incident, reading it back and previewing a maintenance's audience must work on both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDirectory } from '../../src/app/directory/import.js';
import { batchFromJson } from '../../src/app/directory/importSources.js';
import { systemActor } from '../../src/domain/actor.js';
import { createTestApp, type TestApp } from '../support/app.js';

// 34,000 environments: past PostgreSQL's cap for four columns (16,383 rows) and SQLite's for one.
const TENANTS = 6_800;
const ADMINS = 20;
const PER_TENANT = 5;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const tenants = [];
  const environments = [];
  for (let i = 0; i < TENANTS; i++) {
    const domain = `wide${i}.example.com`;
    tenants.push({ name: `Wide ${i}`, domain, purchaseDate: '2026-01-15', supportPlan: 'standard' });
    for (let e = 0; e < PER_TENANT; e++)
      environments.push({
        tenant: domain,
        name: `Wide ${i} environment ${e}`,
        region: 'SAM',
        type: 'sandbox',
        url: `https://wide${i}-env${e}.crm.dynamics.com`,
        version: '9.2.25104.166',
        services: ['sales'],
      });
  }
  const people = Array.from({ length: ADMINS }, (_, i) => ({
    email: `admin@wide${i}.example.com`,
    name: `Admin ${i}`,
    roles: [{ role: 'org_admin', tenant: `wide${i}.example.com` }],
  }));
  await importDirectory(t.ctx, systemActor('test'), batchFromJson({ tenants, environments, people }));
}, 120_000);
afterAll(() => t.close());

describe('an incident over a whole region', () => {
  it('is opened and scoped to every environment there, however many', async () => {
    const ops = await t.auth('ops@herald.example');
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: ops,
      payload: {
        title: 'Sales unavailable in South America',
        classification: 'incident',
        services: ['sales'],
        scope: { regions: ['SAM'] },
        impactDescription: 'Users cannot open Sales.',
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const { id } = opened.json();
    const scoped = await t.ctx.database.db
      .selectFrom('incident_environment')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('incident_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Number(scoped.n)).toBe(TENANTS * PER_TENANT);
    const read = await t.app.inject({ method: 'GET', url: `/api/incidents/${id}`, headers: ops });
    expect(read.statusCode).toBe(200);
    expect(read.json().scope.tenantCount).toBe(TENANTS);
    expect(read.json().affectedEnvironments).toHaveLength(TENANTS * PER_TENANT);
  }, 120_000);
});

describe('maintenance over a whole region', () => {
  it('previews its audience: every environment, tenant and admin there', async () => {
    const ops = await t.auth('ops@herald.example');
    const preview = await t.app.inject({
      method: 'POST',
      url: '/api/maintenance/audience-preview',
      headers: ops,
      payload: { kind: 'planned', impact: 'downtime', regions: ['SAM'], services: ['sales'] },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      environmentCount: TENANTS * PER_TENANT,
      tenantCount: TENANTS,
      peopleCount: ADMINS,
      announcement: 'notice',
    });
  }, 120_000);
});
