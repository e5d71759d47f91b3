// The pseudo-locale en-XA: the English catalogue with every letter accented and every piece of
// text about 40 % longer, arguments and plural/select structure untouched. A screen or mail
// rendered in it shows at a glance a word that skipped the catalogue (it stays plain ASCII) and
// a box too narrow for German (it overflows). For tests and for a translator's eyes, never listed.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import type { Catalogue } from './catalogue/en.js';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

function stretch(text: string): string {
  const letters = [...text].filter((c) => c in ACCENTED).length;
  if (!letters) return text;
  const accented = [...text].map((c) => ACCENTED[c] ?? c).join('');
  // Padding in the middle of nothing the reader could mistake for a word: a run of "~" after the text.
  return `${accented}${'~'.repeat(Math.ceil(letters * 0.4))}`;
}

function walk(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((e) => {
    if (e.type === TYPE.literal) return { ...e, value: stretch(e.value) };
    if (e.type === TYPE.select || e.type === TYPE.plural)
      return {
        ...e,
        options: Object.fromEntries(Object.entries(e.options).map(([k, o]) => [k, { ...o, value: walk(o.value) }])),
      } as MessageFormatElement;
    if (e.type === TYPE.tag) return { ...e, children: walk(e.children) };
    return e;
  });
}

export function pseudoCatalogue(source: Catalogue): Catalogue {
  return Object.fromEntries(
    Object.entries(source).map(([key, message]) => [key, printAST(walk(parse(message)))]),
  ) as unknown as Catalogue;
}
