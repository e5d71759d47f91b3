// Message Center post bodies are written in Markdown and served as HTML (Graph's body { contentType: 'html' }).
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
