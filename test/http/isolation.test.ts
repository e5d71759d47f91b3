// Tenant isolation, route by route. Data of a tenant the actor has no role in is "not found"
// (never "forbidden", which would confirm it exists); lists leave it out. And a system admin
// sees their own environment only, not the tenant's others.
//
// Adding a feature with tenant-scoped routes? Add a row to CONTOSO_ROUTES (and ENVIRONMENT_ROUTES
// when a system admin's view is narrower than the tenant's): a request for Contoso's data, what an
// outsider must get, and what Contoso's org admin gets for the same request — that control proves
// the request itself is right, so a 404 means isolation and not a typo in the URL.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

interface Fixture {
  contoso: string;
  fabrikam: string;
  namProd: string;
  namSandbox: string;
  eurProd: string;
  alice: string;
  sam: string;
  eva: string;
  /** An additional recipient of Contoso (a role assignment id). */
  recipientRole: string;
  /** Eva's system admin role in Contoso Europe. */
  evaRole: string;
}

/** 404 for one thing; for a list, a 200 that shows none of `hidden`. */
type Outcome = { notFound: true } | { hides: (f: Fixture) => string[] };

interface RouteCase {
  route: string;
  request: (f: Fixture) => InjectOptions;
  outsider: Outcome;
  /** What Contoso's org admin gets for the very same request. */
  insider: number;
  /** Who must get `outsider`, when not every outsider (a route of their own tenant they may not use at all). */
  outsiders?: string[];
}

/** Fabrikam's org admin and system admin. */
const FABRIKAM = ['fiona@fabrikam.com', 'raj@fabrikam.com'];

const notFound: Outcome = { notFound: true };
/** Anything that would reveal Contoso: its ids, its people, its URLs. */
const contosoData: Outcome = {
  hides: (f) => [f.contoso, f.namProd, f.namSandbox, f.eurProd, f.alice, f.sam, f.eva, 'contoso'],
};
/** What Contoso's system admin of NAM must not see: the tenant's other environments and their admins. */
const otherEnvironments: Outcome = {
  hides: (f) => [f.namSandbox, f.eurProd, f.eva, 'eva@contoso.com', 'contoso-test.crm', 'contoso-eu.crm4'],
};

const newEnvironment = {
  name: 'Intruder',
  region: 'NAM',
  type: 'sandbox',
  url: 'https://intruder.crm.dynamics.com',
  version: '9.2.25104.166',
};

