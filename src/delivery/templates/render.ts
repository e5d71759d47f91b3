// Turns an event's payload into the words one person reads: a subject, a plain-text and an HTML
// body for email, and a short title and body for push and the in-app list. Pure: the worker
// passes everything in, including the reader's locale and time zone. The fixed words come from the
// catalogue (src/i18n/) in the reader's language; titles and bodies are whoever wrote the event's,
// in the reader's language when the post was translated (the payload's `translations`, keyed by
// language, with `originalLanguage`), with a note saying so.
//
// Every template reads the payload fields named in src/domain/events.ts (`title`, `summary`,
// `url`, `startsAt`, …); lists are read from where their publisher puts them: a digest's
// `messages`, "your administrators"' `admins`, otherwise `items` ([{ title, url?, detail? }]).
import type { TemplateName } from '../../domain/policies.js';
import { INCIDENT_STATUSES } from '../../domain/incidents.js';
import { withoutAnnouncementPrefix } from '../../domain/maintenance.js';
import { html, safeUrl } from '../../html.js';
import { readerTranslator, type MessageKey, type Translator } from '../../i18n/translator.js';
import type { Words } from '../../errors.js';

export interface NoticeInput {
  template: TemplateName;
  /** The policy rule that chose the reader, named in the footer. */
  rule: string;
  payload: Record<string, unknown>;
  /**
   * `locale`: the reader's own tag (null: none chosen); `fallbackLocales`: whose language follows when Herald has no
   * words for it (their tenant's default, then the provider's). Words come from the first that
   * matches a catalogue; dates and numbers use the reader's regional format when of that language.
   */
  recipient: { name: string; locale: string | null; timeZone: string; fallbackLocales?: readonly (string | null)[] };
  /** For organization-specific mail: the reader's tenant and its affected environments. */
  organization: { name: string; environments: { name: string; url: string }[] } | null;
  links: { open: string; preferences: string; unsubscribe: string | null };
}

export interface RenderedNotice {
  subject: string;
  text: string;
  html: string;
  /** For push and the in-app list. */
  short: { title: string; body: string; url: string };
  /** The same words as plain text parts, for chat messages (chat.ts escapes them per product). */
  card: NoticeCard;
}

export interface NoticeCard {
  heading: string;
  title: string;
  summary: string;
  facts: { label: string; value: string }[];
  open: { label: string; url: string };
}

interface Item {
  title: string;
  url?: string;
  detail?: string;
}

type Payload = Record<string, unknown>;

interface TemplateSpec {
  heading: (t: Translator, p: Payload) => string;
  fields: FieldKey[];
  items?: (p: Payload, input: NoticeInput, t: Translator) => Item[];
  /** Names the reader's organization and its affected environments (the seed's "organization-specific email"). */
  organizational?: boolean;
  /** The paragraph under the heading when it is not the payload's `summary`. */
  lead?: (p: Payload) => unknown;
  /** The title when the notice words it itself rather than carrying the payload's (an operator's words). */
  title?: (p: Payload, t: Translator) => string;
}

export type FieldKey =
  | 'status'
  | 'severity'
  | 'services'
  | 'regions'
  | 'impact'
  | 'durationMinutes'
  | 'userExperience'
  | 'startsAt'
  | 'endsAt'
  | 'workaround'
  | 'rootCause'
  | 'nextSteps'
  | 'actionRequiredBy'
  | 'releaseNotesUrl'
  | 'note';

/** An incident's notice leads with the post that caused it: what changed is what the reader wants first. */
const incidentPost = (p: Payload): unknown => p.post;

const INCIDENT_FIELDS: FieldKey[] = [
  'status',
  'severity',
  'services',
  'userExperience',
  'startsAt',
  'endsAt',
  'workaround',
];
// The window (startsAt, endsAt) in the reader's zone, and the estimated impact duration the policy
// says is posted with planned maintenance.
const MAINTENANCE_FIELDS: FieldKey[] = ['services', 'regions', 'impact', 'durationMinutes', 'startsAt', 'endsAt'];

const says =
  (key: MessageKey) =>
  (t: Translator): string =>
    t.t(key);

