// Writing a paragraph into a PDF in the reader's direction, each character in a font that has it
// (./fonts.ts). pdfkit's own layout cannot do it: it places words left to right in the order they
// were typed (fontkit shapes and reverses only inside a word), and it sets each font's text on
// that font's own ascender, so Latin beside Japanese jumps up. So lines are made here: broken at
// spaces and between Japanese characters (not before a closing mark or small kana), put in
// visual order by the Unicode Bidirectional Algorithm (bidi-js: Arabic words right to left, a
// Latin name or a number inside them left to right), and drawn piece by piece on one baseline,
// from the left margin or, right to left, from the right one. Text extraction (pdftotext) then
// reads the words in reading order.
import bidiModule from 'bidi-js';
import type { PdfFonts, Weight } from './fonts.js';

// bidi-js is CommonJS (module.exports is the factory) but its types describe an ES default export.
const bidi = (bidiModule as unknown as (typeof bidiModule)['default'])();

export interface TextStyle {
  size: number;
  weight: Weight;
  color: string;
}

type Doc = PDFKit.PDFDocument;

/** Writes text (lines separated by "\n") at the document's cursor and moves the cursor below it. */
export function writeText(doc: Doc, fonts: PdfFonts, text: string, style: TextStyle, dir: 'ltr' | 'rtl'): void {
  doc.fillColor(style.color);
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) writeParagraph(doc, fonts, paragraph, style, dir);
  doc.x = doc.page.margins.left;
}

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const SPACE = /\s/u;
// Japanese is broken between any two characters, except before these (closing marks, small kana,
// the long vowel mark) and after the opening marks (JIS X 4051's line-start and line-end rules).
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
const NO_LINE_START = new Set('、。，．・：；？！ー）」』〕］｝〉》】ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ');
const NO_LINE_END = new Set('（「『〔［｛〈《【');

/** What pdfkit knows of the current font and keeps to itself: its ascender, to share a baseline. */
const ascender = (doc: Doc, font: string, size: number): number =>
  ((doc.font(font) as unknown as { _font: { ascender: number } })._font.ascender / 1000) * size;

interface Piece {
  /** '' for the gap of a space. */
  font: string;
  text: string;
  width: number;
}

