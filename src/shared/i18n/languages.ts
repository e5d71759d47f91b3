// The languages Herald speaks, and how a wish ("de-AT", a person's setting, a tenant's default)
// becomes one of them. Shared: the server renders mail and pages with it, the console its screens.
// Adding a language: its catalogue file in ./catalogue/ (every key of en.ts, checked by
// test/i18n/catalogue.test.ts) and one line in LANGUAGES below; its text direction comes from Intl.

/** The languages readers choose from, in the order the language switches list them. */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'pt-BR', 'ja', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Accented and longer English, for tests only: it is matched when asked for exactly, and never listed. */
export const PSEUDO_LOCALE = 'en-XA';
export const FALLBACK_LOCALE = 'en';

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
  const exact = LANGUAGES.find((l) => l.toLowerCase() === want);
  if (exact) return exact;
  return LANGUAGES.find((l) => language(l) === language(want)) ?? null;
}

/** The first wish that matches, else the provider's default (which is itself matched), else English. */
export function chooseLocale(wishes: readonly (string | null | undefined)[], providerDefault: string): string {
  for (const w of wishes) {
    const m = matchLocale(w);
    if (m) return m;
  }
  return matchLocale(providerDefault) ?? FALLBACK_LOCALE;
}

/**
 * Who reads in what (issue 15): a person's own tag (null: they chose none), else the default of
 * their tenant, else the provider's DEFAULT_LOCALE. Mail, the session and every time a person reads
 * go through this order, so the console and the mail never disagree.
 */
export const personWishes = (
  person: { locale: string | null; tenantLocale: string | null },
  providerDefault: string,
): [string | null, string | null, string] => [person.locale, person.tenantLocale, providerDefault];

/**
 * A reader's language from their wishes in order: the catalogue locale of the first Herald speaks
 * (else English), and the tag dates and numbers are formatted in, the first wish that is a valid
 * tag of that same language ("de-AT" keeps Austrian formats under German words), else the locale.
 */
export function readerLanguage(wishes: readonly (string | null | undefined)[]): {
  locale: string;
  formatLocale: string;
} {
  const locale = chooseLocale(wishes, FALLBACK_LOCALE);
  const wanted = language(locale);
  for (const wish of wishes) {
    if (!wish) continue;
    try {
      const canonical = Intl.getCanonicalLocales(wish.replace(/_/g, '-'))[0];
      if (canonical && language(canonical) === wanted) return { locale, formatLocale: canonical };
    } catch {
      // not a well-formed tag
    }
  }
  return { locale, formatLocale: locale };
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'dv', 'yi']);

/** "rtl" for Arabic and other right-to-left scripts: from Intl where the runtime knows it. */
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
