// Mail in each reader's language over real SMTP (smtp-server, read back with mailparser): three
// readers of one incident in three languages get three renders, not one per person, and each
// mail arrives in its reader's words; someone whose own locale Herald does not speak reads their
// tenant's default, set through the tenant API.
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { createEnvironment } from '../../src/app/directory/environments.js';
import { insertPerson, insertRole } from '../../src/app/directory/people.js';
import { createTenant } from '../../src/app/directory/tenants.js';
import { systemActor } from '../../src/domain/actor.js';
import type { NewEvent } from '../../src/domain/events.js';
import { NoticeRenderer } from '../../src/delivery/templates/cache.js';
import { deliverDue } from '../../src/delivery/worker.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startMailSink, type MailSink } from './sinks.js';

let sink: MailSink;
let t: TestApp;
let tenantId: string;
let environmentId: string;

const system = systemActor('test');

beforeAll(async () => {
  sink = await startMailSink();
  t = await createTestApp({ config: { smtpUrl: sink.url, publicUrl: 'https://status.example.com' } });
  await deliverDue(t.ctx);
  sink.mails.length = 0;
  const tenant = await createTenant(t.ctx, system, {
    name: 'Tailwind',
    domain: 'tailwind.example',
    purchaseDate: '2024-01-01',
  });
  tenantId = tenant.id;
  environmentId = (
    await createEnvironment(t.ctx, system, {
      tenantId,
      name: 'Tailwind Production',
      region: 'GBR',
      type: 'production',
      url: 'https://tailwind.crm11.dynamics.com',
      version: '9.2.1.1',
      services: ['sales'],
    })
  ).id;
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

async function systemAdmin(email: string, name: string, locale: string): Promise<void> {
  await runCommand(t.ctx, system, async (s) => {
    const person = await insertPerson(s, { email, name, locale, timeZone: 'UTC' });
    await insertRole(s, { personId: person.id, role: 'system_admin', environmentId });
  });
}

const incident = (key: string): NewEvent => ({
  type: 'incident.opened',
  key,
  subject: { type: 'incident', id: key },
  scope: { environmentIds: [environmentId] },
  payload: {
    title: 'Users cannot sign in',
    summary: 'Sign-in fails with an error for some users.',
    url: `/service-health/incidents/${key}`,
    classification: 'incident',
    severity: 'minor',
    status: 'investigating',
    services: ['Dynamics 365 Sales'],
    startsAt: '2026-11-25T14:05:00.000Z',
  },
});

const mailTo = (email: string): ParsedMail | undefined =>
  sink.mails.find((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === email);

describe('mail in the reader’s language', () => {
  it('renders an incident once per language for three readers in German, English and Japanese', async () => {
    await systemAdmin('anna@tailwind.example', 'Anna', 'de-DE');
    await systemAdmin('ben@tailwind.example', 'Ben', 'en-US');
    await systemAdmin('chie@tailwind.example', 'Chie', 'ja-JP');
    await runCommand(t.ctx, system, (s) => s.publish(incident('lang-1')));
    const renderer = new NoticeRenderer();
    await deliverDue(t.ctx, { renderer });

    const anna = mailTo('anna@tailwind.example')!;
    const ben = mailTo('ben@tailwind.example')!;
    const chie = mailTo('chie@tailwind.example')!;
    expect(renderer.renders).toBe(3);

    expect(anna.subject).toBe('[Tailwind] Servicestörung: Users cannot sign in');
    expect(anna.text).toContain('Hallo Anna,');
    expect(anna.text).toContain('Status: Wird untersucht');
    expect(anna.text).toContain('Beginn: 25.11.2026, 14:05');
    expect(anna.html).toMatch(/<html lang="de" dir="ltr">/);
    expect(anna.html).toContain('In Herald öffnen');

    expect(ben.subject).toBe('[Tailwind] Service incident: Users cannot sign in');
    expect(ben.text).toContain('Hello Ben,');
    expect(ben.text).toContain('Status: Investigating');

    expect(chie.subject).toBe('[Tailwind] サービス障害: Users cannot sign in');
    expect(chie.text).toContain('Chie 様');
    expect(chie.text).toContain('状態: 調査中');
    expect(chie.text).toContain('2026/11/25 14:05');
    expect(chie.html).toMatch(/<html lang="ja" dir="ltr">/);
    expect(chie.html).not.toContain('Open in Herald');
  });

  it('writes in the tenant’s default language to someone whose own locale Herald does not speak', async () => {
    const operator = await t.auth(t.demo.operator.email);
    const bad = await t.app.inject({
      method: 'PATCH',
      url: `/api/tenants/${tenantId}`,
      headers: operator,
      payload: { locale: 'tlh' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.locale');
    expect(bad.json().detail).toMatch(/not a language Herald speaks/);

    const set = await t.app.inject({
      method: 'PATCH',
      url: `/api/tenants/${tenantId}`,
      headers: operator,
      payload: { locale: 'fr' },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().locale).toBe('fr');

    await systemAdmin('dae@tailwind.example', 'Dae', 'ko-KR');
    sink.mails.length = 0;
    await runCommand(t.ctx, system, (s) => s.publish(incident('lang-2')));
    await deliverDue(t.ctx);
    expect(mailTo('dae@tailwind.example')!.subject).toBe('[Tailwind] Incident de service\u00a0: Users cannot sign in');
    expect(mailTo('anna@tailwind.example')!.subject).toBe('[Tailwind] Servicestörung: Users cannot sign in');

    const cleared = await t.app.inject({
      method: 'PATCH',
      url: `/api/tenants/${tenantId}`,
      headers: operator,
      payload: { locale: null },
    });
    expect(cleared.json().locale).toBeNull();
  });

  it('sends the pseudo-locale through SMTP accented and longer, English nowhere in it', async () => {
    await systemAdmin('xa@tailwind.example', 'Xa', 'en-XA');
    sink.mails.length = 0;
    await runCommand(t.ctx, system, (s) => s.publish(incident('lang-3')));
    await deliverDue(t.ctx);
    const mail = mailTo('xa@tailwind.example')!;
    expect(mail.subject).toMatch(/^\[Tailwind\] Šéŕṽîçé îñçîđéñţ~+: Users cannot sign in$/);
    expect(mail.text).not.toMatch(/Hello|Status|Open in Herald|Notification preferences/);
  });
});
