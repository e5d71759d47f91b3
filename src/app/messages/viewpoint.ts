// A reader's own marks on posts (Graph's viewPoint): read, archived, favorite, and their
// feedback on relevance. Acting on a post the reader cannot see is a 404 naming it, and then
// nothing is written; marking what is already marked is fine.
import type { Actor } from '../../domain/actor.js';
import { notFound } from '../../errors.js';
import type { MessageViewpointTable } from '../../store/schema.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { getMyMessage } from './readMessages.js';
import type { ReaderMessageRecord } from './records.js';
import { readerScope, visibleMessages } from './readerScope.js';

/** The Graph actions, and the mark each one sets. */
export const VIEWPOINT_ACTIONS = {
  markRead: { is_read: 1 },
  markUnread: { is_read: 0 },
  archive: { is_archived: 1 },
  unarchive: { is_archived: 0 },
  favorite: { is_favorited: 1 },
  unfavorite: { is_favorited: 0 },
} as const satisfies Record<string, Partial<MessageViewpointTable>>;
export type ViewpointAction = keyof typeof VIEWPOINT_ACTIONS;

// Defined in src/shared, which the console imports too; re-exported here for the server.
import { FEEDBACK_VALUES } from '../../shared/messages.js';

export { FEEDBACK_VALUES };
export type Feedback = (typeof FEEDBACK_VALUES)[number];

async function upsertViewpoints(
  ctx: AppContext,
  actor: Actor,
  messageIds: string[],
  set: Partial<MessageViewpointTable>,
  action: string,
): Promise<void> {
  const scope = await readerScope(ctx, actor);
  const ids = [...new Set(messageIds)];
  const visible = scope ? await visibleMessages(ctx, scope, ids) : new Map();
  const missing = ids.find((id) => !visible.has(id));
  if (!scope || missing !== undefined) throw notFound('message', missing ?? ids[0]);
  await runCommand(ctx, actor, async (s) => {
    await s.trx
      .insertInto('message_viewpoint')
      .values(
        ids.map((message_id) => ({
          person_id: scope.personId,
          message_id,
          is_read: 0,
          is_archived: 0,
          is_favorited: 0,
          feedback: null,
          ...set,
          updated_at: s.nowIso,
        })),
      )
      .onConflict((oc) => oc.columns(['person_id', 'message_id']).doUpdateSet({ ...set, updated_at: s.nowIso }))
      .execute();
    await s.audit({
      action: `message.${action}`,
      entityType: 'message_viewpoint',
      entityId: scope.personId,
      tenantId: null,
      after: { messageIds: ids, ...set },
    });
  });
}

/** markRead, archive, … on several posts at once, all or none. */
export async function changeViewpoint(
  ctx: AppContext,
  actor: Actor,
  action: ViewpointAction,
  messageIds: string[],
): Promise<void> {
  await upsertViewpoints(ctx, actor, messageIds, VIEWPOINT_ACTIONS[action], action);
}

/** One feedback per reader and post: giving it again replaces it; null takes it back. */
export async function giveFeedback(
  ctx: AppContext,
  actor: Actor,
  messageId: string,
  feedback: Feedback | null,
): Promise<ReaderMessageRecord> {
  await upsertViewpoints(ctx, actor, [messageId], { feedback }, 'feedback');
  return getMyMessage(ctx, actor, messageId);
}
