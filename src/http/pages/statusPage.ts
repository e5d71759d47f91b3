// The public status page: plain HTML and inline CSS, readable without JavaScript, the same bytes
// live at /status and in the static backup site (but for the language switch's links). Links are
// relative, so the page works from any folder a static web server puts it in. Its words come from
// the catalogue (src/i18n/) in the visitor's language; the language switch is plain links.
import type { ComponentStatus, PublicIncident, PublicStatus } from '../../app/serviceHealth/publicStatus.js';
import type { PublicMaintenance } from '../../app/updates/maintenanceLookup.js';
import type { StatuspageView } from '../presenters/statuspage.js';
import { html, paragraphs, raw, safeUrl, type Html } from '../../html.js';
import type { Translator } from '../../i18n/translator.js';
import { catalogueOf, LANGUAGES } from '../../i18n/locales.js';
import { cssColor } from './widgets.js';

/** Where the language switch's links go: `?lang=de` on the live page, a folder on the backup site. */
export type LanguageHref = (locale: string) => string;
export const liveLanguageHref: LanguageHref = (locale) => `?lang=${encodeURIComponent(locale)}`;

const HISTORY_DAYS = 90;
/** Public pages have no reader time zone to go by (and no JavaScript to find one): UTC, named. */
const at = (t: Translator, iso: string) => t.dateTime(iso, 'UTC');

// Below 600 px the regions' tables (the only tables in a section.card) become stacked rows: name and
// status, then the 90-day bars and the uptime on lines of their own, so nothing is off-screen on a phone.
const STYLE = raw(`
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
main{max-width:960px;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}h3{font-size:1rem;margin:0}
.banner{padding:.9rem 1rem;border-radius:6px;color:#fff;font-weight:600;background:#1a7f37}
.banner.minor{background:#9a6700}.banner.major{background:#bc4c00}.banner.critical{background:#cf222e}.banner.maintenance{background:#0969da}
.card{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:.8rem 1rem;margin:.5rem 0}
.muted{color:#57606a;font-size:.9em}
table{width:100%;border-collapse:collapse}td,th{padding:.35rem .4rem;text-align:start;vertical-align:middle;border-top:1px solid #eaeef2}
.s-operational{color:#1a7f37}.s-degraded_performance{color:#9a6700}.s-partial_outage{color:#bc4c00}.s-major_outage{color:#cf222e}.s-under_maintenance{color:#0969da}
.bars{display:flex;gap:1px;height:22px;min-width:270px}.bars span{flex:1;background:#2da44e;border-radius:1px}
.bars .d{background:#d4a72c}.bars .x{background:#cf222e}
ol.posts{list-style:none;padding:0;margin:.5rem 0 0}ol.posts li{border-inline-start:3px solid #d0d7de;padding-block:0 .5rem;padding-inline:.7rem 0;margin:0 0 .4rem}
footer{margin:2rem 0 1rem;font-size:.9em}footer a{margin-inline-end:1rem}
@media (max-width:600px){
section.card>table>thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
section.card>table,section.card>table>tbody{display:block}
section.card tr{display:grid;grid-template-columns:1fr auto;column-gap:.5rem;border-top:1px solid #eaeef2;padding:.4rem 0}
section.card td{border:0;padding:.1rem .4rem}
section.card td:nth-child(3){grid-column:1/-1}section.card .bars{min-width:0}
section.card td:nth-child(4){grid-column:1/-1}section.card td:nth-child(4)::before{content:attr(data-label) ": "}
}
nav.languages{margin:.5rem 0;font-size:.9em}nav.languages a{margin-inline-end:.8rem}nav.languages [aria-current]{font-weight:600;color:inherit;text-decoration:none}
`);

function posts(i: PublicIncident, t: Translator): Html {
  const items = [...i.posts]
    .reverse()
    .map(
      (p) =>
        html`<li><strong>${t.t('status.incident', { status: p.status })}</strong> <span class="muted">${at(t, p.at)}</span>${paragraphs(p.description)}</li>`,
    );
  return html`<ol class="posts">${items}</ol>`;
}

