// One event is rendered for thousands of readers who differ only in a few things: their name and
// their unsubscribe link, given their language, time zone and organization. This renders each
// such combination once, with markers where the name and the link go, and fills them in per
// reader: the same text as renderNotice, at a fraction of the cost. The language in the key is
// the one the words come from and the regional format of its dates (src/i18n/), so readers whose
// locales differ only by a tag Herald has no words for share one render.
import { escapeText } from '../../html.js';
import { noticeTranslator, renderNotice, type NoticeInput, type RenderedNotice } from './render.js';

const NAME = '\u0000name\u0000';
// A URL, so that it passes the template's link check like the real link will.
const UNSUBSCRIBE = 'https://unsubscribe.herald.invalid/\u0000';

export class NoticeRenderer {
  private readonly shapes = new Map<string, RenderedNotice>();
  /** How many times a notice was actually rendered (not filled in from a shape): for tests and benchmarks. */
  renders = 0;

  /**
   * `shapeKey` names what the input's payload and organization are (event, template, rule, the
   * reader's visible organization); the reader's language and time zone are added here.
   */
  render(shapeKey: string, input: NoticeInput): RenderedNotice {
    const t = noticeTranslator(input);
    const key = `${shapeKey}|${t.locale}|${t.formatLocale}|${input.recipient.timeZone}`;
    let shape = this.shapes.get(key);
    if (!shape) {
      if (this.shapes.size > 5000) this.shapes.clear();
      this.renders++;
      shape = renderNotice({
        ...input,
        recipient: { ...input.recipient, name: NAME },
        links: { ...input.links, unsubscribe: input.links.unsubscribe === null ? null : UNSUBSCRIBE },
      });
      this.shapes.set(key, shape);
    }
    const name = input.recipient.name;
    const link = input.links.unsubscribe ?? '';
    // The markers went through the HTML template as text, so what replaces them must be text as markup.
    const fill = (s: string, html: boolean) =>
      s.replaceAll(NAME, html ? escapeText(name) : name).replaceAll(UNSUBSCRIBE, html ? escapeText(link) : link);
    return {
      subject: fill(shape.subject, false),
      text: fill(shape.text, false),
      html: fill(shape.html, true),
      short: { title: fill(shape.short.title, false), body: fill(shape.short.body, false), url: shape.short.url },
      // Names no reader and carries no unsubscribe link: shared as it is.
      card: shape.card,
    };
  }
}
