// An incident, maintenance or Message Center post across a whole region of a provider-sized
// directory: more tenants and environments than one SQL statement may bind (SQLite caps a
// statement at 32,766 parameters, PostgreSQL at 65,535; each scoped environment takes four, and
// a list of ids one each). Opening an incident, reading it back, previewing a maintenance's
// audience, and previewing and publishing a data-privacy post to them all must work on both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDirectory } from '../../src/app/directory/import.js';
import { batchFromJson } from '../../src/app/directory/importSources.js';
import { systemActor } from '../../src/domain/actor.js';
import { createTestApp, type TestApp } from '../support/app.js';

// 34,000 tenants and environments: past PostgreSQL's cap for four columns (16,383 rows) and
// SQLite's for one.
const TENANTS = 34_000;
const ADMINS = 20;
const PER_TENANT = 1;

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

describe('a data-privacy post to every tenant', () => {
  it('is previewed and published, reaching only their org admins', async () => {
    const ops = await t.auth('ops@herald.example');
    const post = {
      title: 'Diagnostic data retention',
      body: 'Diagnostic data is kept for 30 days from next month.',
      category: 'stayInformed',
      startDateTime: t.clock.now.toISOString(),
      tags: ['Data privacy'],
      audience: { allTenants: true },
    };
    const preview = await t.app.inject({
      method: 'POST',
      url: '/api/messages/audience-preview',
      headers: ops,
      payload: { audience: post.audience, tags: post.tags },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    // Every tenant here and the demo's three; the readers are the org admins of both.
    expect(preview.json().tenantCount).toBe(TENANTS + 3);
    const created = await t.app.inject({ method: 'POST', url: '/api/messages', headers: ops, payload: post });
    expect(created.statusCode, created.body).toBe(201);
    const published = await t.app.inject({
      method: 'POST',
      url: `/api/messages/${created.json().id}/publish`,
      headers: ops,
    });
    expect(published.statusCode, published.body).toBe(200);
    const event = await t.ctx.database.db
      .selectFrom('event')
      .select('payload')
      .where('subject_id', '=', created.json().id)
      .where('type', '=', 'message.published')
      .executeTakeFirstOrThrow();
    const orgAdmins = await t.ctx.database.db
      .selectFrom('role_assignment')
      .select('person_id')
      .distinct()
      .where('role', '=', 'org_admin')
      .execute();
    expect(orgAdmins.length).toBeGreaterThan(ADMINS);
    expect([...JSON.parse(event.payload).scope.personIds].sort()).toEqual(orgAdmins.map((r) => r.person_id).sort());
    expect(preview.json().peopleCount).toBe(orgAdmins.length);
  }, 120_000);
});
