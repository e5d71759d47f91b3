// What operators do with posts: write a draft, change it, publish it, delete a draft, attach
// files, and look at posts with their audience and reception (reads, feedback).
import { sql } from 'kysely';
import { isOperator, type Actor } from '../../domain/actor.js';
import { conflict, forbidden, notFound, unauthenticated, words } from '../../errors.js';
import type { MessageStatus, MessageTable } from '../../store/schema.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from '../directory/check.js';
import { containsPattern, pageOf, type Page, type PageRequest } from '../directory/paging.js';
import { checkAttachment, checkMessageInput, checkMessageReferences, MAX_ATTACHMENTS } from './checkMessage.js';
import type { MessageAttachmentInput, MessageInput } from './insertMessage.js';
import { scheduleMessageRow } from './schedule.js';
import { withAttachmentsAndServices, type AttachmentInfo, type OperatorMessageRecord } from './records.js';
import {
  changeMessageRow,
  inputOfRow,
  insertAttachments,
  insertMessageRow,
  publishMessageRow,
} from './writeMessage.js';

export type MessagePatch = Partial<Omit<MessageInput, 'key' | 'attachments'>> & {
  /** When the draft publishes itself (ISO UTC, after now); null publishes it only by hand. */
  publishAt?: string | null;
};

function requireOperator(actor: Actor): void {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (!isOperator(actor)) throw forbidden(words('problem.messages.operatorsManage', { path: '/api/me/messages' }));
}

async function lockedRow(s: CommandScope, id: string): Promise<MessageTable> {
  const row = await s.lock('message', id);
  if (!row) throw notFound('message', id);
  return row;
}

async function operatorRecords(ctx: AppContext, rows: MessageTable[]): Promise<OperatorMessageRecord[]> {
  if (!rows.length) return [];
  const db = ctx.database.db;
  const ids = rows.map((r) => r.id);
  const [tenants, viewpoints] = await Promise.all([
    db
      .selectFrom('message_tenant')
      .select(['message_id', sql<number>`count(*)`.as('n')])
      .where('message_id', 'in', ids)
      .groupBy('message_id')
      .execute(),
    db
      .selectFrom('message_viewpoint')
      .select([
        'message_id',
        sql<number>`sum(is_read)`.as('reads'),
        sql<number>`sum(case when feedback = 'relevant' then 1 else 0 end)`.as('relevant'),
        sql<number>`sum(case when feedback = 'notRelevant' then 1 else 0 end)`.as('not_relevant'),
      ])
      .where('message_id', 'in', ids)
      .groupBy('message_id')
      .execute(),
  ]);
  const records = rows.map((message) => {
    const v = viewpoints.find((x) => x.message_id === message.id);
    return {
      message,
      tenantCount: Number(tenants.find((t) => t.message_id === message.id)?.n ?? 0),
      readCount: Number(v?.reads ?? 0),
      feedback: { relevant: Number(v?.relevant ?? 0), notRelevant: Number(v?.not_relevant ?? 0) },
    };
  });
  return withAttachmentsAndServices(db, records);
}

export async function getMessage(ctx: AppContext, actor: Actor, id: string): Promise<OperatorMessageRecord> {
  if (actor.kind === 'anonymous') throw unauthenticated();
  const row = isOperator(actor)
    ? await ctx.database.db.selectFrom('message').selectAll().where('id', '=', id).executeTakeFirst()
    : undefined;
  if (!row) throw notFound('message', id);
  return (await operatorRecords(ctx, [row]))[0]!;
}

export interface MessagesFilter extends PageRequest {
  status?: MessageStatus;
  q?: string;
}

export async function listMessages(
  ctx: AppContext,
  actor: Actor,
  filter: MessagesFilter,
): Promise<Page<OperatorMessageRecord>> {
  requireOperator(actor);
  let query = ctx.database.db.selectFrom('message').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  for (const word of (filter.q ?? '').split(/\s+/).filter(Boolean)) {
    const pattern = containsPattern(word);
    query = query.where((eb) =>
      eb.or([
        eb(sql<string>`lower(title)`, 'like', pattern),
        eb(sql<string>`lower(body)`, 'like', pattern),
        eb('id', '=', word.toUpperCase()),
      ]),
    );
  }
  const page = await pageOf(query.orderBy('last_modified_at', 'desc').orderBy('id', 'desc'), filter);
  return { items: await operatorRecords(ctx, page.items), total: page.total };
}

