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
    expect((await t.app.inject({ url: '/status' })).body).toContain('href="subscribe?lang=en"');

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
    // The link ends in the token and the page's language (?lang=): change the token's last characters.
    const tampered = await t.app.inject({ method: 'POST', url: confirmLink.replace(/.{3}\?/, 'AAA?') });
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
      format: 'standard' as const,
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

describe('Slack and Teams subscribers', () => {
  type Json = Record<string, any>;
  /** The fields Slack's incoming webhook requires of a Block Kit message (as test/delivery/chat.test.ts checks). */
  const slackProblems = (m: Json): string[] => {
    const problems: string[] = [];
    if (typeof m.text !== 'string' || !m.text) problems.push('text: a fallback is required');
    if (!Array.isArray(m.blocks) || !m.blocks.length || m.blocks.length > 50) return [...problems, 'blocks: 1 to 50'];
    for (const b of m.blocks as Json[]) {
      if (b.type === 'header' && (b.text?.type !== 'plain_text' || !b.text.text || b.text.text.length > 150))
        problems.push('header: plain_text 1–150');
      else if (b.type === 'section' && !b.text && !b.fields) problems.push('section: text or fields');
      else if (
        b.type === 'actions' &&
        !b.elements?.every((e: Json) => e.type === 'button' && /^https?:\/\//.test(e.url))
      )
        problems.push('actions: buttons with absolute urls');
      else if (b.type === 'context' && !b.elements?.length) problems.push('context: elements');
      else if (!['header', 'section', 'actions', 'context'].includes(b.type)) problems.push(`unknown block ${b.type}`);
    }
    return problems;
  };
  /** What a Teams workflow's "Post card" needs: one Adaptive Card attachment. */
  const teamsProblems = (m: Json): string[] => {
    const a = m.attachments?.[0];
    const c = a?.content ?? {};
    return [
      m.type === 'message' ? '' : 'type: message',
      m.attachments?.length === 1 ? '' : 'attachments: exactly one',
      a?.contentType === 'application/vnd.microsoft.card.adaptive' ? '' : 'contentType',
      c.type === 'AdaptiveCard' && ['1.4', '1.5'].includes(c.version) ? '' : 'content: AdaptiveCard 1.4/1.5',
      Array.isArray(c.body) && c.body.length ? '' : 'content.body: not empty',
      c.actions?.some((x: Json) => x.type === 'Action.OpenUrl' && /^https?:\/\//.test(x.url)) ? '' : 'Action.OpenUrl',
    ].filter(Boolean);
  };
  /** Answers as Slack (200 "ok" / 400 invalid_payload) and Teams (202 / 400) do, after checking the shape. */
  beforeEach(() => {
    receiver.respond = (r, res) => {
      const body = JSON.parse(r.body.toString()) as Json;
      if (r.url.startsWith('/slack'))
        return slackProblems(body).length ? res.writeHead(400).end('invalid_payload') : res.writeHead(200).end('ok');
      if (r.url.startsWith('/teams'))
        return teamsProblems(body).length ? res.writeHead(400).end('bad card') : res.writeHead(202).end();
      res.writeHead(204).end();
    };
  });
  const at = (path: string) =>
    receiver.requests.filter((r) => r.url === path).map((r) => JSON.parse(r.body.toString()) as Json);
  const statusOf = async (address: string) =>
    await t.ctx.database.db
      .selectFrom('subscriber')
      .select(['status', 'format', 'secret'])
      .where('address', '=', address)
      .executeTakeFirstOrThrow();

  it('are confirmed by a first "subscribed" message, then get public incidents of their region as Block Kit and an Adaptive Card, unsigned', async () => {
    const page = await t.app.inject({ url: '/subscribe' });
    expect(page.body).toContain('name="format" value="slack"');
    expect(page.body).toContain('name="format" value="teams"');
    const slack = `${receiver.url}/slack/T000/B000/xyz`;
    const teams = `${receiver.url}/teams/workflows/abc`;
    expect(
      (
        await subscribeForm([
          ['url', slack],
          ['format', 'slack'],
          ['regions', 'GBR'],
        ])
      ).statusCode,
    ).toBe(200);
    const json = await t.app.inject({
      method: 'POST',
      url: '/subscribe',
      remoteAddress: nextClient(),
      payload: { url: teams, format: 'teams', regions: ['IND'] },
    });
    expect(json.statusCode).toBe(202);
    expect((await statusOf(slack)).status).toBe('pending');
    await deliver();

    // The welcome message reached each URL in its product's shape and its 2xx confirmed it.
    const [welcomeSlack] = at('/slack/T000/B000/xyz');
    expect(slackProblems(welcomeSlack!)).toEqual([]);
    expect(welcomeSlack!.blocks[0].text.text).toBe('Subscribed: Herald status');
    expect(JSON.stringify(welcomeSlack)).toContain(`${BASE}/subscriptions/manage/`);
    const [welcomeTeams] = at('/teams/workflows/abc');
    expect(teamsProblems(welcomeTeams!)).toEqual([]);
    expect(await statusOf(slack)).toEqual({ status: 'active', format: 'slack', secret: null });
    expect(await statusOf(teams)).toEqual({ status: 'active', format: 'teams', secret: null });
    const chat = receiver.requests.filter((r) => /^\/(slack|teams)\//.test(r.url));
    expect(chat).toHaveLength(2);
    expect(chat.every((r) => !r.headers['webhook-signature'])).toBe(true);

    // A public incident in GBR reaches Slack only, one in IND Teams only, one in ZAF neither.
    receiver.requests.length = 0;
    const gbr = await openPublicIncident('GBR');
    const ind = await openPublicIncident('IND');
    await openPublicIncident('ZAF');
    await deliver();
    const toSlack = at('/slack/T000/B000/xyz');
    expect(toSlack).toHaveLength(1);
    expect(slackProblems(toSlack[0]!)).toEqual([]);
    expect(toSlack[0]!.blocks[0].text.text).toBe(`Investigating: ${gbr.title}`);
    expect(JSON.stringify(toSlack[0])).toContain(`${BASE}/status#${gbr.id}`);
    const toTeams = at('/teams/workflows/abc');
    expect(toTeams).toHaveLength(1);
    expect(teamsProblems(toTeams[0]!)).toEqual([]);
    const card = toTeams[0]!.attachments[0].content;
    expect(card.body[0].text).toBe(`Investigating: ${ind.title}`);
    expect(card.actions[0].url).toBe(`${BASE}/status#${ind.id}`);
    // Operators see each subscriber's format in the export.
    const csv = await t.app.inject({ url: '/api/subscribers/export.csv', headers: ops });
    expect(csv.body).toContain(`"webhook","slack","${slack}","active","no","GBR"`);
    expect(csv.body).toContain(`"webhook","teams","${teams}","active","no","IND"`);
    expect(JSON.stringify([...toSlack, ...toTeams])).not.toMatch(
      /tenant|environment|contoso|service-health\/incidents/i,
    );
  });

  it('refuses a loopback or private chat URL, an email with a chat format and an unknown format, storing nothing', async () => {
    t.ctx.config.allowPrivateWebhookTargets = false;
    try {
      for (const [url, format] of [
        [`${receiver.url}/slack/refused`, 'slack'],
        ['http://10.0.0.5/teams/refused', 'teams'],
      ] as const) {
        const res = await subscribeForm([
          ['url', url],
          ['format', format],
          ['everything', 'on'],
        ]);
        expect(res.statusCode).toBe(400);
        expect(res.body).toMatch(/url: .*points to .* address Herald does not send to/);
        expect(res.body).toContain(`value="${format}" checked`);
      }
    } finally {
      t.ctx.config.allowPrivateWebhookTargets = true;
    }
    const withEmail = await t.app.inject({
      method: 'POST',
      url: '/subscribe',
      remoteAddress: nextClient(),
      payload: { email: 'chatty@example.org', format: 'slack', everything: true },
    });
    expect(withEmail.statusCode).toBe(400);
    expect(withEmail.json().detail).toMatch(/URL is needed for Slack: the incoming-webhook URL/);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/subscribe',
      remoteAddress: nextClient(),
      payload: { url: `${receiver.url}/discord`, format: 'discord', everything: true },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('format');
    expect(
      await t.ctx.database.db
        .selectFrom('subscriber')
        .select('id')
        .where((eb) =>
          eb.or([
            eb('address', 'like', '%refused'),
            eb('address', '=', 'chatty@example.org'),
            eb('address', 'like', '%discord'),
          ]),
        )
        .execute(),
    ).toEqual([]);
  });
});

describe('branding', () => {
  it('names the provider as the operators set it in subscribers’ mail and on the subscribe and manage pages', async () => {
    const brand = {
      pageName: 'Northwind Cloud status',
      logoUrl: 'https://cdn.northwind.example/logo.png',
      primaryColor: '#123456',
      accentColor: '#0550ae',
      supportUrl: 'https://support.northwind.example/',
    };
    const saved = await t.app.inject({ method: 'PUT', url: '/api/branding', headers: ops, payload: brand });
    expect(saved.statusCode, saved.body).toBe(200);
    try {
      const page = (await t.app.inject({ url: '/subscribe' })).body;
      expect(page).toContain('<title>Subscribe to updates · Northwind Cloud status</title>');
      expect(page).toContain('background:#123456');
      expect(page).toContain('<img src="https://cdn.northwind.example/logo.png" alt="">');
      expect(page).toContain('<a href="https://support.northwind.example/">Contact support</a>');
      expect(page).not.toContain('Herald status');

      const email = 'branded@example.org';
      expect(
        (
          await subscribeForm([
            ['email', email],
            ['regions', 'CAN'],
          ])
        ).statusCode,
      ).toBe(200);
      await deliver();
      const [confirm] = mailsTo(email);
      expect(confirm!.subject).toBe('[Northwind Cloud status] Confirm your subscription');
      expect(confirm!.text).toContain('receive updates from Northwind Cloud status');
      expect(confirm!.text).toContain('Support: https://support.northwind.example/');
      expect(String(confirm!.html)).toContain('background:#123456');
      expect(String(confirm!.html)).toContain('<img src="https://cdn.northwind.example/logo.png"');
      expect((await t.app.inject({ method: 'POST', url: linkIn(confirm!, 'confirm') })).statusCode).toBe(200);
      const manage = (await t.app.inject({ url: linkIn(confirm!, 'manage') })).body;
      expect(manage).toContain('Northwind Cloud status');
      expect(manage).not.toContain('Herald status');

      sink.mails.length = 0;
      const can = await openPublicIncident('CAN');
      await deliver();
      const told = mailsTo(email);
      expect(told.map((m) => m.subject)).toEqual([`[Northwind Cloud status] Investigating: ${can.title}`]);
      expect(told[0]!.text).toContain('subscribed to Northwind Cloud status');
    } finally {
      const reset = await t.app.inject({
        method: 'PUT',
        url: '/api/branding',
        headers: ops,
        payload: {
          pageName: 'Herald status',
          logoUrl: null,
          primaryColor: '#24292f',
          accentColor: '#0550ae',
          supportUrl: null,
        },
      });
      expect(reset.statusCode).toBe(200);
    }
  });
});
