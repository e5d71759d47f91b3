// Contract between the Message Center and the features that post to it (weekly update notices,
// major waves, maintenance, lifecycle mail). Called inside the poster's transaction.
import type { CommandScope } from '../command.js';
import { checkMessageInput, checkMessageReferences } from './checkMessage.js';
import { changeMessageRow, insertMessageRow, publishMessageRow } from './writeMessage.js';

/** Graph serviceUpdateMessage categories and severities. */
export type MessageCategory = 'preventOrFixIssue' | 'planForChange' | 'stayInformed';
export type MessageSeverity = 'normal' | 'high' | 'critical';

export interface MessageAudience {
  allTenants?: boolean;
  tenantIds?: string[];
  regionCodes?: string[];
  environmentIds?: string[];
  /** Tenants that have an environment using one of these services. */
  serviceIds?: string[];
}

export interface MessageAttachmentInput {
  name: string;
  contentType: string;
  /** The file's bytes, base64. */
  contentBase64: string;
}

export interface MessageInput {
  /** Idempotency for generated posts, e.g. `release:<id>:region:NAM`: posting twice keeps one. */
  key?: string;
  title: string;
  /** Markdown. */
  body: string;
  category: MessageCategory;
  severity: MessageSeverity;
  /** Graph tags: 'Admin impact', 'Data privacy', 'Feature update', 'Major update', 'New feature', 'Retirement', 'User impact', 'Updated message'. */
  tags: string[];
  isMajorChange: boolean;
  actionRequiredBy: string | null;
  /** Service ids. */
  services: string[];
  startsAt: string;
  endsAt: string | null;
  audience: MessageAudience;
  /** Links shown with the post (release notes…). */
  details?: { name: string; value: string }[];
  /** The release the post is about: it then shows a release status per tenant. */
  releaseId?: string | null;
  /** Small files shown with the post (at most 10, 1 MiB each). */
  attachments?: MessageAttachmentInput[];
}

/**
 * Posts a published message and tells its audience (event message.published). With a `key`,
 * posting again is safe: the same post is kept and brought up to date with the input, and if
 * that changes it materially (a date moves), it is tagged "Updated message" and the people told
 * before are told again. Throws a 400 naming the field when the input breaks a rule (an
 * action-required date in the past, a major change announced less than 30 days ahead).
 */
export async function insertMessage(s: CommandScope, input: MessageInput): Promise<{ id: string }> {
  checkMessageInput(input);
  await checkMessageReferences(s.trx, input);
  if (input.key) {
    const existing = await s.trx.selectFrom('message').selectAll().where('key', '=', input.key).executeTakeFirst();
    if (existing) {
      const changed = await changeMessageRow(s, existing, input);
      if (changed.status === 'draft') await publishMessageRow(s, changed);
      return { id: existing.id };
    }
  }
  const row = await insertMessageRow(s, input);
  await publishMessageRow(s, row);
  return { id: row.id };
}
