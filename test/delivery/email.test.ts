// Email through a real SMTP server (smtp-server in the test, read back with mailparser): the
// organization-specific incident mail, its headers and both bodies, the reader's language and
// time zone, and the unsubscribe link working end to end.
import { generateKeyPairSync } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { systemActor } from '../../src/domain/actor.js';
import type { NewEvent } from '../../src/domain/events.js';
import { deliverDue } from '../../src/delivery/worker.js';
import { DEMO_PASSWORD } from '../../src/app/demo/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startMailSink, type MailSink } from './sinks.js';

let sink: MailSink;
let t: TestApp;
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });

beforeAll(async () => {
  sink = await startMailSink();
  t = await createTestApp({
    config: {
      smtpUrl: sink.url,
      mailFrom: 'Herald <herald@status.example.com>',
      publicUrl: 'https://status.example.com',
      dkim: {
        domainName: 'status.example.com',
        keySelector: 'herald',
        privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      },
    },
  });
  await deliverDue(t.ctx); // whatever the demo data announced
  sink.mails.length = 0;
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

const publish = (event: NewEvent) => runCommand(t.ctx, systemActor('test'), (s) => s.publish(event));

const incident = (key: string, severity: 'minor' | 'major', environmentIds: string[]): NewEvent => ({
  type: 'incident.opened',
  key,
  subject: { type: 'incident', id: key },
  scope: { environmentIds },
  payload: {
    title: 'Users cannot sign in',
    summary: 'Sign-in fails with an error for some users.',
    url: `/service-health/incidents/${key}`,
    classification: 'incident',
    severity,
    services: ['Dynamics 365 Sales'],
    userExperience: 'Users see error 500 when signing in.',
    workaround: 'Retry after a minute.',
    startsAt: '2026-11-25T14:05:00.000Z',
    endsAt: '2026-11-25T16:30:00.000Z',
  },
});

/** A header as sent (mailparser turns List-* headers into objects). */
const rawHeader = (mail: ParsedMail, name: string): string =>
  mail.headerLines
    .find((h) => h.key === name)
    ?.line.replace(/^[^:]+:\s*/, '')
    .replace(/\r?\n\s+/g, ' ') ?? '';

const mailsTo = (email: string) =>
  sink.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === email);

describe('email', () => {
  it('sends the organization-specific incident email to the system admin, with both bodies in their time zone', async () => {
    const nam = t.demo.tenants.contoso.environments['nam-prod']!;
    await publish(incident('inc-mail-1', 'minor', [nam]));
    await deliverDue(t.ctx);
    const [mail, ...more] = mailsTo('sam@contoso.com');
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('[Contoso] Service incident: Users cannot sign in');
    expect(mail!.from?.value[0]).toEqual({ name: 'Herald', address: 'herald@status.example.com' });
    const delivery = await t.ctx.database.db
      .selectFrom('delivery')
      .innerJoin('event', 'event.id', 'delivery.event_id')
      .select(['delivery.id', 'delivery.status', 'delivery.attempts'])
      .where('event.key', '=', 'inc-mail-1')
      .where('channel', '=', 'email')
      .executeTakeFirstOrThrow();
    expect(mail!.messageId).toBe(`<${delivery.id}@status.example.com>`);
    expect(delivery).toMatchObject({ status: 'sent', attempts: 1 });
    for (const body of [mail!.text!, mail!.html as string]) {
      expect(body).toContain('Users see error 500 when signing in.');
      expect(body).toContain('Retry after a minute.');
      expect(body).toContain('Contoso Sales');
      // 14:05 UTC is 8:05 AM in Chicago (CST) on 25 November.
      expect(body).toMatch(/Nov 25, 2026, 8:05\sAM CST/);
      expect(body).toContain('https://status.example.com/service-health/incidents/inc-mail-1');
    }
    expect(mail!.text).toContain('User experience: Users see error 500');
    expect(mail!.html).toContain('<th');
    expect(mail!.headers.get('auto-submitted')).toBe('auto-generated');
    expect(rawHeader(mail!, 'dkim-signature')).toMatch(/d=status\.example\.com/);
    expect(rawHeader(mail!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(rawHeader(mail!, 'list-unsubscribe')).toMatch(
      /^<https:\/\/status\.example\.com\/unsubscribe\/[\w.~-]+>, <mailto:unsubscribe@status\.example\.com\?subject=unsubscribe%20/,
    );
  });

  it('writes to a French reader in French, at Paris time', async () => {
    await publish(incident('inc-mail-fr', 'minor', [t.demo.tenants.contoso.environments['eur-prod']!]));
    await deliverDue(t.ctx);
    const [mail] = mailsTo('eva@contoso.com');
    expect(mail!.subject).toBe('[Contoso] Incident de service\u00a0: Users cannot sign in');
    expect(mail!.text).toContain('Expérience utilisateur\u00a0: Users see error 500');
    expect(mail!.text).toMatch(/25 nov\. 2026, 15:05 UTC\+1/);
  });

  it('unsubscribes with the link: GET asks, POST (one-click) switches off that category’s non-critical email', async () => {
    const [mail] = mailsTo('sam@contoso.com');
    const link = /<(https:[^>]+)>/.exec(rawHeader(mail!, 'list-unsubscribe'))![1]!;
    const path = new URL(link).pathname;
    const ask = await t.app.inject({ url: path });
    expect(ask.statusCode).toBe(200);
    expect(ask.headers['content-type']).toMatch(/text\/html/);
    expect(ask.body).toContain('Stop sending email about service incidents to sam@contoso.com?');
    const sam = t.demo.people.contosoSysAdmin!.id;
    expect(
      await t.ctx.database.db.selectFrom('notification_preference').selectAll().where('person_id', '=', sam).execute(),
    ).toEqual([]);

    const done = await t.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('no longer receives email about service incidents');
    expect(
      await t.ctx.database.db
        .selectFrom('notification_preference')
        .select(['category', 'channel', 'enabled'])
        .where('person_id', '=', sam)
        .execute(),
    ).toEqual([{ category: 'incident', channel: 'email', enabled: 0 }]);

    sink.mails.length = 0;
    const nam = t.demo.tenants.contoso.environments['nam-prod']!;
    await publish(incident('inc-mail-minor-after', 'minor', [nam]));
    await publish(incident('inc-mail-major-after', 'major', [nam]));
    await deliverDue(t.ctx);
    expect(mailsTo('sam@contoso.com').map((m) => m.subject)).toEqual([
      '[Contoso] Service incident: Users cannot sign in',
    ]);
    const minor = await t.ctx.database.db
      .selectFrom('delivery')
      .innerJoin('event', 'event.id', 'delivery.event_id')
      .select('delivery.status')
      .where('event.key', '=', 'inc-mail-minor-after')
      .where('channel', '=', 'email')
      .executeTakeFirstOrThrow();
    expect(minor.status).toBe('suppressed');
  });

  it('shows the defaults as on, and switching one off in preferences stops exactly that email', async () => {
    const headers = await t.auth('raj@fabrikam.com');
    const before = (await t.app.inject({ url: '/api/me/preferences', headers })).json().preferences;
    expect(before).toContainEqual({
      category: 'incident',
      channel: 'email',
      enabled: null,
      effective: true,
      source: 'default',
      byDefault: true,
    });
    expect(before).toContainEqual({
      category: 'advisory',
      channel: 'email',
      enabled: null,
      effective: true,
      source: 'default',
      byDefault: true,
    });
    const off = await t.app.inject({
      method: 'PUT',
      url: '/api/me/preferences',
      headers,
      payload: { preferences: [{ category: 'incident', channel: 'email', enabled: false }] },
    });
    expect(off.json().preferences).toContainEqual({
      category: 'incident',
      channel: 'email',
      enabled: false,
      effective: false,
      source: 'choice',
      byDefault: true,
    });

    const ind = t.demo.tenants.fabrikam.environments['ind-prod']!;
    await publish(incident('pref-incident', 'minor', [ind]));
    await publish({
      ...incident('pref-advisory', 'minor', [ind]),
      payload: { ...incident('x', 'minor', [ind]).payload, classification: 'advisory', title: 'Reports are slow' },
    });
    await deliverDue(t.ctx);
    expect(mailsTo('raj@fabrikam.com').map((m) => m.subject)).toEqual([
      '[Fabrikam] Service advisory: Reports are slow',
    ]);
    // Only email was switched off: the incident still reaches the console's bell.
    const inApp = await t.ctx.database.db
      .selectFrom('delivery')
      .innerJoin('event', 'event.id', 'delivery.event_id')
      .select('delivery.status')
      .where('event.key', '=', 'pref-incident')
      .where('channel', '=', 'in_app')
      .where('recipient_id', '=', t.demo.people.fabrikamSysAdmin!.id)
      .executeTakeFirstOrThrow();
    expect(inApp.status).toBe('sent');
  });

  it('unsubscribes from the confirm page in a browser where the reader is signed in', async () => {
    const [mail] = mailsTo('sam@contoso.com');
    const path = new URL(/<(https:[^>]+)>/.exec(rawHeader(mail!, 'list-unsubscribe'))![1]!).pathname;
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'sam@contoso.com', password: DEMO_PASSWORD },
    });
    const cookie = ([] as string[])
      .concat(signIn.headers['set-cookie'] as string[])
      .map((c) => c.split(';')[0])
      .join('; ');
    // The form on the page carries no CSRF token: the signed link is the proof of intent.
    const res = await t.app.inject({
      method: 'POST',
      url: path,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('no longer receives email about service incidents');
  });

  it('refuses a tampered unsubscribe token with a 400 and changes nothing', async () => {
    const before = await t.ctx.database.db.selectFrom('notification_preference').selectAll().execute();
    const [mail] = mailsTo('sam@contoso.com');
    const path = new URL(/<(https:[^>]+)>/.exec(rawHeader(mail!, 'list-unsubscribe'))![1]!).pathname;
    const [body, signature] = path.slice('/unsubscribe/'.length).split('.');
    const forged = Buffer.from(`${t.demo.people.contosoOrgAdmin!.id}:incident`).toString('base64url');
    for (const token of [`${forged}.${signature}`, `${body}.${signature!.slice(0, -2)}AA`, 'nonsense', `${body}`]) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/unsubscribe/${token}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('not a valid unsubscribe link');
      expect((await t.app.inject({ url: `/unsubscribe/${token}` })).statusCode).toBe(400);
    }
    expect(await t.ctx.database.db.selectFrom('notification_preference').selectAll().execute()).toEqual(before);
  });
});

describe('without SMTP_URL', () => {
  let kept: TestApp;
  beforeAll(async () => {
    kept = await createTestApp();
  });
  afterAll(() => kept.close());

  it('keeps the mail and shows it to operators at /api/sent-mail', async () => {
    await runCommand(kept.ctx, systemActor('test'), (s) =>
      s.publish(incident('inc-kept', 'minor', [kept.demo.tenants.fabrikam.environments['ind-prod']!])),
    );
    await deliverDue(kept.ctx);
    const res = await kept.app.inject({
      url: '/api/sent-mail?to=raj@fabrikam.com',
      headers: await kept.auth('ops@herald.example'),
    });
    expect(res.statusCode).toBe(200);
    const mail = res
      .json()
      .items.find((m: { subject: string }) => m.subject === '[Fabrikam] Service incident: Users cannot sign in');
    expect(mail.to).toBe('raj@fabrikam.com');
    expect(mail.text).toContain('Retry after a minute.');
    expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const refused = await kept.app.inject({ url: '/api/sent-mail', headers: await kept.auth('fiona@fabrikam.com') });
    expect(refused.statusCode).toBe(403);
    expect((await kept.app.inject({ url: '/api/sent-mail' })).statusCode).toBe(401);
  });
});
