// What the Message Center's queries return: the post's row with what its presenters need besides
// (attachment list, service names, and for a reader their viewpoint and release status).
import type { Kysely } from 'kysely';
import type { ReleaseStatus } from '../../domain/messages.js';
import type { DB, MessageTable, MessageViewpointTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import type { MessageReading } from '../translations/reading.js';

export interface AttachmentInfo {
  id: string;
  name: string;
  contentType: string;
  size: number;
  createdAt: string;
}

export interface MessageRecord {
  message: MessageTable;
  attachments: AttachmentInfo[];
  services: { id: string; name: string }[];
}

export type Viewpoint = Pick<MessageViewpointTable, 'is_read' | 'is_archived' | 'is_favorited' | 'feedback'>;

export interface ReaderMessageRecord extends MessageRecord {
  viewpoint: Viewpoint;
  releaseStatus: ReleaseStatus | null;
  /** Past its end by more than the expiry period: gone from the lists, still readable by id. */
  isExpired: boolean;
  /** The reader's language's translation, when there is one. */
  reading: MessageReading;
}

export interface OperatorMessageRecord extends MessageRecord {
  tenantCount: number;
  readCount: number;
  feedback: { relevant: number; notRelevant: number };
}

export const NO_VIEWPOINT: Viewpoint = { is_read: 0, is_archived: 0, is_favorited: 0, feedback: null };

/** Attachments (without their bytes) and service names for a page of posts, in two queries. */
export async function withAttachmentsAndServices<T extends { message: MessageTable }>(
  db: Kysely<DB>,
  items: T[],
): Promise<(T & MessageRecord)[]> {
  if (!items.length) return [];
  const ids = items.map((i) => i.message.id);
  const [attachments, services] = await Promise.all([
    db
      .selectFrom('message_attachment')
      .select(['id', 'message_id', 'name', 'content_type', 'size', 'created_at'])
      .where('message_id', 'in', ids)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db.selectFrom('service').select(['id', 'name']).execute(),
  ]);
  const nameOf = new Map(services.map((s) => [s.id, s.name]));
  return items.map((item) => ({
    ...item,
    attachments: attachments
      .filter((a) => a.message_id === item.message.id)
      .map((a) => ({ id: a.id, name: a.name, contentType: a.content_type, size: a.size, createdAt: a.created_at })),
    services: fromJson<string[]>(item.message.services, []).map((id) => ({ id, name: nameOf.get(id) ?? id })),
  }));
}
