// What public subscribers of the status page receive, by email and by webhook. Only public fields
// of the event are read (title, status, the post, regions, services, times, impact): never the
// console link, the organizations or anything else a tenant's mail carries. Links go to the
// public page, the subscriber's manage page and the one-click unsubscribe. Mail carries the
// provider's branding (src/app/branding.ts); Slack and Teams subscribers get the same notice as a
// chat card (chat.ts). The words are the catalogue's (src/i18n/) in the language the dispatcher
// chooses (the subscriber's own, from the page they subscribed on or their manage page); the webhook
// payload (`publicFields`) stays in English, for the programs that read it.
import type { Branding } from '../../app/branding.js';
import { SUBSCRIBER_HEADLINES } from '../../domain/subscribers.js';
import { html, paragraphs, safeUrl, type Html } from '../../html.js';
import type { MessageKey, Translator } from '../../i18n/translator.js';
import { translationFor, translationNote, type NoticeCard } from './render.js';

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

/**
 * The public fields as a subscriber reading `t`'s language reads them: the title (and update) an
 * operator translated into it when the event was published, with the note people's mail has
 * ("Translated from English", or "You are reading the original (English)" when other languages
 * have a translation). Only mail and chat: a standard webhook's JSON stays in the original.
 */
export function fieldsIn(
  fields: Record<string, unknown>,
  payload: Record<string, unknown>,
  t: Translator,
): Record<string, unknown> {
  if (typeof payload.originalLanguage !== 'string' || !payload.originalLanguage) return fields;
  const mine = translationFor(payload, t.locale);
  const filled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
  const translated = mine !== null && filled(mine.title);
  const note = translationNote(payload, t.locale, translated, t);
  if (translated) return { ...fields, title: mine.title, ...(filled(mine.post) ? { message: mine.post } : {}), note };
  return note ? { ...fields, note } : fields;
}

const HEADLINES: Record<string, MessageKey> = {
  'incident.opened': 'subscriber.headline.incidentOpened',
  'incident.updated': 'subscriber.headline.incidentUpdated',
  'incident.restored': 'subscriber.headline.incidentRestored',
  'maintenance.scheduled': 'subscriber.headline.maintenanceScheduled',
  'maintenance.unplanned': 'subscriber.headline.maintenanceUnplanned',
  'maintenance.updated': 'subscriber.headline.maintenanceUpdated',
  'maintenance.cancelled': 'subscriber.headline.maintenanceCancelled',
  'maintenance.started': 'subscriber.headline.maintenanceStarted',
  'maintenance.completed': 'subscriber.headline.maintenanceCompleted',
};

const headlineOf = (t: Translator, eventType: string) => t.t(HEADLINES[eventType] ?? 'subscriber.headline.other');

// The header is white on the primary colour, which saveBranding checks for contrast against white.
function layout(brand: MailBrand, body: Html, links: SubscriberLinks, t: Translator, title: string): string {
  const pageName = brand.pageName;
  const logo = brand.logoUrl
    ? html`<img src="${safeUrl(brand.logoUrl)}" alt="" height="24" style="vertical-align:middle;margin-inline-end:.5rem">`
    : '';
  const support = brand.supportUrl
    ? html` · <a href="${safeUrl(brand.supportUrl)}">${t.t('common.contactSupport')}</a>`
    : '';
  return html`<!doctype html><html lang="${t.locale}" dir="${t.dir}"><head><title>${title}</title></head><body dir="${t.dir}" style="font-family:Segoe UI,Helvetica,Arial,sans-serif;max-width:36rem;color:#1b1b1b;text-align:${t.dir === 'rtl' ? 'right' : 'left'}">
<p style="background:${brand.primaryColor};color:#ffffff;padding:.5rem .75rem;border-radius:4px">${logo}${pageName}</p>${body}
<p style="color:#57606a;font-size:.9em;border-top:1px solid #d0d7de;padding-top:.5rem">${t.t('subscriber.why', { pageName })}
<a href="${links.manage}">${t.t('subscriber.manage')}</a> · <a href="${links.unsubscribe}">${t.t('subscriber.unsubscribe')}</a>${support}</p></body></html>`
    .markup;
}

const footerText = (brand: MailBrand, links: SubscriberLinks, t: Translator) => {
  const labelled = (label: MessageKey, value: string) => t.t('common.labelValue', { label: t.t(label), value });
  return `\n--\n${t.t('subscriber.why', { pageName: brand.pageName })}\n${labelled('subscriber.manage', links.manage)}\n${labelled('subscriber.unsubscribe', links.unsubscribe)}\n${brand.supportUrl ? `${labelled('subscriber.support', brand.supportUrl)}\n` : ''}`;
};

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
  /** Whether the words are a translation, in the reader's language (fieldsIn). */
  note?: string;
}

