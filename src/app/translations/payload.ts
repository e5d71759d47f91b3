// A post's translations as its events carry them: the worker renders each reader's notice in
// their language (src/delivery/templates/render.ts) from what was translated when it was published.
import type { Transaction } from 'kysely';
import type { DB } from '../../store/schema.js';
import { summaryOf } from '../messages/markdown.js';

/** Per language, the words of a post's notice: `translations` and the original's language in a payload. */
export interface TranslatedNotice {
  title: string;
  summary?: string;
  bodyHtml?: string;
  /** An incident post's text, when that post was translated. */
  post?: string;
}

export async function messageNoticeTranslations(
  trx: Transaction<DB>,
  messageId: string,
): Promise<Record<string, TranslatedNotice>> {
  const rows = await trx
    .selectFrom('message_translation')
    .select(['language', 'title', 'body', 'body_html'])
    .where('message_id', '=', messageId)
    .execute();
  return Object.fromEntries(
    rows.map((r) => [r.language, { title: r.title, summary: summaryOf(r.body), bodyHtml: r.body_html }]),
  );
}

export async function incidentNoticeTranslations(
  trx: Transaction<DB>,
  incidentId: string,
): Promise<Record<string, TranslatedNotice>> {
  const rows = await trx
    .selectFrom('incident_translation')
    .select(['language', 'title'])
    .where('incident_id', '=', incidentId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.language, { title: r.title }]));
}
