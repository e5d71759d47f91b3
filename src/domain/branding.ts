// Branding colours that keep the public page readable: WCAG 2.x relative luminance and contrast
// ratio, and the check that refuses a colour below AA for normal text (4.5:1) against what it is
// shown with. Pure: the caller passes the colours, nothing is read.
import { words, type Words } from '../errors.js';

/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;

/** What each branding colour is drawn with on the public page, the backup site, embed and emails. */
export const BRANDING_COLOR_USES = {
  // The page header and the badge's label: white text on the primary colour.
  primaryColor: { against: ['#ffffff'], as: 'the background of white text' },
  // Links and headings: accent text on the page background and on white cards.
  accentColor: { against: ['#f6f7f9', '#ffffff'], as: 'text on the page background' },
} as const;

export type BrandingColorField = keyof typeof BRANDING_COLOR_USES;

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

export const isHexColor = (value: string): boolean => HEX.test(value);

function channels(hex: string): [number, number, number] {
  let h = hex.slice(1);
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** Relative luminance of an sRGB colour "#rrggbb" or "#rgb" (WCAG 2.2, definition). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface ColorProblem {
  field: BrandingColorField;
  message: Words;
  /** The worst ratio found, rounded down to two decimals (so 4.499 never reads as 4.5). */
  ratio: number | null;
}

/** What is wrong with the colours given (absent ones are not checked); empty when all are readable. */
export function brandingColorProblems(colors: Partial<Record<BrandingColorField, string | null>>): ColorProblem[] {
  const problems: ColorProblem[] = [];
  for (const field of Object.keys(BRANDING_COLOR_USES) as BrandingColorField[]) {
    const value = colors[field];
    if (value === undefined || value === null) continue;
    if (!isHexColor(value)) {
      problems.push({ field, message: words('problem.branding.notColour', { value }), ratio: null });
      continue;
    }
    const use = BRANDING_COLOR_USES[field];
    const worst = Math.min(...use.against.map((other) => contrastRatio(value, other)));
    if (worst < MIN_CONTRAST) {
      const ratio = Math.floor(worst * 100) / 100;
      problems.push({
        field,
        ratio,
        message: words('problem.branding.contrast', { value, ratio: ratio.toFixed(2), use: field, min: MIN_CONTRAST }),
      });
    }
  }
  return problems;
}
