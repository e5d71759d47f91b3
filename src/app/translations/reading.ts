// What a reader reads of a post: the translation into their language when there is one, else the
// original, and which of the two it is. Used by every reader-facing read (the console's API and
// Graph through the same use cases); operators always read the original they wrote.
import type { Kysely } from 'kysely';
import type { DB } from '../../store/schema.js';

/** Which language a post is shown in, and whether that is a translation. */
export interface Reading {
  /** The language of what is shown. */
  language: string;
  originalLanguage: string;
  translated: boolean;
}

export interface MessageReading extends Reading {
  /** The translated words, or null when the original is shown. */
  title: string | null;
  bodyHtml: string | null;
}

export interface IncidentReading extends Reading {
  title: string | null;
  /** Post id → its translated text; posts not in it are read in the original. */
  posts: ReadonlyMap<string, string>;
}

export const originalReading = (original: string): Reading => ({
  language: original,
  originalLanguage: original,
  translated: false,
});

/** Each post's reading in `language`, in one query. */
export async function messageReadings(
  db: Kysely<DB>,
  messageIds: string[],
  language: string,
  original: string,
): Promise<Map<string, MessageReading>> {
  const rows =
    messageIds.length && language !== original
      ? await db
          .selectFrom('message_translation')
          .select(['message_id', 'title', 'body_html'])
          .where('message_id', 'in', messageIds)
          .where('language', '=', language)
          .execute()
      : [];
  return new Map(
    messageIds.map((id) => {
      const t = rows.find((r) => r.message_id === id);
      return [
        id,
        t
          ? { language, originalLanguage: original, translated: true, title: t.title, bodyHtml: t.body_html }
          : { ...originalReading(original), title: null, bodyHtml: null },
      ];
    }),
  );
}

/** Each incident's reading in `language`: its title and its translated posts, in two queries. */
export async function incidentReadings(
  db: Kysely<DB>,
  incidentIds: string[],
  language: string | null,
  original: string,
): Promise<Map<string, IncidentReading>> {
  const wanted = incidentIds.length && language && language !== original ? language : null;
  const [titles, posts] = wanted
    ? await Promise.all([
        db
          .selectFrom('incident_translation')
          .select(['incident_id', 'title'])
          .where('incident_id', 'in', incidentIds)
          .where('language', '=', wanted)
          .execute(),
        db
          .selectFrom('incident_post_translation')
          .select(['incident_id', 'post_id', 'description'])
          .where('incident_id', 'in', incidentIds)
          .where('language', '=', wanted)
          .execute(),
      ])
    : [[], []];
  return new Map(
    incidentIds.map((id) => {
      const title = titles.find((t) => t.incident_id === id);
      return [
        id,
        title && wanted
          ? {
              language: wanted,
              originalLanguage: original,
              translated: true,
              title: title.title,
              posts: new Map(posts.filter((p) => p.incident_id === id).map((p) => [p.post_id, p.description])),
            }
          : { ...originalReading(original), title: null, posts: new Map() },
      ];
    }),
  );
}
