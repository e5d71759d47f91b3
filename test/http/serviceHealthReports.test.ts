// Post-incident reports, support tickets, SLA credits and reminders, for two tenants that must
// never see each other's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { remindReportsDue, remindStaleIncidents } from '../../src/app/serviceHealth/reminders.js';
import { raiseIncidentForMaintenance } from '../../src/app/serviceHealth/raiseFromMaintenance.js';
import { createMaintenance } from '../../src/app/updates/maintenance.js';
import { systemActor } from '../../src/domain/actor.js';
import { loadPersonActor } from '../../src/store/actors.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
let alice: { authorization: string };
let sam: { authorization: string };
let fiona: { authorization: string };

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-23T09:00:00.000Z') }); // a Monday
  ops = await t.auth('ops@herald.example');
  alice = await t.auth('alice@contoso.com');
  sam = await t.auth('sam@contoso.com');
  fiona = await t.auth('fiona@fabrikam.com');
});
afterAll(() => t.close());

const contoso = () => t.demo.tenants.contoso;
const fabrikam = () => t.demo.tenants.fabrikam;
const setNow = (iso: string) => {
  t.clock.now = new Date(iso);
};
const req = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  headers: { authorization: string },
  payload?: Record<string, unknown>,
) => t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

async function open(body: Record<string, unknown>): Promise<string> {
  const res = await req('POST', '/api/incidents', ops, {
    classification: 'incident',
    impactDescription: 'Impact.',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}
const post = (id: string, payload: Record<string, unknown>) => req('POST', `/api/incidents/${id}/posts`, ops, payload);

const REPORT = {
  summary: 'Dataverse failed for 3 hours.',
  userExperience: 'Records could not be saved.',
  rootCause: 'A bad deployment.',
  nextSteps: 'Stage deployments.',
};

describe('post-incident reports', () => {
  let major: string;
  let minor: string;

  beforeAll(async () => {
    setNow('2026-11-23T09:00:00.000Z');
    major = await open({
      title: 'Dataverse down',
      services: ['dataverse'],
      scope: { tenantIds: [contoso().id, fabrikam().id] },
      status: 'serviceInterruption',
    });
    minor = await open({
      title: 'Slow form',
      services: ['sales'],
      scope: { environmentIds: [contoso().environments['nam-prod']] },
    });
    setNow('2026-11-23T12:00:00.000Z');
    expect((await post(major, { description: 'Restored.', status: 'serviceRestored' })).statusCode).toBe(201);
    expect((await post(minor, { description: 'Restored.', status: 'serviceRestored' })).statusCode).toBe(201);
  });

  it('falls due 5 business days after restoration on the region’s calendar (Thanksgiving skipped)', async () => {
    const i = (await req('GET', `/api/incidents/${major}`, ops)).json();
    expect(i.regions[0]).toBe('NAM');
    expect(i.postIncidentReport).toEqual({ dueDateTime: '2026-12-01T12:00:00.000Z', publishedDateTime: null });
    const due = (await req('GET', '/api/incident-reports', ops))
      .json()
      .items.find((r: { incidentId: string }) => r.incidentId === major);
    expect(due).toMatchObject({ state: 'due', dueDateTime: '2026-12-01T12:00:00.000Z' });
    setNow('2026-12-01T12:00:01.000Z');
    expect(
      (await req('GET', '/api/incident-reports?state=overdue', ops))
        .json()
        .items.map((r: { incidentId: string }) => r.incidentId),
    ).toContain(major);
    setNow('2026-11-24T09:00:00.000Z');
  });

  it('refuses a report for a minor incident with a clear reason', async () => {
    const res = await req('PUT', `/api/incidents/${minor}/report`, ops, REPORT);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/major incidents; this one is minor/);
  });

  it('keeps a draft from tenants, then publishing tells the same audience and closes the incident', async () => {
    expect((await req('PUT', `/api/incidents/${major}/report`, alice, REPORT)).statusCode).toBe(403);
    const draft = await req('PUT', `/api/incidents/${major}/report`, ops, REPORT);
    expect(draft.json()).toMatchObject({
      state: 'due',
      startDateTime: '2026-11-23T09:00:00.000Z',
      resolutionDateTime: '2026-11-23T12:00:00.000Z',
    });
    expect((await req('GET', `/api/incidents/${major}/report`, alice)).statusCode).toBe(404);

    const published = await req('POST', `/api/incidents/${major}/report/publish`, ops);
    expect(published.json().state).toBe('published');
    expect((await req('POST', `/api/incidents/${major}/report/publish`, ops)).statusCode).toBe(409);
    const incident = (await req('GET', `/api/incidents/${major}`, alice)).json();
    expect(incident.status).toBe('postIncidentReviewPublished');
    expect(incident.postIncidentReport.publishedDateTime).toBe('2026-11-24T09:00:00.000Z');

    const events = await t.ctx.database.db
      .selectFrom('event')
      .select(['type', 'subject_id', 'payload'])
      .where('subject_id', '=', major)
      .execute();
    const opened = events.find((e) => e.type === 'incident.opened')!;
    const pir = events.find((e) => e.type === 'incident.pir_published')!;
    expect(JSON.parse(pir.payload).scope).toEqual(JSON.parse(opened.payload).scope);
  });

  it('lets each tenant read, list and download the report of incidents that touched it, and nobody else', async () => {
    expect((await req('GET', `/api/incidents/${major}/report`, fiona)).json().rootCause).toBe('A bad deployment.');
    const listed = (await req('GET', `/api/tenants/${fabrikam().id}/incident-reports`, fiona)).json().items;
    expect(listed.map((r: { incidentId: string }) => r.incidentId)).toContain(major);
    expect((await req('GET', `/api/tenants/${contoso().id}/incident-reports`, fiona)).statusCode).toBe(404);

    const html = await req('GET', `/api/incidents/${major}/report.html`, alice);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    for (const heading of [
      'Summary',
      'User Experience',
      'Start date and time',
      'Resolution date and time',
      'Root Cause',
      'Next steps',
    ])
      expect(html.body).toContain(heading);
    expect(html.body).toMatch(/Nov 23, 2026, 4:00.AM EST/); // 09:00 UTC, in Alice’s zone (America/New_York)
    const pdf = await req('GET', `/api/incidents/${major}/report.pdf`, alice);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers['content-disposition']).toContain(`post-incident-report-${major}.pdf`);

    const contosoOnly = await open({
      title: 'Contoso outage',
      services: ['sales'],
      scope: { environmentIds: [contoso().environments['nam-prod']] },
      upstreamDegraded: true,
    });
    await post(contosoOnly, { description: 'Restored.', status: 'serviceRestored' });
    await req('PUT', `/api/incidents/${contosoOnly}/report`, ops, REPORT);
    await req('POST', `/api/incidents/${contosoOnly}/report/publish`, ops);
    expect((await req('GET', `/api/incidents/${contosoOnly}/report`, fiona)).statusCode).toBe(404);
    expect((await req('GET', `/api/incidents/${contosoOnly}/report.pdf`, fiona)).statusCode).toBe(404);
    expect(
      (await req('GET', `/api/tenants/${fabrikam().id}/incident-reports`, fiona))
        .json()
        .items.map((r: { incidentId: string }) => r.incidentId),
    ).not.toContain(contosoOnly);
  });
});

