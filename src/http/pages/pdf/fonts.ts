// The fonts of a PDF in any language Herald speaks. pdfkit's built-in Helvetica draws Latin text
// (WinAnsi only); Arabic is Noto Naskh Arabic (@embedpdf/fonts-arabic, TrueType, regular and
// bold); Japanese is Noto Sans JP from @fontsource-variable/noto-sans-jp, one variable font cut by
// Unicode range into about 120 WOFF2 files. fontkit (pdfkit's font engine) can neither subset a
// WOFF2 font nor instance a variable one, so each file a document needs is pinned to the weight
// drawn (400 or 700) and turned into plain TrueType by HarfBuzz (subset-font); pdfkit then embeds
// only the glyphs used. Every character is given the first font that has it: text a person typed
// in another script than the reader's language (a Japanese title in a German report) still shows.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const JAPANESE_DIR = path.dirname(require.resolve('@fontsource-variable/noto-sans-jp'));
const ARABIC_DIR = path.join(path.dirname(require.resolve('@embedpdf/fonts-arabic')), '..', 'fonts');

export type Weight = 400 | 700;

/** One stretch of text drawn in one registered font. */
export interface FontRun {
  font: string;
  text: string;
}

// The characters Helvetica can draw: printable ASCII, Latin-1 and the rest of WinAnsi.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const isLatin = (cp: number, ch: string) =>
  (cp >= 0x20 && cp < 0x7f) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(ch);

// The Unicode blocks of the Arabic script that Noto Naskh Arabic covers.
const ARABIC_RANGES: readonly [number, number][] = [
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];
const isArabic = (cp: number) => ARABIC_RANGES.some(([a, b]) => cp >= a && cp <= b);

const latinName = (weight: Weight) => (weight === 700 ? 'Helvetica-Bold' : 'Helvetica');
const arabicName = (weight: Weight) => `arabic-${weight}`;
const japaneseName = (slice: string, weight: Weight) => `ja-${slice}-${weight}`;

let japaneseSlices: Map<number, string> | null = null;

/** Which of the package's files has each code point ("57", "latin"…), from its unicode.json. */
function sliceOf(cp: number): string | undefined {
  if (!japaneseSlices) {
    const ranges = JSON.parse(readFileSync(path.join(JAPANESE_DIR, 'unicode.json'), 'utf8')) as Record<string, string>;
    japaneseSlices = new Map();
    for (const [key, list] of Object.entries(ranges)) {
      const slice = key.replace(/[[\]]/g, '');
      for (const part of list.split(',')) {
        const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
        const a = parseInt(from!, 16);
        const b = to ? parseInt(to, 16) : a;
        for (let c = a; c <= b; c++) if (!japaneseSlices.has(c)) japaneseSlices.set(c, slice);
      }
    }
  }
  return japaneseSlices.get(cp);
}

/** The registered font name for a character, or null when it is not drawn (a control, a bidi mark). */
function fontOf(ch: string, weight: Weight): string | null {
  const cp = ch.codePointAt(0)!;
  // Controls, and bidi marks and other format characters: they order text, they are not drawn.
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || /^[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]$/u.test(ch))
    return null;
  if (isLatin(cp, ch)) return latinName(weight);
  if (isArabic(cp)) return arabicName(weight);
  const slice = sliceOf(cp);
  if (slice) return japaneseName(slice, weight);
  // No font here has it: Helvetica draws its .notdef rather than dropping the character silently.
  return latinName(weight);
}

// Instanced slices, kept: a slice pinned to a weight is the same for every document. Bounded,
// the whole font at both weights being about 250 entries.
const instances = new Map<string, Promise<Buffer>>();

function japaneseInstance(slice: string, weight: Weight): Promise<Buffer> {
  const key = `${slice}|${weight}`;
  let made = instances.get(key);
  if (!made) {
    made = (async () => {
      const woff2 = await readFile(path.join(JAPANESE_DIR, 'files', `noto-sans-jp-${slice}-wght-normal.woff2`));
      const chars = [...japaneseSlices!].filter(([, s]) => s === slice).map(([cp]) => String.fromCodePoint(cp));
      // HarfBuzz (WebAssembly) is loaded the first time a document needs Japanese, not at start-up.
      const { default: subsetFont } = await import('subset-font');
      return subsetFont(woff2, chars.join(''), { targetFormat: 'truetype', variationAxes: { wght: weight } });
    })();
    made.catch(() => instances.delete(key));
    if (instances.size >= 300) instances.clear();
    instances.set(key, made);
  }
  return made;
}

/** What pdfkit needs of a document to register fonts. */
export interface FontHost {
  registerFont(name: string, src: string | Buffer): unknown;
}

/** The fonts of one document: registered with it before drawing, then asked for runs. */
export class PdfFonts {
  private constructor() {}

  /**
   * Registers every font the texts need (each with the weight it is drawn in) with the document.
   * Async because a Japanese slice is instanced on first use.
   */
  static async prepare(doc: FontHost, texts: readonly { text: string; weight: Weight }[]): Promise<PdfFonts> {
    const needed = new Map<string, () => Promise<string | Buffer>>();
    for (const { text, weight } of texts)
      for (const ch of text) {
        const name = fontOf(ch, weight);
        if (!name || needed.has(name) || name.startsWith('Helvetica')) continue;
        if (name.startsWith('arabic-'))
          needed.set(name, async () =>
            path.join(ARABIC_DIR, weight === 700 ? 'NotoNaskhArabic-Bold.ttf' : 'NotoNaskhArabic-Regular.ttf'),
          );
        else needed.set(name, () => japaneseInstance(sliceOf(ch.codePointAt(0)!)!, weight));
      }
    const loaded = await Promise.all([...needed].map(async ([name, load]) => [name, await load()] as const));
    for (const [name, src] of loaded) doc.registerFont(name, src);
    return new PdfFonts();
  }

  /** The text cut into runs of one font each; characters that are not drawn are left out. */
  runs(text: string, weight: Weight): FontRun[] {
    const runs: FontRun[] = [];
    for (const ch of text) {
      const font = fontOf(ch, weight);
      if (!font) continue;
      const last = runs[runs.length - 1];
      if (last && last.font === font) last.text += ch;
      else runs.push({ font, text: ch });
    }
    return runs;
  }

  /** The font of one character (null: not drawn). */
  fontOf(ch: string, weight: Weight): string | null {
    return fontOf(ch, weight);
  }
}
