// Public subscribers of the status page, end to end over real SMTP (smtp-server + mailparser) and
// a real HTTP receiver: subscribe, confirm, hear of incidents in the chosen region only, change the
// choice from the manage link, unsubscribe in one click (RFC 8058); the same answer for an address
// already subscribed; webhook subscribers verified and signed (Standard Webhooks); bad input and
// the rate limit. Both databases (TEST_DATABASE_URL).
import type { ParsedMail } from 'mailparser';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { planPending } from '../../src/delivery/planQueue.js';
import { deliverDue } from '../../src/delivery/worker.js';
import { newId } from '../../src/store/values.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startHttpReceiver, startMailSink, type HttpReceiver, type MailSink } from '../delivery/sinks.js';

let t: TestApp;
let sink: MailSink;
let receiver: HttpReceiver;
let ops: { authorization: string };
const BASE = 'https://status.example.com';

beforeAll(async () => {
  sink = await startMailSink();
  receiver = await startHttpReceiver();
  t = await createTestApp({
    config: {
      smtpUrl: sink.url,
      mailFrom: 'Status <status@status.example.com>',
      publicUrl: BASE,
      subscribeRequestsPerMinute: 20,
    },
  });
  ops = await t.auth('ops@herald.example');
  await deliverDue(t.ctx); // whatever the demo data announced
});
afterAll(async () => {
  await t.close();
  await sink.close();
  await receiver.close();
});
beforeEach(() => {
  sink.mails.length = 0;
  receiver.requests.length = 0;
  receiver.respond = (_r, res) => res.writeHead(204).end();
});

const deliver = () => deliverDue(t.ctx, { random: () => 0.5 });
const form = (fields: [string, string][]) => new URLSearchParams(fields).toString();
let client = 0;
/** Each test its own client address, so the rate limit of one does not answer another. */
const nextClient = () => `198.51.100.${++client}`;

function subscribeForm(fields: [string, string][], remoteAddress = nextClient()) {
  return t.app.inject({
    method: 'POST',
    url: '/subscribe',
    remoteAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: form(fields),
  });
}

const rawHeader = (mail: ParsedMail, name: string): string =>
  mail.headerLines
    .find((h) => h.key === name)
    ?.line.replace(/^[^:]+:\s*/, '')
    .replace(/\r?\n\s+/g, ' ') ?? '';
const mailsTo = (address: string): ParsedMail[] =>
  sink.mails.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text.includes(address)));
const linkIn = (mail: ParsedMail, kind: 'confirm' | 'manage' | 'unsubscribe'): string => {
  const m = new RegExp(`${BASE}(/subscriptions/${kind}/[^\\s"<>]+)`).exec(mail.text ?? '');
  if (!m) throw new Error(`no ${kind} link in: ${mail.text}`);
  return m[1]!;
};

let n = 0;
async function openPublicIncident(region: string, services = ['sales']): Promise<{ id: string; title: string }> {
  const title = `Sales unavailable ${++n} in ${region}`;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/incidents',
    headers: ops,
    payload: {
      classification: 'incident',
      impactDescription: 'Users cannot open Sales.',
      title,
      services,
      scope: { regions: [region] },
      status: 'serviceInterruption',
      symptoms: ['unavailable'],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id, title };
}

/** Subscribes, confirms through the mailed link; returns the manage link path. */
async function subscribeAndConfirm(email: string, choice: [string, string][]): Promise<string> {
  expect((await subscribeForm([['email', email], ...choice])).statusCode).toBe(200);
  await deliver();
  const [confirmMail] = mailsTo(email);
  expect(confirmMail?.subject).toMatch(/Confirm your subscription/);
  const confirmed = await t.app.inject({ method: 'POST', url: linkIn(confirmMail!, 'confirm') });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  expect(confirmed.body).toContain('Your subscription is confirmed');
  sink.mails.length = 0;
  return linkIn(confirmMail!, 'manage');
}