/** A new draft; nobody sees it until it is published. */
export async function createMessage(
  ctx: AppContext,
  actor: Actor,
  input: MessageInput,
  publishAt: string | null = null,
): Promise<OperatorMessageRecord> {
  requireOperator(actor);
  checkMessageInput(input);
  const row = await runCommand(ctx, actor, async (s) => {
    await checkMessageReferences(s.trx, input);
    const draft = await insertMessageRow(s, { ...input, key: undefined });
    return publishAt === null || publishAt === '' ? draft : scheduleMessageRow(s, draft, publishAt);
  });
  return getMessage(ctx, actor, row.id);
}

export async function updateMessage(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: MessagePatch,
): Promise<OperatorMessageRecord> {
  requireOperator(actor);
  const { publishAt, ...content } = patch;
  await runCommand(ctx, actor, async (s) => {
    const before = await lockedRow(s, id);
    const next: MessageInput = { ...inputOfRow(before), ...content };
    checkMessageInput(next);
    await checkMessageReferences(s.trx, next);
    const after = await changeMessageRow(s, before, next);
    if (publishAt !== undefined) await scheduleMessageRow(s, after, publishAt);
  });
  return getMessage(ctx, actor, id);
}

export async function publishMessage(ctx: AppContext, actor: Actor, id: string): Promise<OperatorMessageRecord> {
  requireOperator(actor);
  await runCommand(ctx, actor, async (s) => publishMessageRow(s, await lockedRow(s, id)));
  return getMessage(ctx, actor, id);
}

/** Only drafts: what was published was read, and stays until it expires. */
export async function deleteMessage(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  requireOperator(actor);
  await runCommand(ctx, actor, async (s) => {
    const row = await lockedRow(s, id);
    if (row.status !== 'draft') throw conflict('problem.messages.publishedDelete', 'status');
    await s.trx.deleteFrom('message').where('id', '=', id).execute();
    await s.audit({
      action: 'message.deleted',
      entityType: 'message',
      entityId: id,
      tenantId: null,
      before: { ...row, body_html: undefined },
    });
  });
}

/** Attachments change no date or text, so they never count as a material change. */
async function touch(s: CommandScope, row: MessageTable, action: string, after: unknown): Promise<void> {
  await s.trx
    .updateTable('message')
    .set({ revision: row.revision + 1, last_modified_at: s.nowIso })
    .where('id', '=', row.id)
    .execute();
  await s.audit({ action, entityType: 'message', entityId: row.id, tenantId: null, after });
}

export async function addAttachment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: MessageAttachmentInput,
): Promise<AttachmentInfo> {
  requireOperator(actor);
  const check = new InputCheck();
  checkAttachment(check, 'body', input);
  check.done();
  return runCommand(ctx, actor, async (s) => {
    const row = await lockedRow(s, id);
    const count = await s.trx
      .selectFrom('message_attachment')
      .select(sql<number>`count(*)`.as('n'))
      .where('message_id', '=', id)
      .executeTakeFirstOrThrow();
    if (Number(count.n) >= MAX_ATTACHMENTS)
      throw conflict(words('problem.messages.maxAttachments', { max: MAX_ATTACHMENTS }), 'body');
    const [attachment] = await insertAttachments(s, id, [input]);
    await touch(s, row, 'message.attachment_added', {
      attachmentId: attachment!.id,
      name: attachment!.name,
      size: attachment!.size,
    });
    return {
      id: attachment!.id,
      name: attachment!.name,
      contentType: attachment!.content_type,
      size: attachment!.size,
      createdAt: attachment!.created_at,
    };
  });
}

export async function removeAttachment(ctx: AppContext, actor: Actor, id: string, attachmentId: string): Promise<void> {
  requireOperator(actor);
  await runCommand(ctx, actor, async (s) => {
    const row = await lockedRow(s, id);
    const removed = await s.trx
      .deleteFrom('message_attachment')
      .where('message_id', '=', id)
      .where('id', '=', attachmentId)
      .executeTakeFirst();
    if (!Number(removed.numDeletedRows)) throw notFound('attachment', attachmentId);
    await touch(s, row, 'message.attachment_removed', { attachmentId });
  });
}
