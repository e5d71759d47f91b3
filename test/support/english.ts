// Rules return catalogue words (a key and its values), said in the reader's language at the edge;
// a test that asserts what a person reads says them in English first.
import type { FieldProblem } from '../../src/errors.js';
import { translator } from '../../src/i18n/translator.js';
import type { Words } from '../../src/shared/i18n/words.js';

const english = translator('en');

export const say = (w: Words | null | undefined): string | null => (w == null ? null : english.words(w));

export const sayProblems = (problems: readonly FieldProblem[]) =>
  problems.map((p) => ({ field: p.field, message: english.words(p.message) }));
