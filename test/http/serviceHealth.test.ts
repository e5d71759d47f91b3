// Incidents and advisories end to end: opening, the timeline and its status moves, severity and
// its override, what each tenant sees, following, and the events and audit entries left behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
let alice: { authorization: string };
let sam: { authorization: string };
let eva: { authorization: string };
let fiona: { authorization: string };

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-25T14:00:00.000Z') });
  ops = await t.auth('ops@herald.example');
  alice = await t.auth('alice@contoso.com');
  sam = await t.auth('sam@contoso.com');
  eva = await t.auth('eva@contoso.com');
  fiona = await t.auth('fiona@fabrikam.com');
});
afterAll(() => t.close());

const contoso = () => t.demo.tenants.contoso;
const fabrikam = () => t.demo.tenants.fabrikam;

async function open(body: Record<string, unknown>) {
  const res = await t.app.inject({ method: 'POST', url: '/api/incidents', headers: ops, payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const countRows = async (table: 'incident' | 'event' | 'audit_entry') =>
  Number(
    (
      await t.ctx.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('opening an incident', () => {
  it('opens a minor incident for one environment and tells the engine who it concerns', async () => {
    const env = contoso().environments['nam-prod']!;
    const i = await open({
      title: 'Users cannot sign in to Contoso Sales',
      classification: 'incident',
      services: ['sales'],
      scope: { environmentIds: [env] },
      impactDescription: 'Sign-in fails with an error.',
      userExperience: 'Users see "Something went wrong" after signing in.',
      workaround: 'Use the mobile app.',
      symptoms: ['cannotSignIn'],
    });
    expect(i.id).toMatch(/^HR\d{6}$/);
    expect(i).toMatchObject({
      classification: 'incident',
      status: 'investigating',
      severity: 'minor',
      isResolved: false,
      origin: 'microsoft',
      regions: ['NAM'],
    });
    expect(i.severityReasons.join(' ')).toMatch(/one organization/);
    expect(i.posts).toHaveLength(1);
    const event = await t.ctx.database.db
      .selectFrom('event')
      .selectAll()
      .where('subject_id', '=', i.id)
      .executeTakeFirstOrThrow();
    expect(event.type).toBe('incident.opened');
    expect(event.key).toBe(`incident:${i.id}:post:${i.posts[0].id}`);
    expect(event.tenant_id).toBe(contoso().id);
    const payload = JSON.parse(event.payload);
    expect(payload.scope).toMatchObject({
      environmentIds: [env],
      tenantIds: [contoso().id],
      serviceIds: ['sales'],
      regionCodes: [],
    });
    expect(payload).toMatchObject({
      title: i.title,
      userExperience: i.userExperience,
      workaround: 'Use the mobile app.',
      status: 'investigating',
      severity: 'minor',
      classification: 'incident',
    });
    expect(payload.startsAt).toBe('2026-11-25T14:00:00.000Z');
  });

  it('derives major when several organizations cannot get in, or when the platform underneath is degraded', async () => {
    const several = await open({
      title: 'Dataverse unavailable',
      classification: 'incident',
      services: ['dataverse'],
      scope: { tenantIds: [contoso().id, fabrikam().id] },
      impactDescription: 'Dataverse requests fail.',
      status: 'serviceInterruption',
    });
    expect(several.severity).toBe('major');
    expect(several.severityReasons[0]).toMatch(/2 organizations cannot access/);
    const upstream = await open({
      title: 'Slow forms',
      classification: 'incident',
      services: ['sales'],
      scope: { environmentIds: [contoso().environments['nam-prod']] },
      impactDescription: 'Forms load slowly.',
      symptoms: ['slowPerformance'],
      upstreamDegraded: true,
    });
    expect(upstream.severity).toBe('major');
    const advisory = await open({
      title: 'Export to Excel may time out',
      classification: 'advisory',
      services: ['sales'],
      scope: { regions: ['NAM'] },
      impactDescription: 'Large exports may time out.',
      workaround: 'Export in smaller batches.',
    });
    expect(advisory.severity).toBe('minor');
  });

  it('refuses bad input with the field at fault and writes nothing', async () => {
    const before = await countRows('incident');
    const cases: [Record<string, unknown>, string][] = [
      [{ scope: { environmentIds: ['no-such-environment'] } }, 'body.scope.environmentIds'],
      [{ scope: { regions: ['MARS'] } }, 'body.scope.regions'],
      [{ scope: { tenantIds: ['nope'] } }, 'body.scope.tenantIds'],
      [{ scope: {} }, 'body.scope'],
      [{ services: ['teams'] }, 'body.services'],
      [{ status: 'serviceRestored' }, 'body.status'],
      [{ startDateTime: 'yesterday' }, 'body.startDateTime'],
      [{ classification: 'outage' }, 'body.classification'],
    ];
    for (const [change, field] of cases) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/incidents',
        headers: ops,
        payload: {
          title: 'x',
          classification: 'incident',
          services: ['sales'],
          scope: { regions: ['NAM'] },
          impactDescription: 'x',
          ...change,
        },
      });
      expect(res.statusCode, field).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await countRows('incident')).toBe(before);
  });

  it('lets only operators open incidents', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: alice,
      payload: {
        title: 'x',
        classification: 'incident',
        services: ['sales'],
        scope: { regions: ['NAM'] },
        impactDescription: 'x',
      },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('the timeline', () => {
  it('moves the status with posts, refuses moves out of order, and restoring ends it for everyone told before', async () => {
    const i = await open({
      title: 'Case forms show errors',
      classification: 'incident',
      services: ['customer-service'],
      scope: { environmentIds: [contoso().environments['eur-prod']] },
      impactDescription: 'Opening a case shows an error.',
    });
    const post = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: `/api/incidents/${i.id}/posts`, headers: ops, payload });

    t.clock.now = new Date('2026-11-25T14:20:00.000Z');
    const degraded = await post({
      description: 'We identified a faulty configuration.',
      status: 'serviceDegradation',
      postType: 'quick',
    });
    expect(degraded.statusCode).toBe(201);
    expect(degraded.json().posts.at(-1)).toMatchObject({
      postType: 'quick',
      status: 'serviceDegradation',
      description: { contentType: 'text', content: 'We identified a faulty configuration.' },
    });

    const published = await post({ description: 'x', status: 'postIncidentReviewPublished' });
    expect(published.statusCode).toBe(409);
    expect(published.json().errors[0].field).toBe('body.status');

    t.clock.now = new Date('2026-11-25T14:40:00.000Z');
    const restoring = await post({ description: 'Rolling back.', status: 'restoringService' });
    expect(restoring.statusCode).toBe(201);
    const falsePositive = await post({ description: 'x', status: 'falsePositive' });
    expect(falsePositive.statusCode).toBe(409);
    expect(falsePositive.json().detail).toMatch(/cannot become a falsePositive/);

    t.clock.now = new Date('2026-11-25T15:00:00.000Z');
    const restored = await post({ description: 'The service is restored.', status: 'serviceRestored' });
    expect(restored.json()).toMatchObject({
      status: 'serviceRestored',
      isResolved: true,
      endDateTime: '2026-11-25T15:00:00.000Z',
    });

    const reopen = await post({ description: 'x', status: 'investigating' });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().detail).toMatch(/has ended/);
    t.clock.now = new Date('2026-11-25T15:30:00.000Z');
    expect((await post({ description: 'A post-incident review is under way.' })).statusCode).toBe(201);

    const events = await t.ctx.database.db
      .selectFrom('event')
      .select(['type', 'subject_type', 'subject_id'])
      .where('subject_id', '=', i.id)
      .orderBy('occurred_at')
      .execute();
    // Told once that it is over; a later note is an update.
    expect(events.map((e) => e.type)).toEqual([
      'incident.opened',
      'incident.updated',
      'incident.updated',
      'incident.restored',
      'incident.updated',
    ]);
    expect(new Set(events.map((e) => `${e.subject_type}:${e.subject_id}`)).size).toBe(1);
    const audit = await t.ctx.database.db
      .selectFrom('audit_entry')
      .select('action')
      .where('entity_id', '=', i.id)
      .execute();
    expect(audit.map((a) => a.action)).toContain('incident.status_changed');
  });

  it('lets an operator override the severity with a reason, audited', async () => {
    const i = await open({
      title: 'Slow search',
      classification: 'incident',
      services: ['dataverse'],
      scope: { environmentIds: [contoso().environments['nam-prod']] },
      impactDescription: 'Search is slow.',
    });
    const noReason = await t.app.inject({
      method: 'PUT',
      url: `/api/incidents/${i.id}/severity`,
      headers: ops,
      payload: { severity: 'major' },
    });
    expect(noReason.statusCode).toBe(400);
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/incidents/${i.id}/severity`,
      headers: ops,
      payload: { severity: 'major', reason: 'Affects the quarter-end close of a large customer' },
    });
    expect(res.json()).toMatchObject({
      severity: 'major',
      severityOverride: { severity: 'major', reason: 'Affects the quarter-end close of a large customer' },
      shownOnStatusPage: false,
    });
    // Major now, but about one tenant's environment: it stays off the public page.
    const audit = await t.ctx.database.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('entity_id', '=', i.id)
      .where('action', '=', 'incident.severity_overridden')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after!).reason).toBe('Affects the quarter-end close of a large customer');
    const back = await t.app.inject({
      method: 'PUT',
      url: `/api/incidents/${i.id}/severity`,
      headers: ops,
      payload: { severity: null, reason: 'Customer confirmed it is not blocking' },
    });
    expect(back.json()).toMatchObject({ severity: 'minor', severityOverride: null });
  });
});

describe('what each tenant sees', () => {
  let contosoOnly: { id: string };
  beforeAll(async () => {
    t.clock.now = new Date('2026-11-26T09:00:00.000Z');
    contosoOnly = await open({
      title: 'Contoso workflow failures',
      classification: 'incident',
      services: ['power-automate'],
      scope: { environmentIds: [contoso().environments['eur-prod']] },
      impactDescription: 'Flows fail to start.',
      origin: 'customer',
      status: 'serviceDegradation',
    });
  });

  it('shows an incident to its tenant and hides it (404) from another', async () => {
    expect((await t.app.inject({ url: `/api/incidents/${contosoOnly.id}`, headers: alice })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/incidents/${contosoOnly.id}`, headers: eva })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/incidents/${contosoOnly.id}`, headers: sam })).statusCode).toBe(404); // NAM system admin: not their environment
    const other = await t.app.inject({ url: `/api/incidents/${contosoOnly.id}`, headers: fiona });
    expect(other.statusCode).toBe(404);
    const list = (await t.app.inject({ url: '/api/incidents', headers: fiona })).json();
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(contosoOnly.id);
    const dashboard = await t.app.inject({ url: `/api/tenants/${contoso().id}/incidents`, headers: fiona });
    expect(dashboard.statusCode).toBe(404);
  });

  it('shows a tenant only its own environments of a multi-tenant incident', async () => {
    const shared = await open({
      title: 'Dataverse latency',
      classification: 'incident',
      services: ['dataverse'],
      scope: { tenantIds: [contoso().id, fabrikam().id] },
      impactDescription: 'Slow.',
    });
    const seen = (await t.app.inject({ url: `/api/incidents/${shared.id}`, headers: fiona })).json();
    expect(seen.scope).toBeNull();
    expect(new Set(seen.affectedEnvironments.map((e: { tenantId: string }) => e.tenantId))).toEqual(
      new Set([fabrikam().id]),
    );
    expect(JSON.stringify(seen)).not.toContain(contoso().id);
  });

  it('builds the dashboard: health per service, issues to act on, active issues and history', async () => {
    const overviews = (
      await t.app.inject({ url: `/api/tenants/${contoso().id}/health-overviews`, headers: alice })
    ).json().items;
    const automate = overviews.find((o: { id: string }) => o.id === 'power-automate');
    expect(automate).toMatchObject({ service: 'Power Automate', status: 'serviceDegradation' });
    expect(automate.issueIds).toContain(contosoOnly.id);
    expect(overviews.find((o: { id: string }) => o.id === 'sales').status).not.toBe('serviceOperational'); // the sign-in incident is still open

    const actOn = (
      await t.app.inject({ url: `/api/tenants/${contoso().id}/incidents?view=actOn`, headers: alice })
    ).json().items;
    expect(actOn.map((i: { id: string }) => i.id)).toEqual([contosoOnly.id]);
    const history = (
      await t.app.inject({ url: `/api/tenants/${contoso().id}/incidents?view=history&days=7`, headers: alice })
    ).json().items;
    expect(history.map((i: { title: string }) => i.title)).toContain('Case forms show errors');
    const bad = await t.app.inject({
      url: `/api/tenants/${contoso().id}/incidents?view=history&days=12`,
      headers: alice,
    });
    expect(bad.statusCode).toBe(400);

    const sams = (await t.app.inject({ url: `/api/tenants/${contoso().id}/incidents`, headers: sam })).json().items;
    expect(sams.map((i: { id: string }) => i.id)).not.toContain(contosoOnly.id);
  });

  it('lets an admin follow one incident; its next events name them', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/incidents/${contosoOnly.id}/following`,
      headers: alice,
    });
    expect(res.json()).toEqual({ following: true });
    expect((await t.app.inject({ url: `/api/incidents/${contosoOnly.id}`, headers: alice })).json().following).toBe(
      true,
    );
    expect(
      (await t.app.inject({ method: 'PUT', url: `/api/incidents/${contosoOnly.id}/following`, headers: fiona }))
        .statusCode,
    ).toBe(404);
    await t.app.inject({
      method: 'POST',
      url: `/api/incidents/${contosoOnly.id}/posts`,
      headers: ops,
      payload: { description: 'A fix is rolling out.', status: 'restoringService' },
    });
    const event = await t.ctx.database.db
      .selectFrom('event')
      .selectAll()
      .where('subject_id', '=', contosoOnly.id)
      .where('type', '=', 'incident.updated')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.payload).scope.personIds).toEqual([t.demo.people.contosoOrgAdmin!.id]);
  });
});