const SPECS: Record<TemplateName, TemplateSpec> = {
  'planned-maintenance': {
    heading: says('notice.heading.plannedMaintenance'),
    fields: MAINTENANCE_FIELDS,
    organizational: true,
  },
  'maintenance-updated': {
    heading: says('notice.heading.maintenanceUpdated'),
    fields: MAINTENANCE_FIELDS,
    organizational: true,
  },
  'maintenance-cancelled': {
    heading: says('notice.heading.maintenanceCancelled'),
    fields: ['services', 'regions', 'startsAt', 'endsAt'],
  },
  'unplanned-maintenance': {
    heading: says('notice.heading.unplannedMaintenance'),
    fields: MAINTENANCE_FIELDS,
    organizational: true,
  },
  incident: {
    heading: (t, p) =>
      t.t('notice.heading.incident', { classification: p.classification === 'advisory' ? 'advisory' : 'incident' }),
    fields: INCIDENT_FIELDS,
    organizational: true,
    lead: incidentPost,
  },
  'incident-updated': {
    heading: says('notice.heading.incidentUpdate'),
    fields: INCIDENT_FIELDS,
    organizational: true,
    lead: incidentPost,
  },
  'service-restored': {
    heading: says('notice.heading.serviceRestored'),
    fields: ['services', 'startsAt', 'endsAt'],
    organizational: true,
    lead: incidentPost,
  },
  'post-incident-report': {
    heading: says('notice.heading.postIncidentReport'),
    fields: ['services', 'userExperience', 'startsAt', 'endsAt', 'rootCause', 'nextSteps'],
  },
  'operator-reminder': {
    heading: says('notice.heading.actionNeeded'),
    fields: ['status', 'severity', 'actionRequiredBy'],
  },
  release: {
    heading: says('notice.heading.messageCenter'),
    fields: ['services', 'regions', 'startsAt', 'releaseNotesUrl'],
  },
  'message-center-post': { heading: says('notice.heading.messageCenter'), fields: ['services', 'actionRequiredBy'] },
  'message-updated': { heading: says('notice.heading.messageUpdated'), fields: ['services', 'actionRequiredBy'] },
  'message-action-due': { heading: says('notice.heading.actionRequiredBy'), fields: ['services', 'actionRequiredBy'] },
  'message-digest': {
    heading: says('notice.heading.digest'),
    fields: [],
    items: (p, input, t) => listOf(p.messages).map((m) => messageItem(m, input, t)),
    title: (p, t) => t.t('notice.digest.title', { count: listOf(p.messages).length, week: str(p.week) }),
  },
  'message-shared': { heading: says('notice.heading.sharedWithYou'), fields: ['note', 'services', 'actionRequiredBy'] },
  lifecycle: { heading: says('notice.heading.messageCenter'), fields: [] },
  'your-admins': {
    heading: says('notice.heading.yourAdmins'),
    fields: [],
    items: (p) => listOf(p.admins).map(adminsItem),
  },
  'webhook-paused': { heading: says('notice.heading.webhookPaused'), fields: [] },
  'sla-claim-decided': { heading: says('notice.heading.slaClaim'), fields: ['status', 'services'] },
  'ticket-updated': { heading: says('notice.heading.ticketUpdated'), fields: ['status'] },
  // The reply itself leads: the reader should not have to open the console to read it.
  'ticket-reply': { heading: says('notice.heading.ticketReply'), fields: ['status', 'severity'], lead: (p) => p.reply },
  // A product team's on-call email (src/delivery/channels/pagerDuty.ts has its webhook shape).
  'team-page': {
    heading: says('notice.heading.actionNeeded'),
    fields: ['status', 'severity', 'services', 'regions', 'startsAt'],
  },
};

/** Every template, for whoever checks them all (the pseudo-locale test renders each). */
export const NOTICE_TEMPLATES = Object.keys(SPECS) as TemplateName[];

const MAINTENANCE_TEMPLATES = new Set<TemplateName>([
  'planned-maintenance',
  'maintenance-updated',
  'maintenance-cancelled',
  'unplanned-maintenance',
]);

const TIME_FIELDS = new Set<FieldKey>(['startsAt', 'endsAt', 'actionRequiredBy']);
const FIELD_LABELS: Record<FieldKey, MessageKey> = {
  status: 'notice.field.status',
  severity: 'notice.field.severity',
  services: 'notice.field.services',
  regions: 'notice.field.regions',
  impact: 'notice.field.impact',
  durationMinutes: 'notice.field.durationMinutes',
  userExperience: 'notice.field.userExperience',
  startsAt: 'notice.field.startsAt',
  endsAt: 'notice.field.endsAt',
  workaround: 'notice.field.workaround',
  rootCause: 'notice.field.rootCause',
  nextSteps: 'notice.field.nextSteps',
  actionRequiredBy: 'notice.field.actionRequiredBy',
  releaseNotesUrl: 'notice.field.releaseNotesUrl',
  note: 'notice.field.note',
};
const INCIDENT_STATUS_SET = new Set<string>(INCIDENT_STATUSES);

