// The public incident history as Atom and RSS (the `feed` package) and the maintenance schedule
// as an iCalendar feed (ical-generator). Every time in them comes from the data, never from the
// clock, so an unchanged status renders the same bytes (and the same ETag).
//
// The history reads as Statuspage's history feeds do, since feed readers and chat integrations
// were set up against those: the entry title is the bare incident name, the content lists the
// updates newest first as "<small>time</small><br><strong>Resolved</strong> - text", in
// Statuspage's words (an update that keeps the status is an "Update"), with a published report
// on top as the "Postmortem". It is built from the Statuspage view, so the feeds, /api/v2 and
// the page never disagree. Per-component feeds keep the incidents that touch one component or
// region group.
//
// Atom and RSS carry titles, summaries and content as HTML (type="html"), which readers render:
// every one of them is built with src/html.ts, so an incident's text arrives as text.
import { Feed } from 'feed';
import ical from 'ical-generator';
import type { PublicStatus } from '../../app/serviceHealth/publicStatus.js';
import { escapeText, html, joinHtml, raw, type Html } from '../../html.js';
import type { Translator } from '../../i18n/translator.js';
import type { Incident, StatuspageView } from '../presenters/statuspage.js';
import { translationNote } from './statusPage.js';

// Statuspage's words for an update, in the reader's language (the catalogue's `feed.word`).
const WORDS = new Set(['investigating', 'identified', 'monitoring', 'resolved']);

const lines = (text: string): Html =>
  joinHtml(
    text
      .trim()
      .split(/\n+/)
      .map((l) => html`${l}`),
    raw('<br>'),
  );

const entry = (t: Translator, at: string, word: string, body: string): Html =>
  html`<p><small>${t.dateTime(at, 'UTC')}</small><br /><strong>${t.t('feed.word', { word })}</strong> - ${lines(body)}</p>`;

/** Each update with Statuspage's word for it (its key: "investigating", …, "update"), newest first (as incident_updates are). */
export function updateWords(i: Incident): { at: string; word: string; body: string }[] {
  const oldestFirst = [...i.incident_updates].reverse();
  const words = oldestFirst.map((u, k) => ({
    at: u.created_at,
    word: k > 0 && oldestFirst[k - 1]!.status === u.status ? 'update' : WORDS.has(u.status) ? u.status : 'update',
    body: u.body,
  }));
  return words.reverse();
}

function entryContent(i: Incident, t: Translator, note: string): Html {
  const postmortem =
    i.postmortem_body !== null
      ? entry(t, i.postmortem_published_at ?? i.updated_at, 'postmortem', i.postmortem_body)
      : '';
  return html`${note && html`<p><em>${note}</em></p>`}${postmortem}${updateWords(i).map((u) => entry(t, u.at, u.word, u.body))}`;
}

/** Does the incident touch this component, or a component of this region group? */
export function touchesComponent(i: Incident, componentId: string): boolean {
  return i.components.some((c) => c.id === componentId || c.group_id === componentId);
}

export interface FeedScope {
  /** A component or region group id of components.json; absent for the whole page. */
  componentId?: string;
  componentName?: string;
}

function historyFeed(
  data: PublicStatus,
  view: StatuspageView,
  scope: FeedScope,
  format: 'atom' | 'rss',
  t: Translator,
): Feed {
  const base = data.publicUrl;
  const query = scope.componentId ? `?component=${encodeURIComponent(scope.componentId)}` : '';
  const feed = new Feed({
    id: `${base}/status${query}`,
    // Plain text: the feed package escapes it.
    title: scope.componentName
      ? t.t('feed.titleComponent', { pageName: data.pageName, component: scope.componentName })
      : t.t('feed.title', { pageName: data.pageName }),
    language: t.locale,
    link: `${base}/status`,
    updated: new Date(data.updatedAt),
    generator: 'Herald',
    copyright: '',
    ...(data.branding.logoUrl ? { image: data.branding.logoUrl } : {}),
    feedLinks: { atom: `${base}/history.atom${query}`, rss: `${base}/history.rss${query}` },
  });
  const incidents = scope.componentId
    ? view.incidents.filter((i) => touchesComponent(i, scope.componentId!))
    : view.incidents;
  for (const i of incidents) {
    const shown = data.incidents.find((x) => x.id === i.id);
    const note = shown ? translationNote(shown, data.originalLanguage, t) : '';
    const content = entryContent(i, t, note).markup;
    feed.addItem({
      id: i.shortlink,
      link: i.shortlink,
      title: escapeText(i.name),
      date: new Date(i.updated_at),
      published: new Date(i.started_at),
      // RSS readers show <description> (where Statuspage puts it); Atom needs only <content>.
      ...(format === 'rss' ? { description: content } : {}),
      content,
    });
  }
  return feed;
}

export const renderAtom = (data: PublicStatus, view: StatuspageView, t: Translator, scope: FeedScope = {}): string =>
  historyFeed(data, view, scope, 'atom', t).atom1();
export const renderRss = (data: PublicStatus, view: StatuspageView, t: Translator, scope: FeedScope = {}): string =>
  historyFeed(data, view, scope, 'rss', t).rss2();

export function renderMaintenanceCalendar(data: PublicStatus, t: Translator): string {
  const calendar = ical({
    name: t.t('feed.calendarName', { pageName: data.pageName }),
    prodId: { company: 'Herald', product: 'status' },
    url: `${data.publicUrl}/status`,
  });
  for (const m of data.maintenances) {
    calendar.createEvent({
      id: `${m.id}@herald`,
      start: new Date(m.scheduledFor),
      end: new Date(m.scheduledUntil),
      stamp: new Date(m.updatedAt),
      lastModified: new Date(m.updatedAt),
      summary: m.title,
      description: t.t('feed.calendarDescription', {
        impact: m.impact,
        regions: t.list(m.regions),
        status: t.t('status.maintenance', { status: m.status }),
      }),
      url: `${data.publicUrl}/status#${m.id}`,
    });
  }
  return calendar.toString();
}
