// The product team is paged: an update that runs past its window pages the team owning its
// services once, on a real HTTP receiver in the PagerDuty Events API v2 shape and by real SMTP,
// with the raised incident's id as dedup_key; the console's page list shows who was paged, and an
// operator's acknowledgement is audited and sent as event_action "acknowledge", and restoring the
// incident as event_action "resolve".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceMaintenance } from '../../src/app/updates/maintenanceProgress.js';
import { deliverDue } from '../../src/delivery/worker.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startHttpReceiver, startMailSink, type HttpReceiver, type MailSink } from '../delivery/sinks.js';

let t: TestApp;
let ops: { authorization: string };
let receiver: HttpReceiver;
let sink: MailSink;
const deliver = () => deliverDue(t.ctx, { random: () => 0.5 });
const at = (iso: string) => {
  t.clock.now = new Date(iso);
};

beforeAll(async () => {
  receiver = await startHttpReceiver();
  sink = await startMailSink();
  t = await createTestApp({ now: new Date('2027-03-01T12:00:00Z'), config: { smtpUrl: sink.url } });
  ops = await t.auth('ops@herald.example');
  await deliver();
});
afterAll(async () => {
  await t.close();
  await receiver.close();
  await sink.close();
});

describe('paging the product team', () => {
  let teamId: string;

  it('refuses a team without an on-call route, and a webhook without its routing key, naming the field', async () => {
    const none = await t.app.inject({ method: 'POST', url: '/api/teams', headers: ops, payload: { name: 'Nobody' } });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0].field).toBe('body.email');
    const keyless = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: ops,
      payload: { name: 'Keyless', webhookUrl: `${receiver.url}/pd` },
    });
    expect(keyless.statusCode).toBe(400);
    expect(keyless.json().errors[0].field).toBe('body.routingKey');
    const alice = await t.auth('alice@contoso.com');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/teams',
          headers: alice,
          payload: { name: 'X', email: 'x@example.com' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('pages the owning team once when an update overruns, with the incident id as dedup_key', async () => {
    const team = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: ops,
      payload: {
        name: 'Sales on-call',
        email: 'oncall-sales@provider.example',
        webhookUrl: `${receiver.url}/v2/enqueue`,
        routingKey: 'R0UT1NGKEY',
      },
    });
    expect(team.statusCode, team.body).toBe(201);
    teamId = team.json().id;
    expect(
      (await t.app.inject({ method: 'PUT', url: '/api/services/sales/owner', headers: ops, payload: { teamId } }))
        .statusCode,
    ).toBe(204);

    const m = await t.app.inject({
      method: 'POST',
      url: '/api/maintenance',
      headers: ops,
      payload: {
        kind: 'planned',
        title: 'Storage upgrade',
        impact: 'downtime',
        durationMinutes: 60,
        services: ['sales'],
        windows: [{ region: 'NAM', startsAt: '2027-03-10T02:00:00Z', endsAt: '2027-03-10T11:00:00Z' }],
      },
    });
    expect(m.statusCode, m.body).toBe(201);
    at('2027-03-10T02:30:00Z');
    await advanceMaintenance(t.ctx);
    at('2027-03-10T11:00:00Z');
    await advanceMaintenance(t.ctx);
    await advanceMaintenance(t.ctx); // a second run (another node) pages nobody again
    receiver.requests.length = 0;
    sink.mails.length = 0;
    await deliver();

    const incidents = await t.ctx.database.db
      .selectFrom('incident')
      .select('id')
      .where('maintenance_id', '=', m.json().id)
      .execute();
    expect(incidents).toHaveLength(1);
    const incidentId = incidents[0]!.id;
    // (The demo's own maintenance overran in NAM too: its incident is another alert, another dedup_key.)
    const pages = receiver.requests
      .filter((r) => r.url === '/v2/enqueue')
      .map((r) => JSON.parse(r.body.toString()))
      .filter((p) => p.dedup_key === incidentId);
    expect(pages).toEqual([
      {
        routing_key: 'R0UT1NGKEY',
        event_action: 'trigger',
        dedup_key: incidentId,
        payload: expect.objectContaining({
          summary: expect.stringContaining(incidentId),
          severity: 'critical',
          source: expect.any(String),
          timestamp: expect.any(String),
        }),
      },
    ]);
    expect(pages[0].payload.custom_details).toMatchObject({
      incidentId,
      reason: 'update_overran',
      event: 'maintenance.overran',
    });
    const toTeam = sink.mails.filter((mail) => mail.headers.get('x-herald-dedup-key') === incidentId);
    expect(toTeam).toHaveLength(1);
    expect(JSON.stringify(toTeam[0]!.to)).toContain('oncall-sales@provider.example');

    const list = (await t.app.inject({ url: `/api/pages?incidentId=${incidentId}`, headers: ops })).json();
    expect(list).toEqual([
      expect.objectContaining({
        teamId,
        teamName: 'Sales on-call',
        dedupKey: incidentId,
        reason: 'update_overran',
        acknowledgedAt: null,
      }),
    ]);
  });

  it('acknowledging is audited and tells the team’s webhook "acknowledge" for the same dedup_key, once', async () => {
    const page = (await t.app.inject({ url: '/api/pages', headers: ops }))
      .json()
      .find((p: { summary: string }) => p.summary.includes('Storage upgrade'));
    receiver.requests.length = 0;
    at('2027-03-10T11:05:00Z');
    const ack = await t.app.inject({ method: 'POST', url: `/api/pages/${page.id}/acknowledge`, headers: ops });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({
      acknowledgedAt: '2027-03-10T11:05:00.000Z',
      acknowledgedBy: 'ops@herald.example',
    });
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/pages/${page.id}/acknowledge`, headers: ops })).statusCode,
    ).toBe(409);
    const audit = (await t.app.inject({ url: `/api/audit-log?action=page.acknowledged`, headers: ops })).json();
    expect(audit.items).toEqual([expect.objectContaining({ actorLabel: 'ops@herald.example', entityId: page.id })]);
    await deliver();
    expect(receiver.requests.map((r) => JSON.parse(r.body.toString()))).toEqual([
      { routing_key: 'R0UT1NGKEY', event_action: 'acknowledge', dedup_key: page.dedupKey },
    ]);
    // Tenants never see the provider's pages.
    expect((await t.app.inject({ url: '/api/pages', headers: await t.auth('alice@contoso.com') })).statusCode).toBe(
      403,
    );
  });

  it('restoring the incident tells the team’s webhook "resolve" for the same dedup_key, once', async () => {
    const page = (await t.app.inject({ url: '/api/pages', headers: ops }))
      .json()
      .find((p: { summary: string }) => p.summary.includes('Storage upgrade'));
    receiver.requests.length = 0;
    at('2027-03-10T12:00:00Z');
    const restore = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/incidents/${page.dedupKey}/posts`,
        headers: ops,
        payload: { description: 'The storage upgrade is finished; service is restored.', status: 'serviceRestored' },
      });
    const restored = await restore();
    expect(restored.statusCode, restored.body).toBe(201);
    await deliver();
    // A second restored post (a correction of the text) resolves nothing again.
    at('2027-03-10T12:05:00Z');
    expect((await restore()).statusCode).toBe(201);
    await deliver();
    expect(receiver.requests.filter((r) => r.url === '/v2/enqueue').map((r) => JSON.parse(r.body.toString()))).toEqual([
      { routing_key: 'R0UT1NGKEY', event_action: 'resolve', dedup_key: page.dedupKey },
    ]);
  });
});
