// Rules for a post's translations (Message Center posts and incidents), pure.
//
// Posts written by operators support no placeholders of their own; generated posts (lifecycle
// mail, `{{tenant}}`) have theirs filled in before they are stored. So the rule is about faithfulness:
// a translation carries exactly the `{{name}}` tokens of the original it translates, and a token
// that is not well formed (`{{tenant}`, `{tenant}}`, `{{ }}`) is refused, since a reader would see
// it as it is. Each problem names the token, so the operator knows what to fix.
import { LANGUAGES, type Language } from '../shared/i18n/languages.js';

export type { Language };

/** A well-formed placeholder: two braces, a name, two braces. */
const TOKEN = /\{\{([A-Za-z][\w.]*)\}\}/g;

export interface PlaceholderProblem {
  kind: 'malformed' | 'missing' | 'unknown';
  /** The token as written (`{{tenant}`), or the original's token that is missing. */
  placeholder: string;
}

/** The well-formed tokens of a text, each once, in order of first appearance. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(TOKEN)].map((m) => m[0]))];
}

/**
 * What is left of `{{` or `}}` once the well-formed tokens are taken out: each such piece, with
 * the word it was attached to, is a malformed token ("{{tenant}", "{tenant}}", "{{ tenant }}", "{{}}").
 */
export function malformedPlaceholdersOf(text: string): string[] {
  const rest = text.replace(TOKEN, ' ');
  const found = rest.match(/\{\{[^{}]{0,40}\}\}|\{\{[^{}\s]*\}?|\{?[^{}\s]*\}\}/g) ?? [];
  return [...new Set(found)];
}

/** Why `translation` does not carry the placeholders of `original`; empty when it does. */
export function placeholderProblems(original: string, translation: string): PlaceholderProblem[] {
  const want = placeholdersOf(original);
  const have = placeholdersOf(translation);
  return [
    ...malformedPlaceholdersOf(translation).map((placeholder) => ({ kind: 'malformed' as const, placeholder })),
    ...want.filter((p) => !have.includes(p)).map((placeholder) => ({ kind: 'missing' as const, placeholder })),
    ...have.filter((p) => !want.includes(p)).map((placeholder) => ({ kind: 'unknown' as const, placeholder })),
  ];
}

/** The language a tag names when Herald speaks it exactly (any case): "pt-br" → pt-BR, "de-AT" → null. */
export function translationLanguageOf(tag: string): Language | null {
  return LANGUAGES.find((l) => l.toLowerCase() === tag.trim().toLowerCase()) ?? null;
}