/**
 * What console readers and mail are told: "Translated from English" over an incident shown in its
 * translation; "You are reading the original (English)" over one translated into other languages
 * but not this one; nothing over one never translated.
 */
export function translationNote(i: PublicIncident, original: string, t: Translator): string {
  const base = original.split('-')[0]!;
  if (i.translated) return t.t('post.translatedFrom', { original: base });
  return Object.keys(i.translations).length && t.locale !== original
    ? t.t('post.readingOriginal', { original: base })
    : '';
}

function incidentCard(i: PublicIncident, data: PublicStatus, t: Translator): Html {
  const note = translationNote(i, data.originalLanguage, t);
  const services = t.list(i.services.map((s) => data.serviceNames[s] ?? s));
  const when = i.endAt
    ? t.t('common.range', { start: at(t, i.startAt), end: at(t, i.endAt) })
    : t.t('page.since', { time: at(t, i.startAt) });
  return html`<article class="card" id="${i.id}"><h3>${i.title}</h3>${note && html`<p class="muted"><em>${note}</em></p>`}
<p class="muted">${i.id} · ${t.t('status.incident', { status: i.status })} · ${t.t('status.severity', { severity: i.severity })} · ${services} · ${t.list(i.regions)} · ${when}</p>
${i.userExperience && html`<p><strong>${t.t('page.userExperience')}</strong> ${i.userExperience}</p>`}${i.workaround && html`<p><strong>${t.t('page.workaround')}</strong> ${i.workaround}</p>`}${
    i.reportPublishedAt &&
    html`<p class="muted">${t.t('page.reportPublished', { time: at(t, i.reportPublishedAt) })}</p>`
  }${posts(i, t)}</article>`;
}

const MAINTENANCE_WORDS: Record<string, string> = {
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  verifying: 'Verifying',
  completed: 'Completed',
};

function maintenanceCard(m: PublicMaintenance, t: Translator): Html {
  return html`<article class="card" id="${m.id}"><h3>${m.title}</h3>
<p class="muted">${t.t('status.maintenance', { status: m.status })} · ${t.t('common.range', { start: at(t, m.scheduledFor), end: at(t, m.scheduledUntil) })} · ${t.list(m.regions)} · ${t.t('page.expectedImpact', { impact: m.impact })}</p></article>`;
}

const percent = (t: Translator, value: number) => t.number(value / 100, { style: 'percent', maximumFractionDigits: 3 });

function bars(days: PublicStatus['regions'][number]['components'][number]['days'], t: Translator): Html {
  const spans = days.map(
    (d) =>
      html`<span${d.worst === 'downtime' ? raw(' class="x"') : d.worst === 'degraded' ? raw(' class="d"') : ''} title="${d.date}: ${percent(t, d.percent)}${d.incidentIds.length ? ` (${d.incidentIds.join(', ')})` : ''}"></span>`,
  );
  return html`<div class="bars" role="img" aria-label="${t.t('page.uptimeBars', { days: days.length })}">${spans}</div>`;
}

/** Every language in its own name, the current one marked: links, so it works without JavaScript. */
function languageSwitch(t: Translator, href: LanguageHref): Html {
  return html`<nav class="languages" aria-label="${t.t('language.switch')}">${LANGUAGES.map((l) => {
    const name = catalogueOf(l)['language.name'];
    return l === t.locale
      ? html`<a href="${href(l)}" lang="${l}" hreflang="${l}" aria-current="true">${name}</a>`
      : html`<a href="${href(l)}" lang="${l}" hreflang="${l}">${name}</a>`;
  })}</nav>`;
}

const line = (parts: readonly Html[]): Html[] => parts.map((p) => html`${p}\n`);

// Branding (src/app/branding.ts): the header on the primary colour, headings and links in the
// accent colour (both checked for contrast when saved), the logo and the support link.
function brandStyle(b: PublicStatus['branding']): Html {
  const primary = cssColor(b.primaryColor, '#24292f');
  const accent = cssColor(b.accentColor, '#0550ae');
  return raw(`.brand{display:flex;gap:.6rem;align-items:center;background:${primary};color:#fff;padding:.6rem 1rem;border-radius:6px}
.brand h1{margin:0}.brand img{max-height:36px;max-width:160px}h2,a{color:${accent}}`);
}