describe('support tickets', () => {
  it('files a ticket for an admin, lists it as a reported issue, and keeps it from other tenants', async () => {
    const filed = await req('POST', `/api/tenants/${contoso().id}/tickets`, alice, {
      title: 'Reports are blank',
      description: 'Since this morning.',
    });
    expect(filed.statusCode).toBe(201);
    expect(filed.json()).toMatchObject({
      title: 'Reports are blank',
      status: 'open',
      statusLabel: 'Open',
      incident: null,
      maintenanceId: null,
    });
    const mine = (await req('GET', `/api/tenants/${contoso().id}/tickets`, alice)).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toContain(filed.json().id);
    expect((await req('GET', `/api/tenants/${contoso().id}/tickets`, fiona)).statusCode).toBe(404);
    expect((await req('GET', `/api/tenants/${fabrikam().id}/tickets`, fiona)).json().items).toEqual([]);
    expect((await req('GET', '/api/tickets', alice)).statusCode).toBe(403);
    expect((await req('GET', '/api/tickets', ops)).json().items.map((x: { id: string }) => x.id)).toContain(
      filed.json().id,
    );
  });

  it('asks a system admin for their environment, and refuses another tenant’s environment', async () => {
    const none = await req('POST', `/api/tenants/${contoso().id}/tickets`, sam, { title: 'x', description: 'y' });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0].field).toBe('body.environmentId');
    const foreign = await req('POST', `/api/tenants/${contoso().id}/tickets`, alice, {
      title: 'x',
      description: 'y',
      environmentId: fabrikam().environments['jpn-prod'],
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('appends "Planned Maintenance Window" to a ticket filed while maintenance is going on there', async () => {
    setNow('2026-11-24T09:00:00.000Z');
    const operator = (await loadPersonActor(t.ctx.database.db, t.demo.operator.id, t.ctx.config.defaultLocale))!;
    const maintenance = await createMaintenance(t.ctx, operator, {
      kind: 'unplanned',
      title: 'Storage failover',
      impact: 'downtime',
      durationMinutes: 120,
      windows: [{ region: 'NAM', startsAt: '2026-11-24T10:00:00.000Z', endsAt: '2026-11-24T12:00:00.000Z' }],
      environmentIds: [contoso().environments['nam-prod']!],
    });
    setNow('2026-11-24T10:30:00.000Z');
    const filed = await req('POST', `/api/tenants/${contoso().id}/tickets`, sam, {
      title: 'Cannot open the app',
      description: 'Blank page.',
      environmentId: contoso().environments['nam-prod'],
    });
    expect(filed.json()).toMatchObject({
      title: 'Cannot open the app - Planned Maintenance Window',
      maintenanceId: maintenance.maintenance.id,
    });
  });

  it('lets an operator link a ticket to an incident touching the tenant; the reporter is told', async () => {
    const ticket = (
      await req('POST', `/api/tenants/${contoso().id}/tickets`, alice, {
        title: 'Sign-in fails',
        description: 'For everyone.',
      })
    ).json();
    const fabrikamOnly = await open({
      title: 'JPN issue',
      services: ['dataverse'],
      scope: { environmentIds: [fabrikam().environments['jpn-prod']] },
    });
    const wrong = await req('POST', `/api/tickets/${ticket.id}/link`, ops, { incidentId: fabrikamOnly });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().errors[0].field).toBe('body.incidentId');
    const incident = await open({
      title: 'Sign-in failures',
      services: ['sales'],
      scope: { environmentIds: [contoso().environments['nam-prod']] },
    });
    const linked = await req('POST', `/api/tickets/${ticket.id}/link`, ops, { incidentId: incident });
    // The ticket's own status (being handled) beside the incident's.
    expect(linked.json()).toMatchObject({
      status: 'inProgress',
      incident: { id: incident, title: 'Sign-in failures', status: 'investigating' },
    });
    const event = await t.ctx.database.db
      .selectFrom('event')
      .selectAll()
      .where('type', '=', 'ticket.updated')
      .where('subject_id', '=', ticket.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.payload).scope.personIds).toEqual([t.demo.people.contosoOrgAdmin!.id]);
    expect((await req('POST', `/api/tickets/${ticket.id}/link`, alice, { incidentId: incident })).statusCode).toBe(403);
  });
});

