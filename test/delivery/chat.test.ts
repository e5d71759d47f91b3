// Slack and Microsoft Teams endpoints: a tenant admin registers each format, an operator opens a
// real incident, the worker sends it, and local receivers check the shapes each product
// documents (Slack Block Kit's field rules and limits; the Adaptive Card a Teams workflow
// accepts). A Slack refusal (400 invalid_payload) is dead at once with its reason.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { slackMessage, teamsMessage } from '../../src/delivery/templates/chat.js';
import { deliverDue } from '../../src/delivery/worker.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startHttpReceiver, type HttpReceiver } from './sinks.js';

let t: TestApp;
let receiver: HttpReceiver;
const deliver = () => deliverDue(t.ctx, { random: () => 0.5 });

beforeAll(async () => {
  receiver = await startHttpReceiver();
  t = await createTestApp();
  await deliver();
});
afterAll(async () => {
  await t.close();
  await receiver.close();
});

type Json = Record<string, any>;

/** What Slack's incoming webhook checks, as documented for Block Kit; returns the problems found. */
function slackProblems(m: Json): string[] {
  const problems: string[] = [];
  const mrkdwnOk = (s: string) => !/[<>]/.test(s) && !/&(?!amp;|lt;|gt;)/.test(s);
  if (typeof m.text !== 'string' || !m.text) problems.push('text: a fallback is required');
  else if (!mrkdwnOk(m.text)) problems.push('text: &, < and > must be escaped');
  if (!Array.isArray(m.blocks) || !m.blocks.length || m.blocks.length > 50) return [...problems, 'blocks: 1 to 50'];
  for (const [i, b] of (m.blocks as Json[]).entries()) {
    const at = `blocks[${i}]`;
    switch (b.type) {
      case 'header':
        if (
          b.text?.type !== 'plain_text' ||
          typeof b.text.text !== 'string' ||
          !b.text.text ||
          b.text.text.length > 150
        )
          problems.push(`${at}: header is plain_text, 1–150`);
        break;
      case 'section': {
        if (!b.text && !b.fields) problems.push(`${at}: text or fields`);
        if (b.text && (b.text.type !== 'mrkdwn' || b.text.text.length > 3000 || !b.text.text || !mrkdwnOk(b.text.text)))
          problems.push(`${at}: text mrkdwn 1–3000, escaped`);
        if (b.fields && (b.fields.length > 10 || b.fields.some((f: Json) => f.text.length > 2000 || !mrkdwnOk(f.text))))
          problems.push(`${at}: ≤10 fields ≤2000`);
        break;
      }
      case 'actions':
        if (!b.elements?.length || b.elements.length > 25) problems.push(`${at}: 1–25 elements`);
        for (const e of b.elements ?? []) {
          if (e.type !== 'button' || e.text?.type !== 'plain_text' || e.text.text.length > 75)
            problems.push(`${at}: button text plain_text ≤75`);
          if (!/^https?:\/\//.test(e.url) || e.url.length > 3000) problems.push(`${at}: button url absolute ≤3000`);
        }
        break;
      case 'context':
        if (!b.elements?.length || b.elements.length > 10) problems.push(`${at}: 1–10 elements`);
        break;
      default:
        problems.push(`${at}: unknown block type ${b.type}`);
    }
  }
  return problems;
}

/** What a Teams workflow's "When a Teams webhook request is received" → "Post card" needs. */
function teamsProblems(m: Json): string[] {
  const problems: string[] = [];
  if (m.type !== 'message') problems.push('type: message');
  const a = m.attachments?.[0];
  if (!a || m.attachments.length !== 1) return [...problems, 'attachments: exactly one'];
  if (a.contentType !== 'application/vnd.microsoft.card.adaptive') problems.push('attachments[0].contentType');
  if (a.contentUrl !== null) problems.push('attachments[0].contentUrl: null');
  const c = a.content ?? {};
  if (c.type !== 'AdaptiveCard') problems.push('content.type: AdaptiveCard');
  if (!['1.4', '1.5'].includes(c.version)) problems.push('content.version: 1.4 or 1.5');
  if (c.$schema !== 'http://adaptivecards.io/schemas/adaptive-card.json') problems.push('content.$schema');
  if (!Array.isArray(c.body) || !c.body.length) problems.push('content.body: not empty');
  for (const e of c.body ?? []) {
    if (e.type === 'TextBlock' && (typeof e.text !== 'string' || !e.text)) problems.push('TextBlock.text');
    else if (
      e.type === 'FactSet' &&
      !e.facts?.every((f: Json) => typeof f.title === 'string' && typeof f.value === 'string')
    )
      problems.push('FactSet.facts');
    else if (!['TextBlock', 'FactSet'].includes(e.type)) problems.push(`body: unknown element ${e.type}`);
  }
  const open = c.actions?.find((x: Json) => x.type === 'Action.OpenUrl');
  if (!open || !/^https?:\/\/[^/]+/.test(open.url) || !open.title)
    problems.push('actions: an Action.OpenUrl with an absolute URL');
  return problems;
}

/** Answers as Slack (200 "ok", or 400 invalid_payload) and Teams (202) do, after checking the shape. */
beforeEach(() => {
  receiver.requests.length = 0;
  receiver.respond = (r, res) => {
    const body = JSON.parse(r.body.toString()) as Json;
    if (r.url.startsWith('/slack')) {
      const problems = slackProblems(body);
      return problems.length ? res.writeHead(400).end('invalid_blocks') : res.writeHead(200).end('ok');
    }
    if (r.url.startsWith('/teams'))
      return teamsProblems(body).length ? res.writeHead(400).end('bad card') : res.writeHead(202).end();
    res.writeHead(204).end();
  };
});

async function register(path: string, format: string, eventTypes = ['incident.opened']) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/tenants/${t.demo.tenants.contoso.id}/webhooks`,
    headers: await t.auth('alice@contoso.com'),
    payload: { url: `${receiver.url}${path}`, eventTypes, format },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; format: string };
}

const LONG = `Exports of quotes <and> orders fail & time out. ${'More detail follows. '.repeat(200)}`;

async function openIncident(title: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/incidents',
    headers: await t.auth('ops@herald.example'),
    payload: {
      title,
      classification: 'incident',
      services: ['sales'],
      scope: { environmentIds: [t.demo.tenants.contoso.environments['nam-prod']] },
      impactDescription: 'Exports fail.',
      description: LONG,
      userExperience: 'Users see *an error* <br> when exporting.',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

const deliveryTo = (endpointId: string) =>
  t.ctx.database.db
    .selectFrom('delivery')
    .selectAll()
    .where('recipient_id', '=', endpointId)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();

describe('chat endpoints', () => {
  it('sends a Slack Block Kit message that Slack’s rules accept: header, escaped summary cut to 3,000, facts, a button to the incident', async () => {
    const slack = await register('/slack/T1/B1', 'slack');
    expect(slack.format).toBe('slack');
    const title = `Quote exports <fail> & ${'x'.repeat(200)}`;
    const incident = await openIncident(title);
    await deliver();
    const [r] = receiver.requests.filter((x) => x.url.startsWith('/slack'));
    expect(r, 'the Slack receiver got the message').toBeDefined();
    expect(r!.headers['content-type']).toBe('application/json');
    expect(r!.headers).not.toHaveProperty('webhook-signature');
    const m = JSON.parse(r!.body.toString()) as Json;
    expect(slackProblems(m)).toEqual([]);
    expect((await deliveryTo(slack.id)).status).toBe('sent');
    const header = m.blocks.find((b: Json) => b.type === 'header');
    expect(header.text.text).toHaveLength(150);
    expect(header.text.text.startsWith('Service incident: Quote exports <fail> & xxx')).toBe(true);
    const summary = m.blocks.find((b: Json) => b.type === 'section' && b.text);
    expect(summary.text.text.startsWith('Exports of quotes &lt;and&gt; orders fail &amp; time out.')).toBe(true);
    expect(summary.text.text.endsWith('…')).toBe(true);
    const fields = m.blocks.find((b: Json) => b.type === 'section' && b.fields).fields.map((f: Json) => f.text);
    expect(fields).toContain('*Status*\nInvestigating');
    expect(fields.join('\n')).toContain('Users see *an error* &lt;br&gt; when exporting.');
    const button = m.blocks.find((b: Json) => b.type === 'actions').elements[0];
    expect(button.url).toBe(`${t.ctx.config.publicUrl}/service-health/incidents/${incident.id}`);
    expect(m.text.startsWith('Service incident: Quote exports &lt;fail&gt; &amp; ')).toBe(true);
  });

  it('sends a Teams workflow message with one Adaptive Card: title, summary, facts, an Open button to the incident', async () => {
    const teams = await register('/teams/workflow', 'teams');
    const incident = await openIncident('Forms are slow');
    await deliver();
    const [r] = receiver.requests.filter((x) => x.url.startsWith('/teams'));
    expect(r, 'the Teams receiver got the message').toBeDefined();
    const m = JSON.parse(r!.body.toString()) as Json;
    expect(teamsProblems(m)).toEqual([]);
    expect((await deliveryTo(teams.id)).status).toBe('sent');
    const card = m.attachments[0].content;
    expect(card.body[0]).toMatchObject({
      type: 'TextBlock',
      text: 'Service incident: Forms are slow',
      weight: 'Bolder',
    });
    expect(card.body.find((e: Json) => e.type === 'FactSet').facts).toContainEqual({
      title: 'User experience',
      value: 'Users see \\*an error\\* <br> when exporting.',
    });
    expect(card.actions[0]).toEqual({
      type: 'Action.OpenUrl',
      title: 'Open in Herald',
      url: `${t.ctx.config.publicUrl}/service-health/incidents/${incident.id}`,
    });
  });

  it('speaks the tenant’s language in its channel, an incident translated into it reading translated', async () => {
    const db = t.ctx.database.db;
    const contoso = t.demo.tenants.contoso.id;
    const { locale } = await db
      .selectFrom('tenant')
      .select('locale')
      .where('id', '=', contoso)
      .executeTakeFirstOrThrow();
    await db.updateTable('tenant').set({ locale: 'de' }).where('id', '=', contoso).execute();
    try {
      await register('/slack/german', 'slack', ['incident.updated']);
      const incident = await openIncident('Quotes are not saved');
      const ops = await t.auth('ops@herald.example');
      const translated = await t.app.inject({
        method: 'PUT',
        url: `/api/incidents/${incident.id}/translations/de`,
        headers: ops,
        payload: { title: 'Angebote werden nicht gespeichert', posts: [] },
      });
      expect(translated.statusCode, translated.body).toBe(200);
      const posted = await t.app.inject({
        method: 'POST',
        url: `/api/incidents/${incident.id}/posts`,
        headers: ops,
        payload: { description: 'A fix is being deployed.' },
      });
      expect(posted.statusCode, posted.body).toBe(201);
      await deliver();
      const [r] = receiver.requests.filter((x) => x.url === '/slack/german');
      expect(r, 'the Slack receiver got the update').toBeDefined();
      const m = JSON.parse(r!.body.toString()) as Json;
      expect(slackProblems(m)).toEqual([]);
      expect(m.blocks.find((b: Json) => b.type === 'header').text.text).toBe(
        'Neuigkeiten zur Störung: Angebote werden nicht gespeichert',
      );
      expect(m.blocks.find((b: Json) => b.type === 'actions').elements[0].text.text).not.toBe('Open in Herald');
    } finally {
      await db.updateTable('tenant').set({ locale }).where('id', '=', contoso).execute();
    }
  });

  it('makes a delivery dead at once when Slack answers 400 invalid_payload, with that reason in the delivery log', async () => {
    const slack = await register('/slack-refuses', 'slack');
    receiver.respond = (_r, res) => res.writeHead(400, { 'content-type': 'text/plain' }).end('invalid_payload');
    await openIncident('Reports are late');
    await deliver();
    const d = await deliveryTo(slack.id);
    expect(d).toMatchObject({ status: 'dead', attempts: 1, last_error: 'HTTP 400: invalid_payload' });
    const log = await t.app.inject({
      url: `/api/events/${d.event_id}/deliveries?channel=webhook&status=dead`,
      headers: await t.auth('alice@contoso.com'),
    });
    expect(log.statusCode).toBe(200);
    expect(log.json().items).toContainEqual(
      expect.objectContaining({ status: 'dead', lastError: 'HTTP 400: invalid_payload' }),
    );
  });

  it('refuses an unknown format, naming the field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${t.demo.tenants.contoso.id}/webhooks`,
      headers: await t.auth('alice@contoso.com'),
      payload: { url: `${receiver.url}/x`, eventTypes: ['incident.opened'], format: 'discord' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toContain('format');
  });
});

