// The delivery log narrowed by channel and status (and the tenant's sent mail by status and event
// type), as an operator and two tenants' org admins use it: a filter finds what it names, never
// another tenant's rows, and a value it does not know is a 400 naming the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { systemActor } from '../../src/domain/actor.js';
import type { NewEvent } from '../../src/domain/events.js';
import { deliverDue } from '../../src/delivery/worker.js';
import { DELIVERY_CHANNELS, DELIVERY_STATUSES } from '../../src/shared/notifications.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
let alice: { authorization: string };
let fiona: { authorization: string };

const publish = (event: NewEvent) => runCommand(t.ctx, systemActor('test'), (s) => s.publish(event));

beforeAll(async () => {
  t = await createTestApp();
  await deliverDue(t.ctx);
  const { contoso, fabrikam } = t.demo.tenants;
  await publish({
    type: 'incident.opened',
    key: 'filters:contoso',
    subject: { type: 'incident', id: 'filters-c' },
    tenantId: contoso.id,
    scope: { tenantIds: [contoso.id] },
    payload: { title: 'Contoso outage', classification: 'incident', severity: 'minor' },
  });
  await publish({
    type: 'incident.opened',
    key: 'filters:fabrikam',
    subject: { type: 'incident', id: 'filters-f' },
    tenantId: fabrikam.id,
    scope: { tenantIds: [fabrikam.id] },
    payload: { title: 'Fabrikam outage', classification: 'incident', severity: 'minor' },
  });
  // Posted without notifying: every delivery is written suppressed, for both tenants.
  await publish({
    type: 'incident.updated',
    key: 'filters:quiet',
    subject: { type: 'incident', id: 'filters-q' },
    scope: { tenantIds: [contoso.id, fabrikam.id] },
    payload: { title: 'Quiet correction', classification: 'incident', severity: 'minor', notified: false },
  });
  await deliverDue(t.ctx);
  ops = await t.auth('ops@herald.example');
  alice = await t.auth('alice@contoso.com');
  fiona = await t.auth('fiona@fabrikam.com');
});
afterAll(() => t.close());

interface EventItem {
  title: string;
  tenantId: string | null;
  deliveries: Record<string, number>;
}

async function events(headers: { authorization: string }, query: string): Promise<EventItem[]> {
  const res = await t.app.inject({ url: `/api/events?limit=1000&${query}`, headers });
  expect(res.statusCode, query).toBe(200);
  return res.json().items;
}
const titles = async (headers: { authorization: string }, query: string) =>
  (await events(headers, query)).map((e) => e.title);

describe('the delivery log by channel and status', () => {
  it('lists the events with a delivery on that channel in that status, and counts that channel only', async () => {
    const sentEmail = await titles(ops, 'channel=email&status=sent');
    expect(sentEmail).toEqual(expect.arrayContaining(['Contoso outage', 'Fabrikam outage']));
    expect(sentEmail).not.toContain('Quiet correction');

    expect(await titles(ops, 'status=suppressed')).toContain('Quiet correction');
    expect(await titles(ops, 'status=suppressed')).not.toContain('Contoso outage');
    // No endpoint is registered: nothing went out by webhook.
    expect(await titles(ops, 'channel=webhook')).toEqual([]);

    const [contoso] = (await events(ops, 'channel=email&type=incident.opened')).filter(
      (e) => e.title === 'Contoso outage',
    );
    const [everyChannel] = (await events(ops, 'type=incident.opened')).filter((e) => e.title === 'Contoso outage');
    const emailTotal = Object.values(contoso!.deliveries).reduce((a, b) => a + b, 0);
    const allTotal = Object.values(everyChannel!.deliveries).reduce((a, b) => a + b, 0);
    expect(emailTotal).toBeGreaterThan(0);
    // The console's notices were planned too: the email count is part of the whole.
    expect(emailTotal).toBeLessThan(allTotal);
  });

  it('never shows an org admin the other tenant’s events, under any channel, status and type', async () => {
    const combos = [
      '',
      ...DELIVERY_CHANNELS.map((c) => `channel=${c}`),
      ...DELIVERY_STATUSES.map((s) => `status=${s}`),
      ...DELIVERY_CHANNELS.flatMap((c) => DELIVERY_STATUSES.map((s) => `channel=${c}&status=${s}`)),
      'type=incident.opened&channel=email&status=sent',
    ];
    for (const query of combos) {
      const seenByAlice = await titles(alice, query);
      const seenByFiona = await titles(fiona, query);
      expect(seenByAlice, query).not.toContain('Fabrikam outage');
      expect(seenByFiona, query).not.toContain('Contoso outage');
    }
    expect(await titles(alice, 'channel=email&status=sent')).toContain('Contoso outage');
    expect(await titles(fiona, 'channel=email&status=sent')).toContain('Fabrikam outage');
    // The correction reached both tenants (suppressed): each sees it, counted with its own rows only.
    const [quietForAlice] = (await events(alice, 'status=suppressed')).filter((e) => e.title === 'Quiet correction');
    const [quietForOps] = (await events(ops, 'status=suppressed')).filter((e) => e.title === 'Quiet correction');
    expect(quietForAlice!.deliveries.suppressed).toBeGreaterThan(0);
    expect(quietForAlice!.deliveries.suppressed).toBeLessThan(quietForOps!.deliveries.suppressed!);
  });

  it('refuses a channel, status or event type it does not know with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['channel=fax', 'channel'],
      ['status=lost', 'status'],
      ['type=incident.exploded', 'type'],
    ] as const) {
      const res = await t.app.inject({ url: `/api/events?${query}`, headers: ops });
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(
        res
          .json()
          .errors.map((e: { field: string }) => e.field)
          .join(' '),
        query,
      ).toContain(field);
    }
  });
});

