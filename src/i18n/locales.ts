// The languages Herald speaks, and how a wish ("de-AT", an Accept-Language header, a tenant's
// default) becomes one of them. Adding a language: its catalogue file in ./catalogue/ and one
// line in CATALOGUES below (its text direction comes from Intl).
import Negotiator from 'negotiator';
import { ar } from './catalogue/ar.js';
import { de } from './catalogue/de.js';
import { en, type Catalogue } from './catalogue/en.js';
import { es } from './catalogue/es.js';
import { fr } from './catalogue/fr.js';
import { ja } from './catalogue/ja.js';
import { ptBR } from './catalogue/pt-BR.js';
import { pseudoCatalogue } from './pseudo.js';

const CATALOGUES = {
  en,
  fr,
  de,
  es,
  'pt-BR': ptBR,
  ja,
  ar,
} satisfies Record<string, Catalogue>;

/** The languages readers choose from, in the order the language switch lists them. */
export const LOCALES = Object.keys(CATALOGUES) as readonly string[];
/** Accented and longer English, for tests only: it is matched when asked for exactly, and never listed. */
export const PSEUDO_LOCALE = 'en-XA';
export const FALLBACK_LOCALE = 'en';

let pseudo: Catalogue | null = null;

export function catalogueOf(locale: string): Catalogue {
  if (locale === PSEUDO_LOCALE) return (pseudo ??= pseudoCatalogue(en));
  return (CATALOGUES as Record<string, Catalogue>)[locale] ?? en;
}

const language = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();

/**
 * The catalogue locale for a wish: the same tag (any case), else the first locale of the same
 * language ("de-AT" → de, "pt-PT" → pt-BR), else null. Never throws: a malformed or unknown tag is
 * simply no match.
 */
export function matchLocale(wish: string | null | undefined): string | null {
  if (!wish) return null;
  const want = wish.trim().replace(/_/g, '-').toLowerCase();
  if (!want) return null;
  if (want === PSEUDO_LOCALE.toLowerCase()) return PSEUDO_LOCALE;
  const exact = LOCALES.find((l) => l.toLowerCase() === want);
  if (exact) return exact;
  return LOCALES.find((l) => language(l) === language(want)) ?? null;
}

/** The first wish that matches, else the provider's default (which is itself matched), else English. */
export function chooseLocale(wishes: readonly (string | null | undefined)[], providerDefault: string): string {
  for (const w of wishes) {
    const m = matchLocale(w);
    if (m) return m;
  }
  return matchLocale(providerDefault) ?? FALLBACK_LOCALE;
}

/** The best listed locale for an Accept-Language header (RFC 9110 q-values, by negotiator), or null. */
export function acceptedLocale(acceptLanguage: string | undefined): string | null {
  if (!acceptLanguage) return null;
  const negotiator = new Negotiator({ headers: { 'accept-language': acceptLanguage } });
  for (const wanted of negotiator.languages()) {
    if (wanted === '*') return null;
    const m = matchLocale(wanted);
    if (m && m !== PSEUDO_LOCALE) return m;
  }
  return null;
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'dv', 'yi']);

/** "rtl" for Arabic and other right-to-left scripts: from Intl where Node knows it. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = (l.getTextInfo?.() ?? l.textInfo)?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // not a well-formed tag: decide by its language below
  }
  return RTL_LANGUAGES.has(language(locale)) ? 'rtl' : 'ltr';
}
