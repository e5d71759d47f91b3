// Who reads in what (issue 15): a person's own language, else their tenant's, else the
// provider's DEFAULT_LOCALE — the same answer in the session (what the console speaks) and in
// the mail (over real SMTP, read back with mailparser). People come in without a language through
// the API, the import and SCIM, and can choose one and clear it again; one tenant's default never
// reaches another tenant's people. The provider's default here is French, so that "fell back to
// the provider" cannot pass by being English anyway.
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { systemActor } from '../../src/domain/actor.js';
import type { NewEvent } from '../../src/domain/events.js';
import { SCIM_USER } from '../../src/domain/scim.js';
import { deliverDue } from '../../src/delivery/worker.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startMailSink, type MailSink } from '../delivery/sinks.js';

let sink: MailSink;
let t: TestApp;
let ops: { authorization: string };
const env: Record<'northwind' | 'tailwind' | 'adventure', string> = { northwind: '', tailwind: '', adventure: '' };
const tenant: Record<keyof typeof env, string> = { northwind: '', tailwind: '', adventure: '' };
const system = systemActor('test');

async function addTenant(key: keyof typeof env, name: string, locale: string | null, url: string): Promise<void> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/tenants',
    headers: ops,
    payload: { name, domain: `${key}.example`, purchaseDate: '2025-01-01', locale },
  });
  expect(created.statusCode).toBe(201);
  tenant[key] = created.json().id;
  const environment = await t.app.inject({
    method: 'POST',
    url: `/api/tenants/${tenant[key]}/environments`,
    headers: ops,
    payload: {
      name: `${name} Production`,
      region: 'GBR',
      type: 'production',
      url,
      version: '9.2.1.1',
      services: ['sales'],
    },
  });
  expect(environment.statusCode).toBe(201);
  env[key] = environment.json().id;
}

beforeAll(async () => {
  sink = await startMailSink();
  t = await createTestApp({
    config: { smtpUrl: sink.url, publicUrl: 'https://status.example.com', defaultLocale: 'fr' },
  });
  ops = await t.auth(t.demo.operator.email);
  await addTenant('northwind', 'Northwind', 'de', 'https://northwind.crm11.dynamics.com');
  await addTenant('tailwind', 'Tailwind', null, 'https://tailwind.crm11.dynamics.com');
  await addTenant('adventure', 'Adventure Works', 'es', 'https://adventure.crm11.dynamics.com');
  await deliverDue(t.ctx);
  sink.mails.length = 0;
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

/** A system admin of each environment named, created through the API with `fields` as given. */
async function person(email: string, environments: (keyof typeof env)[], fields: Record<string, unknown> = {}) {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/people',
    headers: ops,
    payload: { email, name: email.split('@')[0], ...fields },
  });
  expect(created.statusCode).toBe(201);
  for (const e of environments) {
    const role = await t.app.inject({
      method: 'POST',
      url: `/api/people/${created.json().id}/roles`,
      headers: ops,
      payload: { role: 'system_admin', environmentId: env[e] },
    });
    expect(role.statusCode).toBe(201);
  }
  return created.json() as { id: string; locale: string | null };
}

async function sessionOf(email: string): Promise<{ locale: string | null; language: string; formatLocale: string }> {
  const res = await t.app.inject({ url: '/api/session', headers: await t.auth(email) });
  expect(res.statusCode).toBe(200);
  const { locale, language, formatLocale } = res.json().person;
  return { locale, language, formatLocale };
}

async function setLocale(id: string, email: string, locale: string | null) {
  const res = await t.app.inject({
    method: 'PATCH',
    url: `/api/people/${id}`,
    headers: await t.auth(email),
    payload: { locale },
  });
  expect(res.statusCode).toBe(200);
  return res.json() as { locale: string | null };
}

let incidents = 0;
/** Publishes an incident in the given environments and sends its mail; the mail each address got. */
async function mailAbout(environments: (keyof typeof env)[]): Promise<(email: string) => ParsedMail> {
  const key = `person-language-${++incidents}`;
  const event: NewEvent = {
    type: 'incident.opened',
    key,
    subject: { type: 'incident', id: key },
    scope: { environmentIds: environments.map((e) => env[e]) },
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
  };
  sink.mails.length = 0;
  await runCommand(t.ctx, system, (s) => s.publish(event));
  await deliverDue(t.ctx);
  return (email) => {
    const mail = sink.mails.find((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === email);
    if (!mail) throw new Error(`no mail to ${email}`);
    return mail;
  };
}

const languageOfMail = (mail: ParsedMail): string => /<html lang="([^"]+)"/.exec(String(mail.html))![1]!;