/** The window in UTC (the zone named), as the public page shows it: subscribers have no time zone of their own. */
const whenOf = (f: NoticeFields, t: Translator) =>
  f.startsAt
    ? f.endsAt
      ? t.t('common.range', { start: t.dateTime(f.startsAt, 'UTC'), end: t.dateTime(f.endsAt, 'UTC') })
      : t.dateTime(f.startsAt, 'UTC')
    : '';

/** A public notice as a Slack or Teams card: the same fields the mail shows, a button to the page. */
export function subscriberNoticeCard(fields: Record<string, unknown>, eventType: string, t: Translator): NoticeCard {
  const f = fields as unknown as NoticeFields;
  const facts = [
    { label: t.t('subscriber.services'), value: f.services.length ? t.list(f.services) : '' },
    { label: t.t('subscriber.regions'), value: f.regions.length ? t.list(f.regions) : '' },
    { label: t.t('subscriber.when'), value: whenOf(f, t) },
    { label: t.t('subscriber.expectedImpact'), value: f.impact ?? '' },
  ].filter((x) => x.value);
  return {
    heading: headlineOf(t, eventType),
    title: f.title,
    summary: f.note ? `${f.note}\n\n${f.message}` : f.message,
    facts,
    open: { label: t.t('subscriber.seeStatusPage'), url: f.url },
  };
}

/** The first chat message, whose 2xx confirms a Slack or Teams subscriber (it cannot answer a challenge). */
export function subscriberWelcomeCard(pageName: string, links: SubscriberLinks, t: Translator): NoticeCard {
  return {
    heading: t.t('subscriber.subscribed'),
    title: pageName,
    summary: t.t('subscriber.welcome', { pageName }),
    facts: [],
    open: { label: t.t('subscriber.changeOrUnsubscribe'), url: links.manage },
  };
}

/** The context line under every chat message: where it came from and how to stop it. */
export const subscriberChatContext = (pageName: string, links: SubscriberLinks, t: Translator) =>
  t.t('subscriber.chatContext', { pageName, url: links.manage });

export function renderSubscriberNotice(
  brand: MailBrand,
  fields: Record<string, unknown>,
  links: SubscriberLinks,
  eventType: string,
  t: Translator,
): RenderedMail {
  const pageName = brand.pageName;
  const f = fields as unknown as NoticeFields;
  const where = [f.services.length ? t.list(f.services) : '', f.regions.length ? t.list(f.regions) : '']
    .filter(Boolean)
    .join(' · ');
  const when = whenOf(f, t);
  const headline = t.t('common.headline', { heading: headlineOf(t, eventType), title: f.title });
  const subject = t.t('notice.subject.organization', { organization: pageName, headline });
  const impact = f.impact ? t.t('common.labelValue', { label: t.t('subscriber.expectedImpact'), value: f.impact }) : '';
  const text = [
    headline,
    where,
    when,
    impact,
    '',
    ...(f.note ? [f.note, ''] : []),
    f.message,
    '',
    t.t('common.labelValue', { label: t.t('subscriber.statusPage'), value: f.url }),
  ]
    .filter((l, i) => l || i >= 4)
    .join('\n');
  const body = html`<h1 style="font-size:1.3rem">${headline}</h1><p style="color:#57606a">${where}${when && html`<br>${when}`}${impact && html`<br>${impact}`}</p>
${f.note ? html`<p style="font-size:12px;color:#616161"><em>${f.note}</em></p>` : ''}${paragraphs(f.message)}<p><a href="${f.url}">${t.t('subscriber.seeStatusPage')}</a></p>`;
  return { subject, text: text + footerText(brand, links, t), html: layout(brand, body, links, t, subject) };
}

export function renderSubscriberMail(
  template: 'subscriber-confirm' | 'subscriber-already',
  brand: MailBrand,
  links: SubscriberLinks,
  t: Translator,
): RenderedMail {
  const pageName = brand.pageName;
  if (template === 'subscriber-confirm') {
    const subject = t.t('subscriber.confirm.subject', { pageName });
    const asked = t.t('subscriber.confirm.body', { pageName });
    const ignore = t.t('subscriber.confirm.ignore');
    const confirm = t.t('subscriber.confirm.link');
    return {
      subject,
      text: `${asked}\n${t.t('common.labelValue', { label: confirm, value: links.confirm ?? '' })}\n\n${ignore}${footerText(brand, links, t)}`,
      html: layout(
        brand,
        html`<p>${asked}</p><p><a href="${links.confirm ?? ''}">${confirm}</a></p><p>${ignore}</p>`,
        links,
        t,
        subject,
      ),
    };
  }
  const subject = t.t('subscriber.already.subject', { pageName });
  const already = t.t('subscriber.already.body', { pageName });
  const change = t.t('subscriber.already.link');
  return {
    subject,
    text: `${already}\n${t.t('common.labelValue', { label: change, value: links.manage })}${footerText(brand, links, t)}`,
    html: layout(brand, html`<p>${already}</p><p><a href="${links.manage}">${change}</a></p>`, links, t, subject),
  };
}