describe('the chat payload builders', () => {
  const card = (over: Partial<Parameters<typeof slackMessage>[0]> = {}) => ({
    heading: 'Service incident',
    title: 'Sign-in fails',
    summary: 'Users see an error.',
    facts: [],
    open: { label: 'Open in Herald', url: 'https://herald.example/service-health/incidents/HR000001' },
    ...over,
  });

  it('keeps Slack’s limits with many facts and never cuts an escaped character in half', () => {
    const facts = Array.from({ length: 25 }, (_, i) => ({ label: `Fact ${i}`, value: '&'.repeat(3000) }));
    const m = slackMessage(card({ summary: '<'.repeat(5000), facts }), 'Herald · incident.opened');
    expect(slackProblems(m)).toEqual([]);
    expect(m.blocks.filter((b) => b.type === 'section' && b.fields).map((b) => (b.fields as unknown[]).length)).toEqual(
      [10, 10, 5],
    );
    const summary = (m.blocks.find((b) => b.type === 'section' && b.text) as Json).text.text as string;
    expect(summary).toMatch(/^(&lt;)+…$/);
    expect(summary.length).toBeLessThanOrEqual(3000);
  });

  it('leaves out the Slack button and the Teams action when the link is not absolute http(s)', () => {
    const relative = card({ open: { label: 'Open', url: 'javascript:alert(1)' } });
    expect(slackMessage(relative, 'x').blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(teamsMessage(relative, 'x').attachments[0]!.content.actions).toEqual([]);
  });
});
