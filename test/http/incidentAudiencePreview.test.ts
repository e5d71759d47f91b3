// "Who will be told" for incidents: counted on the server by the policy and the planner's own
// audience query before opening an incident or changing its scope or severity, and the same
// people opening or changing it actually plans. Two tenants: neither sees the other's people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T09:00:00.000Z') });
  ops = await t.auth('ops@herald.example');
});
afterAll(() => t.close());

const preview = (payload: Record<string, unknown>, headers = ops) =>
  t.app.inject({ method: 'POST', url: '/api/incidents/audience-preview', headers, payload });
const previewChange = (id: string, payload: Record<string, unknown>, headers = ops) =>
  t.app.inject({ method: 'POST', url: `/api/incidents/${id}/audience-preview`, headers, payload });

/** The people (emails) an incident's event of this type planned deliveries to. */
async function toldBy(incidentId: string, type: string): Promise<string[]> {
  const rows = await t.ctx.database.db
    .selectFrom('delivery')
    .innerJoin('event', 'event.id', 'delivery.event_id')
    .innerJoin('person', 'person.id', 'delivery.recipient_id')
    .select('person.email')
    .distinct()
    .where('event.subject_id', '=', incidentId)
    .where('event.type', '=', type)
    .where('delivery.status', '<>', 'suppressed')
    .execute();
  return rows.map((r) => r.email).sort();
}

const emails = (body: { people: { email: string }[] }) => body.people.map((p) => p.email).sort();

describe('who an incident will tell', () => {
  const contosoSales = () => t.demo.tenants.contoso.environments['nam-prod']!;
  const fabrikamIndia = () => t.demo.tenants.fabrikam.environments['ind-prod']!;

  it('before opening: the system admins of the impacted environment, and nobody of another tenant', async () => {
    const input = {
      classification: 'incident',
      services: ['sales'],
      scope: { environmentIds: [contosoSales()] },
    };
    const res = await preview(input);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      rules: ['service-incident'],
      severity: 'minor',
      environmentCount: 1,
      tenantCount: 1,
      orgAdminCount: 0,
      systemAdminCount: 1,
      peopleCount: 1,
      channels: ['email', 'push', 'in_app'],
    });
    expect(body.tenants.map((x: { name: string }) => x.name)).toEqual(['Contoso']);
    expect(emails(body)).toEqual(['sam@contoso.com']);

    // Opening it tells exactly those people.
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: ops,
      payload: { ...input, title: 'Forms do not load', impactDescription: 'Forms do not load.' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(await toldBy(opened.json().id, 'incident.opened')).toEqual(emails(body));
  });

  it('two tenants by name: each tenant’s system admins of the environments running the service', async () => {
    const res = await preview({
      classification: 'incident',
      services: ['sales'],
      scope: { tenantIds: [t.demo.tenants.contoso.id, t.demo.tenants.fabrikam.id] },
      symptoms: ['cannotSignIn'],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.tenantCount).toBe(2);
    expect(body.environmentCount).toBe(3);
    expect(body.systemAdminCount).toBe(2);
    expect(emails(body)).toEqual(['raj@fabrikam.com', 'sam@contoso.com']);
    // Several organizations that cannot get in: major, as opening would derive it.
    expect(body.severity).toBe('major');
    expect(body.rules).toEqual(['major-service-incident']);
  });

  it('widening: only the newly impacted system admins, not those told before; and the change tells exactly them', async () => {
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: ops,
      payload: {
        classification: 'incident',
        services: ['sales'],
        scope: { environmentIds: [contosoSales()] },
        title: 'Reports are slow',
        impactDescription: 'Reports are slow.',
      },
    });
    const id = opened.json().id as string;
    const scope = { environmentIds: [contosoSales(), fabrikamIndia()] };
    const res = await previewChange(id, { scope });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.rules).toContain('incident-scope-widened');
    expect(body).toMatchObject({ environmentCount: 2, tenantCount: 2, systemAdminCount: 1, orgAdminCount: 0 });
    expect(emails(body)).toEqual(['raj@fabrikam.com']);

    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/incidents/${id}`,
      headers: ops,
      payload: { scope },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(await toldBy(id, 'incident.scope_widened')).toEqual(emails(body));

    // Nothing more to widen: nobody new would be told.
    expect((await previewChange(id, { scope })).json().peopleCount).toBe(0);
  });

  it('a severity change is told to those told before, counted by the role they hold', async () => {
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: ops,
      payload: {
        classification: 'incident',
        services: ['sales'],
        scope: { environmentIds: [contosoSales()] },
        title: 'Search fails',
        impactDescription: 'Search fails.',
      },
    });
    const id = opened.json().id as string;
    const body = (await previewChange(id, { severity: 'major' })).json();
    expect(body).toMatchObject({
      severity: 'major',
      rules: ['incident-severity-or-scope-changed'],
      systemAdminCount: 1,
      peopleCount: 1,
    });
    expect(emails(body)).toEqual(['sam@contoso.com']);
    expect(body.people[0].reason).toBe('told before');
    // The same severity as now changes nothing, and tells nobody.
    expect((await previewChange(id, { severity: null })).json().peopleCount).toBe(0);
  });

  it('is for operators; a tenant admin learns nothing of incidents', async () => {
    const alice = await t.auth('alice@contoso.com');
    expect(
      (await preview({ classification: 'incident', services: ['sales'], scope: { regions: ['NAM'] } }, alice))
        .statusCode,
    ).toBe(403);
    const anyIncident = await t.ctx.database.db.selectFrom('incident').select('id').executeTakeFirstOrThrow();
    expect((await previewChange(anyIncident.id, { severity: 'major' }, alice)).statusCode).toBe(404);
  });

  it('names an unknown environment in the scope', async () => {
    const res = await preview({ classification: 'incident', services: ['sales'], scope: { environmentIds: ['nope'] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('body.scope.environmentIds');
  });
});
