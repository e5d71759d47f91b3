// The placeholder rule for translated posts: exactly the original's {{name}} tokens, none malformed.
import { describe, expect, it } from 'vitest';
import { placeholderProblems, translationLanguageOf } from '../../src/domain/translations.js';

describe('a translation’s placeholders', () => {
  it('accepts the original’s tokens, in any order and any number of times', () => {
    expect(placeholderProblems('Hello {{tenant}}, see {{url}}', 'Voir {{url}}, {{tenant}} ({{tenant}})')).toEqual([]);
    expect(placeholderProblems('No tokens {at all}', 'Keine {Platzhalter}')).toEqual([]);
  });

  it('names each malformed, missing and unknown token', () => {
    expect(placeholderProblems('Hello {{tenant}}', 'Hallo {{tenant}')).toEqual([
      { kind: 'malformed', placeholder: '{{tenant}' },
      { kind: 'missing', placeholder: '{{tenant}}' },
    ]);
    expect(placeholderProblems('Hi', 'Salut {tenant}} et {{ tenant }} et {{}}')).toEqual([
      { kind: 'malformed', placeholder: '{tenant}}' },
      { kind: 'malformed', placeholder: '{{ tenant }}' },
      { kind: 'malformed', placeholder: '{{}}' },
    ]);
    expect(placeholderProblems('Hello {{tenant}}', 'Hallo {{name}}')).toEqual([
      { kind: 'missing', placeholder: '{{tenant}}' },
      { kind: 'unknown', placeholder: '{{name}}' },
    ]);
  });
});

describe('a translation’s language', () => {
  it('is one Herald speaks, named exactly (any case)', () => {
    expect(translationLanguageOf('pt-br')).toBe('pt-BR');
    expect(translationLanguageOf('DE')).toBe('de');
    expect(translationLanguageOf('de-AT')).toBeNull();
    expect(translationLanguageOf('tlh')).toBeNull();
  });
});
