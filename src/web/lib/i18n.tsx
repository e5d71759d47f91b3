// The console's words: the same ICU catalogues as the server's mail and pages
// (src/shared/i18n/catalogue, keys console.<area>.*), through react-intl. The language is the
// signed-in person's own (their profile), else the browser's before sign-in, else English; a
// `?lang=` link overrides it for the tab, so an operator can read a screen as a German admin would
// (and the tests can render en-XA). English is in the bundle; any other language is its own chunk,
// loaded before the first screen paints so nobody sees English flash by.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl, type FormatNumberOptions, type IntlShape } from 'react-intl';
import en, { type Catalogue, type MessageKey } from '../../shared/i18n/catalogue/en';
import { directionOf, FALLBACK_LOCALE, matchLocale, PSEUDO_LOCALE } from '../../shared/i18n/languages';
import { setRequestLanguage } from './api';

export type { MessageKey };

type Primitive = string | number | boolean | null | undefined | Date;
export type MessageValues = Record<string, Primitive>;
export type RichValues = Record<string, Primitive | ReactNode | ((chunks: ReactNode[]) => ReactNode)>;

/** A catalogue per language file name, each loaded on first use (Vite splits them into chunks). */
const LOADERS = import.meta.glob<Catalogue>(['../../shared/i18n/catalogue/*.ts', '!**/en.ts'], {
  import: 'default',
});

async function loadCatalogue(locale: string): Promise<Catalogue> {
  if (locale === PSEUDO_LOCALE) return (await import('../../shared/i18n/pseudo')).pseudoCatalogue(en);
  const load = LOADERS[`../../shared/i18n/catalogue/${locale}.ts`];
  return load ? load() : en;
}

const OVERRIDE_KEY = 'herald.lang';

/** `?lang=de` on any console address: this tab reads German until it is closed or asked again. */
function tabOverride(): string | null {
  try {
    const asked = new URLSearchParams(window.location.search).get('lang');
    if (asked !== null) {
      const matched = matchLocale(asked);
      if (matched) sessionStorage.setItem(OVERRIDE_KEY, matched);
      else sessionStorage.removeItem(OVERRIDE_KEY);
    }
    return sessionStorage.getItem(OVERRIDE_KEY);
  } catch {
    return null; // storage refused (private mode): no override
  }
}

/** The person chose a language of their own (Profile): a `?lang=` the tab was opened with no longer holds. */
export function clearTabLanguage(): void {
  try {
    sessionStorage.removeItem(OVERRIDE_KEY);
  } catch {
    // storage refused: there was no override either
  }
}

/** The catalogue locale and the tag dates are formatted in ("de" and "de-AT"). */
export function chooseConsoleLanguage(personLocale: string | null): { locale: string; formatLocale: string } {
  const wishes = [tabOverride(), personLocale, ...(personLocale ? [] : navigator.languages)];
  for (const wish of wishes) {
    const locale = matchLocale(wish);
    if (!locale || !wish) continue;
    // The person's regional format when it is of the same language ("en-GB" reads English words
    // with British dates); otherwise the catalogue's own.
    const formatLocale = locale === PSEUDO_LOCALE ? 'en' : sameLanguage(wish, locale) ? wish : locale;
    return { locale, formatLocale };
  }
  return { locale: FALLBACK_LOCALE, formatLocale: personLocale ?? FALLBACK_LOCALE };
}

const sameLanguage = (a: string, b: string) => a.split(/[-_]/)[0]!.toLowerCase() === b.split(/[-_]/)[0]!.toLowerCase();

const LanguageContext = createContext<{ locale: string; formatLocale: string } | null>(null);

/**
 * Words for everything inside: the person's language (null before sign-in: the browser's). Sets
 * <html lang dir> so Arabic lays out right to left, and tells the API client which language to ask
 * problem details in.
 */
export function LanguageProvider({ personLocale, children }: { personLocale: string | null; children: ReactNode }) {
  const { locale, formatLocale } = chooseConsoleLanguage(personLocale);
  const [loaded, setLoaded] = useState<{ locale: string; messages: Catalogue } | null>(
    locale === FALLBACK_LOCALE ? { locale, messages: en } : null,
  );

  useEffect(() => {
    let current = true;
    if (loaded?.locale !== locale)
      loadCatalogue(locale)
        .catch(() => en)
        .then((messages) => current && setLoaded({ locale, messages }));
    return () => {
      current = false;
    };
  }, [locale, loaded?.locale]);

  useEffect(() => {
    document.documentElement.lang = locale === PSEUDO_LOCALE ? 'en' : formatLocale;
    document.documentElement.dir = directionOf(locale);
    setRequestLanguage(formatLocale);
  }, [locale, formatLocale]);

  const value = useMemo(() => ({ locale, formatLocale }), [locale, formatLocale]);
  // Until the first catalogue arrives (a few milliseconds), nothing: better than English flashing by.
  if (!loaded) return null;
  return (
    <LanguageContext.Provider value={value}>
      <IntlProvider
        locale={formatLocale}
        messages={loaded.messages}
        defaultLocale={FALLBACK_LOCALE}
        // A missing key cannot happen (the catalogue's type and test/i18n/catalogue.test.ts see to
        // it); while a new language loads, react-intl would warn for each message: not worth a log.
        onError={() => undefined}
      >
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}

/** The console's translator: `t('console.shell.signOut')`, with ICU values; `t.rich` for markup. */
export interface Translate {
  (key: MessageKey, values?: MessageValues): string;
  /** A message with tags (`<b>…</b>`) or React values, as nodes. */
  rich(key: MessageKey, values: RichValues): ReactNode;
  /** The catalogue's language ("de"); `formatLocale` is the tag Intl formats in ("de-AT"). */
  readonly locale: string;
  readonly formatLocale: string;
  readonly dir: 'ltr' | 'rtl';
  number(value: number, options?: FormatNumberOptions): string;
  /** "A, B and C" in the reader's language. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

function translatorOf(intl: IntlShape, locale: string): Translate {
  const t = ((key: MessageKey, values?: MessageValues) =>
    intl.formatMessage({ id: key, defaultMessage: en[key] }, values)) as Translate;
  return Object.assign(t, {
    rich: (key: MessageKey, values: RichValues) =>
      intl.formatMessage({ id: key, defaultMessage: en[key] }, values as Parameters<IntlShape['formatMessage']>[1]),
    locale,
    formatLocale: intl.locale,
    dir: directionOf(locale),
    number: (value: number, options?: FormatNumberOptions) => intl.formatNumber(value, options),
    list: (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
      intl.formatList(items, { type }),
  });
}

export function useT(): Translate {
  const intl = useIntl();
  const language = useContext(LanguageContext);
  const locale = language?.locale ?? FALLBACK_LOCALE;
  return useMemo(() => translatorOf(intl, locale), [intl, locale]);
}

/** The person's formatting locale for Intl (dates in src/web/lib/time.ts). */
export function useFormatLocale(): string {
  return useContext(LanguageContext)?.formatLocale ?? FALLBACK_LOCALE;
}
