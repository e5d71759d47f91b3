// Webhooks to a real HTTP receiver that verifies signatures with the standardwebhooks library:
// signing and rotation, retries on the Standard Webhooks schedule with a moved clock, death after
// the last try and the endpoint paused (its org admins told), no redirects, timeouts, and the
// address check at connection time.
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { systemActor } from '../../src/domain/actor.js';
import type { NewEvent } from '../../src/domain/events.js';
import { MAX_ATTEMPTS, RETRY_DELAYS_MS } from '../../src/delivery/retry.js';
import { deliverDue } from '../../src/delivery/worker.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startHttpReceiver, type HttpReceiver } from './sinks.js';

let t: TestApp;
let receiver: HttpReceiver;
const deliver = (options: Parameters<typeof deliverDue>[1] = {}) =>
  deliverDue(t.ctx, { random: () => 0.5, ...options });

beforeAll(async () => {
  receiver = await startHttpReceiver();
  t = await createTestApp();
  await deliver();
});
afterAll(async () => {
  await t.close();
  await receiver.close();
});
beforeEach(() => {
  receiver.requests.length = 0;
  receiver.respond = (_r, res) => res.writeHead(204).end();
});

let n = 0;
const nam = () => t.demo.tenants.contoso.environments['nam-prod']!;
const opened = (): NewEvent => {
  n++;
  return {
    type: 'incident.opened',
    key: `wh-inc-${n}`,
    subject: { type: 'incident', id: `wh-${n}` },
    scope: { environmentIds: [nam()] },
    payload: { title: `Incident ${n}`, classification: 'incident', severity: 'minor' },
  };
};
const publish = (event: NewEvent) => runCommand(t.ctx, systemActor('test'), (s) => s.publish(event));

