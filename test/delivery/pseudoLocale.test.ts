// Every mail template rendered in the pseudo-locale en-XA (accented, about 40 % longer): a word
// that bypassed the catalogue would still be plain English, so no English catalogue text may be
// left in the subject, the plain text or the HTML. And Arabic mail is laid out right to left.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../src/domain/policies.js';
import { en } from '../../src/shared/i18n/catalogue/en.js';
import { PSEUDO_LOCALE } from '../../src/i18n/locales.js';
import { translator } from '../../src/i18n/translator.js';
import { NOTICE_TEMPLATES, renderNotice } from '../../src/delivery/templates/render.js';
import { publicFields, subscriberNoticeCard, subscriberWelcomeCard } from '../../src/delivery/templates/subscriber.js';
import { input, payload, subscriberLinks, subscriberMails } from '../support/mailFixture.js';

/** The catalogue's own English text: every literal piece with a word in it, of every message. */
function literals(elements: MessageFormatElement[], into: Set<string>): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.literal) {
      for (const piece of e.value.split(/[{}()[\]:;.,“”"’—–·]+/)) {
        const text = piece.trim();
        if (/[A-Za-z]{3}/.test(text)) into.add(text);
      }
    }
    if (e.type === TYPE.select || e.type === TYPE.plural)
      for (const o of Object.values(e.options)) literals(o.value, into);
    if (e.type === TYPE.tag) literals(e.children, into);
  }
  return into;
}
// "https" is in the catalogue as a hint ("Webhook URL (https)") and in every link as their scheme.
// Only the words a mail can say: problem details, the CLI and the console never reach a mail, and
// their short words ("and", "UTC", "EUR") would be found in a mail's data instead.
const MAIL_WORDS = Object.entries(en)
  .filter(([key]) => !/^(problem|cli|console)\./.test(key))
  .map(([, message]) => message);
const ENGLISH = [...MAIL_WORDS.reduce((all, m) => literals(parse(m), all), new Set<string>())].filter(
  (phrase) => phrase !== 'https',
);

/** English catalogue text found in a rendered mail, as whole words. */
const englishIn = (text: string): string[] =>
  ENGLISH.filter((phrase) =>
    new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text),
  );

describe('the pseudo-locale', () => {
  it('covers every template the policies name', () => {
    expect([...NOTICE_TEMPLATES].sort()).toEqual([...TEMPLATES].sort());
  });

  for (const template of NOTICE_TEMPLATES) {
    it(`leaves no English in the ${template} mail`, () => {
      const n = renderNotice(input(template, PSEUDO_LOCALE));
      const card = [n.card.heading, n.card.open.label, ...n.card.facts.map((f) => f.label)].join('\n');
      for (const part of [n.subject, n.text, n.html, n.short.title, card]) expect(englishIn(part)).toEqual([]);
      // The English mail does have them: the check would notice.
      expect(englishIn(renderNotice(input(template, 'en')).text).length).toBeGreaterThan(0);
    });
  }

  it('leaves no English in subscribers’ mail and chat cards', () => {
    const t = translator(PSEUDO_LOCALE);
    for (const m of subscriberMails(PSEUDO_LOCALE))
      for (const part of [m.subject, m.text, m.html]) expect(englishIn(part)).toEqual([]);
    const fields = publicFields(
      'maintenance.scheduled',
      { type: 'maintenance', id: 'm1' },
      payload,
      'https://q.example/',
    );
    for (const card of [
      subscriberNoticeCard(fields, 'incident.opened', t),
      subscriberWelcomeCard('Qz', subscriberLinks, t),
    ])
      expect(englishIn(JSON.stringify(card))).toEqual([]);
  });
});

describe('Arabic mail', () => {
  it('is marked Arabic and laid out right to left, with its labels on the right', () => {
    const n = renderNotice(input('incident', 'ar-EG'));
    expect(n.subject).toBe('[Qz] عطل في الخدمة: Zqx 7');
    expect(n.html).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    expect(n.html).toContain('<body dir="rtl"');
    expect(n.html).toContain('text-align:right');
    expect(n.text).toContain('مرحبًا Zq،');
  });
});
