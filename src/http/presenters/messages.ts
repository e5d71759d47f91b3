// Message Center rows into API shapes: the reader's (Graph serviceUpdateMessage with viewPoint)
// and the operator's (the same, with audience, status and reception).
import type { Static } from 'typebox';
import type { MessageAudience } from '../../app/messages/insertMessage.js';
import type { MessageRecord, OperatorMessageRecord, ReaderMessageRecord } from '../../app/messages/records.js';
import { fromJson } from '../../store/values.js';
import type { AttachmentSchema, MessageSchema, OperatorMessageSchema } from '../../shared/contracts/messages.js';

type Message = Static<typeof MessageSchema>;
type OperatorMessage = Static<typeof OperatorMessageSchema>;

export const presentAttachment = (a: MessageRecord['attachments'][number]): Static<typeof AttachmentSchema> => ({
  id: a.id,
  name: a.name,
  contentType: a.contentType,
  size: a.size,
  lastModifiedDateTime: a.createdAt,
});

function presentCommon({ message: m, attachments, services }: MessageRecord) {
  return {
    id: m.id,
    title: m.title,
    body: { contentType: 'html' as const, content: m.body_html },
    category: m.category as Message['category'],
    severity: m.severity as Message['severity'],
    tags: fromJson<string[]>(m.tags, []),
    isMajorChange: m.is_major_change === 1,
    actionRequiredByDateTime: m.action_required_by,
    services: services.map((s) => s.name),
    serviceIds: services.map((s) => s.id),
    startDateTime: m.starts_at,
    endDateTime: m.ends_at,
    lastModifiedDateTime: m.last_modified_at,
    details: fromJson<{ name: string; value: string }[]>(m.details, []),
    hasAttachments: attachments.length > 0,
    attachments: attachments.map(presentAttachment),
  };
}

export function presentMessage(r: ReaderMessageRecord): Message {
  const common = presentCommon(r);
  const { reading } = r;
  return {
    ...common,
    title: reading.title ?? common.title,
    body: reading.bodyHtml === null ? common.body : { contentType: 'html', content: reading.bodyHtml },
    language: reading.language,
    originalLanguage: reading.originalLanguage,
    translated: reading.translated,
    releaseStatus: r.releaseStatus,
    isExpired: r.isExpired,
    viewPoint: {
      isRead: r.viewpoint.is_read === 1,
      isArchived: r.viewpoint.is_archived === 1,
      isFavorited: r.viewpoint.is_favorited === 1,
      feedback: r.viewpoint.feedback as Message['viewPoint']['feedback'],
    },
  };
}

export function presentOperatorMessage(r: OperatorMessageRecord): OperatorMessage {
  const m = r.message;
  return {
    ...presentCommon(r),
    key: m.key,
    status: m.status,
    bodyMarkdown: m.body,
    audience: fromJson<MessageAudience>(m.audience, {}),
    releaseId: m.release_id,
    revision: m.revision,
    createdDateTime: m.created_at,
    publishedDateTime: m.published_at,
    publishAt: m.publish_at,
    tenantCount: r.tenantCount,
    readCount: r.readCount,
    feedback: r.feedback,
  };
}
