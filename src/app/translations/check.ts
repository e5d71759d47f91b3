// What a translation must be before it is stored, besides what the schema says: a language Herald
// speaks other than the original's, and the original's placeholders, no more, none broken. The
// words are in the catalogue (server: translated posts), said in the reader's language by
// src/http/problem.ts.
import { createHash } from 'node:crypto';
import { placeholderProblems, translationLanguageOf, type Language } from '../../domain/translations.js';
import { invalid } from '../../errors.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { words } from '../../shared/i18n/words.js';
import type { InputCheck } from '../directory/check.js';

/** The language a request names in `field`, or a 400 naming the field: Herald does not speak it, or it is the original's. */
export function checkTranslationLanguage(field: string, tag: string, original: string): Language {
  const language = translationLanguageOf(tag);
  if (!language) throw invalid(field, words('problem.translation.language', { languages: LANGUAGES.join(', ') }));
  if (language === original) throw invalid(field, words('problem.translation.original', { language: original }));
  return language;
}

/** Each broken, missing or unknown placeholder of `translation`, recorded under `field`. */
export function checkPlaceholders(check: InputCheck, field: string, original: string, translation: string): void {
  for (const p of placeholderProblems(original, translation))
    check.add(field, words('problem.translation.placeholder', { kind: p.kind, placeholder: p.placeholder }));
}

/** A fingerprint of the original's words: a translation saved under another one may be out of date. */
export function digestOf(...texts: string[]): string {
  return createHash('sha256').update(texts.join('\u0000')).digest('hex');
}