describe('a person who chose no language', () => {
  let nora: { id: string; locale: string | null };

  it('is created without one (locale null) and reads their tenant’s language in the console and in mail', async () => {
    nora = await person('nora@northwind.example', ['northwind']);
    expect(nora.locale).toBeNull();
    const read = await t.app.inject({ url: `/api/people/${nora.id}`, headers: ops });
    expect(read.json().locale).toBeNull();
    expect(await sessionOf('nora@northwind.example')).toEqual({ locale: null, language: 'de', formatLocale: 'de' });

    const mail = (await mailAbout(['northwind']))('nora@northwind.example');
    expect(mail.subject).toBe('[Northwind] Servicestörung: Users cannot sign in');
    expect(mail.text).toContain('Hallo nora,');
    expect(languageOfMail(mail)).toBe('de');
  });

  it('reads their own language once they choose one, and their tenant’s again when they clear it', async () => {
    expect((await setLocale(nora.id, 'nora@northwind.example', 'ja')).locale).toBe('ja');
    expect(await sessionOf('nora@northwind.example')).toEqual({ locale: 'ja', language: 'ja', formatLocale: 'ja' });
    let mail = (await mailAbout(['northwind']))('nora@northwind.example');
    expect(mail.subject).toBe('[Northwind] サービス障害: Users cannot sign in');
    expect(languageOfMail(mail)).toBe('ja');

    expect((await setLocale(nora.id, 'nora@northwind.example', null)).locale).toBeNull();
    expect(await sessionOf('nora@northwind.example')).toEqual({ locale: null, language: 'de', formatLocale: 'de' });
    mail = (await mailAbout(['northwind']))('nora@northwind.example');
    expect(mail.subject).toBe('[Northwind] Servicestörung: Users cannot sign in');
  });

  it('keeps a tag Herald has no words for as their own, reading their tenant’s language meanwhile', async () => {
    expect((await setLocale(nora.id, 'nora@northwind.example', 'ko-KR')).locale).toBe('ko-KR');
    expect(await sessionOf('nora@northwind.example')).toEqual({ locale: 'ko-KR', language: 'de', formatLocale: 'de' });
    // A tag of the language read is its regional format.
    await setLocale(nora.id, 'nora@northwind.example', 'de-AT');
    expect(await sessionOf('nora@northwind.example')).toEqual({
      locale: 'de-AT',
      language: 'de',
      formatLocale: 'de-AT',
    });
    await setLocale(nora.id, 'nora@northwind.example', null);
  });

  it('sees times in their tenant’s language too (maintenance windows)', async () => {
    const res = await t.app.inject({
      url: '/api/regions/GBR/windows?from=2026-11-23T00:00:00Z&to=2026-11-30T00:00:00Z',
      headers: await t.auth('nora@northwind.example'),
    });
    expect(res.statusCode).toBe(200);
    // German weekday abbreviations ("Mo.", "Di.", …), not "Mon".
    expect(res.json().windows[0].service.local).toMatch(/^(Mo|Di|Mi|Do|Fr|Sa|So)\.,/);
  });

  it('reads the provider’s DEFAULT_LOCALE when their tenant has none', async () => {
    await person('tim@tailwind.example', ['tailwind']);
    expect(await sessionOf('tim@tailwind.example')).toEqual({ locale: null, language: 'fr', formatLocale: 'fr' });
    const mail = (await mailAbout(['tailwind']))('tim@tailwind.example');
    expect(mail.subject).toBe('[Tailwind] Incident de service\u00a0: Users cannot sign in');
    expect(languageOfMail(mail)).toBe('fr');
  });

  it('never reads another tenant’s default: one incident, two tenants, each in its own language', async () => {
    const mailTo = await mailAbout(['northwind', 'tailwind']);
    expect(languageOfMail(mailTo('nora@northwind.example'))).toBe('de');
    expect(languageOfMail(mailTo('tim@tailwind.example'))).toBe('fr');
    expect((await sessionOf('tim@tailwind.example')).language).toBe('fr');
    expect((await sessionOf('nora@northwind.example')).language).toBe('de');
  });

  it('in several tenants, reads the first by name that has a language, in the console and in mail', async () => {
    // Adventure Works (es) comes before Northwind (de); Tailwind has none.
    await person('ana@adventure.example', ['northwind', 'adventure']);
    await person('ned@northwind.example', ['tailwind', 'northwind']);
    expect((await sessionOf('ana@adventure.example')).language).toBe('es');
    expect((await sessionOf('ned@northwind.example')).language).toBe('de');
    const mailTo = await mailAbout(['northwind', 'tailwind']);
    expect(languageOfMail(mailTo('ana@adventure.example'))).toBe('es');
    expect(languageOfMail(mailTo('ned@northwind.example'))).toBe('de');
  });

  it('follows a change of their tenant’s default at once', async () => {
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/tenants/${tenant.tailwind}`,
      headers: ops,
      payload: { locale: 'pt-BR' },
    });
    expect(patched.statusCode).toBe(200);
    expect((await sessionOf('tim@tailwind.example')).language).toBe('pt-BR');
    expect(languageOfMail((await mailAbout(['tailwind']))('tim@tailwind.example'))).toBe('pt-BR');
    await t.app.inject({
      method: 'PATCH',
      url: `/api/tenants/${tenant.tailwind}`,
      headers: ops,
      payload: { locale: null },
    });
  });
});

describe('people who come in without a language', () => {
  it('the import stores none for a person without a locale (JSON and CSV), and they read their tenant’s', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/import',
      headers: ops,
      payload: {
        people: [
          { email: 'ida@northwind.example', name: 'Ida', roles: [{ role: 'org_admin', tenant: 'northwind.example' }] },
          {
            email: 'jo@northwind.example',
            name: 'Jo',
            locale: 'en-GB',
            roles: [{ role: 'org_admin', tenant: 'northwind.example' }],
          },
        ],
      },
    });
    expect(json.statusCode).toBe(200);
    const csv = await t.app.inject({
      method: 'POST',
      url: '/api/import?kind=people',
      headers: { ...ops, 'content-type': 'text/csv' },
      payload: 'email,name,locale,timeZone,role,tenant\nkai@northwind.example,Kai,,,org_admin,northwind.example\n',
    });
    expect(csv.statusCode).toBe(200);
    const people = await t.app.inject({ url: '/api/people?q=northwind.example&limit=100', headers: ops });
    const localeOf = (email: string) =>
      people.json().items.find((p: { email: string }) => p.email === email).locale as string | null;
    expect(localeOf('ida@northwind.example')).toBeNull();
    expect(localeOf('kai@northwind.example')).toBeNull();
    expect(localeOf('jo@northwind.example')).toBe('en-GB');
    expect((await sessionOf('ida@northwind.example')).language).toBe('de');
    expect(await sessionOf('jo@northwind.example')).toEqual({ locale: 'en-GB', language: 'en', formatLocale: 'en-GB' });
  });

  describe('SCIM', () => {
    let token: string;
    const scim = (payload: unknown) =>
      t.app.inject({
        method: 'POST',
        url: '/scim/v2/Users',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' },
        payload: JSON.stringify(payload),
      });
    const user = (userName: string, extra: Record<string, unknown> = {}) => ({
      schemas: [SCIM_USER],
      userName,
      displayName: userName.split('@')[0],
      active: true,
      ...extra,
    });
    const stored = async (email: string) =>
      (await t.ctx.database.db.selectFrom('person').select('locale').where('email', '=', email).executeTakeFirst())
        ?.locale;

    beforeAll(async () => {
      const issued = await t.app.inject({
        method: 'POST',
        url: `/api/tenants/${tenant.northwind}/scim-tokens`,
        headers: ops,
        payload: { name: 'Entra ID' },
      });
      expect(issued.statusCode).toBe(201);
      token = issued.json().token;
    });

    it('provisions a user with no language as none, shows none back, and they read their tenant’s', async () => {
      const res = await scim(user('uma@northwind.example'));
      expect(res.statusCode).toBe(201);
      expect(res.json()).not.toHaveProperty('locale');
      expect(res.json()).not.toHaveProperty('preferredLanguage');
      expect(await stored('uma@northwind.example')).toBeNull();
      // A member of the tenant by their directory, with no role yet: still the tenant's language.
      expect(await sessionOf('uma@northwind.example')).toEqual({ locale: null, language: 'de', formatLocale: 'de' });
    });

    it('takes preferredLanguage’s first choice, else locale (en_US as en-US)', async () => {
      const preferred = await scim(
        user('vic@northwind.example', { preferredLanguage: 'ja-JP, en;q=0.5', locale: 'en-US' }),
      );
      expect(preferred.statusCode).toBe(201);
      expect(preferred.json()).toMatchObject({ preferredLanguage: 'ja-JP', locale: 'ja-JP' });
      expect((await sessionOf('vic@northwind.example')).language).toBe('ja');
      expect((await scim(user('wes@northwind.example', { locale: 'en_US' }))).statusCode).toBe(201);
      expect(await stored('wes@northwind.example')).toBe('en-US');
    });

    it('refuses a language that is no BCP 47 tag, naming the attribute, and provisions nobody', async () => {
      const bad = await scim(user('xan@northwind.example', { preferredLanguage: 'not a language!' }));
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ scimType: 'invalidValue' });
      expect(bad.json().detail).toMatch(/^preferredLanguage: /);
      expect(await stored('xan@northwind.example')).toBeUndefined();
    });
  });
});
