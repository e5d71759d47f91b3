// The server's side of the languages in src/shared/i18n: every catalogue loaded once at start-up
// (the list is LANGUAGES there, so adding a language touches no file here), and Accept-Language.
import Negotiator from 'negotiator';
import { en, type Catalogue } from '../shared/i18n/catalogue/en.js';
import { LANGUAGES, matchLocale, PSEUDO_LOCALE } from '../shared/i18n/languages.js';
import { pseudoCatalogue } from '../shared/i18n/pseudo.js';

export {
  chooseLocale,
  directionOf,
  FALLBACK_LOCALE,
  LANGUAGES,
  matchLocale,
  personWishes,
  PSEUDO_LOCALE,
  readerLanguage,
} from '../shared/i18n/languages.js';

const CATALOGUES: ReadonlyMap<string, Catalogue> = new Map(
  await Promise.all(
    LANGUAGES.map(
      async (l) =>
        [
          l,
          ((await import(/* @vite-ignore */ `../shared/i18n/catalogue/${l}.js`)) as { default: Catalogue }).default,
        ] as const,
    ),
  ),
);

let pseudo: Catalogue | null = null;

export function catalogueOf(locale: string): Catalogue {
  if (locale === PSEUDO_LOCALE) return (pseudo ??= pseudoCatalogue(en));
  return CATALOGUES.get(locale) ?? en;
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
