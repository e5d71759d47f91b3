// The catalogue as a translator's reviewer would check it: every language has every key, every
// message is valid ICU, and a translation asks for the same arguments (and the same select
// choices) as the English source, so no reader ever sees "{name}" or a missing title.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/shared/i18n/catalogue/en.js';
import {
  catalogueOf,
  chooseLocale,
  directionOf,
  LANGUAGES,
  matchLocale,
  PSEUDO_LOCALE,
} from '../../src/i18n/locales.js';
import { translator } from '../../src/i18n/translator.js';

/** Argument names, and for each select the choices it offers ("select:status" → "operational,…"). */
function shape(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    into.add(`arg:${e.value}`);
    if (e.type === TYPE.select) {
      into.add(`select:${e.value}=${Object.keys(e.options).sort().join(',')}`);
      for (const o of Object.values(e.options)) shape(o.value, into);
    }
    if (e.type === TYPE.plural) for (const o of Object.values(e.options)) shape(o.value, into);
    if (e.type === TYPE.tag) shape(e.children, into);
  }
  return into;
}

const keys = Object.keys(en).sort();

describe('the message catalogue', () => {
  it('lists English, French, German, Spanish, Brazilian Portuguese, Japanese and Arabic', () => {
    expect(LANGUAGES).toEqual(['en', 'fr', 'de', 'es', 'pt-BR', 'ja', 'ar']);
  });

  for (const locale of [...LANGUAGES, PSEUDO_LOCALE]) {
    it(`${locale}: has every key, each message parses and asks for the English arguments`, () => {
      const catalogue = catalogueOf(locale) as Record<string, string>;
      expect(Object.keys(catalogue).sort()).toEqual(keys);
      const problems: string[] = [];
      for (const key of keys) {
        const message = catalogue[key]!;
        let ast: MessageFormatElement[];
        try {
          ast = parse(message);
          new IntlMessageFormat(message, locale);
        } catch (err) {
          problems.push(`${key}: does not parse (${(err as Error).message})`);
          continue;
        }
        const want = [...shape(parse(en[key as keyof typeof en]))].sort();
        const got = [...shape(ast)].sort();
        if (want.join('|') !== got.join('|')) problems.push(`${key}: ${got.join(' ')} instead of ${want.join(' ')}`);
        if (
          locale !== 'en' &&
          locale !== PSEUDO_LOCALE &&
          /\S/.test(message) &&
          message === en[key as keyof typeof en]
        ) {
          // Identical to English is fine only for what reads the same in every language.
          if (!/^[{}[\]a-z]*$|Webhook \(Standard Webhooks\)|^\{|^\[/i.test(message))
            problems.push(`${key}: still English`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('the pseudo-locale is accented and at least a third longer than English', () => {
    const t = translator(PSEUDO_LOCALE);
    const english = translator('en');
    const sample = english.t('page.noMaintenance');
    const pseudo = t.t('page.noMaintenance');
    expect(pseudo).not.toMatch(/[a-z]{3}/);
    expect(pseudo.length).toBeGreaterThanOrEqual(Math.round(sample.length * 1.35));
  });
});

describe('choosing a language', () => {
  it('takes the exact tag, then the language, then the provider default, and never fails on an unknown one', () => {
    expect(matchLocale('pt-br')).toBe('pt-BR');
    expect(matchLocale('de-AT')).toBe('de');
    expect(matchLocale('pt-PT')).toBe('pt-BR');
    expect(matchLocale('xx')).toBeNull();
    expect(matchLocale('not a tag!')).toBeNull();
    expect(chooseLocale(['xx', 'ja-JP'], 'fr')).toBe('ja');
    expect(chooseLocale([null, undefined, 'zz'], 'de-DE')).toBe('de');
    expect(chooseLocale(['zz'], 'zz')).toBe('en');
    expect(translator('xx-YY', 'fr').t('page.noIncidents')).toBe('Aucun incident en ce moment.');
  });

  it('writes Arabic right to left and the others left to right', () => {
    expect(LANGUAGES.filter((l) => directionOf(l) === 'rtl')).toEqual(['ar']);
  });

  it('formats numbers and dates in the reader’s regional format, words in their language', () => {
    const t = translator('de-AT');
    expect(t.locale).toBe('de');
    expect(t.t('notice.minutes', { minutes: 90 })).toBe('90 Minuten');
    expect(t.dateTime('2026-11-25T14:30:00.000Z', 'Europe/Vienna')).toContain('25.11.2026');
    expect(translator('ja-JP').t('notice.minutes', { minutes: 1 })).toBe('1 分');
    expect(translator('ar').t('notice.minutes', { minutes: 2 })).toBe('دقيقتان');
  });
});
