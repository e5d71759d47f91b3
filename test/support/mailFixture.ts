// Every mail Herald writes, filled with values no catalogue has (what operators typed, and ids),
// so that a test can look for the catalogue's words in it: test/delivery/pseudoLocale.test.ts
// reads them for English, e2e/everyLanguage.test.ts lays them out in Chromium.
import { NOTICE_TEMPLATES, renderNotice, type NoticeInput } from '../../src/delivery/templates/render.js';
import { publicFields, renderSubscriberMail, renderSubscriberNotice } from '../../src/delivery/templates/subscriber.js';
import { translator } from '../../src/i18n/translator.js';

// Values no catalogue has: what operators typed, and ids.
export const payload = {
  title: 'Zqx 7',
  summary: 'Qzv 8',
  post: 'Vzq 9',
  reply: 'Xqz 10',
  classification: 'incident',
  status: 'serviceDegradation',
  severity: 'major',
  services: ['Q1', 'Q2'],
  regions: ['GBR', 'EUR'],
  impact: 'Zz',
  durationMinutes: 45,
  userExperience: 'Qq 11',
  startsAt: '2026-11-25T14:05:00.000Z',
  endsAt: '2026-11-25T16:30:00.000Z',
  workaround: 'Qq 12',
  rootCause: 'Qq 13',
  nextSteps: 'Qq 14',
  actionRequiredBy: '2026-12-01T00:00:00.000Z',
  releaseNotesUrl: 'https://q.example/n',
  note: 'Qq 15',
  messages: [{ title: 'Zz 1', url: 'https://q.example/1', actionRequiredBy: '2026-12-01T00:00:00.000Z' }],
  admins: [
    {
      environmentName: 'Zz',
      tenantName: 'Qq',
      url: 'https://q.example/e',
      orgAdmins: [{ name: 'Zq', email: 'zq@q.example' }],
    },
  ],
  items: [{ title: 'Zz 2', detail: 'Qq 3', url: 'https://q.example/2' }],
  url: '/x',
};

export const input = (template: NoticeInput['template'], locale: string): NoticeInput => ({
  template,
  rule: 'zq-rule',
  payload,
  recipient: { name: 'Zq', locale, timeZone: 'UTC' },
  organization: { name: 'Qz', environments: [{ name: 'Qz 1', url: 'https://qz.example' }] },
  links: { open: 'https://q.example/o', preferences: 'https://q.example/p', unsubscribe: 'https://q.example/u' },
});

export const subscriberLinks = {
  page: 'https://q.example/',
  manage: 'https://q.example/m',
  unsubscribe: 'https://q.example/u',
  confirm: 'https://q.example/c',
};

/** A public subscriber's notice, confirmation and "already subscribed" mail in `locale`. */
export function subscriberMails(locale: string): { name: string; subject: string; text: string; html: string }[] {
  const t = translator(locale);
  const brand = { pageName: 'Qz', logoUrl: null, primaryColor: '#0f6cbd', supportUrl: 'https://q.example/s' };
  const fields = publicFields(
    'maintenance.scheduled',
    { type: 'maintenance', id: 'm1' },
    payload,
    subscriberLinks.page,
  );
  return [
    {
      name: 'subscriber-notice',
      ...renderSubscriberNotice(brand, fields, subscriberLinks, 'maintenance.scheduled', t),
    },
    { name: 'subscriber-confirm', ...renderSubscriberMail('subscriber-confirm', brand, subscriberLinks, t) },
    { name: 'subscriber-already', ...renderSubscriberMail('subscriber-already', brand, subscriberLinks, t) },
  ];
}

/** Every mail a person or a subscriber may get, in `locale`: each notice template, then the subscribers'. */
export function everyMail(locale: string): { name: string; subject: string; html: string }[] {
  return [
    ...[...NOTICE_TEMPLATES].map((template) => ({ name: template, ...renderNotice(input(template, locale)) })),
    ...subscriberMails(locale),
  ];
}
