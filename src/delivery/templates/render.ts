// Turns an event's payload into the words one person reads: a subject, a plain-text and an HTML
// body for email, and a short title and body for push and the in-app list. Pure: the worker
// passes everything in, including the reader's locale and time zone.
//
// Every template reads the payload fields named in src/domain/events.ts (`title`, `summary`,
// `url`, `startsAt`, …); lists are read from where their publisher puts them: a digest's
// `messages`, "your administrators"' `admins`, otherwise `items` ([{ title, url?, detail? }]).
import { DateTime } from 'luxon';
import type { TemplateName } from '../../domain/policies.js';
import { withoutAnnouncementPrefix } from '../../domain/maintenance.js';
import { html, safeUrl } from '../../html.js';
import { labelsFor, type FieldKey, type Labels } from './labels.js';

export interface NoticeInput {
  template: TemplateName;
  /** The policy rule that chose the reader, named in the footer. */
  rule: string;
  payload: Record<string, unknown>;
  recipient: { name: string; locale: string; timeZone: string };
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

interface TemplateSpec {
  heading: (l: Labels, p: Record<string, unknown>) => string;
  fields: FieldKey[];
  items?: (p: Record<string, unknown>, input: NoticeInput) => Item[];
  /** Names the reader's organization and its affected environments (the seed's "organization-specific email"). */
  organizational?: boolean;
  /** The paragraph under the heading when it is not the payload's `summary`. */
  lead?: (p: Record<string, unknown>) => unknown;
}

/** An incident's notice leads with the post that caused it: what changed is what the reader wants first. */
const incidentPost = (p: Record<string, unknown>): unknown => p.post;

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

const SPECS: Record<TemplateName, TemplateSpec> = {
  'planned-maintenance': { heading: (l) => l.plannedMaintenance, fields: MAINTENANCE_FIELDS, organizational: true },
  'maintenance-updated': { heading: (l) => l.maintenanceUpdated, fields: MAINTENANCE_FIELDS, organizational: true },
  'maintenance-cancelled': {
    heading: (l) => l.maintenanceCancelled,
    fields: ['services', 'regions', 'startsAt', 'endsAt'],
  },
  'unplanned-maintenance': { heading: (l) => l.unplannedMaintenance, fields: MAINTENANCE_FIELDS, organizational: true },
  incident: {
    heading: (l, p) => (p.classification === 'advisory' ? l.serviceAdvisory : l.serviceIncident),
    fields: INCIDENT_FIELDS,
    organizational: true,
    lead: incidentPost,
  },
  'incident-updated': {
    heading: (l) => l.incidentUpdate,
    fields: INCIDENT_FIELDS,
    organizational: true,
    lead: incidentPost,
  },
  'service-restored': {
    heading: (l) => l.serviceRestored,
    fields: ['services', 'startsAt', 'endsAt'],
    organizational: true,
    lead: incidentPost,
  },
  'post-incident-report': {
    heading: (l) => l.postIncidentReport,
    fields: ['services', 'userExperience', 'startsAt', 'endsAt', 'rootCause', 'nextSteps'],
  },
  'operator-reminder': { heading: (l) => l.actionNeeded, fields: ['status', 'severity', 'actionRequiredBy'] },
  release: { heading: (l) => l.messageCenter, fields: ['services', 'regions', 'startsAt', 'releaseNotesUrl'] },
  'message-center-post': { heading: (l) => l.messageCenter, fields: ['services', 'actionRequiredBy'] },
  'message-updated': { heading: (l) => l.messageUpdated, fields: ['services', 'actionRequiredBy'] },
  'message-action-due': { heading: (l) => l.actionRequiredBy, fields: ['services', 'actionRequiredBy'] },
  'message-digest': {
    heading: (l) => l.digest,
    fields: [],
    items: (p, input) => listOf(p.messages).map((m) => messageItem(m, input)),
  },
  'message-shared': { heading: (l) => l.sharedWithYou, fields: ['note', 'services', 'actionRequiredBy'] },
  lifecycle: { heading: (l) => l.messageCenter, fields: [] },
  'your-admins': { heading: (l) => l.yourAdmins, fields: [], items: (p) => listOf(p.admins).map(adminsItem) },
  'webhook-paused': { heading: (l) => l.webhookPaused, fields: [] },
  'sla-claim-decided': { heading: (l) => l.slaClaim, fields: ['status', 'services'] },
  'ticket-updated': { heading: (l) => l.ticketUpdated, fields: ['status'] },
  // The reply itself leads: the reader should not have to open the console to read it.
  'ticket-reply': { heading: (l) => l.ticketReply, fields: ['status', 'severity'], lead: (p) => p.reply },
  // A product team's on-call email (src/delivery/channels/pagerDuty.ts has its webhook shape).
  'team-page': { heading: (l) => l.actionNeeded, fields: ['status', 'severity', 'services', 'regions', 'startsAt'] },
};

const MAINTENANCE_TEMPLATES = new Set<TemplateName>([
  'planned-maintenance',
  'maintenance-updated',
  'maintenance-cancelled',
  'unplanned-maintenance',
]);

const TIME_FIELDS = new Set<FieldKey>(['startsAt', 'endsAt', 'actionRequiredBy']);

const formatted = new Map<string, string>();

/**
 * An ISO UTC time in the reader's zone and words: "Nov 25, 2026, 12:04 PM EST". Remembered: one
 * event's times are shown to thousands of readers in a handful of languages and zones.
 */
function formatTime(iso: string, locale: string, timeZone: string): string {
  const key = `${iso}|${locale}|${timeZone}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const t = DateTime.fromISO(iso, { zone: 'utc' });
    text = t.isValid
      ? t
          .setZone(timeZone)
          .setLocale(locale)
          .toLocaleString({ ...DateTime.DATETIME_MED, timeZoneName: 'short' })
      : iso;
    if (formatted.size > 10_000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

/**
 * Formats one time, so that the first notice a worker sends does not also pay for loading the
 * locale and time-zone data behind Intl (about 150 ms, once per process): the first message of a
 * large announcement is the one whose latency people notice.
 */
export function warmUpRendering(): void {
  DateTime.fromISO('2026-01-01T00:00:00.000Z', { zone: 'utc' })
    .setZone('Europe/Paris')
    .setLocale('en-US')
    .toLocaleString({ ...DateTime.DATETIME_MED, timeZoneName: 'short' });
}

function fieldValue(key: FieldKey, value: unknown, input: NoticeInput): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : null;
  if (TIME_FIELDS.has(key) && typeof value === 'string')
    return formatTime(value, input.recipient.locale, input.recipient.timeZone);
  if (key === 'durationMinutes' && typeof value === 'number') {
    return new Intl.NumberFormat(input.recipient.locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(
      value,
    );
  }
  return String(value);
}

type Row = Record<string, unknown>;
const listOf = (value: unknown): Row[] =>
  Array.isArray(value) ? value.filter((v): v is Row => typeof v === 'object' && v !== null) : [];
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function messageItem(m: Row, input: NoticeInput): Item {
  const due = str(m.actionRequiredBy);
  const l = labelsFor(input.recipient.locale);
  return {
    title: str(m.title),
    url: str(m.url) || undefined,
    detail: due
      ? `${l.actionRequiredBy} ${formatTime(due, input.recipient.locale, input.recipient.timeZone)}`
      : undefined,
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

export function renderNotice(input: NoticeInput): RenderedNotice {
  const l = labelsFor(input.recipient.locale);
  const spec = SPECS[input.template];
  const p = input.payload;
  const heading = spec.heading(l, p);
  const bare = typeof p.title === 'string' && p.title.trim() ? p.title.trim() : '';
  // One prefix in the subject: the heading says "Planned maintenance", the title does not again.
  const title = MAINTENANCE_TEMPLATES.has(input.template) ? withoutAnnouncementPrefix(bare) : bare;
  const org = spec.organizational ? input.organization : null;
  const subject = [org ? `[${org.name}] ` : '', heading, title ? `: ${title}` : ''].join('');
  const trimmedText = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
  const summary = trimmedText(spec.lead?.(p)) || trimmedText(p.summary);
  const fields = spec.fields.flatMap((key) => {
    const value = fieldValue(key, p[key], input);
    return value === null ? [] : [{ label: l.fields[key], value, link: key === 'releaseNotesUrl' }];
  });
  const items = (spec.items ?? plainItems)(p, input).filter((i) => i.title);

  const text = [
    l.hello(input.recipient.name),
    '',
    title ? `${heading}: ${title}` : heading,
    ...(summary ? ['', summary] : []),
    ...(org
      ? [
          '',
          `${l.yourOrganization}: ${org.name}`,
          ...(org.environments.length
            ? [`${l.affectedEnvironments}:`, ...org.environments.map((e) => `  - ${e.name} (${e.url})`)]
            : []),
        ]
      : []),
    ...(fields.length ? ['', ...fields.map((f) => `${f.label}: ${f.value}`)] : []),
    ...(items.length
      ? ['', ...items.map((i) => `  - ${i.title}${i.detail ? ` — ${i.detail}` : ''}${i.url ? ` <${i.url}>` : ''}`)]
      : []),
    '',
    `${l.open}: ${input.links.open}`,
    '',
    '-- ',
    l.why(input.rule),
    `${l.preferences}: ${input.links.preferences}`,
    ...(input.links.unsubscribe ? [`${l.unsubscribe}: ${input.links.unsubscribe}`] : []),
  ].join('\n');

  const link = (url: string, text: string) => html`<a href="${safeUrl(url)}">${text}</a>`;
  const body = html`<!doctype html><html><body style="font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#1b1b1b;max-width:640px">
<p>${l.hello(input.recipient.name)}</p>
<h1 style="font-size:20px">${title ? `${heading}: ${title}` : heading}</h1>
${summary ? summary.split(/\n{2,}/).map((para) => html`<p>${para}</p>\n`) : ''}${
    org
      ? html`<p><strong>${l.yourOrganization}:</strong> ${org.name}</p>
${org.environments.length ? html`<p><strong>${l.affectedEnvironments}:</strong></p><ul>${org.environments.map((env) => html`<li>${env.name} (${link(env.url, env.url)})</li>`)}</ul>\n` : ''}`
      : ''
  }${
    fields.length
      ? html`<table style="border-collapse:collapse">
${fields.map((f) => html`<tr><th style="text-align:left;padding:4px 12px 4px 0;vertical-align:top">${f.label}</th><td style="padding:4px 0">${f.link ? link(f.value, f.value) : f.value}</td></tr>\n`)}</table>
`
      : ''
  }${items.length ? html`<ul>${items.map((i) => html`<li>${i.url ? link(i.url, i.title) : i.title}${i.detail ? ` — ${i.detail}` : ''}</li>`)}</ul>\n` : ''}<p><a href="${safeUrl(input.links.open)}" style="display:inline-block;padding:8px 16px;background:#0f6cbd;color:#fff;text-decoration:none;border-radius:4px">${l.open}</a></p>
<hr><p style="font-size:12px;color:#616161">${l.why(input.rule)}<br>${link(input.links.preferences, l.preferences)}${input.links.unsubscribe ? html` · ${link(input.links.unsubscribe, l.unsubscribe)}` : ''}</p></body></html>`;

  const card: NoticeCard = {
    heading,
    title,
    summary,
    facts: [
      ...(org ? [{ label: l.yourOrganization, value: org.name }] : []),
      ...fields.map(({ label, value }) => ({ label, value })),
    ],
    open: { label: l.open, url: input.links.open },
  };
  return {
    subject,
    text,
    html: body.markup,
    short: { title: subject, body: summary.slice(0, 240), url: input.links.open },
    card,
  };
}
