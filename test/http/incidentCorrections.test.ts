// "Post without notifying": a correction to an incident is posted with notify: false. Nobody is
// emailed (a real SMTP sink receives nothing) and no webhook is called, but the post is in the
// timeline marked as such and the delivery log lists its deliveries as suppressed, not failed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDue } from '../../src/delivery/worker.js';
import { startHttpReceiver, startMailSink, type HttpReceiver, type MailSink } from '../delivery/sinks.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let sink: MailSink;
let receiver: HttpReceiver;
let ops: { authorization: string };
const deliver = () => deliverDue(t.ctx, { random: () => 0.5 });

beforeAll(async () => {
  sink = await startMailSink();
  receiver = await startHttpReceiver();
  t = await createTestApp({ config: { smtpUrl: sink.url, mailFrom: 'Herald <herald@status.example.com>' } });
  ops = await t.auth('ops@herald.example');
  await deliver();
});
afterAll(async () => {
  await t.close();
  await sink.close();
  await receiver.close();
});

/** Mail about the incident under test that reached sam, the system admin of its environment. */
const mailsTo = (email: string) =>
  sink.mails.filter((m) => JSON.stringify(m.to ?? '').includes(email) && m.subject?.includes('Quote exports fail'));

describe('posting without notifying', () => {
  let incidentId: string;

  it('a correction sends no email and calls no webhook, yet is in the timeline and the delivery log as suppressed', async () => {
    const hook = await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${t.demo.tenants.contoso.id}/webhooks`,
      headers: await t.auth('alice@contoso.com'),
      payload: { url: `${receiver.url}/hook`, eventTypes: ['incident.opened', 'incident.updated'] },
    });
    expect(hook.statusCode).toBe(201);
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: ops,
      payload: {
        title: 'Quote exports fail',
        classification: 'incident',
        services: ['sales'],
        scope: { environmentIds: [t.demo.tenants.contoso.environments['nam-prod']] },
        impactDescription: 'Exports fail.',
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    incidentId = opened.json().id;
    await deliver();
    // The opening notifies: the sink and the receiver work.
    expect(mailsTo('sam@contoso.com')).toHaveLength(1);
    expect(receiver.requests).toHaveLength(1);

    const correction = await t.app.inject({
      method: 'POST',
      url: `/api/incidents/${incidentId}/posts`,
      headers: ops,
      payload: { description: 'Correction: exports of quotes, not of orders.', notify: false },
    });
    expect(correction.statusCode, correction.body).toBe(201);
    await deliver();
    expect(mailsTo('sam@contoso.com')).toHaveLength(1);
    expect(receiver.requests).toHaveLength(1);

    const incident = (await t.app.inject({ url: `/api/incidents/${incidentId}`, headers: ops })).json();
    expect(
      incident.posts.map((p: { description: { content: string }; notified: boolean }) => [
        p.description.content,
        p.notified,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['Exports fail.', true],
        ['Correction: exports of quotes, not of orders.', false],
      ]),
    );
    // Tenants see the correction in the timeline too.
    const asAlice = (
      await t.app.inject({ url: `/api/incidents/${incidentId}`, headers: await t.auth('alice@contoso.com') })
    ).json();
    expect(asAlice.posts.some((p: { notified: boolean }) => !p.notified)).toBe(true);

    const events = (
      await t.app.inject({
        url: `/api/events?subjectType=incident&subjectId=${incidentId}&type=incident.updated`,
        headers: ops,
      })
    ).json();
    expect(events.items).toHaveLength(1);
    const [event] = events.items;
    expect(event.payload.notified).toBe(false);
    expect(event.deliveries).toMatchObject({ pending: 0, sent: 0, failed: 0, dead: 0 });
    expect(event.deliveries.suppressed).toBeGreaterThan(1);
    const log = (await t.app.inject({ url: `/api/events/${event.id}/deliveries`, headers: ops })).json();
    expect(log.items.length).toBe(event.deliveries.suppressed);
    expect(new Set(log.items.map((d: { status: string; lastError: string }) => `${d.status}: ${d.lastError}`))).toEqual(
      new Set(['suppressed: posted without notifying']),
    );
    expect(log.items.map((d: { channel: string }) => d.channel)).toEqual(
      expect.arrayContaining(['email', 'webhook', 'in_app']),
    );
  });

  it('the next ordinary update notifies again', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/incidents/${incidentId}/posts`,
      headers: ops,
      payload: { description: 'A fix is being deployed.' },
    });
    expect(res.statusCode).toBe(201);
    await deliver();
    expect(mailsTo('sam@contoso.com')).toHaveLength(2);
    expect(receiver.requests).toHaveLength(2);
  });

  it('refuses a notify that is not true or false, naming it, and posts nothing', async () => {
    const before = (await t.app.inject({ url: `/api/incidents/${incidentId}`, headers: ops })).json().posts.length;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/incidents/${incidentId}/posts`,
      headers: ops,
      payload: { description: 'x', notify: 'quietly' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('notify');
    expect((await t.app.inject({ url: `/api/incidents/${incidentId}`, headers: ops })).json().posts.length).toBe(
      before,
    );
  });
});
