// The notification API as people use it: preferences, the in-app list, push subscriptions,
// webhook endpoints (with the address checks), and the delivery log seen from two tenants.
import { createECDH, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { createWebhook } from '../../src/app/notifications/webhooks.js';
import { loadPersonActor } from '../../src/store/actors.js';
import { systemActor } from '../../src/domain/actor.js';
import type { NewEvent } from '../../src/domain/events.js';
import { deliverDue } from '../../src/delivery/worker.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startHttpReceiver, type HttpReceiver } from '../delivery/sinks.js';

let t: TestApp;
let receiver: HttpReceiver;
beforeAll(async () => {
  receiver = await startHttpReceiver();
  t = await createTestApp();
  await deliverDue(t.ctx);
});
afterAll(async () => {
  await t.close();
  await receiver.close();
});

const as = (email: string) => t.auth(email);
const publish = (event: NewEvent) => runCommand(t.ctx, systemActor('test'), (s) => s.publish(event));
const count = async (table: 'notification_preference' | 'webhook_endpoint' | 'push_subscription') =>
  Number(
    (
      await t.ctx.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function withPrivateTargetsRefused<T>(fn: () => Promise<T>): Promise<T> {
  t.ctx.config.allowPrivateWebhookTargets = false;
  try {
    return await fn();
  } finally {
    t.ctx.config.allowPrivateWebhookTargets = true;
  }
}

describe('preferences', () => {
  it('shows every category and channel with its effective state, defaults until chosen, and saves choices', async () => {
    const headers = await as('sam@contoso.com');
    const initial = await t.app.inject({ url: '/api/me/preferences', headers });
    expect(initial.statusCode).toBe(200);
    expect(initial.json().preferences).toContainEqual({
      category: 'incident',
      channel: 'email',
      enabled: null,
      effective: true,
      source: 'default',
      byDefault: true,
    });
    // A Message Center post's email is the one opt-in: off until asked for.
    expect(initial.json().preferences).toContainEqual({
      category: 'message_center',
      channel: 'email',
      enabled: null,
      effective: false,
      source: 'default',
      byDefault: false,
    });
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/me/preferences',
      headers,
      payload: {
        preferences: [
          { category: 'release', channel: 'email', enabled: false },
          { category: 'message_center', channel: 'email', enabled: true },
        ],
      },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().preferences).toContainEqual({
      category: 'release',
      channel: 'email',
      enabled: false,
      effective: false,
      source: 'choice',
      byDefault: true,
    });
    expect(saved.json().preferences).toContainEqual({
      category: 'message_center',
      channel: 'email',
      enabled: true,
      effective: true,
      source: 'choice',
      byDefault: false,
    });
    const cleared = await t.app.inject({
      method: 'PUT',
      url: '/api/me/preferences',
      headers,
      payload: { preferences: [{ category: 'release', channel: 'email', enabled: null }] },
    });
    expect(cleared.json().preferences).toContainEqual({
      category: 'release',
      channel: 'email',
      enabled: null,
      effective: true,
      source: 'default',
      byDefault: true,
    });
  });

  it('refuses malformed preferences with a 400 naming the field, and writes nothing', async () => {
    const headers = await as('sam@contoso.com');
    const before = await count('notification_preference');
    const cases: [unknown, string][] = [
      [{ preferences: [{ category: 'gossip', channel: 'email', enabled: false }] }, 'body.preferences.0.category'],
      [
        {
          preferences: [
            { category: 'incident', channel: 'email', enabled: false },
            { category: 'incident', channel: 'pigeon', enabled: false },
          ],
        },
        'body.preferences.1.channel',
      ],
      [{ preferences: [{ category: 'incident', channel: 'email', enabled: 'yes' }] }, 'body.preferences.0.enabled'],
      [{ preferences: [{ category: 'incident', channel: 'email' }] }, 'body.preferences.0.enabled'],
      [{ preferences: [] }, 'body.preferences'],
      [{ prefs: [] }, 'body.prefs'],
    ];
    for (const [payload, field] of cases) {
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/me/preferences',
        headers,
        payload: payload as object,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await count('notification_preference')).toBe(before);
    expect((await t.app.inject({ url: '/api/me/preferences' })).statusCode).toBe(401);
  });
});

describe('in-app notifications', () => {
  it('lists a person’s notifications with the unread count and marks them read', async () => {
    await publish({
      type: 'maintenance.unplanned',
      key: 'inbox:1',
      subject: { type: 'maintenance', id: 'inbox-1' },
      scope: { regionCodes: ['NAM'] },
      payload: { title: 'Emergency storage fix', summary: 'Storage is being repaired.', url: '/maintenance/inbox-1' },
    });
    const sam = await as('sam@contoso.com');
    const list = await t.app.inject({ url: '/api/me/notifications?unreadOnly=true', headers: sam });
    expect(list.statusCode).toBe(200);
    const body = list.json();
    const item = body.items.find((i: { title: string }) => i.title === 'Emergency storage fix');
    expect(item).toMatchObject({
      eventType: 'maintenance.unplanned',
      summary: 'Storage is being repaired.',
      url: '/maintenance/inbox-1',
      readAt: null,
    });
    expect(body.unreadCount).toBeGreaterThanOrEqual(1);

    // Raj cannot mark Sam's notification read.
    const raj = await as('raj@fabrikam.com');
    await t.app.inject({
      method: 'POST',
      url: '/api/me/notifications/read',
      headers: raj,
      payload: { ids: [item.id] },
    });
    expect((await t.app.inject({ url: '/api/me/notifications', headers: sam })).json().unreadCount).toBe(
      body.unreadCount,
    );

    const read = await t.app.inject({
      method: 'POST',
      url: '/api/me/notifications/read',
      headers: sam,
      payload: { ids: [item.id] },
    });
    expect(read.json().unreadCount).toBe(body.unreadCount - 1);
    const all = await t.app.inject({
      method: 'POST',
      url: '/api/me/notifications/read',
      headers: sam,
      payload: { all: true },
    });
    expect(all.json()).toEqual({ unreadCount: 0 });
  });
});

function browserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') };
}

describe('push', () => {
  it('subscribes a browser and pushes an encrypted message signed with the VAPID key', async () => {
    const raj = await as('raj@fabrikam.com');
    const { publicKey } = (await t.app.inject({ url: '/api/push/vapid-public-key', headers: raj })).json();
    expect(publicKey).toMatch(/^[\w-]{80,}$/);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/me/push-subscriptions',
      headers: raj,
      payload: { endpoint: `${receiver.url}/push/raj`, keys: browserKeys(), userAgent: 'Phone' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ endpoint: `${receiver.url}/push/raj`, userAgent: 'Phone' });

    receiver.respond = (_r, res) => res.writeHead(201).end();
    await publish({
      type: 'maintenance.unplanned',
      key: 'push:1',
      subject: { type: 'maintenance', id: 'push-1' },
      scope: { regionCodes: ['IND'] },
      payload: { title: 'Emergency network fix' },
    });
    await deliverDue(t.ctx);
    const pushes = receiver.requests.filter((r) => r.url === '/push/raj');
    expect(pushes).toHaveLength(1);
    expect(pushes[0]!.headers['content-encoding']).toBe('aes128gcm');
    expect(pushes[0]!.headers.authorization).toContain(`k=${publicKey}`);
    expect(pushes[0]!.headers.ttl).toBe('86400');
    expect(pushes[0]!.body.toString('latin1')).not.toContain('Emergency network fix');

    // The push service forgot the browser: the subscription goes, and with it the person's push.
    receiver.respond = (_r, res) => res.writeHead(410).end();
    await publish({
      type: 'maintenance.unplanned',
      key: 'push:2',
      subject: { type: 'maintenance', id: 'push-2' },
      scope: { regionCodes: ['IND'] },
      payload: { title: 'Another fix' },
    });
    await deliverDue(t.ctx);
    expect((await t.app.inject({ url: '/api/me/push-subscriptions', headers: raj })).json().items).toEqual([]);
    const gone = await t.ctx.database.db
      .selectFrom('delivery')
      .innerJoin('event', 'event.id', 'delivery.event_id')
      .select(['delivery.status', 'delivery.last_error'])
      .where('event.key', '=', 'push:2')
      .where('channel', '=', 'push')
      .executeTakeFirstOrThrow();
    expect(gone).toEqual({ status: 'suppressed', last_error: 'every push subscription of the person has expired' });
  });

  it('removes only one’s own subscriptions and refuses internal push endpoints', async () => {
    const sam = await as('sam@contoso.com');
    const mine = (
      await t.app.inject({
        method: 'POST',
        url: '/api/me/push-subscriptions',
        headers: sam,
        payload: { endpoint: 'https://push.example.com/sam', keys: browserKeys() },
      })
    ).json();
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/me/push-subscriptions/${mine.id}`,
          headers: await as('eva@contoso.com'),
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/me/push-subscriptions/${mine.id}`, headers: sam })).statusCode,
    ).toBe(204);
    const before = await count('push_subscription');
    await withPrivateTargetsRefused(async () => {
      for (const endpoint of ['https://169.254.169.254/push', 'http://push.example.com/sam', 'https://[::1]/push']) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/me/push-subscriptions',
          headers: sam,
          payload: { endpoint, keys: browserKeys() },
        });
        expect(res.statusCode, endpoint).toBe(400);
        expect(res.json().errors[0].field).toBe('body.endpoint');
      }
    });
    expect(await count('push_subscription')).toBe(before);
  });
});

