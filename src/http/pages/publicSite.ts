// The public status as a set of files: the page, the Statuspage JSON, the feeds, the badge and
// the embed. The running server serves them from memory; the backup status site is the same
// files on disk, so any static web server can answer while Herald is down.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { PublicStatus } from '../../app/serviceHealth/publicStatus.js';
import { statuspageDocuments, statuspageView, type StatuspageView } from '../presenters/statuspage.js';
import { renderAtom, renderMaintenanceCalendar, renderRss } from './feeds.js';
import { renderStatusPage } from './statusPage.js';
import { badgeSubject, cssColor, renderBadge, renderEmbed } from './widgets.js';

export interface SiteFile {
  /** Relative to the site's root, e.g. "index.html", "api/v2/summary.json". */
  path: string;
  contentType: string;
  body: Buffer;
  /** A strong ETag of the body. */
  etag: string;
}

export const STATUS_PAGE_FILE = 'index.html';
export const EMBED_FILE = 'embed.html';
export const BADGE_FILE = 'badge.svg';
export const BADGE_TYPE = 'image/svg+xml; charset=utf-8';
export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';
export const RSS_TYPE = 'application/rss+xml; charset=utf-8';

export const siteFile = (p: string, contentType: string, text: string): SiteFile => {
  const body = Buffer.from(text, 'utf8');
  return {
    path: p,
    contentType,
    body,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
  };
};

/** The badge for a region, a service, both or (neither) the whole page; throws 404 for unknown ones. */
export function badgeFile(
  data: PublicStatus,
  view: StatuspageView,
  q: { region?: string; service?: string },
): SiteFile {
  const subject = badgeSubject(data, view, q);
  return siteFile(
    BADGE_FILE,
    BADGE_TYPE,
    renderBadge(subject.label, subject.status, cssColor(data.branding.primaryColor, '#24292f')),
  );
}

export interface PublicSite {
  view: StatuspageView;
  files: SiteFile[];
}

export function renderPublicSite(data: PublicStatus): PublicSite {
  const view = statuspageView(data);
  const atom = renderAtom(data, view);
  const rss = renderRss(data, view);
  const files = [
    siteFile(STATUS_PAGE_FILE, 'text/html; charset=utf-8', renderStatusPage(data, view)),
    ...Object.entries(statuspageDocuments(view)).map(([name, doc]) =>
      siteFile(`api/v2/${name}`, 'application/json; charset=utf-8', JSON.stringify(doc)),
    ),
    // Statuspage's addresses for the feeds, and Herald's first ones under /api/v2.
    siteFile('history.atom', ATOM_TYPE, atom),
    siteFile('history.rss', RSS_TYPE, rss),
    siteFile('api/v2/history.atom', ATOM_TYPE, atom),
    siteFile('api/v2/history.rss', RSS_TYPE, rss),
    siteFile('api/v2/maintenance.ics', 'text/calendar; charset=utf-8', renderMaintenanceCalendar(data)),
    badgeFile(data, view, {}),
    siteFile(EMBED_FILE, 'text/html; charset=utf-8', renderEmbed(data, view)),
  ];
  return { view, files };
}

/**
 * Writes the files under `dir`, each atomically (a temporary file in the same folder, then a
 * rename), so a web server reading the folder never serves half a file.
 */
export async function writeSite(dir: string, files: readonly SiteFile[]): Promise<void> {
  for (const f of files) {
    const target = path.join(dir, ...f.path.split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await fs.writeFile(temp, f.body);
      await fs.rename(temp, target);
    } catch (err) {
      await fs.rm(temp, { force: true });
      throw err;
    }
  }
}
