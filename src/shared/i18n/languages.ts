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
