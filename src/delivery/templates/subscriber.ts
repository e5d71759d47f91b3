// What public subscribers of the status page receive, by email and by webhook. Only public fields
// of the event are read (title, status, the post, regions, services, times, impact): never the
// console link, the organizations or anything else a tenant's mail carries. Links go to the
// public page, the subscriber's manage page and the one-click unsubscribe.
import { SUBSCRIBER_HEADLINES } from '../../domain/subscribers.js';
import { html, paragraphs, type Html } from '../../html.js';

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

function layout(pageName: string, body: Html, links: SubscriberLinks): string {
  return html`<!doctype html><html><body style="font-family:Segoe UI,Helvetica,Arial,sans-serif;max-width:36rem;color:#1b1b1b">
<p style="color:#57606a">${pageName}</p>${body}
<p style="color:#57606a;font-size:.9em;border-top:1px solid #d0d7de;padding-top:.5rem">You receive this because this address subscribed to ${pageName}.
<a href="${links.manage}">Manage your subscription</a> · <a href="${links.unsubscribe}">Unsubscribe</a></p></body></html>`
    .markup;
}

const footerText = (pageName: string, links: SubscriberLinks) =>
  `\n--\nYou receive this because this address subscribed to ${pageName}.\nManage your subscription: ${links.manage}\nUnsubscribe: ${links.unsubscribe}\n`;

export function renderSubscriberNotice(
  pageName: string,
  fields: Record<string, unknown>,
  links: SubscriberLinks,
): RenderedMail {
  const f = fields as {
    title: string;
    headline: string;
    message: string;
    regions: string[];
    services: string[];
    startsAt?: string;
    endsAt?: string;
    impact?: string;
    url: string;
  };
  const where = [f.services.join(', '), f.regions.join(', ')].filter(Boolean).join(' · ');
  const when = f.startsAt ? `${f.startsAt}${f.endsAt ? ` – ${f.endsAt}` : ''} (UTC)` : '';
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
  return { subject, text: text + footerText(pageName, links), html: layout(pageName, body, links) };
}

export function renderSubscriberMail(
  template: 'subscriber-confirm' | 'subscriber-already',
  pageName: string,
  links: SubscriberLinks,
): RenderedMail {
  if (template === 'subscriber-confirm') {
    return {
      subject: `[${pageName}] Confirm your subscription`,
      text: `Someone, hopefully you, asked to receive updates from ${pageName} at this address.\nConfirm: ${links.confirm}\n\nIf it was not you, ignore this mail: nothing more is sent.${footerText(pageName, links)}`,
      html: layout(
        pageName,
        html`<p>Someone, hopefully you, asked to receive updates from ${pageName} at this address.</p><p><a href="${links.confirm ?? ''}">Confirm the subscription</a></p><p>If it was not you, ignore this mail: nothing more is sent.</p>`,
        links,
      ),
    };
  }
  return {
    subject: `[${pageName}] You are already subscribed`,
    text: `Someone asked to subscribe this address to ${pageName}; it already is. Change what you receive: ${links.manage}${footerText(pageName, links)}`,
    html: layout(
      pageName,
      html`<p>Someone asked to subscribe this address to ${pageName}; it already is.</p><p><a href="${links.manage}">Change what you receive</a></p>`,
      links,
    ),
  };
}
