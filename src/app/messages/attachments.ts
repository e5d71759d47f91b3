// An attachment's bytes, for whoever may see its post: operators, and readers of the post.
import { isOperator, type Actor } from '../../domain/actor.js';
import { notFound } from '../../errors.js';
import type { AppContext } from '../context.js';
import { readerScope, visibleMessages } from './readerScope.js';

export interface AttachmentContent {
  name: string;
  contentType: string;
  content: Buffer;
}

export async function readAttachment(
  ctx: AppContext,
  actor: Actor,
  messageId: string,
  attachmentId: string,
): Promise<AttachmentContent> {
  if (!isOperator(actor)) {
    const scope = await readerScope(ctx, actor);
    if (!scope || !(await visibleMessages(ctx, scope, [messageId])).has(messageId))
      throw notFound('message', messageId);
  }
  const row = await ctx.database.db
    .selectFrom('message_attachment')
    .select(['name', 'content_type', 'content_base64'])
    .where('message_id', '=', messageId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  if (!row) throw notFound('attachment', attachmentId);
  return { name: row.name, contentType: row.content_type, content: Buffer.from(row.content_base64, 'base64') };
}