describe('webhook endpoints', () => {
  const contosoHooks = () => `/api/tenants/${t.demo.tenants.contoso.id}/webhooks`;

  it('lets org admins register, list, change and delete endpoints; the secret is shown once', async () => {
    const alice = await as('alice@contoso.com');
    const created = await t.app.inject({
      method: 'POST',
      url: contosoHooks(),
      headers: alice,
      payload: { url: 'https://hooks.contoso.example/herald', eventTypes: ['incident.opened', 'incident.restored'] },
    });
    expect(created.statusCode).toBe(201);
    const hook = created.json();
    expect(hook).toMatchObject({
      status: 'active',
      eventTypes: ['incident.opened', 'incident.restored'],
      secret: expect.stringMatching(/^whsec_/),
    });
    const listed = await t.app.inject({ url: contosoHooks(), headers: alice });
    expect(listed.json().items.map((h: { id: string }) => h.id)).toContain(hook.id);
    expect(JSON.stringify(listed.json())).not.toContain(hook.secret);
    const changed = await t.app.inject({
      method: 'PATCH',
      url: `${contosoHooks()}/${hook.id}`,
      headers: alice,
      payload: { eventTypes: ['maintenance.scheduled'], status: 'paused' },
    });
    expect(changed.json()).toMatchObject({
      eventTypes: ['maintenance.scheduled'],
      status: 'paused',
      pausedReason: 'Paused by alice@contoso.com.',
    });
    expect(
      (await t.app.inject({ method: 'DELETE', url: `${contosoHooks()}/${hook.id}`, headers: alice })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ url: `${contosoHooks()}/${hook.id}`, headers: alice })).statusCode).toBe(404);
  });

  it('hides one tenant’s endpoints from another, and lets only org admins manage them', async () => {
    expect((await t.app.inject({ url: contosoHooks(), headers: await as('fiona@fabrikam.com') })).statusCode).toBe(404);
    expect((await t.app.inject({ url: contosoHooks(), headers: await as('sam@contoso.com') })).statusCode).toBe(403);
    expect((await t.app.inject({ url: contosoHooks(), headers: await as('ops@herald.example') })).statusCode).toBe(200);
  });

  it('refuses invalid URLs, internal addresses and unknown event types with a 400, writing nothing', async () => {
    const alice = await as('alice@contoso.com');
    const before = await count('webhook_endpoint');
    await withPrivateTargetsRefused(async () => {
      const cases: [object, string, RegExp][] = [
        [
          { url: 'http://169.254.169.254/latest/meta-data', eventTypes: ['incident.opened'] },
          'body.url',
          /169\.254\.169\.254.*link-local/,
        ],
        [{ url: 'http://[::1]/', eventTypes: ['incident.opened'] }, 'body.url', /::1/],
        [{ url: 'http://127.0.0.1:8080/', eventTypes: ['incident.opened'] }, 'body.url', /127\.0\.0\.1/],
        [{ url: 'http://[::ffff:10.0.0.1]/', eventTypes: ['incident.opened'] }, 'body.url', /private/],
        [{ url: 'ftp://hooks.contoso.example/', eventTypes: ['incident.opened'] }, 'body.url', /http/],
        [{ url: 'not a url', eventTypes: ['incident.opened'] }, 'body.url', /not a URL/],
        [{ url: 'https://user:pw@hooks.contoso.example/', eventTypes: ['incident.opened'] }, 'body.url', /password/],
        [
          { url: 'https://hooks.contoso.example/', eventTypes: ['incident.exploded'] },
          'body.eventTypes.0',
          /must be one of/,
        ],
        [
          { url: 'https://hooks.contoso.example/', eventTypes: ['webhook.endpoint_paused'] },
          'body.eventTypes.0',
          /must be one of/,
        ],
        [{ url: 'https://hooks.contoso.example/', eventTypes: [] }, 'body.eventTypes', /./],
      ];
      for (const [payload, field, message] of cases) {
        const res = await t.app.inject({ method: 'POST', url: contosoHooks(), headers: alice, payload });
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        const problem = res.json().errors.find((e: { field: string }) => e.field === field);
        expect(problem?.message, JSON.stringify(res.json())).toMatch(message);
      }
    });
    expect(await count('webhook_endpoint')).toBe(before);
  });

  it('refuses a host name that resolves to a private address', async () => {
    const alice = (await loadPersonActor(
      t.ctx.database.db,
      t.demo.people.contosoOrgAdmin!.id,
      t.ctx.config.defaultLocale,
    ))!;
    const before = await count('webhook_endpoint');
    await withPrivateTargetsRefused(async () => {
      const resolve = async (host: string) =>
        host === 'internal.contoso.example'
          ? [{ address: '10.20.30.40', family: 4 }]
          : [{ address: '93.184.215.14', family: 4 }];
      await expect(
        createWebhook(
          t.ctx,
          alice,
          t.demo.tenants.contoso.id,
          { url: 'https://internal.contoso.example/hook', eventTypes: ['incident.opened'] },
          resolve,
        ),
      ).rejects.toMatchObject({
        status: 400,
        problems: [{ field: 'body.url' }],
        // The English of the error names the field and the refused address.
        message: expect.stringMatching(/^body\.url: .*10\.20\.30\.40/),
      });
      const ok = await createWebhook(
        t.ctx,
        alice,
        t.demo.tenants.contoso.id,
        { url: 'https://public.contoso.example/hook', eventTypes: ['incident.opened'] },
        resolve,
      );
      await t.ctx.database.db.deleteFrom('webhook_endpoint').where('id', '=', ok.id).execute();
    });
    expect(await count('webhook_endpoint')).toBe(before);
  });
});