/**
 * Formats one time, so that the first notice a worker sends does not also pay for loading the
 * locale and time-zone data behind Intl (about 150 ms, once per process): the first message of a
 * large announcement is the one whose latency people notice.
 */
export function warmUpRendering(): void {
  readerTranslator(['en-US']).dateTime('2026-01-01T00:00:00.000Z', 'Europe/Paris');
}

function fieldValue(key: FieldKey, value: unknown, input: NoticeInput, t: Translator): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return value.length ? t.list(value.map(String)) : null;
  if (TIME_FIELDS.has(key) && typeof value === 'string') return t.dateTime(value, input.recipient.timeZone);
  if (key === 'durationMinutes' && typeof value === 'number') return t.t('notice.minutes', { minutes: value });
  // An incident's status and a severity are Herald's words; a ticket's or a claim's status is shown as stored.
  if (key === 'status' && typeof value === 'string' && INCIDENT_STATUS_SET.has(value))
    return t.t('status.incident', { status: value });
  if (key === 'severity' && (value === 'minor' || value === 'major'))
    return t.t('status.severity', { severity: value });
  return String(value);
}

type Row = Record<string, unknown>;
const listOf = (value: unknown): Row[] =>
  Array.isArray(value) ? value.filter((v): v is Row => typeof v === 'object' && v !== null) : [];
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A digest's post: its title in the reader's language when an operator translated it. */
function messageItem(m: Row, input: NoticeInput, t: Translator): Item {
  const due = str(m.actionRequiredBy);
  return {
    title: str(translationFor(m, t.locale)?.title) || str(m.title),
    url: str(m.url) || undefined,
    detail: due ? t.t('notice.actBy', { time: t.dateTime(due, input.recipient.timeZone) }) : undefined,
  };
}

function adminsItem(e: Row): Item {
  const people = [...listOf(e.orgAdmins), ...listOf(e.systemAdmins)].map((a) => `${str(a.name)} <${str(a.email)}>`);
  return {
    title: [str(e.environmentName), str(e.tenantName)].filter(Boolean).join(', '),
    url: str(e.url) || undefined,
    detail: [...new Set(people)].join('; ') || undefined,
  };
}

const plainItems = (p: Row): Item[] => listOf(p.items).filter((i) => typeof i.title === 'string') as unknown as Item[];

/** The words an operator translated into the reader's language, if any, from the payload's `translations`. */
export function translationFor(p: Payload, locale: string): Row | null {
  const all = p.translations;
  if (typeof all !== 'object' || all === null) return null;
  const mine = (all as Record<string, unknown>)[locale];
  return typeof mine === 'object' && mine !== null ? (mine as Row) : null;
}

/**
 * "Translated from English" over a translated post; "You are reading the original (English)" when
 * the post has translations but none in the reader's language; nothing otherwise.
 */
export function translationNote(p: Payload, locale: string, translated: boolean, t: Translator): string {
  const original = str(p.originalLanguage);
  if (!original) return '';
  const base = original.split('-')[0]!;
  if (translated) return t.t('post.translatedFrom', { original: base });
  const others = typeof p.translations === 'object' && p.translations !== null && Object.keys(p.translations).length;
  return others && locale !== original ? t.t('post.readingOriginal', { original: base }) : '';
}

/** The reader's words: their own locale, else their tenant's, else the provider's. */
export const noticeTranslator = (input: NoticeInput): Translator =>
  readerTranslator([input.recipient.locale, ...(input.recipient.fallbackLocales ?? [])]);

