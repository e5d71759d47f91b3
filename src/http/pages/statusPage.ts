// The public status page: plain HTML and inline CSS, readable without JavaScript, the same bytes
// live at /status and in the static backup site. Links are relative, so the page works from any
// folder a static web server puts it in.
import type { ComponentStatus, PublicIncident, PublicStatus } from '../../app/serviceHealth/publicStatus.js';
import type { PublicMaintenance } from '../../app/updates/maintenanceLookup.js';
import type { StatuspageView } from '../presenters/statuspage.js';
import { escapeHtml as e, paragraphs, utcTime } from './html.js';

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

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
main{max-width:960px;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}h3{font-size:1rem;margin:0}
.banner{padding:.9rem 1rem;border-radius:6px;color:#fff;font-weight:600;background:#1f883d}
.banner.minor{background:#bf8700}.banner.major{background:#d1580b}.banner.critical{background:#cf222e}.banner.maintenance{background:#0969da}
.card{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:.8rem 1rem;margin:.5rem 0}
.muted{color:#57606a;font-size:.9em}
table{width:100%;border-collapse:collapse}td,th{padding:.35rem .4rem;text-align:left;vertical-align:middle;border-top:1px solid #eaeef2}
.s-operational{color:#1f883d}.s-degraded_performance{color:#bf8700}.s-partial_outage{color:#d1580b}.s-major_outage{color:#cf222e}.s-under_maintenance{color:#0969da}
.bars{display:flex;gap:1px;height:22px;min-width:270px}.bars span{flex:1;background:#2da44e;border-radius:1px}
.bars .d{background:#d4a72c}.bars .x{background:#cf222e}
ol.posts{list-style:none;padding:0;margin:.5rem 0 0}ol.posts li{border-left:3px solid #d0d7de;padding:0 0 .5rem .7rem;margin:0 0 .4rem}
footer{margin:2rem 0 1rem;font-size:.9em}footer a{margin-right:1rem}
`;

function posts(i: PublicIncident): string {
  const items = [...i.posts]
    .reverse()
    .map((p) => `<li><strong>${e(INCIDENT_WORDS[p.status] ?? p.status)}</strong> <span class="muted">${e(utcTime(p.at))}</span>${paragraphs(p.description)}</li>`)
    .join('');
  return `<ol class="posts">${items}</ol>`;
}

function incidentCard(i: PublicIncident, data: PublicStatus): string {
  const services = i.services.map((s) => data.serviceNames[s] ?? s).join(', ');
  const when = i.endAt ? `${utcTime(i.startAt)} – ${utcTime(i.endAt)}` : `since ${utcTime(i.startAt)}`;
  return `<article class="card" id="${e(i.id)}"><h3>${e(i.title)}</h3>
<p class="muted">${e(i.id)} · ${e(INCIDENT_WORDS[i.status] ?? i.status)} · ${e(i.severity)} · ${e(services)} · ${e(i.regions.join(', '))} · ${e(when)}</p>
${i.userExperience ? `<p><strong>User experience:</strong> ${e(i.userExperience)}</p>` : ''}${i.workaround ? `<p><strong>Workaround:</strong> ${e(i.workaround)}</p>` : ''}${
    i.reportPublishedAt ? `<p class="muted">A post-incident report was published on ${e(utcTime(i.reportPublishedAt))}; administrators find it on their service health dashboard.</p>` : ''
  }${posts(i)}</article>`;
}

function maintenanceCard(m: PublicMaintenance): string {
  const words: Record<string, string> = { scheduled: 'Scheduled', in_progress: 'In progress', verifying: 'Verifying', completed: 'Completed' };
  return `<article class="card" id="${e(m.id)}"><h3>${e(m.title)}</h3>
<p class="muted">${e(words[m.status] ?? m.status)} · ${e(utcTime(m.scheduledFor))} – ${e(utcTime(m.scheduledUntil))} · ${e(m.regions.join(', '))} · expected impact: ${e(m.impact)}</p></article>`;
}

function bars(days: PublicStatus['regions'][number]['components'][number]['days']): string {
  const spans = days
    .map((d) => `<span${d.worst === 'downtime' ? ' class="x"' : d.worst === 'degraded' ? ' class="d"' : ''} title="${d.date}: ${d.percent} %${d.incidentIds.length ? ` (${d.incidentIds.join(', ')})` : ''}"></span>`)
    .join('');
  return `<div class="bars" aria-label="uptime over the last ${days.length} days">${spans}</div>`;
}

export function renderStatusPage(data: PublicStatus, view: StatuspageView): string {
  const active = data.incidents.filter((i) => !i.isResolved);
  const history = data.incidents.filter((i) => i.isResolved);
  const upcoming = data.maintenances.filter((m) => m.status !== 'completed');
  const regions = data.regions
    .map(
      (r) => `<section class="card" id="${e(r.id)}"><h3>${e(r.name)} <span class="muted">${e(r.code)}</span> — <span class="s-${r.status}">${STATUS_WORDS[r.status]}</span></h3>
<table><thead><tr><th>Service</th><th>Status</th><th>Last 90 days</th><th>Uptime</th></tr></thead><tbody>${r.components
        .map((c) => `<tr id="${e(c.id)}"><td>${e(c.name)}</td><td class="s-${c.status}">${STATUS_WORDS[c.status]}</td><td>${bars(c.days)}</td><td>${c.uptimePercent} %</td></tr>`)
        .join('')}</tbody></table></section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(data.pageName)}</title>
<link rel="alternate" type="application/atom+xml" title="Incident history (Atom)" href="api/v2/history.atom">
<link rel="alternate" type="application/rss+xml" title="Incident history (RSS)" href="api/v2/history.rss">
<style>${STYLE}</style></head>
<body><main>
<h1>${e(data.pageName)}</h1>
<p class="banner ${view.status.indicator}">${e(view.status.description)}</p>
<p class="muted">Last change ${e(utcTime(data.updatedAt))}. Times are in UTC.</p>
<h2>Active incidents</h2>
${active.length ? active.map((i) => incidentCard(i, data)).join('\n') : '<p class="card">No incidents right now.</p>'}
<h2>Scheduled maintenance</h2>
${upcoming.length ? upcoming.map(maintenanceCard).join('\n') : '<p class="card">No maintenance with expected impact is scheduled.</p>'}
<h2>Services by region</h2>
${regions || '<p class="card">No services to show yet.</p>'}
<h2>History (last 90 days)</h2>
${history.length ? history.map((i) => `<details class="card"><summary>${e(utcTime(i.startAt))} — ${e(i.title)} (${e(i.id)})</summary>${incidentCard(i, data)}</details>`).join('\n') : '<p class="card">No incidents in the last 90 days.</p>'}
<footer><a href="api/v2/summary.json">summary.json</a><a href="api/v2/history.atom">Atom</a><a href="api/v2/history.rss">RSS</a><a href="api/v2/maintenance.ics">Maintenance calendar (iCal)</a></footer>
</main></body></html>
`;
}
