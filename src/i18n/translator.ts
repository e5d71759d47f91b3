// A reader's words: the messages of one catalogue locale, compiled once (IntlMessageFormat) and
// kept, and dates, numbers and lists formatted by Intl in the reader's regional format ("en-GB"
// reads English words with British dates). One translator per requested tag, remembered.
import { IntlMessageFormat } from 'intl-messageformat';
import { escapeText, raw, type Html } from '../html.js';
import { catalogueOf, directionOf, FALLBACK_LOCALE, readerLanguage } from './locales.js';
import type { MessageKey } from '../shared/i18n/catalogue/en.js';
import { messageOf, type MessageArgs, type Words } from '../shared/i18n/words.js';

export type { MessageKey } from '../shared/i18n/catalogue/en.js';
export type MessageValues = Record<string, string | number>;

export interface Translator {
  /** The catalogue locale the words come from ("de"). */
  readonly locale: string;
  /** The tag dates and numbers are formatted for ("de-AT"): the wish when it is of the same language. */
  readonly formatLocale: string;
  readonly dir: 'ltr' | 'rtl';
  t(key: MessageKey, values?: MessageValues): string;
  /** Words carried by an error or a check (a key, or a key with values that may be words themselves). */
  words(words: Words): string;
  /** The message as markup: its own text escaped, Html values kept as markup, other values escaped. */
  html(key: MessageKey, values: Record<string, string | number | Html>): Html;
  /** An ISO UTC instant in a zone: "25 nov. 2026, 14:30 UTC" (the zone named). */
  dateTime(iso: string, timeZone: string, style?: 'medium' | 'short'): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** "A, B and C" in the reader's language. */
  list(items: readonly string[]): string;
}

const compiled = new Map<string, IntlMessageFormat>();
const formats = new Map<string, string>();

class CatalogueTranslator implements Translator {
  readonly dir: 'ltr' | 'rtl';
  private readonly catalogue;
  private lists: Intl.ListFormat | null = null;

  constructor(
    readonly locale: string,
    readonly formatLocale: string,
  ) {
    this.dir = directionOf(locale);
    this.catalogue = catalogueOf(locale);
  }

  private message(key: MessageKey): IntlMessageFormat {
    const id = `${this.formatLocale}|${this.locale}|${key}`;
    let m = compiled.get(id);
    if (!m) {
      m = new IntlMessageFormat(this.catalogue[key], this.formatLocale);
      // One entry per regional format and key: a directory's handful of tags, bounded all the same.
      if (compiled.size > 50_000) compiled.clear();
      compiled.set(id, m);
    }
    return m;
  }

  t(key: MessageKey, values?: MessageValues): string {
    return String(this.message(key).format(values));
  }

  words(w: Words): string {
    const { key, values } = messageOf(w);
    return this.t(key, values && this.resolve(values));
  }

  private resolve(values: MessageArgs): MessageValues {
    const out: MessageValues = {};
    for (const [name, v] of Object.entries(values)) out[name] = typeof v === 'object' ? this.words(v) : v;
    return out;
  }

  html(key: MessageKey, values: Record<string, string | number | Html>): Html {
    const parts = this.message(key).formatToParts<Html>(values);
    // Literal parts are the catalogue's own text and string values come from data: both are text.
    return raw(
      parts
        .map((p) => (typeof p.value === 'object' && p.value !== null ? p.value.markup : escapeText(String(p.value))))
        .join(''),
    );
  }

  dateTime(iso: string, timeZone: string, style: 'medium' | 'short' = 'medium'): string {
    const id = `${iso}|${this.formatLocale}|${timeZone}|${style}`;
    let text = formats.get(id);
    if (text === undefined) {
      const at = new Date(iso);
      if (Number.isNaN(at.getTime())) return iso;
      let zone = timeZone;
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
      } catch {
        zone = 'UTC';
      }
      text = new Intl.DateTimeFormat(this.formatLocale, {
        dateStyle: style,
        timeStyle: 'short',
        timeZone: zone,
      }).format(at);
      const name = new Intl.DateTimeFormat(this.formatLocale, { timeZone: zone, timeZoneName: 'short' })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value;
      if (name) text = `${text} ${name}`;
      if (formats.size > 20_000) formats.clear();
      formats.set(id, text);
    }
    return text;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.formatLocale, options).format(value);
  }

  list(items: readonly string[]): string {
    this.lists ??= new Intl.ListFormat(this.formatLocale, { style: 'long', type: 'conjunction' });
    return this.lists.format(items);
  }
}

const translators = new Map<string, Translator>();

/**
 * The translator for a wish (a `?lang=`, an Accept-Language match): its catalogue locale as
 * `chooseLocale` finds it, falling back to `providerDefault`, then English.
 */
export function translator(wish: string | null | undefined, providerDefault = FALLBACK_LOCALE): Translator {
  return readerTranslator([wish, providerDefault]);
}

/**
 * A reader's translator from their wishes in order (their own locale, their tenant's default, the
 * provider's: `personWishes`): words from the first Herald has a catalogue for, dates and numbers
 * in the first wish of that same language (`readerLanguage`, the rule the session reports too).
 */
export function readerTranslator(wishes: readonly (string | null | undefined)[]): Translator {
  const id = wishes.map((w) => w ?? '').join('|');
  let tr = translators.get(id);
  if (!tr) {
    const { locale, formatLocale } = readerLanguage(wishes);
    tr = new CatalogueTranslator(locale, formatLocale);
    // Wishes come from people and headers: bounded, so odd tags cannot grow memory without end.
    if (translators.size > 1_000) translators.clear();
    translators.set(id, tr);
  }
  return tr;
}
