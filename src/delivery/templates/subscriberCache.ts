// One public notice goes to thousands of subscribers who differ only in their links (manage,
// unsubscribe, a pending one's confirm) and their language: each language is rendered once, with
// markers where the links go, and each subscriber's links are filled in, as cache.ts does for
// people's mail. The key is the caller's (event and template) plus the branding and the language.
import { escapeText } from '../../html.js';
import type { Translator } from '../../i18n/translator.js';
import {
  renderSubscriberMail,
  renderSubscriberNotice,
  type MailBrand,
  type RenderedMail,
  type SubscriberLinks,
} from './subscriber.js';

// URLs, so that they pass the templates' link checks as the real links will.
const MARKERS = {
  manage: 'https://manage.herald.invalid/\u0000',
  unsubscribe: 'https://unsubscribe.herald.invalid/\u0000',
  confirm: 'https://confirm.herald.invalid/\u0000',
} as const;

type Render = (links: SubscriberLinks) => RenderedMail;

export class SubscriberRenderer {
  private readonly shapes = new Map<string, RenderedMail>();
  /** How many times a mail was actually rendered (not filled in): for tests and benchmarks. */
  renders = 0;

  /** A public incident's or maintenance's notice. */
  notice(
    shapeKey: string,
    brand: MailBrand,
    fields: Record<string, unknown>,
    links: SubscriberLinks,
    eventType: string,
    t: Translator,
  ): RenderedMail {
    return this.render(shapeKey, brand, links, t, (l) => renderSubscriberNotice(brand, fields, l, eventType, t));
  }

  /** The subscriber's own mail: the confirmation, or "already subscribed". */
  mail(
    template: 'subscriber-confirm' | 'subscriber-already',
    brand: MailBrand,
    links: SubscriberLinks,
    t: Translator,
  ): RenderedMail {
    return this.render(template, brand, links, t, (l) => renderSubscriberMail(template, brand, l, t));
  }

  private render(shapeKey: string, brand: MailBrand, links: SubscriberLinks, t: Translator, make: Render) {
    const key = [
      shapeKey,
      brand.pageName,
      brand.logoUrl ?? '',
      brand.primaryColor,
      brand.supportUrl ?? '',
      links.page,
      t.locale,
      t.formatLocale,
    ].join('|');
    let shape = this.shapes.get(key);
    if (!shape) {
      if (this.shapes.size > 5000) this.shapes.clear();
      this.renders++;
      shape = make({ ...MARKERS, page: links.page });
      this.shapes.set(key, shape);
    }
    // The markers went through the HTML template as text, so what replaces them must be text as markup.
    const fill = (s: string, html: boolean) =>
      s
        .replaceAll(MARKERS.manage, html ? escapeText(links.manage) : links.manage)
        .replaceAll(MARKERS.unsubscribe, html ? escapeText(links.unsubscribe) : links.unsubscribe)
        .replaceAll(MARKERS.confirm, html ? escapeText(links.confirm ?? '') : (links.confirm ?? ''));
    return { subject: fill(shape.subject, false), text: fill(shape.text, false), html: fill(shape.html, true) };
  }
}
