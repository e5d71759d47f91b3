// The one way Herald builds HTML on the server — the public status page, the backup site, feeds,
// emails, reports and small pages: the `html` tagged template. Every value put into it is escaped
// (escape-html) unless it is itself `Html` — built by `html` or, for markup written in our own
// source (a style sheet), by `raw` — so text from the database can never become markup, and
// forgetting to escape is not possible. Links from data go through `safeUrl`, which refuses
// javascript:, data: and other schemes that would run or load something.
import escapeHtml from 'escape-html';

/** Markup that is safe to include as it is. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

function part(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(part).join('');
  return escapeHtml(String(value));
}

/** Builds markup from a template: interpolated text is escaped, interpolated `Html` is kept, lists are joined. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += part(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup written in Herald's own source (never data): kept as it is. */
export const raw = (markup: string): Html => new Html(markup);

/** Text as markup: what `html` does to one value, for places that assemble strings themselves. */
export const escapeText = (text: string): string => escapeHtml(text);

/** Joins pieces of markup with a separator (itself escaped when it is text). */
export const joinHtml = (parts: readonly Html[], separator: HtmlValue = ''): Html =>
  new Html(parts.map((p) => p.markup).join(part(separator)));

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** A link from data, for an href: http(s) or mailto as given, a relative path as given, anything else "#". */
export function safeUrl(url: string): string {
  const trimmed = url.trim();
  if (/^[/?#]/.test(trimmed) && !trimmed.startsWith('//')) return trimmed;
  try {
    return SAFE_SCHEMES.has(new URL(trimmed).protocol) ? trimmed : '#';
  } catch {
    return '#';
  }
}

/** Paragraphs from plain text: blank lines separate them, single newlines become <br>. */
export const paragraphs = (text: string): Html =>
  joinHtml(
    text
      .split(/\n{2,}/)
      .filter((p) => p.trim())
      .map(
        (p) =>
          html`<p>${joinHtml(
            p
              .trim()
              .split('\n')
              .map((line) => html`${line}`),
            raw('<br>'),
          )}</p>`,
      ),
  );
