// The contrast rule that keeps a branded page readable: WCAG 2.x contrast ratios, and a colour
// below 4.5:1 against what it is drawn with is refused, naming the field and the ratio.
import { describe, expect, it } from 'vitest';
import { brandingColorProblems, contrastRatio } from '../../src/domain/branding.js';
import { englishMessage } from '../../src/errors.js';

describe('contrastRatio', () => {
  it('matches WCAG’s figures', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2); // the well-known "just fails AA" grey
    expect(contrastRatio('#fff', '#767676')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#0550ae', '#f6f7f9')).toBe(contrastRatio('#f6f7f9', '#0550ae'));
  });
});

describe('brandingColorProblems', () => {
  it('accepts readable colours and leaves absent ones alone', () => {
    expect(brandingColorProblems({ primaryColor: '#24292f', accentColor: '#0550ae' })).toEqual([]);
    expect(brandingColorProblems({})).toEqual([]);
  });

  it('refuses a colour below 4.5:1, naming the field and the ratio rounded down', () => {
    const [primary] = brandingColorProblems({ primaryColor: '#777777' });
    expect(primary).toMatchObject({ field: 'primaryColor', ratio: 4.47 });
    expect(englishMessage(primary!)).toContain('4.47:1');
    // Against white it passes (4.74:1), against the page background (#f6f7f9, 4.42:1) not: the worse counts.
    expect(brandingColorProblems({ primaryColor: '#737373' })).toEqual([]);
    const [accent] = brandingColorProblems({ accentColor: '#737373' });
    expect(accent).toMatchObject({ field: 'accentColor', ratio: 4.42 });
    const notColours = brandingColorProblems({ accentColor: 'blue' });
    expect(notColours).toMatchObject([{ field: 'accentColor', ratio: null }]);
    expect(englishMessage(notColours[0]!)).toContain('#rrggbb');
  });
});
