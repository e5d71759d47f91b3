// The three writes of a post's life, each inside the caller's transaction: insert (a draft),
// publish (materialise the audience, tell it), change (and, when the change is material, tag it
// "Updated message" and tell again everyone who was told). Operators reach them through
// manageMessages.ts, other features through insertMessage.
import { randomInt } from 'node:crypto';
import {
  DATA_PRIVACY_TAG,
  materialChanges,
  UPDATED_MESSAGE_TAG,
  withTag,
  type MessageContent,
} from '../../domain/messages.js';
import type { MessageAttachmentTable, MessageTable } from '../../store/schema.js';
import { flag, fromJson, newId, toJson } from '../../store/values.js';
import type { CommandScope } from '../command.js';
import { audienceScope, audienceTenantsOf, materialiseAudience } from './audience.js';
import { checkActionDate } from './checkMessage.js';
import type { MessageAttachmentInput, MessageAudience, MessageInput } from './insertMessage.js';
import { renderMarkdown } from './markdown.js';
import { publishMessageEvent } from './notices.js';

const iso = (v: string): string => new Date(v).toISOString();
const isoOrNull = (v: string | null | undefined): string | null => (v ? iso(v) : null);

/** "MC" and seven random digits, retried on the rare collision. */
async function newMessageId(s: CommandScope): Promise<string> {
  for (;;) {
    const id = `MC${randomInt(1_000_000, 10_000_000)}`;
    if (!(await s.trx.selectFrom('message').select('id').where('id', '=', id).executeTakeFirst())) return id;
  }
}

/** The columns a MessageInput sets; times normalised so that posting the same input twice compares equal. */
function contentColumns(input: MessageInput) {
  const tags = [...new Set(input.tags)];
  return {
    title: input.title.trim(),
    body: input.body,
    body_html: renderMarkdown(input.body),
    category: input.category,
    severity: input.severity,
    tags: toJson(tags),
    is_major_change: flag(input.isMajorChange),
    is_data_privacy: flag(tags.includes(DATA_PRIVACY_TAG)),
    action_required_by: isoOrNull(input.actionRequiredBy),
    services: toJson([...new Set(input.services)]),
    starts_at: iso(input.startsAt),
    ends_at: isoOrNull(input.endsAt),
    details: toJson(input.details ?? []),
    audience: toJson(input.audience),
    release_id: input.releaseId ?? null,
  };
}

/** A row back as the input that would write it: what a partial change is merged onto. */
export function inputOfRow(row: MessageTable): MessageInput {
  return {
    ...(row.key ? { key: row.key } : {}),
    title: row.title,
    body: row.body,
    category: row.category as MessageInput['category'],
    severity: row.severity as MessageInput['severity'],
    tags: fromJson<string[]>(row.tags, []),
    isMajorChange: row.is_major_change === 1,
    actionRequiredBy: row.action_required_by,
    services: fromJson<string[]>(row.services, []),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    audience: fromJson<MessageAudience>(row.audience, {}),
    details: fromJson<{ name: string; value: string }[]>(row.details, []),
    releaseId: row.release_id,
  };
}

const contentOf = (row: MessageTable): MessageContent => ({
  title: row.title,
  body: row.body,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  actionRequiredBy: row.action_required_by,
  isMajorChange: row.is_major_change === 1,
  severity: row.severity,
});

export async function insertAttachments(
  s: CommandScope,
  messageId: string,
  attachments: MessageAttachmentInput[],
): Promise<MessageAttachmentTable[]> {
  if (!attachments.length) return [];
  const rows: MessageAttachmentTable[] = attachments.map((a) => ({
    id: newId(),
    message_id: messageId,
    name: a.name.trim(),
    content_type: a.contentType,
    size: Buffer.byteLength(a.contentBase64, 'base64'),
    content_base64: a.contentBase64,
    created_at: s.nowIso,
  }));
  await s.trx.insertInto('message_attachment').values(rows).execute();
  return rows;
}

