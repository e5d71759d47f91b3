// The public status as a set of files: the page, the Statuspage JSON, the feeds. The running server
// serves them from memory; the backup status site is the same files on disk, so any static web
// server can answer while Herald is down.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { PublicStatus } from '../../app/serviceHealth/publicStatus.js';
import { statuspageDocuments, statuspageView } from '../presenters/statuspage.js';
import { renderAtom, renderMaintenanceCalendar, renderRss } from './feeds.js';
import { renderStatusPage } from './statusPage.js';

export interface SiteFile {
  /** Relative to the site's root, e.g. "index.html", "api/v2/summary.json". */
  path: string;
  contentType: string;
  body: Buffer;
  /** A strong ETag of the body. */
  etag: string;
}

export const STATUS_PAGE_FILE = 'index.html';

const file = (p: string, contentType: string, text: string): SiteFile => {
  const body = Buffer.from(text, 'utf8');
  return { path: p, contentType, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"` };
};

export function renderPublicSite(data: PublicStatus): SiteFile[] {
  const view = statuspageView(data);
  return [
    file(STATUS_PAGE_FILE, 'text/html; charset=utf-8', renderStatusPage(data, view)),
    ...Object.entries(statuspageDocuments(view)).map(([name, doc]) => file(`api/v2/${name}`, 'application/json; charset=utf-8', JSON.stringify(doc))),
    file('api/v2/history.atom', 'application/atom+xml; charset=utf-8', renderAtom(data)),
    file('api/v2/history.rss', 'application/rss+xml; charset=utf-8', renderRss(data)),
    file('api/v2/maintenance.ics', 'text/calendar; charset=utf-8', renderMaintenanceCalendar(data)),
  ];
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