const CONTOSO_ROUTES: RouteCase[] = [
  { route: 'GET /api/tenants', request: () => ({ url: '/api/tenants' }), outsider: contosoData, insider: 200 },
  {
    route: 'GET /api/tenants/:tenantId',
    request: (f) => ({ url: `/api/tenants/${f.contoso}` }),
    outsider: notFound,
    insider: 200,
  },
  {
    route: 'PATCH /api/tenants/:tenantId',
    request: (f) => ({ method: 'PATCH', url: `/api/tenants/${f.contoso}`, payload: { name: 'Owned' } }),
    outsider: notFound,
    insider: 403,
  },
  {
    route: 'GET /api/tenants/:tenantId/environments',
    request: (f) => ({ url: `/api/tenants/${f.contoso}/environments` }),
    outsider: notFound,
    insider: 200,
  },
  {
    route: 'POST /api/tenants/:tenantId/environments',
    request: (f) => ({ method: 'POST', url: `/api/tenants/${f.contoso}/environments`, payload: newEnvironment }),
    outsider: notFound,
    insider: 403,
  },
  {
    route: 'GET /api/environments',
    request: () => ({ url: '/api/environments' }),
    outsider: contosoData,
    insider: 200,
  },
  {
    route: 'GET /api/environments?tenantId',
    request: (f) => ({ url: `/api/environments?tenantId=${f.contoso}` }),
    outsider: notFound,
    insider: 200,
  },
  {
    route: 'GET /api/environments/:id',
    request: (f) => ({ url: `/api/environments/${f.namProd}` }),
    outsider: notFound,
    insider: 200,
  },
  {
    route: 'PATCH /api/environments/:id',
    request: (f) => ({ method: 'PATCH', url: `/api/environments/${f.namProd}`, payload: { earlyAccess: false } }),
    outsider: notFound,
    insider: 200,
  },
  {
    route: 'GET /api/environments/:id/about',
    request: (f) => ({ url: `/api/environments/${f.namProd}/about` }),
    outsider: notFound,
    insider: 200,
  },
  {
    route: 'GET /api/tenants/:tenantId/recipients',
    request: (f) => ({ url: `/api/tenants/${f.contoso}/recipients` }),
    outsider: notFound,
    insider: 200,
  },
  {
    route: 'POST /api/tenants/:tenantId/recipients',
    request: (f) => ({
      method: 'POST',
      url: `/api/tenants/${f.contoso}/recipients`,
      payload: { email: 'spy@fabrikam.com', categories: ['incident'] },
    }),
    outsider: notFound,
    insider: 201,
  },
  {
    route: 'DELETE /api/tenants/:tenantId/recipients/:roleId (their tenant in the path)',
    request: (f) => ({ method: 'DELETE', url: `/api/tenants/${f.fabrikam}/recipients/${f.recipientRole}` }),
    outsider: notFound,
    insider: 404,
    outsiders: ['fiona@fabrikam.com'], // raj may not manage Fabrikam's recipients either: 403, revealing nothing
  },
  {
    route: 'DELETE /api/tenants/:tenantId/recipients/:roleId',
    request: (f) => ({ method: 'DELETE', url: `/api/tenants/${f.contoso}/recipients/${f.recipientRole}` }),
    outsider: notFound,
    insider: 204,
  },
  { route: 'GET /api/people', request: () => ({ url: '/api/people' }), outsider: contosoData, insider: 200 },
  {
    route: 'GET /api/people?tenantId',
    request: (f) => ({ url: `/api/people?tenantId=${f.contoso}` }),
    outsider: notFound,
    insider: 200,
  },
  { route: 'GET /api/people/:id', request: (f) => ({ url: `/api/people/${f.sam}` }), outsider: notFound, insider: 200 },
  {
    route: 'PATCH /api/people/:id',
    request: (f) => ({ method: 'PATCH', url: `/api/people/${f.sam}`, payload: { name: 'Owned' } }),
    outsider: notFound,
    insider: 403,
  },
  {
    route: 'POST /api/people/:id/roles',
    request: (f) => ({
      method: 'POST',
      url: `/api/people/${f.sam}/roles`,
      payload: { role: 'additional_recipient', tenantId: f.fabrikam },
    }),
    outsider: notFound,
    insider: 404,
  },
  {
    route: 'DELETE /api/roles/:id',
    request: (f) => ({ method: 'DELETE', url: `/api/roles/${f.evaRole}` }),
    outsider: notFound,
    insider: 403,
  },
  { route: 'GET /api/me/admins', request: () => ({ url: '/api/me/admins' }), outsider: contosoData, insider: 200 },
  {
    route: 'GET /api/audit-log',
    request: () => ({ url: '/api/audit-log?limit=1000' }),
    outsider: contosoData,
    insider: 200,
  },
  {
    route: 'GET /api/audit-log?tenantId',
    request: (f) => ({ url: `/api/audit-log?tenantId=${f.contoso}` }),
    outsider: notFound,
    insider: 200,
  },
  {
    route: 'GET /api/audit-log?entityId',
    request: (f) => ({ url: `/api/audit-log?entityType=tenant&entityId=${f.contoso}` }),
    outsider: contosoData,
    insider: 200,
  },
  {
    route: 'GET /api/audit-log?action',
    request: () => ({ url: '/api/audit-log?action=environment.created&limit=1000' }),
    outsider: contosoData,
    insider: 200,
  },
];