async function sameAttachments(s: CommandScope, messageId: string, wanted: MessageAttachmentInput[]): Promise<boolean> {
  const have = await s.trx
    .selectFrom('message_attachment')
    .select(['name', 'content_type', 'content_base64'])
    .where('message_id', '=', messageId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return (
    have.length === wanted.length &&
    have.every(
      (h, i) =>
        h.name === wanted[i]!.name.trim() &&
        h.content_type === wanted[i]!.contentType &&
        h.content_base64 === wanted[i]!.contentBase64,
    )
  );
}

/** Writes a new post as a draft (not visible to any tenant until published). */
export async function insertMessageRow(s: CommandScope, input: MessageInput): Promise<MessageTable> {
  checkActionDate(input, s.now);
  const row: MessageTable = {
    id: await newMessageId(s),
    key: input.key ?? null,
    status: 'draft',
    ...contentColumns(input),
    revision: 1,
    created_at: s.nowIso,
    published_at: null,
    publish_at: null,
    last_modified_at: s.nowIso,
    materially_changed_at: null,
  };
  await s.trx.insertInto('message').values(row).execute();
  await insertAttachments(s, row.id, input.attachments ?? []);
  await s.audit({
    action: 'message.created',
    entityType: 'message',
    entityId: row.id,
    tenantId: null,
    after: { ...row, body_html: undefined },
  });
  return row;
}

/** Publishes a draft: its audience sees it from now on and hears of it (message.published). */
export async function publishMessageRow(s: CommandScope, draft: MessageTable): Promise<MessageTable> {
  if (draft.status === 'published') return draft;
  // The 30-day rule counts from the moment people are told, which is now, not when the draft was written.
  checkActionDate({ isMajorChange: draft.is_major_change === 1, actionRequiredBy: draft.action_required_by }, s.now);
  const { tenantIds } = await materialiseAudience(s, draft.id, fromJson<MessageAudience>(draft.audience, {}));
  // Published now (by hand or by the scheduled-publish job): no longer scheduled.
  const row: MessageTable = {
    ...draft,
    status: 'published',
    published_at: s.nowIso,
    publish_at: null,
    last_modified_at: s.nowIso,
  };
  await s.trx
    .updateTable('message')
    .set({
      status: row.status,
      published_at: row.published_at,
      publish_at: null,
      last_modified_at: row.last_modified_at,
    })
    .where('id', '=', row.id)
    .execute();
  await publishMessageEvent(s, {
    type: 'message.published',
    message: row,
    key: `message:${row.id}:published`,
    scope: await audienceScope(s.trx, row, tenantIds),
  });
  await s.audit({
    action: 'message.published',
    entityType: 'message',
    entityId: row.id,
    tenantId: null,
    after: { tenantCount: tenantIds.length },
  });
  s.changed({ tenantIds, topic: 'messages' });
  return row;
}

/** Everyone who was told about a post: its audience, and the people it was shared with. */
async function toldScope(s: CommandScope, row: MessageTable, tenantIds: string[]) {
  const scope = await audienceScope(s.trx, row, tenantIds);
  const shared = await s.trx
    .selectFrom('message_share')
    .select('to_person_id')
    .distinct()
    .where('message_id', '=', row.id)
    .execute();
  const personIds = [...new Set([...(scope.personIds ?? []), ...shared.map((r) => r.to_person_id)])].sort();
  return personIds.length ? { ...scope, personIds } : scope;
}

/**
 * Brings a post to `input`. Nothing happens when nothing differs (so generated posts can be
 * posted again freely). On a published post a material change adds the "Updated message" tag
 * (which then stays) and publishes message.updated with a key of its own, so those told before
 * hear of every such change; tenants that join the audience hear of the post as new.
 */
export async function changeMessageRow(
  s: CommandScope,
  before: MessageTable,
  input: MessageInput,
): Promise<MessageTable> {
  const columns = contentColumns(input);
  const beforeTags = fromJson<string[]>(before.tags, []);
  if (beforeTags.includes(UPDATED_MESSAGE_TAG))
    columns.tags = toJson(withTag(fromJson<string[]>(columns.tags, []), UPDATED_MESSAGE_TAG));
  const attachmentsChange =
    input.attachments !== undefined && !(await sameAttachments(s, before.id, input.attachments));
  const differs =
    attachmentsChange || (Object.keys(columns) as (keyof typeof columns)[]).some((k) => columns[k] !== before[k]);
  if (!differs) return before;

  if (
    columns.action_required_by !== before.action_required_by ||
    (columns.is_major_change && !before.is_major_change)
  ) {
    checkActionDate(
      { isMajorChange: columns.is_major_change === 1, actionRequiredBy: columns.action_required_by },
      s.now,
    );
  }
  let after: MessageTable = {
    ...before,
    ...columns,
    key: input.key ?? before.key,
    revision: before.revision + 1,
    last_modified_at: s.nowIso,
  };
  const published = before.status === 'published';
  const changes = published ? materialChanges(contentOf(before), contentOf(after)) : [];
  if (changes.length) {
    after = {
      ...after,
      tags: toJson(withTag(fromJson<string[]>(after.tags, []), UPDATED_MESSAGE_TAG)),
      materially_changed_at: s.nowIso,
    };
  }
  await s.trx.updateTable('message').set(after).where('id', '=', before.id).execute();
  if (attachmentsChange) {
    await s.trx.deleteFrom('message_attachment').where('message_id', '=', before.id).execute();
    await insertAttachments(s, before.id, input.attachments!);
  }

  if (published) {
    const toldBefore = await audienceTenantsOf(s.trx, after.id);
    const audience = await materialiseAudience(s, after.id, fromJson<MessageAudience>(after.audience, {}));
    const tenantIds = audience.tenantIds;
    if (audience.added.length) {
      const scope = await audienceScope(s.trx, after, audience.added);
      await publishMessageEvent(s, {
        type: 'message.published',
        message: after,
        key: `message:${after.id}:published:${after.revision}`,
        scope,
      });
    }
    if (changes.length) {
      const told = tenantIds.filter((t) => !audience.added.includes(t));
      const scope = await toldScope(s, after, told);
      await publishMessageEvent(s, {
        type: 'message.updated',
        message: after,
        key: `message:${after.id}:updated:${after.revision}`,
        scope,
        extra: { changes, items: changes.map((title) => ({ title })) },
      });
    }
    s.changed({ tenantIds: [...new Set([...tenantIds, ...toldBefore])], topic: 'messages' });
  }
  await s.audit({
    action: 'message.updated',
    entityType: 'message',
    entityId: after.id,
    tenantId: null,
    before: { ...before, body_html: undefined },
    after: { ...after, body_html: undefined, materialChanges: changes },
  });
  return after;
}