function writeParagraph(doc: Doc, fonts: PdfFonts, paragraph: string, style: TextStyle, dir: 'ltr' | 'rtl'): void {
  const { size, weight } = style;
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  const room = right - left;
  const chars = [...paragraph];
  const text = chars.join('');
  const levels = bidi.getEmbeddingLevels(text, dir);
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels);
  // bidi-js counts UTF-16 units; a rare ideograph outside the BMP takes two: map units to code points.
  const units: number[] = [];
  const pointOfUnit: number[] = [];
  chars.forEach((ch, c) => {
    units.push(pointOfUnit.length);
    for (let k = 0; k < ch.length; k++) pointOfUnit.push(c);
  });
  const levelOf = (c: number) => levels.levels[units[c]!]!;
  const widthOf = (font: string, s: string) => doc.font(font).fontSize(size).widthOfString(s);
  const space = widthOf(weight === 700 ? 'Helvetica-Bold' : 'Helvetica', ' ');
  const measure = (start: number, end: number) =>
    fonts.runs(chars.slice(start, end + 1).join(''), weight).reduce((sum, r) => sum + widthOf(r.font, r.text), 0);

  // Where a line may break: tokens of characters between spaces, cut again between Japanese ones.
  const tokens: { start: number; end: number; spaced: boolean }[] = [];
  let spaced = false;
  for (let c = 0; c < chars.length; c++) {
    const ch = chars[c]!;
    if (SPACE.test(ch)) {
      spaced = true;
      continue;
    }
    const last = tokens[tokens.length - 1];
    const previous = chars[c - 1];
    const joins =
      last &&
      !spaced &&
      last.end === c - 1 &&
      !((JAPANESE.test(ch) || JAPANESE.test(previous!)) && !NO_LINE_START.has(ch) && !NO_LINE_END.has(previous!));
    if (joins) last.end = c;
    else tokens.push({ start: c, end: c, spaced: spaced && tokens.length > 0 });
    spaced = false;
  }
  const lines: { start: number; end: number }[] = [];
  let line: { start: number; end: number; width: number } | null = null;
  for (const token of tokens) {
    let width = measure(token.start, token.end);
    const gap = token.spaced ? space : 0;
    if (line && line.width + gap + width <= room) {
      line.end = token.end;
      line.width += gap + width;
      continue;
    }
    if (line) lines.push(line);
    // A token wider than a line (a long URL) is cut where it must be.
    let start = token.start;
    while (width > room && start < token.end) {
      let end = start;
      while (end < token.end && measure(start, end + 1) <= room) end++;
      lines.push({ start, end });
      start = end + 1;
      width = measure(start, token.end);
    }
    line = { start, end: token.end, width };
  }
  if (line) lines.push(line);

  let y = doc.y;
  if (!lines.length) {
    doc.y = y + doc.font('Helvetica').fontSize(size).currentLineHeight(true);
    return;
  }
  for (const { start, end } of lines) {
    const pieces = piecesOf(start, end);
    // The tallest font of the line sets its height and where its shared baseline lies.
    const drawn = [...new Set(pieces.filter((p) => p.font).map((p) => p.font))];
    const lineHeight = Math.max(...drawn.map((f) => doc.font(f).fontSize(size).currentLineHeight(true)));
    const baseline = Math.max(...drawn.map((f) => ascender(doc, f, size)));
    if (y + lineHeight > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    const width = pieces.reduce((sum, p) => sum + p.width, 0);
    let x = dir === 'rtl' ? right - width : left;
    for (const p of pieces) {
      if (p.font)
        doc
          .font(p.font)
          .fontSize(size)
          .text(p.text, x, y + baseline, { lineBreak: false, baseline: 'alphabetic' });
      x += p.width;
    }
    y += lineHeight;
  }
  doc.y = y;

  /** A line's characters in visual order, grouped into pieces of one font and one direction. */
  function piecesOf(start: number, end: number): Piece[] {
    const lastUnit = units[end]! + chars[end]!.length - 1;
    const order: number[] = [];
    // The whole string's indices come back, reordered within the line: keep the line's.
    const all = bidi.getReorderedIndices(text, levels, units[start], lastUnit);
    for (const unit of all.slice(units[start], lastUnit + 1)) {
      const c = pointOfUnit[unit]!;
      if (order[order.length - 1] !== c) order.push(c);
    }
    const pieces: Piece[] = [];
    let group: number[] = [];
    let groupFont: string | null = null;
    const flush = () => {
      if (group.length && groupFont) {
        const odd = levelOf(group[0]!) % 2 === 1;
        const visual = group.map((c) => (odd ? (mirrored.get(units[c]!) ?? chars[c]!) : chars[c]!)).join('');
        // fontkit shapes Arabic in typed order and reverses it itself: give it the reverse of what is seen.
        const given =
          groupFont.startsWith('Helvetica') || !ARABIC_SCRIPT.test(visual) ? visual : [...visual].reverse().join('');
        pieces.push({ font: groupFont, text: given, width: widthOf(groupFont, given) });
      }
      group = [];
      groupFont = null;
    };
    for (const c of order) {
      const ch = chars[c]!;
      if (SPACE.test(ch)) {
        flush();
        pieces.push({ font: '', text: ' ', width: space });
        continue;
      }
      const font = fonts.fontOf(ch, weight);
      if (!font) continue;
      if (font !== groupFont || (group.length && levelOf(c) !== levelOf(group[group.length - 1]!))) flush();
      groupFont = font;
      group.push(c);
    }
    flush();
    while (pieces[0]?.font === '') pieces.shift();
    while (pieces[pieces.length - 1]?.font === '') pieces.pop();
    return pieces;
  }
}