describe('SLA credits', () => {
  let outage: string;

  beforeAll(async () => {
    // Four hours of downtime for Contoso's Sales in October, then two of degradation.
    setNow('2026-10-14T10:00:00.000Z');
    outage = await open({
      title: 'Sales down',
      services: ['sales'],
      scope: { environmentIds: [contoso().environments['nam-prod']] },
      status: 'serviceInterruption',
    });
    setNow('2026-10-14T14:00:00.000Z');
    await post(outage, { description: 'Partly back.', status: 'serviceDegradation' });
    setNow('2026-10-14T16:00:00.000Z');
    await post(outage, { description: 'Restored.', status: 'serviceRestored' });
    setNow('2026-11-24T12:00:00.000Z');
  });

  it('measures the month’s uptime per service with its credit tier', async () => {
    const items = (await req('GET', `/api/tenants/${contoso().id}/uptime?month=2026-10`, alice)).json().items;
    const sales = items.find((u: { serviceId: string }) => u.serviceId === 'sales');
    // 31 days = 44,640 minutes; lost 240 + 120 × 0.5 = 300.
    expect(sales).toMatchObject({
      downtimeMinutes: 240,
      degradedMinutes: 120,
      creditPercent: 25,
      incidentIds: [outage],
      final: true,
      claimable: true,
    }); // below 99.9 %, not below 99 %
    expect(sales.uptimePercent).toBeCloseTo(99.327, 3);
    expect(items.find((u: { serviceId: string }) => u.serviceId === 'dataverse').uptimePercent).toBe(100);
    expect((await req('GET', `/api/tenants/${contoso().id}/uptime?month=October`, alice)).statusCode).toBe(400);
    // The running month: figures so far, nothing to claim yet whatever its credit tier says.
    const running = (await req('GET', `/api/tenants/${contoso().id}/uptime?month=2026-11`, alice)).json().items;
    expect(running.length).toBeGreaterThan(0);
    for (const u of running) expect(u).toMatchObject({ final: false, claimable: false });
  });

  it('lets an org admin claim once; the claim keeps uptime, incidents and tier', async () => {
    expect(
      (await req('POST', `/api/tenants/${contoso().id}/sla-claims`, sam, { month: '2026-10', serviceId: 'sales' }))
        .statusCode,
    ).toBe(403);
    const claim = await req('POST', `/api/tenants/${contoso().id}/sla-claims`, alice, {
      month: '2026-10',
      serviceId: 'sales',
    });
    expect(claim.statusCode).toBe(201);
    expect(claim.json()).toMatchObject({
      status: 'pending',
      creditPercent: 25,
      incidentIds: [outage],
      downtimeMinutes: 240,
    });
    const again = await req('POST', `/api/tenants/${contoso().id}/sla-claims`, alice, {
      month: '2026-10',
      serviceId: 'sales',
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a month without incidents, a month not over, and another tenant', async () => {
    const nothing = await req('POST', `/api/tenants/${contoso().id}/sla-claims`, alice, {
      month: '2026-09',
      serviceId: 'sales',
    });
    expect(nothing.statusCode).toBe(409);
    expect(nothing.json().detail).toMatch(/uptime was 100 %, so there is nothing to claim/);
    const running = await req('POST', `/api/tenants/${contoso().id}/sla-claims`, alice, {
      month: '2026-11',
      serviceId: 'sales',
    });
    expect(running.statusCode).toBe(409);
    expect(running.json().detail).toMatch(/not over yet/);
    const other = await req('POST', `/api/tenants/${contoso().id}/sla-claims`, fiona, {
      month: '2026-10',
      serviceId: 'sales',
    });
    expect(other.statusCode).toBe(404);
    expect((await req('GET', `/api/tenants/${contoso().id}/sla-claims`, fiona)).statusCode).toBe(404);
    expect((await req('GET', `/api/tenants/${fabrikam().id}/sla-claims`, fiona)).json().items).toEqual([]);
    const count = await t.ctx.database.db
      .selectFrom('sla_claim')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('lets an operator approve or reject with a reason; the claimant is told', async () => {
    const [claim] = (await req('GET', '/api/sla-claims?status=pending', ops)).json().items;
    expect(
      (await req('POST', `/api/sla-claims/${claim.id}/decision`, alice, { decision: 'approved', reason: 'mine' }))
        .statusCode,
    ).toBe(403);
    const decided = await req('POST', `/api/sla-claims/${claim.id}/decision`, ops, {
      decision: 'approved',
      reason: 'Outage confirmed.',
    });
    expect(decided.json()).toMatchObject({ status: 'approved', decisionReason: 'Outage confirmed.' });
    expect(
      (await req('POST', `/api/sla-claims/${claim.id}/decision`, ops, { decision: 'rejected', reason: 'no' }))
        .statusCode,
    ).toBe(409);
    const event = await t.ctx.database.db
      .selectFrom('event')
      .selectAll()
      .where('type', '=', 'sla.claim_decided')
      .executeTakeFirstOrThrow();
    expect(event.tenant_id).toBe(contoso().id);
    expect(JSON.parse(event.payload).scope.personIds).toEqual([t.demo.people.contosoOrgAdmin!.id]);
  });
});

describe('reminders and maintenance overruns', () => {
  it('reminds the incident’s operators once per silent hour', async () => {
    setNow('2026-11-25T08:00:00.000Z');
    const id = await open({
      title: 'Quiet incident',
      services: ['sales'],
      scope: { environmentIds: [contoso().environments['nam-prod']] },
    });
    const stale = () =>
      t.ctx.database.db
        .selectFrom('event')
        .select(['key', 'payload'])
        .where('type', '=', 'incident.stale')
        .where('subject_id', '=', id)
        .execute();
    setNow('2026-11-25T08:59:00.000Z');
    await remindStaleIncidents(t.ctx);
    expect(await stale()).toHaveLength(0);
    setNow('2026-11-25T09:01:00.000Z');
    await remindStaleIncidents(t.ctx);
    await remindStaleIncidents(t.ctx);
    expect(await stale()).toHaveLength(1);
    expect(JSON.parse((await stale())[0]!.payload).scope.personIds).toEqual([t.demo.operator.id]);
    setNow('2026-11-25T10:01:00.000Z');
    await remindStaleIncidents(t.ctx);
    expect(await stale()).toHaveLength(2);
    await post(id, { description: 'Still looking.' });
    setNow('2026-11-25T10:30:00.000Z');
    await remindStaleIncidents(t.ctx);
    expect(await stale()).toHaveLength(2);
  });

  it('reminds before a report is due and when it is overdue', async () => {
    setNow('2026-11-25T09:00:00.000Z');
    const id = await open({
      title: 'EU outage',
      services: ['dataverse'],
      scope: { tenantIds: [contoso().id, fabrikam().id], regions: ['EUR', 'JPN'] },
      status: 'serviceInterruption',
    });
    setNow('2026-11-25T10:00:00.000Z');
    await post(id, { description: 'Restored.', status: 'serviceRestored' });
    const reminders = () =>
      t.ctx.database.db
        .selectFrom('event')
        .select('key')
        .where('type', '=', 'incident.pir_due')
        .where('subject_id', '=', id)
        .execute();
    setNow('2026-12-01T11:00:00.000Z'); // due Wed 2026-12-02 10:00 on the Irish calendar
    await remindReportsDue(t.ctx);
    setNow('2026-12-02T11:00:00.000Z');
    await remindReportsDue(t.ctx);
    await remindReportsDue(t.ctx);
    expect((await reminders()).map((r) => r.key).sort()).toEqual([
      `incident:${id}:pir_due:overdue:0`,
      `incident:${id}:pir_due:soon`,
    ]);
  });

  it('raises a major incident when maintenance overruns, inside the caller’s transaction', async () => {
    setNow('2026-11-26T03:00:00.000Z');
    const { incidentId } = await runCommand(t.ctx, systemActor('updates'), (s) =>
      raiseIncidentForMaintenance(s, {
        maintenanceId: 'mnt-1',
        title: 'Weekly update ran past its window in Contoso Sales',
        reason: 'overran',
        environmentIds: [contoso().environments['nam-prod']!],
        serviceIds: ['sales'],
        startedAt: '2026-11-26T02:00:00.000Z',
      }),
    );
    const i = (await req('GET', `/api/incidents/${incidentId}`, ops)).json();
    expect(i).toMatchObject({
      severity: 'major',
      maintenanceId: 'mnt-1',
      startDateTime: '2026-11-26T02:00:00.000Z',
      shownOnStatusPage: false,
    }); // raised from one tenant's maintenance: never public
    expect(i.severityOverride.reason).toMatch(/highest priority/);
    expect((await req('GET', `/api/incidents/${incidentId}`, alice)).statusCode).toBe(200);
  });
});