const brandHeader = (b: PublicStatus['branding']): Html =>
  html`<header class="brand">${b.logoUrl && html`<img src="${safeUrl(b.logoUrl)}" alt="">`}<h1>${b.pageName}</h1></header>`;

const supportLink = (b: PublicStatus['branding'], t: Translator): Html | '' =>
  b.supportUrl ? html`<a href="${safeUrl(b.supportUrl)}">${t.t('common.contactSupport')}</a>` : '';

export function renderStatusPage(
  data: PublicStatus,
  view: StatuspageView,
  t: Translator,
  languageHref: LanguageHref = liveLanguageHref,
): string {
  const active = data.incidents.filter((i) => !i.isResolved);
  const history = data.incidents.filter((i) => i.isResolved);
  const upcoming = data.maintenances.filter((m) => m.status !== 'completed');
  const regions = data.regions.map(
    (
      r,
    ) => html`<section class="card" id="${r.id}"><h3>${r.name} <span class="muted">${r.code}</span> — <span class="s-${r.status}">${t.t('status.component', { status: r.status })}</span></h3>
<table><thead><tr><th>${t.t('page.column.service')}</th><th>${t.t('page.column.status')}</th><th>${t.t('page.column.lastDays', { days: HISTORY_DAYS })}</th><th>${t.t('page.column.uptime')}</th></tr></thead><tbody>${r.components.map(
      (c) =>
        html`<tr id="${c.id}"><td>${c.name}</td><td class="s-${c.status}">${t.t('status.component', { status: c.status })}</td><td>${bars(c.days, t)}</td><td data-label="${t.t('page.column.uptime')}">${percent(t, c.uptimePercent)}</td></tr>`,
    )}</tbody></table></section>`,
  );
  return html`<!doctype html>
<html lang="${t.locale}" dir="${t.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${data.pageName}</title>
<link rel="alternate" type="application/atom+xml" title="${t.t('page.historyAtom')}" href="history.atom">
<link rel="alternate" type="application/rss+xml" title="${t.t('page.historyRss')}" href="history.rss">
${LANGUAGES.filter((l) => l !== t.locale).map(
  (l) => html`<link rel="alternate" hreflang="${l}" href="${languageHref(l)}">
`,
)}<style>${STYLE}${brandStyle(data.branding)}</style></head>
<body><main>
${brandHeader(data.branding)}
${languageSwitch(t, languageHref)}
<p class="banner ${view.status.indicator}">${t.t('status.indicator', { indicator: view.status.indicator })}</p>
<p class="muted">${t.t('page.lastChange', { time: at(t, data.updatedAt) })}</p>
<h2>${t.t('page.activeIncidents')}</h2>
${active.length ? line(active.map((i) => incidentCard(i, data, t))) : html`<p class="card">${t.t('page.noIncidents')}</p>\n`}<h2>${t.t('page.scheduledMaintenance')}</h2>
${upcoming.length ? line(upcoming.map((m) => maintenanceCard(m, t))) : html`<p class="card">${t.t('page.noMaintenance')}</p>\n`}<h2>${t.t('page.servicesByRegion')}</h2>
${regions.length ? line(regions) : html`<p class="card">${t.t('page.noServices')}</p>\n`}<h2>${t.t('page.history', { days: HISTORY_DAYS })}</h2>
${history.length ? line(history.map((i) => html`<details class="card"><summary>${at(t, i.startAt)} — ${i.title} (${i.id})</summary>${incidentCard(i, data, t)}</details>`)) : html`<p class="card">${t.t('page.noHistory', { days: HISTORY_DAYS })}</p>\n`}<footer>${supportLink(data.branding, t)}<a href="subscribe?lang=${t.locale}">${t.t('page.subscribe')}</a><a href="api/v2/summary.json">summary.json</a><a href="history.atom">Atom</a><a href="history.rss">RSS</a><a href="api/v2/maintenance.ics">${t.t('page.calendar')}</a></footer>
</main></body></html>
`.markup;
}
