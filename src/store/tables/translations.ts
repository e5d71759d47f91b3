// Translations of posts an operator writes in one language for readers of another (issue 15):
// a Message Center post's title and body, an incident's title and its posts' text, per language.
// The original stays where it is (message, incident, incident_post); a reader without a
// translation in their language reads it. Conventions as in foundation.ts.

/** A Message Center post in another language. */
export interface MessageTranslationTable {
  message_id: string;
  /** One of LANGUAGES (src/shared/i18n/languages.ts), never the original's. */
  language: string;
  title: string;
  /** Markdown, under the same rules as the original's. */
  body: string;
  /** The same, rendered to safe HTML once when written. */
  body_html: string;
  /**
   * SHA-256 of the original's title and body when this was saved: when the original's differs,
   * the translation "may be out of date" (attachments, dates or publishing do not count).
   */
  original_digest: string;
  translated_by: string | null;
  created_at: string;
  updated_at: string;
}

/** An incident's title in another language; its posts' text is in incident_post_translation. */
export interface IncidentTranslationTable {
  incident_id: string;
  language: string;
  title: string;
  /** SHA-256 of the original title when this was saved (posts cannot be edited, so only it can change). */
  original_digest: string;
  translated_by: string | null;
  created_at: string;
  updated_at: string;
}

/** One post of an incident's timeline in another language; goes with the incident's translation. */
export interface IncidentPostTranslationTable {
  post_id: string;
  language: string;
  incident_id: string;
  description: string;
  updated_at: string;
}

export interface TranslationTables {
  message_translation: MessageTranslationTable;
  incident_translation: IncidentTranslationTable;
  incident_post_translation: IncidentPostTranslationTable;
}
