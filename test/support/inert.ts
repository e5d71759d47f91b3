// Whether HTML is inert: parsed as a browser would read it (htmlparser2), it holds no element that
// runs or loads something, no on* handler and no javascript:/data: link. Used to check that text
// typed into Herald — titles, posts, names — comes out as text everywhere HTML is made.
import { DomUtils, parseDocument } from 'htmlparser2';

const ACTIVE_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'svg',
  'img',
  'math',
  'base',
  'meta',
  'link',
  'form',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc']);

/** What in `markup` could run or load something; `allowed` names elements the template itself uses (e.g. its own form). */
export function activeParts(markup: string, allowed: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const el of DomUtils.findAll(() => true, parseDocument(markup).children)) {
    if (ACTIVE_ELEMENTS.has(el.name) && !allowed.includes(el.name)) found.push(`<${el.name}>`);
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(name)) found.push(`<${el.name} ${name}>`);
      if (URL_ATTRIBUTES.has(name.toLowerCase()) && /^\s*(javascript|vbscript|data):/i.test(value))
        found.push(`<${el.name} ${name}="${value}">`);
    }
  }
  return found;
}

/** The text a reader sees. */
export const visibleText = (markup: string): string => DomUtils.textContent(parseDocument(markup));
