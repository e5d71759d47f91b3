// The public incident history as Atom and RSS (the `feed` package) and the maintenance schedule
// as an iCalendar feed (ical-generator). Every time in them comes from the data, never from the
// clock, so an unchanged status renders the same bytes (and the same ETag).
//
// Atom and RSS carry titles, summaries and content as HTML (type="html"), which readers render:
// every one of them is built with src/html.ts, so an incident's text arrives as text.
import { Feed } from 'feed';
import ical from 'ical-generator';
import type { PublicStatus } from '../../app/serviceHealth/publicStatus.js';
import { escapeText, html, paragraphs } from '../../html.js';
import { utcTime } from './html.js';

function historyFeed(data: PublicStatus): Feed {
  const base = data.publicUrl;
  const feed = new Feed({
    id: `${base}/status`,
    title: `${data.pageName} — incident history`, // plain text: the feed package escapes it
    link: `${base}/status`,
    updated: new Date(data.updatedAt),
    generator: 'Herald',
    copyright: '',
    feedLinks: { atom: `${base}/api/v2/history.atom`, rss: `${base}/api/v2/history.rss` },
  });
  for (const i of data.incidents) {
    const last = i.posts.at(-1);
    const updated = [i.updatedAt, ...i.posts.map((p) => p.at)].sort().at(-1)!;
    feed.addItem({
      id: `${base}/status#${i.id}`,
      link: `${base}/status#${i.id}`,
      title: escapeText(`${i.isResolved ? '[Resolved] ' : ''}${i.title}`),
      date: new Date(updated),
      published: new Date(i.startAt),
      description: escapeText(last?.description ?? i.impactDescription),
      content: html`${[...i.posts].reverse().map((p) => html`<p><strong>${p.status}</strong> — ${utcTime(p.at)}</p>${paragraphs(p.description)}`)}`.markup,
    });
  }
  return feed;
}

export const renderAtom = (data: PublicStatus): string => historyFeed(data).atom1();
export const renderRss = (data: PublicStatus): string => historyFeed(data).rss2();

export function renderMaintenanceCalendar(data: PublicStatus): string {
  const calendar = ical({ name: `${data.pageName} — maintenance`, prodId: { company: 'Herald', product: 'status' }, url: `${data.publicUrl}/status` });
  for (const m of data.maintenances) {
    calendar.createEvent({
      id: `${m.id}@herald`,
      start: new Date(m.scheduledFor),
      end: new Date(m.scheduledUntil),
      stamp: new Date(m.updatedAt),
      lastModified: new Date(m.updatedAt),
      summary: m.title,
      description: `Expected impact: ${m.impact}. Regions: ${m.regions.join(', ')}. Status: ${m.status}.`,
      url: `${data.publicUrl}/status#${m.id}`,
    });
  }
  return calendar.toString();
}
