// Post bodies are written in Markdown and served as HTML (Graph's body { contentType: 'html' }).
// markdown-it with raw HTML off escapes every tag a writer types, and its link check refuses
// javascript:, vbscript:, file: and data: URLs, so the HTML is safe to show as it is.
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

// Links leave Herald: open them apart, and tell the browser not to pass our page along.
const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
markdown.renderer.rules.link_open = (tokens, i, options, env, self) => {
  tokens[i]!.attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, i, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

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