describe('the delivery log', () => {
  it('shows operators everything and each tenant’s org admins only their own deliveries', async () => {
    const { contoso, fabrikam } = t.demo.tenants;
    await publish({
      type: 'incident.opened',
      key: 'log:contoso',
      subject: { type: 'incident', id: 'log-c' },
      tenantId: contoso.id,
      scope: { tenantIds: [contoso.id] },
      payload: { title: 'Contoso only', classification: 'incident', severity: 'minor' },
    });
    await publish({
      type: 'incident.opened',
      key: 'log:fabrikam',
      subject: { type: 'incident', id: 'log-f' },
      tenantId: fabrikam.id,
      scope: { tenantIds: [fabrikam.id] },
      payload: { title: 'Fabrikam only', classification: 'incident', severity: 'minor' },
    });
    await publish({
      type: 'maintenance.scheduled',
      key: 'log:both',
      subject: { type: 'maintenance', id: 'log-b' },
      scope: { tenantIds: [contoso.id, fabrikam.id] },
      payload: { title: 'Both', kind: 'planned', impact: 'downtime' },
    });
    await publish({
      type: 'maintenance.completed',
      key: 'log:quiet',
      subject: { type: 'maintenance', id: 'log-b' },
      scope: { tenantIds: [contoso.id] },
      payload: { title: 'Both' },
    });
    await deliverDue(t.ctx);

    const ops = await as('ops@herald.example');
    const alice = await as('alice@contoso.com');
    const titles = async (headers: { authorization: string }) =>
      ((await t.app.inject({ url: '/api/events?limit=1000', headers })).json().items as { title: string }[]).map(
        (e) => e.title,
      );
    expect(await titles(ops)).toEqual(expect.arrayContaining(['Contoso only', 'Fabrikam only', 'Both']));
    const seenByAlice = await titles(alice);
    expect(seenByAlice).toEqual(expect.arrayContaining(['Contoso only', 'Both']));
    expect(seenByAlice).not.toContain('Fabrikam only');
    expect((await t.app.inject({ url: '/api/events', headers: await as('sam@contoso.com') })).json().items).toEqual([]);

    const events = (await t.app.inject({ url: '/api/events?limit=1000', headers: ops })).json().items as {
      id: string;
      title: string;
      type: string;
      scope: unknown;
      decision: { rule: string; audience: unknown };
    }[];
    const both = events.find((e) => e.title === 'Both' && e.type === 'maintenance.scheduled')!;
    const fabrikamOnly = events.find((e) => e.title === 'Fabrikam only')!;
    const quiet = events.find((e) => e.type === 'maintenance.completed' && e.title === 'Both')!;
    expect(quiet.decision).toMatchObject({ rule: 'update-completes-inside-window', audience: 'nobody' });
    expect(both.scope).toEqual({ tenantIds: [contoso.id, fabrikam.id] });

    const aliceView = (await t.app.inject({ url: `/api/events/${both.id}/deliveries`, headers: alice })).json();
    expect(aliceView.event.scope).toBeNull();
    expect(aliceView.event.decision.rule).toBe('planned-maintenance-with-impact');
    expect(new Set(aliceView.items.map((d: { tenantId: string }) => d.tenantId))).toEqual(new Set([contoso.id]));
    const email = aliceView.items.find(
      (d: { recipient: { label: string }; channel: string }) =>
        d.recipient.label === 'sam@contoso.com' && d.channel === 'email',
    );
    expect(email).toMatchObject({
      rule: 'planned-maintenance-with-impact',
      reason: 'system_admin',
      status: 'sent',
      attempts: 1,
      history: [{ attempt: 1, ok: true, error: null }],
    });

    const opsView = (
      await t.app.inject({ url: `/api/events/${both.id}/deliveries?channel=email`, headers: ops })
    ).json();
    expect(opsView.items.map((d: { recipient: { label: string } }) => d.recipient.label)).toEqual(
      expect.arrayContaining(['alice@contoso.com', 'fiona@fabrikam.com', 'raj@fabrikam.com']),
    );
    expect(opsView.event.deliveries.sent).toBeGreaterThan(aliceView.event.deliveries.sent);

    expect((await t.app.inject({ url: `/api/events/${fabrikamOnly.id}/deliveries`, headers: alice })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ url: '/api/events/nope/deliveries', headers: ops })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/events' })).statusCode).toBe(401);
  });
});
