// Changes after the first notice: an incident widened from one environment to its region tells the
// system admins of the new environments once, by real SMTP, and never mails the first ones again
// for the widening (not even one who administers an old and a new environment); an environment
// imported later inside the region joins the incident and its admin is told once; a severity
// change is told to those told before.
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDue } from '../../src/delivery/worker.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startMailSink, type MailSink } from '../delivery/sinks.js';

let t: TestApp;
let ops: { authorization: string };
let sink: MailSink;
let incidentId: string;
const deliver = () => deliverDue(t.ctx, { random: () => 0.5 });
const to = (address: string, rule?: string) =>
  sink.mails.filter(
    (m: ParsedMail) =>
      JSON.stringify(m.to).includes(address) &&
      (!rule || m.headers.get('x-herald-rule') === rule) &&
      m.subject?.includes('Checkout'),
  );

beforeAll(async () => {
  sink = await startMailSink();
  t = await createTestApp({ now: new Date('2026-11-02T09:00:00.000Z'), config: { smtpUrl: sink.url } });
  ops = await t.auth('ops@herald.example');
  const imported = await t.app.inject({
    method: 'POST',
    url: '/api/import',
    headers: ops,
    payload: {
      tenants: [{ name: 'Litware', domain: 'litware.example', purchaseDate: '2026-04-01' }],
      environments: [
        {
          tenant: 'litware.example',
          name: 'Litware',
          region: 'NAM',
          type: 'production',
          url: 'https://litware.crm.dynamics.com',
          version: '9.2.25104.166',
          services: ['sales'],
        },
      ],
      people: [
        {
          email: 'lee@litware.example',
          name: 'Lee Li',
          roles: [{ role: 'system_admin', environment: 'https://litware.crm.dynamics.com' }],
        },
      ],
    },
  });
  expect(imported.statusCode, imported.body).toBe(200);
  // Sam administers the first environment and, from now on, the Contoso sandbox in the same region.
  const sam = await t.ctx.database.db
    .selectFrom('person')
    .select('id')
    .where('email', '=', 'sam@contoso.com')
    .executeTakeFirstOrThrow();
  const role = await t.app.inject({
    method: 'POST',
    url: `/api/people/${sam.id}/roles`,
    headers: ops,
    payload: { role: 'system_admin', environmentId: t.demo.tenants.contoso.environments['nam-sandbox'] },
  });
  expect(role.statusCode).toBe(201);
  await deliver();
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

describe('an incident widened after its first notice', () => {
  it('mails the first environment’s system admin', async () => {
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: ops,
      payload: {
        title: 'Checkout errors',
        classification: 'incident',
        services: ['sales'],
        scope: { environmentIds: [t.demo.tenants.contoso.environments['nam-prod']] },
        impactDescription: 'Opportunities cannot be closed.',
        userExperience: 'Saving fails with an error.',
        startDateTime: '2026-11-02T08:30:00Z',
        status: 'serviceInterruption',
        origin: 'microsoft',
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    incidentId = opened.json().id;
    await deliver();
    expect(to('sam@contoso.com')).toHaveLength(1);
    expect(to('lee@litware.example')).toHaveLength(0);
  });

  it('widened to the region: the new environments’ system admins get the incident email once, the first ones nothing for it', async () => {
    t.clock.now = new Date('2026-11-02T09:30:00.000Z');
    const widened = await t.app.inject({
      method: 'PATCH',
      url: `/api/incidents/${incidentId}`,
      headers: ops,
      payload: { scope: { regions: ['NAM'] } },
    });
    expect(widened.statusCode, widened.body).toBe(200);
    // Applied twice (an operator's second click): the same widening, no second email.
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: `/api/incidents/${incidentId}`,
          headers: ops,
          payload: { scope: { regions: ['NAM'] } },
        })
      ).statusCode,
    ).toBe(200);
    await deliver();
    const toLee = to('lee@litware.example', 'incident-scope-widened');
    expect(toLee).toHaveLength(1);
    expect(toLee[0]!.text).toContain('Litware');
    expect(toLee[0]!.text).not.toContain('Contoso');
    expect(to('sam@contoso.com', 'incident-scope-widened')).toHaveLength(0);
  });

  it('an environment imported later inside the region joins the incident; its system admin is told once', async () => {
    t.clock.now = new Date('2026-11-02T10:00:00.000Z');
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/import',
      headers: ops,
      payload: {
        environments: [
          {
            tenant: 'litware.example',
            name: 'Litware Two',
            region: 'NAM',
            type: 'production',
            url: 'https://litware2.crm.dynamics.com',
            version: '9.2.25104.166',
            services: ['sales'],
          },
        ],
        people: [
          {
            email: 'kim@litware.example',
            name: 'Kim Ko',
            roles: [{ role: 'system_admin', environment: 'https://litware2.crm.dynamics.com' }],
          },
        ],
      },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    await deliver();
    expect(to('kim@litware.example', 'incident-scope-widened')).toHaveLength(1);
    expect(to('lee@litware.example')).toHaveLength(1);
    // Sam: the first incident email only (the widening to a whole region made it major, a change
    // of severity Sam is told of; never the incident email again).
    expect(to('sam@contoso.com').map((m) => m.headers.get('x-herald-rule'))).toEqual([
      'service-incident',
      'incident-severity-or-scope-changed',
    ]);
    const kim = await t.auth('kim@litware.example');
    expect((await t.app.inject({ url: `/api/incidents/${incidentId}`, headers: kim })).statusCode).toBe(200);
  });

  it('a severity change is told to those told before', async () => {
    t.clock.now = new Date('2026-11-02T10:30:00.000Z');
    const current = (
      await t.ctx.database.db
        .selectFrom('incident')
        .select('severity')
        .where('id', '=', incidentId)
        .executeTakeFirstOrThrow()
    ).severity;
    const severity = current === 'major' ? 'minor' : 'major';
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/incidents/${incidentId}/severity`,
      headers: ops,
      payload: { severity, reason: 'Judged by the operator' },
    });
    expect(res.statusCode, res.body).toBe(200);
    sink.mails.length = 0;
    await deliver();
    for (const address of ['sam@contoso.com', 'lee@litware.example', 'kim@litware.example']) {
      const changed = to(address, 'incident-severity-or-scope-changed');
      expect(changed, address).toHaveLength(1);
      expect(changed[0]!.text).toContain(`Severity changed from ${current} to ${severity}`);
    }
    expect(sink.mails.filter((m) => m.subject?.includes('Checkout'))).toHaveLength(3);
  });
});
