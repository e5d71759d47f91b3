// The public status page: plain HTML and inline CSS, readable without JavaScript, the same bytes
// live at /status and in the static backup site. Links are relative, so the page works from any
// folder a static web server puts it in.
import type { ComponentStatus, PublicIncident, PublicStatus } from '../../app/serviceHealth/publicStatus.js';
import type { PublicMaintenance } from '../../app/updates/maintenanceLookup.js';
import type { StatuspageView } from '../presenters/statuspage.js';
import { html, paragraphs, raw, safeUrl, type Html } from '../../html.js';
import { utcTime } from './html.js';
import { cssColor } from './widgets.js';

const STATUS_WORDS: Record<ComponentStatus, string> = {
  operational: 'Operational',
  under_maintenance: 'Under maintenance',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
};

const INCIDENT_WORDS: Record<string, string> = {
  investigating: 'Investigating',
  serviceDegradation: 'Service degradation',
  serviceInterruption: 'Service interruption',
  restoringService: 'Restoring service',
  extendedRecovery: 'Extended recovery',
  verifyingService: 'Verifying service',
  serviceRestored: 'Service restored',
  falsePositive: 'False positive',
  postIncidentReviewPublished: 'Post-incident report published',
};

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
table{width:100%;border-collapse:collapse}td,th{padding:.35rem .4rem;text-align:left;vertical-align:middle;border-top:1px solid #eaeef2}
.s-operational{color:#1a7f37}.s-degraded_performance{color:#9a6700}.s-partial_outage{color:#bc4c00}.s-major_outage{color:#cf222e}.s-under_maintenance{color:#0969da}
.bars{display:flex;gap:1px;height:22px;min-width:270px}.bars span{flex:1;background:#2da44e;border-radius:1px}
.bars .d{background:#d4a72c}.bars .x{background:#cf222e}
ol.posts{list-style:none;padding:0;margin:.5rem 0 0}ol.posts li{border-left:3px solid #d0d7de;padding:0 0 .5rem .7rem;margin:0 0 .4rem}
footer{margin:2rem 0 1rem;font-size:.9em}footer a{margin-right:1rem}
@media (max-width:600px){
section.card>table>thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
section.card>table,section.card>table>tbody{display:block}
section.card tr{display:grid;grid-template-columns:1fr auto;column-gap:.5rem;border-top:1px solid #eaeef2;padding:.4rem 0}
section.card td{border:0;padding:.1rem .4rem}
section.card td:nth-child(3){grid-column:1/-1}section.card .bars{min-width:0}
section.card td:nth-child(4){grid-column:1/-1}section.card td:nth-child(4)::before{content:"Uptime: "}
}
`);

function posts(i: PublicIncident): Html {
  const items = [...i.posts]
    .reverse()
    .map(
      (p) =>
        html`<li><strong>${INCIDENT_WORDS[p.status] ?? p.status}</strong> <span class="muted">${utcTime(p.at)}</span>${paragraphs(p.description)}</li>`,
    );
  return html`<ol class="posts">${items}</ol>`;
}

function incidentCard(i: PublicIncident, data: PublicStatus): Html {
  const services = i.services.map((s) => data.serviceNames[s] ?? s).join(', ');
  const when = i.endAt ? `${utcTime(i.startAt)} – ${utcTime(i.endAt)}` : `since ${utcTime(i.startAt)}`;
  return html`<article class="card" id="${i.id}"><h3>${i.title}</h3>
<p class="muted">${i.id} · ${INCIDENT_WORDS[i.status] ?? i.status} · ${i.severity} · ${services} · ${i.regions.join(', ')} · ${when}</p>
${i.userExperience && html`<p><strong>User experience:</strong> ${i.userExperience}</p>`}${i.workaround && html`<p><strong>Workaround:</strong> ${i.workaround}</p>`}${
    i.reportPublishedAt &&
    html`<p class="muted">A post-incident report was published on ${utcTime(i.reportPublishedAt)}; administrators find it on their service health dashboard.</p>`
  }${posts(i)}</article>`;
}

const MAINTENANCE_WORDS: Record<string, string> = {
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  verifying: 'Verifying',
  completed: 'Completed',
};

function maintenanceCard(m: PublicMaintenance): Html {
  return html`<article class="card" id="${m.id}"><h3>${m.title}</h3>
<p class="muted">${MAINTENANCE_WORDS[m.status] ?? m.status} · ${utcTime(m.scheduledFor)} – ${utcTime(m.scheduledUntil)} · ${m.regions.join(', ')} · expected impact: ${m.impact}</p></article>`;
}

function bars(days: PublicStatus['regions'][number]['components'][number]['days']): Html {
  const spans = days.map(
    (d) =>
      html`<span${d.worst === 'downtime' ? raw(' class="x"') : d.worst === 'degraded' ? raw(' class="d"') : ''} title="${d.date}: ${d.percent} %${d.incidentIds.length ? ` (${d.incidentIds.join(', ')})` : ''}"></span>`,
  );
  return html`<div class="bars" role="img" aria-label="uptime over the last ${days.length} days">${spans}</div>`;
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

const supportLink = (b: PublicStatus['branding']): Html | '' =>
  b.supportUrl ? html`<a href="${safeUrl(b.supportUrl)}">Contact support</a>` : '';

export function renderStatusPage(data: PublicStatus, view: StatuspageView): string {
  const active = data.incidents.filter((i) => !i.isResolved);
  const history = data.incidents.filter((i) => i.isResolved);
  const upcoming = data.maintenances.filter((m) => m.status !== 'completed');
  const regions = data.regions.map(
    (
      r,
    ) => html`<section class="card" id="${r.id}"><h3>${r.name} <span class="muted">${r.code}</span> — <span class="s-${r.status}">${STATUS_WORDS[r.status]}</span></h3>
<table><thead><tr><th>Service</th><th>Status</th><th>Last 90 days</th><th>Uptime</th></tr></thead><tbody>${r.components.map(
      (c) =>
        html`<tr id="${c.id}"><td>${c.name}</td><td class="s-${c.status}">${STATUS_WORDS[c.status]}</td><td>${bars(c.days)}</td><td>${c.uptimePercent} %</td></tr>`,
    )}</tbody></table></section>`,
  );
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${data.pageName}</title>
<link rel="alternate" type="application/atom+xml" title="Incident history (Atom)" href="history.atom">
<link rel="alternate" type="application/rss+xml" title="Incident history (RSS)" href="history.rss">
<style>${STYLE}${brandStyle(data.branding)}</style></head>
<body><main>
${brandHeader(data.branding)}
<p class="banner ${view.status.indicator}">${view.status.description}</p>
<p class="muted">Last change ${utcTime(data.updatedAt)}. Times are in UTC.</p>
<h2>Active incidents</h2>
${active.length ? line(active.map((i) => incidentCard(i, data))) : html`<p class="card">No incidents right now.</p>\n`}<h2>Scheduled maintenance</h2>
${upcoming.length ? line(upcoming.map(maintenanceCard)) : html`<p class="card">No maintenance with expected impact is scheduled.</p>\n`}<h2>Services by region</h2>
${regions.length ? line(regions) : html`<p class="card">No services to show yet.</p>\n`}<h2>History (last 90 days)</h2>
${history.length ? line(history.map((i) => html`<details class="card"><summary>${utcTime(i.startAt)} — ${i.title} (${i.id})</summary>${incidentCard(i, data)}</details>`)) : html`<p class="card">No incidents in the last 90 days.</p>\n`}<footer>${supportLink(data.branding)}<a href="subscribe">Subscribe to updates</a><a href="api/v2/summary.json">summary.json</a><a href="history.atom">Atom</a><a href="history.rss">RSS</a><a href="api/v2/maintenance.ics">Maintenance calendar (iCal)</a></footer>
</main></body></html>
`.markup;
}