export function renderNotice(input: NoticeInput): RenderedNotice {
  const t = noticeTranslator(input);
  const spec = SPECS[input.template];
  const translation = translationFor(input.payload, t.locale);
  // The translated words stand in for the original's; everything else of the payload is the same.
  const p: Payload = translation
    ? {
        ...input.payload,
        ...Object.fromEntries(
          ['title', 'summary', 'bodyHtml', 'post'].flatMap((k) => (str(translation[k]) ? [[k, translation[k]]] : [])),
        ),
      }
    : input.payload;
  const languageNote = translationNote(input.payload, t.locale, translation !== null, t);
  const heading = spec.heading(t, p);
  const bare = spec.title ? spec.title(p, t) : typeof p.title === 'string' && p.title.trim() ? p.title.trim() : '';
  // One prefix in the subject: the heading says "Planned maintenance", the title does not again.
  const title = MAINTENANCE_TEMPLATES.has(input.template) ? withoutAnnouncementPrefix(bare) : bare;
  const headline = title ? t.t('common.headline', { heading, title }) : heading;
  const org = spec.organizational ? input.organization : null;
  const subject = org ? t.t('notice.subject.organization', { organization: org.name, headline }) : headline;
  const trimmedText = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
  const summary = trimmedText(spec.lead?.(p)) || trimmedText(p.summary);
  const fields = spec.fields.flatMap((key) => {
    const value = fieldValue(key, p[key], input, t);
    return value === null ? [] : [{ label: t.t(FIELD_LABELS[key]), value, link: key === 'releaseNotesUrl' }];
  });
  const items = (spec.items ?? plainItems)(p, input, t).filter((i) => i.title);
  const labelled = (label: string, value: string) => t.t('common.labelValue', { label, value });
  const hello = t.t('notice.hello', { name: input.recipient.name });
  const yourOrganization = t.t('notice.yourOrganization');
  const affected = org ? t.t('notice.affectedEnvironments', { count: org.environments.length }) : '';
  const open = t.t('notice.open');
  const why = t.t('notice.why', { rule: input.rule });
  const preferences = t.t('notice.preferences');
  const unsubscribe = t.t('notice.unsubscribe');

  const text = [
    hello,
    '',
    headline,
    ...(languageNote ? ['', languageNote] : []),
    ...(summary ? ['', summary] : []),
    ...(org
      ? [
          '',
          labelled(yourOrganization, org.name),
          ...(org.environments.length ? [affected, ...org.environments.map((e) => `  - ${e.name} (${e.url})`)] : []),
        ]
      : []),
    ...(fields.length ? ['', ...fields.map((f) => labelled(f.label, f.value))] : []),
    ...(items.length
      ? ['', ...items.map((i) => `  - ${i.title}${i.detail ? ` — ${i.detail}` : ''}${i.url ? ` <${i.url}>` : ''}`)]
      : []),
    '',
    labelled(open, input.links.open),
    '',
    '-- ',
    why,
    labelled(preferences, input.links.preferences),
    ...(input.links.unsubscribe ? [labelled(unsubscribe, input.links.unsubscribe)] : []),
  ].join('\n');

  // Right to left for Arabic: the document's direction, and the table's labels on the start side.
  const start = t.dir === 'rtl' ? 'right' : 'left';
  const thPadding = t.dir === 'rtl' ? '4px 0 4px 12px' : '4px 12px 4px 0';
  const link = (url: string, text: string) => html`<a href="${safeUrl(url)}">${text}</a>`;
  const body = html`<!doctype html><html lang="${t.locale}" dir="${t.dir}"><head><title>${subject}</title></head><body dir="${t.dir}" style="font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#1b1b1b;max-width:640px;text-align:${start}">
<p>${hello}</p>
<h1 style="font-size:20px">${headline}</h1>
${languageNote ? html`<p style="font-size:12px;color:#616161"><em>${languageNote}</em></p>\n` : ''}${summary ? summary.split(/\n{2,}/).map((para) => html`<p>${para}</p>\n`) : ''}${
    org
      ? html`<p>${t.html('common.labelValue', { label: html`<strong>${yourOrganization}</strong>`, value: org.name })}</p>
${org.environments.length ? html`<p><strong>${affected}</strong></p><ul>${org.environments.map((env) => html`<li>${env.name} (${link(env.url, env.url)})</li>`)}</ul>\n` : ''}`
      : ''
  }${
    fields.length
      ? html`<table style="border-collapse:collapse">
${fields.map((f) => html`<tr><th style="text-align:${start};padding:${thPadding};vertical-align:top">${f.label}</th><td style="padding:4px 0">${f.link ? link(f.value, f.value) : f.value}</td></tr>\n`)}</table>
`
      : ''
  }${items.length ? html`<ul>${items.map((i) => html`<li>${i.url ? link(i.url, i.title) : i.title}${i.detail ? ` — ${i.detail}` : ''}</li>`)}</ul>\n` : ''}<p><a href="${safeUrl(input.links.open)}" style="display:inline-block;padding:8px 16px;background:#0f6cbd;color:#fff;text-decoration:none;border-radius:4px">${open}</a></p>
<hr><p style="font-size:12px;color:#616161">${why}<br>${link(input.links.preferences, preferences)}${input.links.unsubscribe ? html` · ${link(input.links.unsubscribe, unsubscribe)}` : ''}</p></body></html>`;

  const card: NoticeCard = {
    heading,
    title,
    summary,
    facts: [
      ...(org ? [{ label: yourOrganization, value: org.name }] : []),
      ...fields.map(({ label, value }) => ({ label, value })),
    ],
    open: { label: open, url: input.links.open },
  };
  return {
    subject,
    text,
    html: body.markup,
    short: { title: subject, body: summary.slice(0, 240), url: input.links.open },
    card,
  };
}
