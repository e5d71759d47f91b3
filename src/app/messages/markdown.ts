// The rendering itself is in src/shared/markdown.ts, which the console's preview uses too.
export { renderMarkdown } from '../../shared/markdown.js';

/** The first paragraph as plain text, for email subjects' previews, digests and feeds. */
export function summaryOf(source: string, maxLength = 300): string {
  const first = source.trim().split(/\n\s*\n/)[0] ?? '';
  const text = first
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}