describe('a tenant’s sent mail by status and event type', () => {
  const mail = async (headers: { authorization: string }, tenantId: string, query: string) => {
    const res = await t.app.inject({ url: `/api/tenants/${tenantId}/sent-mail?limit=1000&${query}`, headers });
    expect(res.statusCode, query).toBe(200);
    return res.json().items as { to: string; title: string; status: string; eventType: string }[];
  };

  it('narrows to the status and type asked for, and only ever to the tenant’s own people', async () => {
    const { contoso, fabrikam } = t.demo.tenants;
    const sent = await mail(alice, contoso.id, 'status=sent&type=incident.opened');
    expect(sent.map((m) => m.title)).toContain('Contoso outage');
    expect(sent.every((m) => m.status === 'sent' && m.eventType === 'incident.opened')).toBe(true);

    const suppressed = await mail(alice, contoso.id, 'status=suppressed');
    expect(suppressed.map((m) => m.title)).toEqual(expect.arrayContaining(['Quiet correction']));
    expect(suppressed.every((m) => m.status === 'suppressed')).toBe(true);

    for (const query of ['', ...DELIVERY_STATUSES.map((s) => `status=${s}`), 'type=incident.opened']) {
      const contosoMail = await mail(alice, contoso.id, query);
      const fabrikamMail = await mail(fiona, fabrikam.id, query);
      expect(
        contosoMail.filter((m) => !m.to.endsWith('@contoso.com')),
        query,
      ).toEqual([]);
      expect(
        contosoMail.map((m) => m.title),
        query,
      ).not.toContain('Fabrikam outage');
      expect(
        fabrikamMail.filter((m) => !m.to.endsWith('@fabrikam.com')),
        query,
      ).toEqual([]);
      expect(
        fabrikamMail.map((m) => m.title),
        query,
      ).not.toContain('Contoso outage');
    }
    // Another tenant's mail is not there at all, filtered or not.
    const other = await t.app.inject({ url: `/api/tenants/${fabrikam.id}/sent-mail?status=sent`, headers: alice });
    expect(other.statusCode).toBe(404);
  });

  it('refuses a status or type it does not know with a 400 naming the field', async () => {
    const { contoso } = t.demo.tenants;
    for (const [query, field] of [
      ['status=lost', 'status'],
      ['type=nope', 'type'],
    ] as const) {
      const res = await t.app.inject({ url: `/api/tenants/${contoso.id}/sent-mail?${query}`, headers: alice });
      expect(res.statusCode, query).toBe(400);
      expect(
        res
          .json()
          .errors.map((e: { field: string }) => e.field)
          .join(' '),
        query,
      ).toContain(field);
    }
  });
});
