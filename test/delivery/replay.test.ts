// Replaying dead deliveries: an event goes to two webhook endpoints, one refuses it (dead at once,
// the endpoint paused); once the receiver is fixed and the endpoint resumed, replaying the event
// sends only the dead delivery, on a real HTTP receiver. Replaying one delivery that is not dead
// is refused; replays are audited; tenants cannot replay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { systemActor } from '../../src/domain/actor.js';
import { deliverDue } from '../../src/delivery/worker.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startHttpReceiver, type HttpReceiver } from './sinks.js';

let t: TestApp;
let receiver: HttpReceiver;
let ops: { authorization: string };
let alice: { authorization: string };
const deliver = () => deliverDue(t.ctx, { random: () => 0.5 });

beforeAll(async () => {
  receiver = await startHttpReceiver();
  t = await createTestApp();
  ops = await t.auth('ops@herald.example');
  alice = await t.auth('alice@contoso.com');
  await deliver();
});
afterAll(async () => {
  await t.close();
  await receiver.close();
});

async function register(path: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/tenants/${t.demo.tenants.contoso.id}/webhooks`,
    headers: alice,
    payload: { url: `${receiver.url}${path}`, eventTypes: ['incident.opened'], description: path },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

describe('replaying dead deliveries', () => {
  it('sends only the dead deliveries of an event again, after their cause is fixed', async () => {
    const good = await register('/good');
    const broken = await register('/broken');
    receiver.respond = (r, res) =>
      r.url === '/broken' ? res.writeHead(400).end('bad config') : res.writeHead(204).end();
    await runCommand(t.ctx, systemActor('test'), (s) =>
      s.publish({
        type: 'incident.opened',
        key: 'replay-1',
        subject: { type: 'incident', id: 'replay-1' },
        scope: { environmentIds: [t.demo.tenants.contoso.environments['nam-prod']!] },
        payload: { title: 'Replay me', classification: 'incident', severity: 'minor' },
      }),
    );
    await deliver();
    const rows = () =>
      t.ctx.database.db
        .selectFrom('delivery')
        .innerJoin('event', 'event.id', 'delivery.event_id')
        .select(['delivery.id', 'delivery.recipient_id', 'delivery.status', 'delivery.event_id', 'delivery.channel'])
        .where('event.key', '=', 'replay-1')
        .execute();
    const first = await rows();
    const toBroken = first.find((d) => d.recipient_id === broken)!;
    expect(toBroken.status).toBe('dead');
    expect(first.find((d) => d.recipient_id === good)!.status).toBe('sent');
    const eventId = toBroken.event_id;

    // Not dead: refused, nothing changes.
    const notDead = first.find((d) => d.recipient_id === good)!;
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/deliveries/${notDead.id}/replay`, headers: ops })).statusCode,
    ).toBe(409);
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/events/${eventId}/replay`, headers: alice })).statusCode,
    ).toBe(403);

    // The cause fixed: the receiver accepts, the paused endpoint is resumed.
    receiver.respond = (_r, res) => res.writeHead(204).end();
    const resumed = await t.app.inject({
      method: 'PATCH',
      url: `/api/tenants/${t.demo.tenants.contoso.id}/webhooks/${broken}`,
      headers: alice,
      payload: { status: 'active' },
    });
    expect(resumed.statusCode).toBe(200);
    receiver.requests.length = 0;
    const replay = await t.app.inject({ method: 'POST', url: `/api/events/${eventId}/replay`, headers: ops });
    expect(replay.statusCode, replay.body).toBe(200);
    expect(replay.json()).toEqual({ replayed: first.filter((d) => d.status === 'dead').length });
    await deliver();
    const webhookPosts = receiver.requests.filter((r) => r.url === '/good' || r.url === '/broken');
    expect(webhookPosts.map((r) => r.url)).toEqual(['/broken']);
    expect((await rows()).find((d) => d.recipient_id === broken)!.status).toBe('sent');
    // A second replay finds nothing dead.
    expect((await t.app.inject({ method: 'POST', url: `/api/events/${eventId}/replay`, headers: ops })).json()).toEqual(
      { replayed: 0 },
    );
    const audit = (await t.app.inject({ url: '/api/audit-log?action=event.deliveries_replayed', headers: ops })).json();
    expect(audit.items[0]).toMatchObject({ actorLabel: 'ops@herald.example', entityId: eventId });
  });
});
