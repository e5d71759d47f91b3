// Every email template's unsubscribe link works: one event of every type (with payloads that make
// each template send email) goes through a real SMTP server, is read back with mailparser, and
// for each template the link in List-Unsubscribe and in both bodies is short, shows the
// confirmation page on GET and unsubscribes with the RFC 8058 one-click POST. Links mailed before
// tokens were short keep working too.
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { systemActor } from '../../src/domain/actor.js';
import { EVENT_TYPES, type EventType } from '../../src/domain/events.js';
import { TEMPLATES } from '../../src/domain/policies.js';
import { verifyUnsubscribeToken } from '../../src/delivery/unsubscribe.js';
import { deliverDue } from '../../src/delivery/worker.js';
import { createHmac } from 'node:crypto';
import { createTestApp, type TestApp } from '../support/app.js';
import { startMailSink, type MailSink } from './sinks.js';

let sink: MailSink;
let t: TestApp;

beforeAll(async () => {
  sink = await startMailSink();
  t = await createTestApp({
    config: {
      smtpUrl: sink.url,
      mailFrom: 'Herald <herald@status.example.com>',
      publicUrl: 'https://status.example.com',
    },
  });
  await deliverDue(t.ctx);
  sink.mails.length = 0;
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

/** Templates mailed to people; a product team's page goes to its on-call address, which has no one to unsubscribe. */
const PERSONAL_TEMPLATES = TEMPLATES.filter((template) => template !== 'team-page');

/** Payload variants: together they lead every policy rule that emails to its template. */
const PAYLOADS: Record<string, unknown>[] = [
  {
    kind: 'planned',
    impact: 'downtime',
    classification: 'incident',
    severity: 'major',
    status: 'investigating',
    title: 'Sign-in fails',
    summary: 'Users cannot sign in.',
    services: ['Dynamics 365 Sales'],
    regions: ['NAM'],
    startsAt: '2026-11-25T14:05:00.000Z',
    endsAt: '2026-11-25T16:30:00.000Z',
  },
  {
    kind: 'unplanned',
    impact: 'degraded',
    classification: 'advisory',
    severity: 'minor',
    isMajorChange: true,
    title: 'Slow reports',
    summary: 'Reports are slow.',
    services: ['Dynamics 365 Sales'],
    regions: ['NAM'],
    startsAt: '2026-11-25T14:05:00.000Z',
  },
];

const mailsWithTemplate = async (): Promise<Map<string, ParsedMail>> => {
  const byTemplate = new Map<string, ParsedMail>();
  for (const mail of sink.mails) {
    const id = /^<([^@]+)@/.exec(mail.messageId ?? '')?.[1];
    const row = id
      ? await t.ctx.database.db.selectFrom('delivery').select('template').where('id', '=', id).executeTakeFirst()
      : undefined;
    if (row && !byTemplate.has(row.template)) byTemplate.set(row.template, mail);
  }
  return byTemplate;
};

const rawHeader = (mail: ParsedMail, name: string): string =>
  mail.headerLines
    .find((h) => h.key === name)
    ?.line.replace(/^[^:]+:\s*/, '')
    .replace(/\r?\n\s+/g, ' ') ?? '';

describe('unsubscribe links in every template', () => {
  let byTemplate: Map<string, ParsedMail>;
  beforeAll(async () => {
    const contoso = t.demo.tenants.contoso;
    const people = Object.values(t.demo.people).map((p) => p!.id);
    // Releases are emailed to additional recipients of the category only: make Sam one.
    const sam = t.demo.people.contosoSysAdmin!.id;
    await t.ctx.database.db
      .insertInto('role_assignment')
      .values({
        id: 'unsub-release-recipient',
        person_id: sam,
        role: 'additional_recipient',
        tenant_id: contoso.id,
        environment_id: null,
        scope_id: contoso.id,
        categories: JSON.stringify(['release']),
        created_at: t.clock.now.toISOString(),
      })
      .execute();
    let n = 0;
    for (const type of EVENT_TYPES) {
      for (const payload of PAYLOADS) {
        const key = `unsub-${type}-${n++}`;
        await runCommand(t.ctx, systemActor('test'), (s) =>
          s.publish({
            type: type as EventType,
            key,
            subject: { type: 'maintenance', id: `unsub-subject-${n % PAYLOADS.length}` },
            scope: { tenantIds: [contoso.id], environmentIds: Object.values(contoso.environments), personIds: people },
            payload: { ...payload, url: `/x/${key}` },
          }),
        );
      }
    }
    await deliverDue(t.ctx);
    byTemplate = await mailsWithTemplate();
  }, 120_000);

  it('has an email of every template', () => {
    expect([...byTemplate.keys()].sort()).toEqual([...PERSONAL_TEMPLATES].sort());
  });

  it.each([...PERSONAL_TEMPLATES])(
    '%s: the link is short, GET asks and the one-click POST unsubscribes',
    async (template) => {
      const mail = byTemplate.get(template);
      expect(mail, `no email of template ${template}`).toBeDefined();
      const header = /<(https:[^>]+)>/.exec(rawHeader(mail!, 'list-unsubscribe'))![1]!;
      expect(rawHeader(mail!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      expect(header.length).toBeLessThan(100);
      // The same link in the text and the HTML body.
      expect(mail!.text).toContain(header);
      expect(mail!.html).toContain(`href="${header}"`);
      const path = new URL(header).pathname;
      const ask = await t.app.inject({ url: path, headers: { accept: 'text/html' } });
      expect(ask.statusCode).toBe(200);
      expect(ask.body).toMatch(/Stop sending email about|Already unsubscribed/);
      const done = await t.app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
      expect(done.statusCode).toBe(200);
      expect(done.body).toContain('no longer receives email about');
      const request = verifyUnsubscribeToken([t.ctx.config.secret], path.split('/').pop()!)!;
      const choice = await t.ctx.database.db
        .selectFrom('notification_preference')
        .select('enabled')
        .where('person_id', '=', request.personId)
        .where('category', '=', request.category)
        .where('channel', '=', 'email')
        .executeTakeFirst();
      expect(choice?.enabled).toBe(0);
    },
  );

  it('still accepts a long link mailed before tokens were short', async () => {
    // The earlier format: base64url("person:category"), a dot, the whole HMAC-SHA-256.
    const person = t.demo.people.contosoSysAdmin!.id;
    const body = Buffer.from(`${person}:unplanned_maintenance`).toString('base64url');
    const token = `${body}.${createHmac('sha256', t.ctx.config.secret).update(`unsubscribe:${body}`).digest('base64url')}`;
    expect(`https://status.example.com/unsubscribe/${token}`.length).toBeGreaterThan(100);
    const ask = await t.app.inject({ url: `/unsubscribe/${token}` });
    expect(ask.statusCode).toBe(200);
    const done = await t.app.inject({
      method: 'POST',
      url: `/unsubscribe/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('no longer receives email about unplanned maintenance');
  });

  it('answers a page, never a 5xx, for links cut, edited or far too long', async () => {
    for (const token of ['x', 'abc~def', 'a'.repeat(200), 'a'.repeat(5_000)]) {
      for (const method of ['GET', 'POST'] as const) {
        const res = await t.app.inject({
          method,
          url: `/unsubscribe/${token}`,
          headers: {
            accept: 'text/html',
            ...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          },
          payload: method === 'POST' ? 'List-Unsubscribe=One-Click' : undefined,
        });
        expect(res.statusCode, `${method} ${token.length}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
        expect(res.body).toContain('This unsubscribe link does not work');
      }
    }
  });
});
