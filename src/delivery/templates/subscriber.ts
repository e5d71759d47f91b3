// What public subscribers of the status page receive, by email and by webhook. Only public fields
// of the event are read (title, status, the post, regions, services, times, impact): never the
// console link, the organizations or anything else a tenant's mail carries. Links go to the
// public page, the subscriber's manage page and the one-click unsubscribe. Mail carries the
// provider's branding (src/app/branding.ts); Slack and Teams subscribers get the same notice as a
// chat card (chat.ts).
import type { Branding } from '../../app/branding.js';
import { SUBSCRIBER_HEADLINES } from '../../domain/subscribers.js';
import { html, paragraphs, safeUrl, type Html } from '../../html.js';
import type { NoticeCard } from './render.js';

/** What of the branding a subscriber's mail shows. */
export type MailBrand = Pick<Branding, 'pageName' | 'logoUrl' | 'primaryColor' | 'supportUrl'>;

export interface SubscriberLinks {
  page: string;
  manage: string;
  unsubscribe: string;
  confirm?: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** The public part of an event, as subscribers' webhooks receive it and their mail shows it. */
export function publicFields(
  type: string,
  subject: { type: string; id: string },
  payload: Record<string, unknown>,
  pageUrl: string,
): Record<string, unknown> {
  const text = (k: string) => (typeof payload[k] === 'string' ? (payload[k] as string) : undefined);
  const list = (k: string) => (Array.isArray(payload[k]) ? (payload[k] as unknown[]).map(String) : []);
  return {
    kind: subject.type,
    id: subject.id,
    title: text('title') ?? '',
    status: text('status'),
    headline: SUBSCRIBER_HEADLINES[type as keyof typeof SUBSCRIBER_HEADLINES] ?? 'Update',
    // An incident's post (or, for a new one, its impact description); a maintenance's description.
    message: text('post') ?? text('summary') ?? '',
    impact: subject.type === 'maintenance' ? text('impact') : undefined,
    regions: [...new Set(list('regions'))],
    services: list('services'),
    startsAt: text('startsAt'),
    endsAt: text('endsAt'),
    url: `${pageUrl}#${subject.id}`,
  };
}

// The header is white on the primary colour, which saveBranding checks for contrast against white.
function layout(brand: MailBrand, body: Html, links: SubscriberLinks): string {
  const pageName = brand.pageName;
  const logo = brand.logoUrl
    ? html`<img src="${safeUrl(brand.logoUrl)}" alt="" height="24" style="vertical-align:middle;margin-right:.5rem">`
    : '';
  const support = brand.supportUrl ? html` · <a href="${safeUrl(brand.supportUrl)}">Contact support</a>` : '';
  return html`<!doctype html><html><body style="font-family:Segoe UI,Helvetica,Arial,sans-serif;max-width:36rem;color:#1b1b1b">
<p style="background:${brand.primaryColor};color:#ffffff;padding:.5rem .75rem;border-radius:4px">${logo}${pageName}</p>${body}
<p style="color:#57606a;font-size:.9em;border-top:1px solid #d0d7de;padding-top:.5rem">You receive this because this address subscribed to ${pageName}.
<a href="${links.manage}">Manage your subscription</a> · <a href="${links.unsubscribe}">Unsubscribe</a>${support}</p></body></html>`
    .markup;
}

const footerText = (brand: MailBrand, links: SubscriberLinks) =>
  `\n--\nYou receive this because this address subscribed to ${brand.pageName}.\nManage your subscription: ${links.manage}\nUnsubscribe: ${links.unsubscribe}\n${brand.supportUrl ? `Support: ${brand.supportUrl}\n` : ''}`;

interface NoticeFields {
  title: string;
  headline: string;
  message: string;
  regions: string[];
  services: string[];
  startsAt?: string;
  endsAt?: string;
  impact?: string;
  url: string;
}

const whenOf = (f: NoticeFields) => (f.startsAt ? `${f.startsAt}${f.endsAt ? ` – ${f.endsAt}` : ''} (UTC)` : '');

/** A public notice as a Slack or Teams card: the same fields the mail shows, a button to the page. */
export function subscriberNoticeCard(fields: Record<string, unknown>): NoticeCard {
  const f = fields as unknown as NoticeFields;
  const facts = [
    { label: 'Services', value: f.services.join(', ') },
    { label: 'Regions', value: f.regions.join(', ') },
    { label: 'When', value: whenOf(f) },
    { label: 'Expected impact', value: f.impact ?? '' },
  ].filter((x) => x.value);
  return {
    heading: f.headline,
    title: f.title,
    summary: f.message,
    facts,
    open: { label: 'See the status page', url: f.url },
  };
}

/** The first chat message, whose 2xx confirms a Slack or Teams subscriber (it cannot answer a challenge). */
export function subscriberWelcomeCard(pageName: string, links: SubscriberLinks): NoticeCard {
  return {
    heading: 'Subscribed',
    title: pageName,
    summary: `This channel now receives ${pageName}'s public incidents and scheduled maintenance as they are created, updated and resolved.`,
    facts: [],
    open: { label: 'Change or unsubscribe', url: links.manage },
  };
}

/** The context line under every chat message: where it came from and how to stop it. */
export const subscriberChatContext = (pageName: string, links: SubscriberLinks) =>
  `${pageName} · change or unsubscribe: ${links.manage}`;

export function renderSubscriberNotice(
  brand: MailBrand,
  fields: Record<string, unknown>,
  links: SubscriberLinks,
): RenderedMail {
  const pageName = brand.pageName;
  const f = fields as unknown as NoticeFields;
  const where = [f.services.join(', '), f.regions.join(', ')].filter(Boolean).join(' · ');
  const when = whenOf(f);
  const subject = `[${pageName}] ${f.headline}: ${f.title}`;
  const text = [
    `${f.headline}: ${f.title}`,
    where,
    when,
    f.impact ? `Expected impact: ${f.impact}` : '',
    '',
    f.message,
    '',
    `Status page: ${f.url}`,
  ]
    .filter((l, i) => l || i >= 4)
    .join('\n');
  const body = html`<h1 style="font-size:1.3rem">${f.headline}: ${f.title}</h1><p style="color:#57606a">${where}${when && html`<br>${when}`}${f.impact && html`<br>Expected impact: ${f.impact}`}</p>
${paragraphs(f.message)}<p><a href="${f.url}">See the status page</a></p>`;
  return { subject, text: text + footerText(brand, links), html: layout(brand, body, links) };
}

export function renderSubscriberMail(
  template: 'subscriber-confirm' | 'subscriber-already',
  brand: MailBrand,
  links: SubscriberLinks,
): RenderedMail {
  const pageName = brand.pageName;
  if (template === 'subscriber-confirm') {
    return {
      subject: `[${pageName}] Confirm your subscription`,
      text: `Someone, hopefully you, asked to receive updates from ${pageName} at this address.\nConfirm: ${links.confirm}\n\nIf it was not you, ignore this mail: nothing more is sent.${footerText(brand, links)}`,
      html: layout(
        brand,
        html`<p>Someone, hopefully you, asked to receive updates from ${pageName} at this address.</p><p><a href="${links.confirm ?? ''}">Confirm the subscription</a></p><p>If it was not you, ignore this mail: nothing more is sent.</p>`,
        links,
      ),
    };
  }
  return {
    subject: `[${pageName}] You are already subscribed`,
    text: `Someone asked to subscribe this address to ${pageName}; it already is. Change what you receive: ${links.manage}${footerText(brand, links)}`,
    html: layout(
      brand,
      html`<p>Someone asked to subscribe this address to ${pageName}; it already is.</p><p><a href="${links.manage}">Change what you receive</a></p>`,
      links,
    ),
  };
}