/** Contoso's system admin of NAM (sam) asking about the tenant's other environments. */
const ENVIRONMENT_ROUTES: RouteCase[] = [
  {
    route: 'GET /api/environments',
    request: () => ({ url: '/api/environments' }),
    outsider: otherEnvironments,
    insider: 200,
  },
  {
    route: 'GET /api/tenants/:tenantId/environments',
    request: (f) => ({ url: `/api/tenants/${f.contoso}/environments` }),
    outsider: otherEnvironments,
    insider: 200,
  },
  {
    route: 'GET /api/environments/:id',
    request: (f) => ({ url: `/api/environments/${f.eurProd}` }),
    outsider: notFound,
    insider: 200,
  },
  {
    route: 'PATCH /api/environments/:id',
    request: (f) => ({ method: 'PATCH', url: `/api/environments/${f.eurProd}`, payload: { earlyAccess: false } }),
    outsider: notFound,
    insider: 200,
  },
  {
    route: 'GET /api/environments/:id/about',
    request: (f) => ({ url: `/api/environments/${f.namSandbox}/about` }),
    outsider: notFound,
    insider: 200,
  },
  { route: 'GET /api/people', request: () => ({ url: '/api/people' }), outsider: otherEnvironments, insider: 200 },
  { route: 'GET /api/people/:id', request: (f) => ({ url: `/api/people/${f.eva}` }), outsider: notFound, insider: 200 },
  {
    route: 'DELETE /api/roles/:id',
    request: (f) => ({ method: 'DELETE', url: `/api/roles/${f.evaRole}` }),
    outsider: notFound,
    insider: 403,
  },
  {
    route: 'GET /api/me/admins',
    request: () => ({ url: '/api/me/admins' }),
    outsider: otherEnvironments,
    insider: 200,
  },
];

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp();
  const d = t.demo;
  const db = t.ctx.database.db;
  const ops = await t.auth('ops@herald.example');
  const recipient = await t.app.inject({
    method: 'POST',
    url: `/api/tenants/${d.tenants.contoso.id}/recipients`,
    headers: ops,
    payload: { email: 'noc@contoso.com', categories: ['incident'] },
  });
  const evaRole = await db
    .selectFrom('role_assignment')
    .select('id')
    .where('person_id', '=', d.people.contosoEuSysAdmin!.id)
    .executeTakeFirstOrThrow();
  f = {
    contoso: d.tenants.contoso.id,
    fabrikam: d.tenants.fabrikam.id,
    namProd: d.tenants.contoso.environments['nam-prod']!,
    namSandbox: d.tenants.contoso.environments['nam-sandbox']!,
    eurProd: d.tenants.contoso.environments['eur-prod']!,
    alice: d.people.contosoOrgAdmin!.id,
    sam: d.people.contosoSysAdmin!.id,
    eva: d.people.contosoEuSysAdmin!.id,
    recipientRole: recipient.json().id,
    evaRole: evaRole.id,
  };
});
afterAll(() => t.close());

async function expectOutcome(email: string, c: RouteCase): Promise<void> {
  const res = await t.app.inject({ ...c.request(f), headers: await t.auth(email) });
  const what = `${email}: ${c.route}`;
  if ('notFound' in c.outsider) {
    expect(res.statusCode, what).toBe(404);
    expect(res.json().code, what).toBe('HERALD_NOT_FOUND');
  } else {
    expect(res.statusCode, what).toBe(200);
    for (const secret of c.outsider.hides(f))
      expect(res.body.toLowerCase(), `${what} shows ${secret}`).not.toContain(secret.toLowerCase());
  }
}

describe('another tenant’s data is not found', () => {
  it.each(CONTOSO_ROUTES.map((c) => [c.route, c] as const))('%s', async (_route, c) => {
    for (const email of c.outsiders ?? FABRIKAM) await expectOutcome(email, c);
    const insider = await t.app.inject({ ...c.request(f), headers: await t.auth('alice@contoso.com') });
    expect(insider.statusCode, `alice@contoso.com: ${c.route}`).toBe(c.insider);
  });
});

describe('a system admin sees their own environment only', () => {
  it.each(ENVIRONMENT_ROUTES.map((c) => [c.route, c] as const))('%s', async (_route, c) => {
    await expectOutcome('sam@contoso.com', c);
    const insider = await t.app.inject({ ...c.request(f), headers: await t.auth('alice@contoso.com') });
    expect(insider.statusCode, `alice@contoso.com: ${c.route}`).toBe(c.insider);
  });

  it('and still sees their own', async () => {
    const own = await t.app.inject({
      url: `/api/environments/${f.namProd}/about`,
      headers: await t.auth('sam@contoso.com'),
    });
    expect(own.statusCode).toBe(200);
    const list = (await t.app.inject({ url: '/api/environments', headers: await t.auth('sam@contoso.com') })).json();
    expect(list.items.map((e: { id: string }) => e.id)).toEqual([f.namProd]);
  });
});
