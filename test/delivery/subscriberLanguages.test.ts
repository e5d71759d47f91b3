// Public subscribers read their mail in the language of the page they subscribed on, over real
// SMTP (smtp-server, read back with mailparser): a German subscriber gets a German confirmation
// and German notices, and changes the language on the manage page; one notice is rendered once
// per language, however many subscribers read it. Both databases (TEST_DATABASE_URL).
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SubscriberRenderer } from '../../src/delivery/templates/subscriberCache.js';
import { deliverDue } from '../../src/delivery/worker.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startMailSink, type MailSink } from './sinks.js';

let t: TestApp;
let sink: MailSink;
let ops: { authorization: string };
const BASE = 'https://status.example.com';

beforeAll(async () => {
  sink = await startMailSink();
  t = await createTestApp({ config: { smtpUrl: sink.url, publicUrl: BASE, subscribeRequestsPerMinute: 50 } });
  ops = await t.auth('ops@herald.example');
  await deliverDue(t.ctx);
});
afterAll(async () => {
  await t.close();
  await sink.close();
});
beforeEach(() => {
  sink.mails.length = 0;
});

const mailsTo = (address: string): ParsedMail[] =>
  sink.mails.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text.includes(address)));
const linkIn = (mail: ParsedMail, kind: 'confirm' | 'manage'): string => {
  const m = new RegExp(`${BASE}(/subscriptions/${kind}/[^\\s"<>]+)`).exec(mail.text ?? '');
  if (!m) throw new Error(`no ${kind} link in: ${mail.text}`);
  return m[1]!;
};

/** Subscribes through the form shown in `lang`, confirms through the mailed link; returns the manage link. */
async function subscribe(email: string, lang: string): Promise<{ confirmation: ParsedMail; manage: string }> {
  const answer = await t.app.inject({
    method: 'POST',
    url: `/subscribe?lang=${lang}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams([
      ['email', email],
      ['everything', 'on'],
    ]).toString(),
  });
  expect(answer.statusCode, answer.body).toBe(200);
  await deliverDue(t.ctx);
  const [confirmation] = mailsTo(email);
  expect(confirmation, `a confirmation for ${email}`).toBeDefined();
  const confirmed = await t.app.inject({ method: 'POST', url: linkIn(confirmation!, 'confirm') });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  return { confirmation: confirmation!, manage: linkIn(confirmation!, 'manage') };
}

let n = 0;
async function openPublicIncident(): Promise<string> {
  const title = `Sales unavailable ${++n}`;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/incidents',
    headers: ops,
    payload: {
      classification: 'incident',
      impactDescription: 'Users cannot open Sales.',
      title,
      services: ['sales'],
      scope: { regions: ['EUR'] },
      status: 'serviceInterruption',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return title;
}

describe('public subscribers in their language', () => {
  let anna: string;

  it('sends a German confirmation to someone who subscribed on the German page', async () => {
    const { confirmation, manage } = await subscribe('anna@example.de', 'de');
    anna = manage;
    expect(confirmation.subject).toBe('[Herald status] Bestätigen Sie Ihr Abonnement');
    expect(confirmation.text).toContain('Abonnement bestätigen');
    expect(confirmation.html).toMatch(/<html lang="de" dir="ltr">/);
    // The link opens the confirmation page in German too.
    expect(linkIn(confirmation, 'confirm')).toMatch(/\?lang=de$/);

    const page = await t.app.inject({ url: anna });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="de" dir="ltr">');
    expect(page.body).toContain('<option value="de" lang="de" selected>Deutsch</option>');
    expect(page.body).toContain('Sprache der E-Mails');
  });

  it('tells German and English subscribers of one incident in their words, one render per language', async () => {
    await subscribe('bea@example.de', 'de');
    await subscribe('carl@example.com', 'en');
    sink.mails.length = 0;
    const title = await openPublicIncident();
    const renderer = new SubscriberRenderer();
    await deliverDue(t.ctx, { subscriberRenderer: renderer });

    const [toAnna] = mailsTo('anna@example.de');
    const [toBea] = mailsTo('bea@example.de');
    const [toCarl] = mailsTo('carl@example.com');
    expect(toAnna?.subject).toBe(`[Herald status] Wird untersucht: ${title}`);
    expect(toAnna?.html).toContain('Zur Statusseite');
    expect(toAnna?.html).toMatch(/<html lang="de" dir="ltr">/);
    expect(toBea?.subject).toBe(toAnna?.subject);
    expect(toCarl?.subject).toBe(`[Herald status] Investigating: ${title}`);
    expect(renderer.renders).toBe(2);
    // Each gets their own manage link, filled into the shared render.
    expect(linkIn(toAnna!, 'manage')).toBe(anna);
    expect(linkIn(toBea!, 'manage')).not.toBe(anna);
    expect(toAnna?.html).toContain(`${BASE}${anna.replace(/&/g, '&amp;')}`);
  });

  it('changes the language on the manage page, and refuses one Herald does not write', async () => {
    const refused = await t.app.inject({
      method: 'POST',
      url: anna,
      headers: { 'content-type': 'application/json' },
      payload: { everything: true, locale: 'xx' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('locale');
    expect(
      (
        await t.ctx.database.db
          .selectFrom('subscriber')
          .select('locale')
          .where('address', '=', 'anna@example.de')
          .executeTakeFirstOrThrow()
      ).locale,
    ).toBe('de');

    const saved = await t.app.inject({
      method: 'POST',
      url: anna,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams([
        ['everything', 'on'],
        ['locale', 'ja'],
      ]).toString(),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.body).toContain('<option value="ja" lang="ja" selected>日本語</option>');

    const title = await openPublicIncident();
    await deliverDue(t.ctx);
    const [toAnna] = mailsTo('anna@example.de');
    expect(toAnna?.subject).toBe(`[Herald status] 調査中: ${title}`);
    expect(toAnna?.html).toMatch(/<html lang="ja" dir="ltr">/);
  });

  it('tells a subscriber of an incident translated into their language in the translation, with a note', async () => {
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: ops,
      payload: {
        classification: 'incident',
        impactDescription: 'Users cannot open Sales.',
        title: 'Sales unavailable in Europe',
        services: ['sales'],
        scope: { regions: ['EUR'] },
        status: 'serviceInterruption',
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().id as string;
    await deliverDue(t.ctx);
    const translated = await t.app.inject({
      method: 'PUT',
      url: `/api/incidents/${id}/translations/de`,
      headers: ops,
      payload: { title: 'Sales in Europa nicht verfügbar', posts: [] },
    });
    expect(translated.statusCode, translated.body).toBe(200);
    sink.mails.length = 0;
    const posted = await t.app.inject({
      method: 'POST',
      url: `/api/incidents/${id}/posts`,
      headers: ops,
      payload: { description: 'A fix is being deployed.' },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    await deliverDue(t.ctx);

    const [toBea] = mailsTo('bea@example.de');
    expect(toBea?.subject).toContain('Sales in Europa nicht verfügbar');
    expect(toBea?.text).toContain('Aus dem Englischen übersetzt');
    expect(toBea?.html).toContain('<em>Aus dem Englischen übersetzt</em>');
    // Not translated into Japanese: the original, saying so.
    const [toAnna] = mailsTo('anna@example.de');
    expect(toAnna?.subject).toContain('Sales unavailable in Europe');
    expect(toAnna?.text).toContain('原文（英語）を表示しています');
    const [toCarl] = mailsTo('carl@example.com');
    expect(toCarl?.subject).toContain('Sales unavailable in Europe');
    expect(toCarl?.text).not.toMatch(/Translated from|reading the original/);
  });
});