describe('email subscribers', () => {
  it('confirm first, then hear of public incidents in the chosen region only; change the choice; unsubscribe in one click', async () => {
    const email = 'reader@example.org';
    const page = await t.app.inject({ url: '/subscribe' });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/<script/i);
    expect(page.body).toContain('name="regions" value="EUR"');
    expect((await t.app.inject({ url: '/status' })).body).toContain('href="subscribe"');

    const answer = await subscribeForm([
      ['email', ` Reader@Example.org `],
      ['regions', 'EUR'],
    ]);
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toContain('Check your inbox');

    // Pending: an incident in the chosen region is not sent, only the confirmation is.
    await openPublicIncident('EUR');
    await deliver();
    const pending = mailsTo(email);
    expect(pending.map((m) => m.subject)).toEqual(['[Herald status] Confirm your subscription']);
    const confirmLink = linkIn(pending[0]!, 'confirm');

    // The link's page asks first (link scanners); a POST confirms; the same link again changes nothing.
    const ask = await t.app.inject({ url: confirmLink });
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain('reader@example.org');
    expect(
      (
        await t.ctx.database.db
          .selectFrom('subscriber')
          .select('status')
          .where('address', '=', email)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('pending');
    expect((await t.app.inject({ method: 'POST', url: confirmLink })).statusCode).toBe(200);
    const again = await t.app.inject({ method: 'POST', url: confirmLink });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('already used');
    const tampered = await t.app.inject({ method: 'POST', url: `${confirmLink.slice(0, -3)}AAA` });
    expect(tampered.statusCode).toBe(400);
    expect(tampered.body).toContain('This link does not work');
    sink.mails.length = 0;

    // Confirmed: an incident in EUR reaches them, one in NAM and a tenant's own do not.
    const eur = await openPublicIncident('EUR');
    await openPublicIncident('NAM');
    const tenantOnly = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: ops,
      payload: {
        classification: 'incident',
        impactDescription: 'Slow.',
        title: 'Contoso Europe is slow',
        services: ['dataverse'],
        scope: { environmentIds: [t.demo.tenants.contoso.environments['eur-prod']] },
        status: 'serviceInterruption',
        symptoms: ['unavailable'],
      },
    });
    expect(tenantOnly.statusCode).toBe(201);
    await deliver();
    const told = mailsTo(email);
    expect(told.map((m) => m.subject)).toEqual([`[Herald status] Investigating: ${eur.title}`]);
    const mail = told[0]!;
    expect(mail.text).toContain('Users cannot open Sales.');
    expect(mail.text).toContain(`${BASE}/status#${eur.id}`);
    expect(mail.text).not.toContain('Contoso');
    const unsubscribeUrl = /^<([^>]+)>$/.exec(rawHeader(mail, 'list-unsubscribe'))![1]!;
    expect(unsubscribeUrl).toMatch(new RegExp(`^${BASE}/subscriptions/unsubscribe/`));
    expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const manage = linkIn(mail, 'manage');

    // The manage link: no sign-in; switch from EUR to NAM.
    const managePage = await t.app.inject({ url: manage });
    expect(managePage.statusCode).toBe(200);
    expect(managePage.body).toMatch(/value="EUR" checked/);
    const changed = await t.app.inject({
      method: 'POST',
      url: manage,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form([['regions', 'NAM']]),
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.body).toMatch(/value="NAM" checked/);
    sink.mails.length = 0;
    await openPublicIncident('EUR');
    const nam = await openPublicIncident('NAM');
    await deliver();
    expect(mailsTo(email).map((m) => m.subject)).toEqual([`[Herald status] Investigating: ${nam.title}`]);

    // RFC 8058 one-click: 200, no page; nothing more is sent.
    const oneClick = await t.app.inject({
      method: 'POST',
      url: unsubscribeUrl.slice(BASE.length),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.statusCode).toBe(200);
    expect(oneClick.body).toBe('');
    expect(
      await t.ctx.database.db.selectFrom('subscriber').select('id').where('address', '=', email).executeTakeFirst(),
    ).toBeUndefined();
    sink.mails.length = 0;
    await openPublicIncident('NAM');
    await deliver();
    expect(mailsTo(email)).toEqual([]);
    const audit = await t.ctx.database.db
      .selectFrom('audit_entry')
      .select('action')
      .where('entity_type', '=', 'subscriber')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'subscriber.requested',
        'subscriber.confirmed',
        'subscriber.changed',
        'subscriber.unsubscribed',
      ]),
    );
  }, 180_000);

  it('answers an address already subscribed exactly as a new one; its owner gets one "already subscribed" mail', async () => {
    await subscribeAndConfirm('known@example.org', [['everything', 'on']]);
    const fresh = await subscribeForm([
      ['email', 'new@example.org'],
      ['everything', 'on'],
    ]);
    const known = await subscribeForm([
      ['email', 'known@example.org'],
      ['everything', 'on'],
    ]);
    const knownAgain = await subscribeForm([
      ['email', 'known@example.org'],
      ['regions', 'JPN'],
    ]);
    expect(known.statusCode).toBe(fresh.statusCode);
    expect(known.body).toBe(fresh.body);
    expect(knownAgain.body).toBe(fresh.body);
    await deliver();
    expect(mailsTo('known@example.org').map((m) => m.subject)).toEqual(['[Herald status] You are already subscribed']);
    expect(mailsTo('new@example.org').map((m) => m.subject)).toEqual(['[Herald status] Confirm your subscription']);
    // The choice of a confirmed address changes only through its manage link.
    const row = await t.ctx.database.db
      .selectFrom('subscriber')
      .select(['everything', 'status'])
      .where('address', '=', 'known@example.org')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ everything: 1, status: 'active' });
    // JSON clients get the same answer too.
    const json = await t.app.inject({
      method: 'POST',
      url: '/subscribe',
      remoteAddress: nextClient(),
      payload: { email: 'known@example.org', everything: true },
    });
    const jsonNew = await t.app.inject({
      method: 'POST',
      url: '/subscribe',
      remoteAddress: nextClient(),
      payload: { email: 'other@example.org', everything: true },
    });
    expect([json.statusCode, json.body]).toEqual([jsonNew.statusCode, jsonNew.body]);
  }, 60_000);

  it('refuses a malformed address or an empty choice naming the field, storing nothing', async () => {
    const before = await t.ctx.database.db.selectFrom('subscriber').select('id').execute();
    const bad = await t.app.inject({
      method: 'POST',
      url: '/subscribe',
      remoteAddress: nextClient(),
      payload: { email: 'not an address', everything: true },
    });
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    expect(bad.statusCode).toBeLessThan(500);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect(bad.json().errors?.[0]?.field ?? bad.json().detail).toMatch(/email/);
    const badForm = await subscribeForm([
      ['email', 'someone@'],
      ['everything', 'on'],
    ]);
    expect(badForm.statusCode).toBe(bad.statusCode);
    expect(badForm.body).toContain('email: is not an email address');
    const noChoice = await subscribeForm([['email', 'choosy@example.org']]);
    expect(noChoice.body).toContain('regions: choose at least one region or service');
    const unknownRegion = await t.app.inject({
      method: 'POST',
      url: '/subscribe',
      remoteAddress: nextClient(),
      payload: { email: 'x@example.org', regions: ['MARS'] },
    });
    expect(unknownRegion.json().detail).toMatch(/unknown regions: MARS/);
    expect(await t.ctx.database.db.selectFrom('subscriber').select('id').execute()).toEqual(before);
  });

  it('limits subscribe requests per client address: 429s after the limit, no mail flood, nothing stored beyond it', async () => {
    const before = Number(
      (
        await t.ctx.database.db
          .selectFrom('subscriber')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const statuses: number[] = [];
    // A thousand in a minute (the clock stands still), fifty at a time as a client would send them.
    for (let i = 0; i < 1000; i += 50) {
      const batch = Array.from({ length: 50 }, (_, j) =>
        t.app.inject({
          method: 'POST',
          url: '/subscribe',
          remoteAddress: '203.0.113.7',
          payload: { email: `flood${i + j}@example.org`, everything: true },
        }),
      );
      statuses.push(...(await Promise.all(batch)).map((r) => r.statusCode));
    }
    const limit = t.ctx.config.subscribeRequestsPerMinute;
    expect(statuses.filter((s) => s === 202)).toHaveLength(limit);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1000 - limit);
    const after = Number(
      (
        await t.ctx.database.db
          .selectFrom('subscriber')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(after - before).toBe(limit);
    await deliver();
    expect(sink.mails.filter((m) => /flood/.test(String((m.to as { text: string }).text)))).toHaveLength(limit);
  }, 180_000);
});

describe('maintenance', () => {
  it('with an impact on a chosen region reaches its subscribers when it is announced', async () => {
    await subscribeAndConfirm('maint@example.org', [['regions', 'FRA']]);
    const starts = new Date(t.clock.now.getTime() + 3_600_000);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/maintenance',
      headers: ops,
      payload: {
        kind: 'unplanned',
        title: 'Storage failover',
        impact: 'downtime',
        durationMinutes: 60,
        // No tenant runs in FRA in the demo: the operator confirms, and the public is still told.
        confirmNoEnvironments: true,
        windows: [
          {
            region: 'FRA',
            startsAt: starts.toISOString(),
            endsAt: new Date(starts.getTime() + 7_200_000).toISOString(),
          },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    await deliver();
    const told = mailsTo('maint@example.org');
    expect(told.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^\[Herald status\] Maintenance: .*Storage failover/),
    ]);
    expect(told[0]!.text).toContain('Expected impact: downtime');
  }, 60_000);
});

describe('a large audience', () => {
  it('is planned in chunks like people: the first with the incident, the rest by the plan queue, each subscriber once', async () => {
    const now = t.clock.now.toISOString();
    const rows = Array.from({ length: 300 }, (_, i) => ({
      id: newId(),
      kind: 'email' as const,
      address: `many${i}@example.net`,
      everything: 0 as const,
      status: 'active' as const,
      confirm_nonce: null,
      secret: null,
      created_at: now,
      confirmed_at: now,
      updated_at: now,
    }));
    await t.ctx.database.db.insertInto('subscriber').values(rows).execute();
    await t.ctx.database.db
      .insertInto('subscriber_component')
      .values(rows.map((r) => ({ subscriber_id: r.id, kind: 'region' as const, code: 'CAN' })))
      .execute();
    const inline = t.ctx.config.planInlinePeople;
    t.ctx.config.planInlinePeople = 50;
    try {
      const incident = await openPublicIncident('CAN');
      const planned = () =>
        t.ctx.database.db
          .selectFrom('delivery')
          .innerJoin('event', 'event.id', 'delivery.event_id')
          .select('delivery.recipient_id')
          .where('event.subject_id', '=', incident.id)
          .where('delivery.recipient_kind', '=', 'subscriber')
          .execute();
      expect((await planned()).length).toBeLessThan(300);
      expect(await t.ctx.database.db.selectFrom('plan_request').select('event_id').execute()).toHaveLength(1);
      await planPending(t.ctx);
      const all = (await planned()).map((d) => d.recipient_id);
      expect(new Set(all).size).toBe(all.length); // each once
      // All 300, and of the earlier tests' subscribers only those of everything.
      const others = await t.ctx.database.db
        .selectFrom('subscriber')
        .select('id')
        .where('status', '=', 'active')
        .where('everything', '=', 1)
        .execute();
      expect(new Set(all)).toEqual(new Set([...rows.map((r) => r.id), ...others.map((o) => o.id)]));
    } finally {
      t.ctx.config.planInlinePeople = inline;
      await t.ctx.database.db.deleteFrom('subscriber_component').where('code', '=', 'CAN').execute();
      await t.ctx.database.db.deleteFrom('subscriber').where('address', 'like', 'many%').execute();
      await t.ctx.database.db
        .deleteFrom('delivery')
        .where('recipient_kind', '=', 'subscriber')
        .where('status', '=', 'pending')
        .execute();
    }
  }, 120_000);
});

describe('webhook subscribers', () => {
  it('are verified by a signed event they answer, then receive public incidents of their choice, signed', async () => {
    const answer = await t.app.inject({
      method: 'POST',
      url: '/subscribe',
      remoteAddress: nextClient(),
      payload: { url: `${receiver.url}/status-hook`, regions: ['JPN'] },
    });
    expect(answer.statusCode).toBe(202);
    await deliver();
    expect(receiver.requests).toHaveLength(1);
    const verification = receiver.requests[0]!;
    const body = JSON.parse(verification.body.toString());
    expect(body.type).toBe('subscription.verification');
    const hook = new Webhook(body.data.secret);
    expect(() =>
      hook.verify(verification.body.toString(), verification.headers as Record<string, string>),
    ).not.toThrow();
    const row = await t.ctx.database.db
      .selectFrom('subscriber')
      .select('status')
      .where('kind', '=', 'webhook')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('active');

    receiver.requests.length = 0;
    const jpn = await openPublicIncident('JPN', ['dataverse']);
    await openPublicIncident('EUR');
    await deliver();
    expect(receiver.requests).toHaveLength(1);
    const r = receiver.requests[0]!;
    const event = hook.verify(r.body.toString(), r.headers as Record<string, string>) as {
      type: string;
      data: Record<string, unknown>;
    };
    expect(event.type).toBe('incident.opened');
    expect(event.data).toMatchObject({
      id: jpn.id,
      title: jpn.title,
      regions: ['JPN'],
      url: `${BASE}/status#${jpn.id}`,
    });
    expect(JSON.stringify(event)).not.toMatch(/tenant|environment|service-health\/incidents/i);
  });

  it('stays pending when the verification is not answered with a 2xx', async () => {
    receiver.respond = (_r, res) => res.writeHead(404).end();
    await t.app.inject({
      method: 'POST',
      url: '/subscribe',
      remoteAddress: nextClient(),
      payload: { url: `${receiver.url}/not-here`, everything: true },
    });
    await deliver();
    const row = await t.ctx.database.db
      .selectFrom('subscriber')
      .select('status')
      .where('address', '=', `${receiver.url}/not-here`)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
  });

  it('refuses a private or loopback target, storing nothing', async () => {
    t.ctx.config.allowPrivateWebhookTargets = false;
    try {
      for (const url of [`${receiver.url}/hook`, 'http://10.0.0.5/hook', 'http://169.254.169.254/latest']) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/subscribe',
          remoteAddress: nextClient(),
          payload: { url, everything: true },
        });
        expect(res.statusCode).toBe(400);
        expect(res.json().detail).toMatch(/points to .* address Herald does not send to/);
      }
    } finally {
      t.ctx.config.allowPrivateWebhookTargets = true;
    }
    expect(
      await t.ctx.database.db.selectFrom('subscriber').select('id').where('address', 'like', '%/hook').execute(),
    ).toEqual([]);
  });
});

describe('operators', () => {
  it('see counts per region and service, export CSV and remove a subscriber; others may not', async () => {
    await subscribeAndConfirm('ops-view@example.org', [
      ['regions', 'IND'],
      ['services', 'field-service'],
    ]);
    const summary = await t.app.inject({ url: '/api/subscribers/summary', headers: ops });
    expect(summary.statusCode).toBe(200);
    const ind = summary
      .json()
      .components.find((c: { kind: string; code: string }) => c.kind === 'region' && c.code === 'IND');
    expect(ind.chosen).toBe(1);
    const csv = await t.app.inject({ url: '/api/subscribers/export.csv', headers: ops });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toContain('"ops-view@example.org","active","no","IND","field-service"');
    const { items } = (await t.app.inject({ url: '/api/subscribers?search=ops-view', headers: ops })).json();
    expect(items).toHaveLength(1);
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/subscribers/${items[0].id}`,
          headers: await t.auth('alice@contoso.com'),
        })
      ).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ url: '/api/subscribers/summary' })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/subscribers/${items[0].id}`, headers: ops })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ url: '/api/subscribers?search=ops-view', headers: ops })).json().items).toEqual([]);
  });
});
