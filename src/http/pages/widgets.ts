// Widgets for other sites, rendered from the public snapshot like the page: an SVG status badge
// (shields.io's flat look: the branding's name on its primary colour, then the status on its
// colour) for the whole page, a region or a service, and a script-free HTML snippet to put in an
// iframe. Both are built with src/html.ts, so names arrive as text.
import type { ComponentStatus, PublicStatus } from '../../app/serviceHealth/publicStatus.js';
import { worstStatus } from '../../app/serviceHealth/publicStatus.js';
import { isHexColor } from '../../domain/branding.js';
import { HeraldError, words } from '../../errors.js';
import { html, raw, safeUrl } from '../../html.js';
import type { Translator } from '../../i18n/translator.js';
import type { StatuspageView } from '../presenters/statuspage.js';

export type BadgeStatus = ComponentStatus;

/** Colours go into style sheets and attributes: only a checked "#rrggbb" does (it is checked when saved, too). */
export const cssColor = (value: string, fallback: string): string => (isHexColor(value) ? value : fallback);

/** Colours white text stays readable on (at least 4.5:1); the short words are the catalogue's `status.badge`. */
const BADGE_COLOR: Record<BadgeStatus, string> = {
  operational: '#1a7f37',
  under_maintenance: '#0969da',
  degraded_performance: '#9a6700',
  partial_outage: '#bc4c00',
  major_outage: '#cf222e',
};

/** The page's status as a component status: its indicator, or maintenance when that is all. */
const PAGE_STATUS: Record<StatuspageView['status']['indicator'], BadgeStatus> = {
  none: 'operational',
  minor: 'degraded_performance',
  major: 'partial_outage',
  critical: 'major_outage',
  maintenance: 'under_maintenance',
};

// Verdana 11px, roughly (shields.io measures it exactly); textLength makes the text fit the box.
// Japanese and other wide scripts take about a full em each.
const textWidth = (text: string): number =>
  Math.ceil(
    [...text].reduce(
      (w, c) =>
        w +
        (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(c)
          ? 11
          : /[A-Z0-9mwMW@%]/.test(c)
            ? 7.5
            : /[iltfjI.,:;| ]/.test(c)
              ? 3.8
              : 6.2),
      0,
    ),
  );

export function renderBadge(label: string, status: BadgeStatus, labelColor: string, t: Translator): string {
  const text = t.t('status.badge', { status });
  const color = BADGE_COLOR[status];
  const lw = textWidth(label) + 12;
  const sw = textWidth(text) + 12;
  const w = lw + sw;
  const title = `${label}: ${text}`;
  return html`<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${t.locale}" width="${w}" height="20" role="img" aria-label="${title}">
    <title>${title}</title>
    <linearGradient id="s" x2="0" y2="100%">
      <stop offset="0" stop-color="#bbb" stop-opacity=".1" />
      <stop offset="1" stop-opacity=".1" />
    </linearGradient>
    <clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff" /></clipPath>
    <g clip-path="url(#r)">
      <rect width="${lw}" height="20" fill="${labelColor}" />
      <rect x="${lw}" width="${sw}" height="20" fill="${color}" />
      <rect width="${w}" height="20" fill="url(#s)" />
    </g>
    <g
      fill="#fff"
      text-anchor="middle"
      font-family="Verdana,Geneva,DejaVu Sans,sans-serif"
      font-size="11"
      text-rendering="geometricPrecision"
    >
      <text x="${lw / 2}" y="14" textLength="${lw - 12}">${label}</text>
      <text x="${lw + sw / 2}" y="14" textLength="${sw - 12}" data-status="${status}">${text}</text>
    </g>
  </svg> `.markup;
}

export interface BadgeQuery {
  region?: string;
  service?: string;
}

/** What a badge is about: a label and a status; 404 naming the field for an unknown region or service. */
export function badgeSubject(
  data: PublicStatus,
  view: StatuspageView,
  q: BadgeQuery,
): { label: string; status: BadgeStatus } {
  const name = data.branding.pageName;
  let regions = data.regions;
  if (q.region) {
    const want = q.region.toLowerCase();
    regions = regions.filter((r) => r.code.toLowerCase() === want || r.id === want);
    if (!regions.length)
      throw new HeraldError('HERALD_NOT_FOUND', words('problem.widgets.noRegion', { region: q.region }), [
        {
          field: 'query.region',
          message: 'problem.widgets.regionField',
        },
      ]);
  }
  if (q.service) {
    const components = regions.flatMap((r) => r.components).filter((c) => c.serviceId === q.service);
    if (!components.length) {
      throw new HeraldError(
        'HERALD_NOT_FOUND',
        words('problem.widgets.noService', { service: q.service, region: q.region ?? 'none' }),
        [
          {
            field: 'query.service',
            message: 'problem.widgets.serviceField',
          },
        ],
      );
    }
    const where = q.region ? ` ${regions[0]!.code}` : '';
    return {
      label: `${name} · ${data.serviceNames[q.service] ?? q.service}${where}`,
      status: worstStatus(components.map((c) => c.status)),
    };
  }
  if (q.region) return { label: `${name} · ${regions[0]!.name}`, status: regions[0]!.status };
  return { label: name, status: PAGE_STATUS[view.status.indicator] };
}

/** The snippet for an iframe: no script, no form, links open the full page in a new tab. */
export function renderEmbed(data: PublicStatus, view: StatuspageView, t: Translator): string {
  const b = data.branding;
  const primary = cssColor(b.primaryColor, '#24292f');
  const accent = cssColor(b.accentColor, '#0550ae');
  const page = `${data.publicUrl}/status`;
  const style =
    raw(`body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1f24;background:#fff}
header{display:flex;gap:.5rem;align-items:center;padding:.5rem .75rem;background:${primary};color:#fff;font-weight:600}
header img{height:20px}.status{padding:.5rem .75rem;font-weight:600}ul{list-style:none;margin:0;padding:0 .75rem}
li{display:flex;justify-content:space-between;padding:.25rem 0;border-top:1px solid #eaeef2}a{color:${accent}}
.s-operational{color:#1a7f37}.s-degraded_performance{color:#9a6700}.s-partial_outage{color:#bc4c00}.s-major_outage{color:#cf222e}.s-under_maintenance{color:#0969da}
footer{padding:.5rem .75rem}`);
  return html`<!doctype html>
    <html lang="${t.locale}" dir="${t.dir}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>${b.pageName}</title>
        <base target="_blank" />
        <style>
          ${style}
        </style>
      </head>
      <body>
        <header>${b.logoUrl && html`<img src="${safeUrl(b.logoUrl)}" alt="" />`}<span>${b.pageName}</span></header>
        <p class="status s-${PAGE_STATUS[view.status.indicator]}">
          ${t.t('status.indicator', { indicator: view.status.indicator })}
        </p>
        <ul>
          ${data.regions.map((r) => html`<li><span>${r.name}</span><span class="s-${r.status}">${t.t('status.component', { status: r.status })}</span></li>`)}
        </ul>
        <footer><a href="${safeUrl(page)}?lang=${t.locale}" rel="noopener">${t.t('embed.fullStatus')}</a></footer>
      </body>
    </html> `.markup;
}
