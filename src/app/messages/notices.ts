// The events the Message Center publishes, with one payload shape, so every template and channel
// reads the same fields (see NewEvent.payload in src/domain/events.ts).
import type { EventScope, EventType } from '../../domain/events.js';
import type { MessageTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import type { CommandScope } from '../command.js';
import { summaryOf } from './markdown.js';
import { originalLanguage } from '../translations/language.js';
import { messageNoticeTranslations } from '../translations/payload.js';

export const messageUrl = (publicUrl: string, id: string): string => `${publicUrl}/messages/${encodeURIComponent(id)}`;

/** Service ids to their names, as templates show them. */
export async function serviceNames(s: Pick<CommandScope, 'trx'>, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await s.trx.selectFrom('service').select(['id', 'name']).where('id', 'in', ids).execute();
  return ids.map((id) => rows.find((r) => r.id === id)?.name ?? id);
}

export interface MessageEventInput {
  type: EventType;
  message: MessageTable;
  /** Idempotency: the same key is the same notice, published once. */
  key: string;
  scope: EventScope;
  /** The tenant the event belongs to; by default the scope's, when it names exactly one. */
  tenantId?: string | null;
  /** Fields of this event beyond the post's own (changes, note, days left…). */
  extra?: Record<string, unknown>;
}

/** Publishes one event about a post; returns how many deliveries were planned (0 when the key is known). */
export async function publishMessageEvent(s: CommandScope, e: MessageEventInput): Promise<number> {
  const { message, scope } = e;
  const tenantIds = scope.tenantIds ?? [];
  return s.publish({
    type: e.type,
    key: e.key,
    subject: { type: 'message', id: message.id },
    tenantId: e.tenantId !== undefined ? e.tenantId : tenantIds.length === 1 ? tenantIds[0]! : null,
    scope,
    payload: {
      messageId: message.id,
      title: message.title,
      summary: summaryOf(message.body),
      bodyHtml: message.body_html,
      url: messageUrl(s.ctx.config.publicUrl, message.id),
      category: message.category,
      severity: message.severity,
      tags: fromJson<string[]>(message.tags, []),
      isMajorChange: message.is_major_change === 1,
      dataPrivacy: message.is_data_privacy === 1,
      // What generated the post ('release', 'maintenance', 'lifecycle'), or null for one an operator wrote.
      origin: message.key ? message.key.split(':')[0] : null,
      actionRequiredBy: message.action_required_by,
      services: await serviceNames(s, fromJson<string[]>(message.services, [])),
      startsAt: message.starts_at,
      endsAt: message.ends_at,
      // Each reader's notice is in their language where the post was translated by now.
      originalLanguage: originalLanguage(s.ctx),
      translations: await messageNoticeTranslations(s.trx, message.id),
      ...e.extra,
    },
  });
}
