// The public status as a set of files: the page, the Statuspage JSON, the feeds, the badge and
// the embed, in one language. The running server serves them from memory (one set per language
// asked for); the backup status site is the same files on disk, so any static web server can
// answer while Herald is down: the provider's language at its root and every language in a
// folder of its own (`de/index.html`), which the language switch links to.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { publicStatusIn, type PublicStatus } from '../../app/serviceHealth/publicStatus.js';
import { statuspageDocuments, statuspageView, type StatuspageView } from '../presenters/statuspage.js';
import { renderAtom, renderMaintenanceCalendar, renderRss } from './feeds.js';
import { LANGUAGES } from '../../i18n/locales.js';
import { translator, type Translator } from '../../i18n/translator.js';
import { liveLanguageHref, renderStatusPage, type LanguageHref } from './statusPage.js';
import { badgeSubject, cssColor, renderBadge, renderEmbed } from './widgets.js';

export interface SiteFile {
  /** Relative to the site's root, e.g. "index.html", "api/v2/summary.json". */
  path: string;
  contentType: string;
  body: Buffer;
  /** A strong ETag of the body. */
  etag: string;
  /** The language of its words, for files that have some (the page, feeds, badge, embed; not the JSON). */
  language?: string;
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
  t: Translator,
): SiteFile {
  const subject = badgeSubject(data, view, q);
  return {
    ...siteFile(
      BADGE_FILE,
      BADGE_TYPE,
      renderBadge(subject.label, subject.status, cssColor(data.branding.primaryColor, '#24292f'), t),
    ),
    language: t.locale,
  };
}

export interface PublicSite {
  view: StatuspageView;
  files: SiteFile[];
}

export interface PublicSource {
  data: PublicStatus;
  view: StatuspageView;
}

/**
 * What the worded files of one language are made from: the incidents an operator translated into
 * it read in the translation (its own Statuspage view, for the feeds); the same source when
 * nothing is translated into it. The Statuspage JSON has no language and keeps the original.
 */
export function sourceIn(source: PublicSource, language: string): PublicSource {
  const data = publicStatusIn(source.data, language);
  return data === source.data ? source : { data, view: statuspageView(data) };
}

/** The site in one language; `view` when the caller has it already (it does not depend on the language). */
export function renderPublicSite(
  original: PublicStatus,
  t: Translator,
  languageHref: LanguageHref = liveLanguageHref,
  originalView: StatuspageView = statuspageView(original),
): PublicSite {
  const { data, view } = sourceIn({ data: original, view: originalView }, t.locale);
  const atom = renderAtom(data, view, t);
  const rss = renderRss(data, view, t);
  const worded = (path: string, type: string, text: string): SiteFile => ({
    ...siteFile(path, type, text),
    language: t.locale,
  });
  const files = [
    worded(STATUS_PAGE_FILE, 'text/html; charset=utf-8', renderStatusPage(data, view, t, languageHref)),
    ...Object.entries(statuspageDocuments(originalView)).map(([name, doc]) =>
      siteFile(`api/v2/${name}`, 'application/json; charset=utf-8', JSON.stringify(doc)),
    ),
    // Statuspage's addresses for the feeds, and Herald's first ones under /api/v2.
    worded('history.atom', ATOM_TYPE, atom),
    worded('history.rss', RSS_TYPE, rss),
    worded('api/v2/history.atom', ATOM_TYPE, atom),
    worded('api/v2/history.rss', RSS_TYPE, rss),
    worded('api/v2/maintenance.ics', 'text/calendar; charset=utf-8', renderMaintenanceCalendar(data, t)),
    badgeFile(data, view, {}, t),
    worded(EMBED_FILE, 'text/html; charset=utf-8', renderEmbed(data, view, t)),
  ];
  return { view: originalView, files };
}

/**
 * The backup site: the provider's language at the root (what the root's address always showed)
 * and each language, the provider's too, complete in its own folder; a static server has no
 * Accept-Language to go by, so the language switch links folder to folder.
 */
export function renderStaticSite(data: PublicStatus, defaultLocale: string, view = statuspageView(data)): SiteFile[] {
  const root = renderPublicSite(data, translator(defaultLocale), (l) => `${l}/index.html`, view).files;
  const folders = LANGUAGES.flatMap((locale) =>
    renderPublicSite(data, translator(locale), (l) => `../${l}/index.html`, view).files.map((f) => ({
      ...f,
      path: `${locale}/${f.path}`,
    })),
  );
  return [...root, ...folders];
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
