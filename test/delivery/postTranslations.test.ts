// A translated post's notice over real SMTP (smtp-server, read back with mailparser): each reader
// gets the title and text in their language where the post was translated when it was
// published, with a note that it is a translation, and the original with a note saying so where
// it was not; still one render per language, not per reader.
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { createEnvironment } from '../../src/app/directory/environments.js';
import { insertPerson, insertRole } from '../../src/app/directory/people.js';
import { createTenant } from '../../src/app/directory/tenants.js';
import { publishWeeklyDigests } from '../../src/app/messages/digest.js';
import { createMessage, publishMessage } from '../../src/app/messages/manageMessages.js';
import { openIncident, postIncidentUpdate } from '../../src/app/serviceHealth/incidents.js';
import { saveIncidentTranslation } from '../../src/app/translations/incidentTranslations.js';
import { saveMessageTranslation } from '../../src/app/translations/messageTranslations.js';
import { systemActor } from '../../src/domain/actor.js';
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
  await runCommand(t.ctx, system, async (s) => {
    for (const [email, name, locale] of [
      ['anna@tailwind.example', 'Anna', 'de-DE'],
      ['chie@tailwind.example', 'Chie', 'ja-JP'],
      ['elise@tailwind.example', 'Élise', 'fr-FR'],
    ] as const) {
      const person = await insertPerson(s, { email, name, locale, timeZone: 'UTC' });
      await insertRole(s, { personId: person.id, role: 'system_admin', environmentId });
    }
  });
  await deliverDue(t.ctx);
  sink.mails.length = 0;
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

const mailTo = (email: string): ParsedMail => {
  const mail = sink.mails.find((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === email);
  expect(mail, email).toBeDefined();
  return mail!;
};

describe('notices of translated posts', () => {
  it('sends a Message Center post in German and Japanese where translated, the original in French, one render per language', async () => {
    const draft = await createMessage(t.ctx, system, {
      title: 'New sign-in page',
      body: 'The sign-in page changes next month.',
      category: 'planForChange',
      severity: 'normal',
      tags: [],
      // A major change is emailed to everyone it addresses (others are told in the console).
      isMajorChange: true,
      actionRequiredBy: new Date(t.clock.now.getTime() + 40 * 86_400_000).toISOString(),
      services: ['sales'],
      startsAt: t.clock.now.toISOString(),
      endsAt: null,
      audience: { tenantIds: [tenantId] },
      details: [],
    });
    const id = draft.message.id;
    await saveMessageTranslation(t.ctx, system, id, 'de', {
      title: 'Neue Anmeldeseite',
      body: 'Die Anmeldeseite ändert sich nächsten Monat.',
    });
    await saveMessageTranslation(t.ctx, system, id, 'ja', {
      title: '新しいサインイン ページ',
      body: 'サインイン ページは来月変わります。',
    });
    await publishMessage(t.ctx, system, id);
    const renderer = new NoticeRenderer();
    await deliverDue(t.ctx, { renderer });

    const anna = mailTo('anna@tailwind.example');
    expect(anna.subject).toBe('Nachrichtencenter: Neue Anmeldeseite');
    expect(anna.text).toContain('Aus dem Englischen übersetzt');
    expect(anna.text).toContain('Die Anmeldeseite ändert sich nächsten Monat.');
    expect(anna.html).toContain('<em>Aus dem Englischen übersetzt</em>');

    const chie = mailTo('chie@tailwind.example');
    expect(chie.subject).toContain('新しいサインイン ページ');
    expect(chie.text).toContain('英語から翻訳');
    expect(chie.text).toContain('サインイン ページは来月変わります。');

    const elise = mailTo('elise@tailwind.example');
    expect(elise.subject).toContain('New sign-in page');
    expect(elise.text).toContain('Vous lisez la version originale (anglais)');
    expect(elise.text).toContain('The sign-in page changes next month.');

    expect(renderer.renders).toBe(3);
  });

  it('sends an incident’s update with the title translated where it was by then', async () => {
    sink.mails.length = 0;
    const incident = await openIncident(t.ctx, system, {
      title: 'Users cannot sign in',
      classification: 'incident',
      services: ['sales'],
      scope: { environmentIds: [environmentId] },
      impactDescription: 'Sign-in fails with an error.',
    });
    await deliverDue(t.ctx);
    // Told before any translation existed: everyone read the original, with no note.
    expect(mailTo('anna@tailwind.example').subject).toBe('[Tailwind] Servicestörung: Users cannot sign in');
    expect(mailTo('anna@tailwind.example').text).not.toContain('übersetzt');

    sink.mails.length = 0;
    await saveIncidentTranslation(t.ctx, system, incident.id, 'de', {
      title: 'Benutzer können sich nicht anmelden',
      posts: [],
    });
    await postIncidentUpdate(t.ctx, system, incident.id, { description: 'A fix is being deployed.' });
    const renderer = new NoticeRenderer();
    await deliverDue(t.ctx, { renderer });

    expect(mailTo('anna@tailwind.example').subject).toBe(
      '[Tailwind] Neuigkeiten zur Störung: Benutzer können sich nicht anmelden',
    );
    expect(mailTo('anna@tailwind.example').text).toContain('Aus dem Englischen übersetzt');
    expect(mailTo('chie@tailwind.example').subject).toContain('Users cannot sign in');
    expect(mailTo('chie@tailwind.example').text).toContain('原文（英語）を表示しています');
    expect(mailTo('elise@tailwind.example').subject).toContain('Users cannot sign in');
    expect(renderer.renders).toBe(3);
  });

  it('lists a translated post in the weekly digest by its title in each reader’s language', async () => {
    sink.mails.length = 0;
    const now = t.clock.now;
    try {
      t.clock.now = new Date(now.getTime() + 7 * 86_400_000); // the week after the post
      expect(await publishWeeklyDigests(t.ctx)).toBeGreaterThan(0);
      await deliverDue(t.ctx);
      const digestOf = (email: string) => {
        const mail = sink.mails.find(
          (m) =>
            m.to &&
            !Array.isArray(m.to) &&
            m.to.value[0]?.address === email &&
            m.text?.includes('https://status.example.com/messages/'),
        );
        expect(mail, email).toBeDefined();
        return mail!;
      };
      const anna = digestOf('anna@tailwind.example');
      expect(anna.text).toContain('Neue Anmeldeseite');
      expect(anna.text).not.toContain('New sign-in page');
      expect(anna.html).toContain('Neue Anmeldeseite');
      expect(digestOf('chie@tailwind.example').text).toContain('新しいサインイン ページ');
      const elise = digestOf('elise@tailwind.example');
      expect(elise.text).toContain('New sign-in page');
      // The digest's own title is worded for each reader, not carried in English from the event.
      expect(anna.subject).toMatch(
        /^Ihre Zusammenfassung aus dem Nachrichtencenter: 1 neuer oder geänderter Beitrag in Woche \d{4}-W\d{2}$/,
      );
      expect(elise.subject).toMatch(
        /^Votre résumé du centre de messages\u00a0: 1 publication nouvelle ou mise à jour, semaine \d{4}-W\d{2}$/,
      );
    } finally {
      t.clock.now = now;
    }
  });
});