async function register(path: string, eventTypes = ['incident.opened']): Promise<{ id: string; secret: string }> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/tenants/${t.demo.tenants.contoso.id}/webhooks`,
    headers: await t.auth('alice@contoso.com'),
    payload: { url: `${receiver.url}${path}`, eventTypes, description: 'test' },
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}

const deliveryTo = (endpointId: string, eventKey: string) =>
  t.ctx.database.db
    .selectFrom('delivery')
    .innerJoin('event', 'event.id', 'delivery.event_id')
    .selectAll('delivery')
    .where('delivery.recipient_id', '=', endpointId)
    .where('event.key', '=', eventKey)
    .executeTakeFirstOrThrow();

describe('webhooks', () => {
  let endpoint: { id: string; secret: string };

  it('posts the event signed per Standard Webhooks; the receiver verifies it with the library', async () => {
    endpoint = await register('/hook');
    expect(endpoint.secret).toMatch(/^whsec_/);
    const event = opened();
    await publish(event);
    await deliver();
    expect(receiver.requests).toHaveLength(1);
    const [r] = receiver.requests;
    const payload = new Webhook(endpoint.secret).verify(r!.body, r!.headers as Record<string, string>) as {
      type: string;
      data: Record<string, unknown>;
    };
    expect(payload.type).toBe('incident.opened');
    expect(payload.data.title).toBe(`Incident ${n}`);
    expect(payload.data).not.toHaveProperty('scope');
    const delivery = await deliveryTo(endpoint.id, event.key);
    expect(r!.headers['webhook-id']).toBe(delivery.id);
    expect(delivery).toMatchObject({ status: 'sent', attempts: 1, rule: 'webhook-subscription', reason: 'subscribed' });
    expect(() =>
      new Webhook(`whsec_${Buffer.from('another secret').toString('base64')}`).verify(
        r!.body,
        r!.headers as Record<string, string>,
      ),
    ).toThrow();
  });

  it('signs with both secrets during a rotation’s overlap, then with the new one only', async () => {
    const rotated = await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${t.demo.tenants.contoso.id}/webhooks/${endpoint.id}/rotate-secret`,
      headers: await t.auth('alice@contoso.com'),
      payload: { overlapHours: 1 },
    });
    expect(rotated.statusCode).toBe(200);
    const { secret } = rotated.json();
    await publish(opened());
    await deliver();
    const [r] = receiver.requests;
    expect(String(r!.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const s of [secret, endpoint.secret])
      expect(new Webhook(s).verify(r!.body, r!.headers as Record<string, string>)).toMatchObject({
        type: 'incident.opened',
      });

    receiver.requests.length = 0;
    const later = new Date(t.clock.now.getTime() + 2 * 3600_000);
    t.clock.now = later;
    await publish(opened());
    await deliver();
    const [after] = receiver.requests;
    const signatures = String(after!.headers['webhook-signature']).split(' ');
    expect(signatures).toEqual([
      new Webhook(secret).sign(
        String(after!.headers['webhook-id']),
        new Date(Number(after!.headers['webhook-timestamp']) * 1000),
        after!.body.toString(),
      ),
    ]);
    endpoint.secret = secret;
  });

  it('retries a failing endpoint on the Standard Webhooks schedule, then gives up and pauses it, telling the org admins', async () => {
    const failing = await register('/failing');
    receiver.respond = (_r, res) => res.writeHead(503).end('down for maintenance');
    const event = opened();
    await publish(event);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliver();
      const d = await deliveryTo(failing.id, event.key);
      expect(d.attempts).toBe(attempt);
      expect(d.last_error).toBe('HTTP 503: down for maintenance');
      if (attempt < MAX_ATTEMPTS) {
        expect(d.status).toBe('failed');
        // random 0.5 means no jitter: exactly the schedule.
        expect(Date.parse(d.next_attempt_at) - t.clock.now.getTime()).toBe(RETRY_DELAYS_MS[attempt - 1]);
        // Not yet due: nothing is sent before its time.
        const before = receiver.requests.length;
        await deliver();
        expect(receiver.requests.length).toBe(before);
        t.clock.now = new Date(Date.parse(d.next_attempt_at));
      } else {
        expect(d.status).toBe('dead');
      }
    }
    const failingRequests = receiver.requests.filter((r) => r.url === '/failing');
    expect(failingRequests).toHaveLength(MAX_ATTEMPTS);
    expect(new Set(failingRequests.map((r) => r.headers['webhook-id'])).size).toBe(1);

    const log = await t.app.inject({
      url: `/api/tenants/${t.demo.tenants.contoso.id}/webhooks/${failing.id}`,
      headers: await t.auth('alice@contoso.com'),
    });
    expect(log.json()).toMatchObject({ status: 'paused', pausedReason: expect.stringContaining('failed') });
    const paused = await t.ctx.database.db
      .selectFrom('delivery')
      .innerJoin('event', 'event.id', 'delivery.event_id')
      .innerJoin('person', 'person.id', 'delivery.recipient_id')
      .select(['person.email', 'delivery.channel', 'delivery.reason'])
      .where('event.type', '=', 'webhook.endpoint_paused')
      .where('event.subject_id', '=', failing.id)
      .orderBy('delivery.channel')
      .execute();
    expect(paused).toEqual([
      { email: 'alice@contoso.com', channel: 'email', reason: 'org_admin' },
      { email: 'alice@contoso.com', channel: 'in_app', reason: 'org_admin' },
    ]);

    // Paused: new events are not planned for it; the healthy endpoint still gets them.
    receiver.respond = (_r, res) => res.writeHead(200).end();
    receiver.requests.length = 0;
    await publish(opened());
    await deliver();
    expect(receiver.requests.map((r) => r.url)).toEqual(['/hook']);

    // Resumed by its admin, it receives again.
    const resumed = await t.app.inject({
      method: 'PATCH',
      url: `/api/tenants/${t.demo.tenants.contoso.id}/webhooks/${failing.id}`,
      headers: await t.auth('alice@contoso.com'),
      payload: { status: 'active' },
    });
    expect(resumed.json()).toMatchObject({ status: 'active', pausedReason: null });
    receiver.requests.length = 0;
    await publish(opened());
    await deliver();
    expect(receiver.requests.map((r) => r.url).sort()).toEqual(['/failing', '/hook']);
    await t.ctx.database.db.deleteFrom('webhook_endpoint').where('id', '=', failing.id).execute();
  });

  it('does not follow redirects', async () => {
    receiver.respond = (r, res) =>
      r.url === '/hook' ? res.writeHead(302, { location: '/elsewhere' }).end() : res.writeHead(200).end();
    const event = opened();
    await publish(event);
    await deliver();
    expect(receiver.requests.map((r) => r.url)).toEqual(['/hook']);
    const d = await deliveryTo(endpoint.id, event.key);
    expect(d).toMatchObject({ status: 'failed', last_error: 'HTTP 302 (redirects are not followed)' });
    await t.ctx.database.db.updateTable('delivery').set({ status: 'dead' }).where('id', '=', d.id).execute();
  });

  it('gives up on a receiver that does not answer in time', async () => {
    receiver.respond = () => {}; // never answers
    const event = opened();
    await publish(event);
    await deliver({ httpTimeoutMs: 200 });
    const d = await deliveryTo(endpoint.id, event.key);
    expect(d).toMatchObject({ status: 'failed', last_error: 'no answer within 0.2 s' });
    await t.ctx.database.db.updateTable('delivery').set({ status: 'dead' }).where('id', '=', d.id).execute();
  });

  it('refuses, when connecting, a host name that now resolves to a private address, and gives up at once', async () => {
    await t.ctx.database.db
      .updateTable('webhook_endpoint')
      .set({ url: 'http://hooks.contoso.example/hook' })
      .where('id', '=', endpoint.id)
      .execute();
    const event = opened();
    await publish(event);
    t.ctx.config.allowPrivateWebhookTargets = false;
    try {
      await deliver({ resolve: async () => [{ address: '10.1.2.3', family: 4 }] });
    } finally {
      t.ctx.config.allowPrivateWebhookTargets = true;
    }
    expect(receiver.requests).toEqual([]);
    const d = await deliveryTo(endpoint.id, event.key);
    // No retry would send it anywhere else: dead on the first try, with the reason.
    expect(d.status).toBe('dead');
    expect(d.last_error).toContain('resolves to 10.1.2.3');
  });

  it('gives up at once on an answer no retry changes (404), but retries a 503', async () => {
    await t.ctx.database.db
      .updateTable('webhook_endpoint')
      .set({ url: `${receiver.url}/hook` })
      .where('id', '=', endpoint.id)
      .execute();
    const gone = opened();
    receiver.respond = (_r, res) => res.writeHead(404).end('no such hook');
    await publish(gone);
    await deliver();
    expect(await deliveryTo(endpoint.id, gone.key)).toMatchObject({
      status: 'dead',
      last_error: 'HTTP 404: no such hook',
    });
    const busy = opened();
    receiver.respond = (_r, res) => res.writeHead(503).end();
    await publish(busy);
    await deliver();
    expect(await deliveryTo(endpoint.id, busy.key)).toMatchObject({ status: 'failed' });
  });
});
