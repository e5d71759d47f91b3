// The language an operator reads `herald` in: HERALD_LANG, else the POSIX locale (LC_ALL, then
// LC_MESSAGES, then LANG, as "de_DE.UTF-8"), else the provider's DEFAULT_LOCALE, else English. A
// language Herald does not speak is passed over. Machine-readable output (JSON, exit codes, the
// server's JSON log lines) has no words and stays as it is.
import { ConfigError } from '../config.js';
import { HeraldError, words } from '../errors.js';
import { readerTranslator, type Translator } from '../i18n/translator.js';

/** "de_DE.UTF-8@euro" → "de-DE"; "C" and "POSIX" name no language. */
export function posixLanguage(value: string | undefined): string | null {
  if (!value) return null;
  const tag = value.split(/[.@]/)[0]!.replace(/_/g, '-');
  return !tag || tag === 'C' || tag === 'POSIX' ? null : tag;
}

export function operatorTranslator(env: NodeJS.ProcessEnv = process.env): Translator {
  return readerTranslator([
    env.HERALD_LANG,
    posixLanguage(env.LC_ALL),
    posixLanguage(env.LC_MESSAGES),
    posixLanguage(env.LANG),
    env.DEFAULT_LOCALE,
  ]);
}

/**
 * An error as the operator reads it: a HeraldError (naming each field) or a setting Herald cannot
 * start with in their language, anything else as it is.
 */
export function errorLines(err: Error, tr: Translator): string[] {
  if (err instanceof HeraldError) return [tr.words(err.detail)];
  if (err instanceof ConfigError) return [tr.words(err.words)];
  return [err.message];
}
