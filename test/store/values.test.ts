import { describe, expect, it } from 'vitest';
import { newId } from '../../src/store/values.js';

describe('newId', () => {
  it('gives 26 base32 characters that are all random, never repeating', () => {
    const ids = Array.from({ length: 5000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z2-7]{26}$/);
    // Every position varies: no tail of constant characters.
    for (let i = 0; i < 26; i++) expect(new Set(ids.map((id) => id[i])).size).toBeGreaterThan(20);
  });
});
