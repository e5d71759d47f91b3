// "Share this post by email with a note": a reader sends a post to people of their own
// organization (event message.shared, addressed to those people). Recipients outside the
// organization, or who may not read a data-privacy post, are refused by name.
import type { Actor } from '../../domain/actor.js';
import { checkEmail, normaliseEmail } from '../../domain/directory.js';
import { notFound, words } from '../../errors.js';
import { newId } from '../../store/values.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from '../directory/check.js';
import { privacyReaderIds } from './audience.js';
import { publishMessageEvent } from './notices.js';
import { readerScope, visibleMessages } from './readerScope.js';

export const MAX_SHARE_RECIPIENTS = 20;
export const MAX_SHARE_NOTE = 2000;

export interface ShareInput {
  /** Email addresses of people in the same organization. */
  to: string[];
  note?: string;
}

export async function shareMessage(
  ctx: AppContext,
  actor: Actor,
  messageId: string,
  input: ShareInput,
): Promise<{ sharedWith: string[] }> {
  const scope = await readerScope(ctx, actor);
  const visible = scope && (await visibleMessages(ctx, scope, [messageId])).get(messageId);
  if (!scope || !visible) throw notFound('message', messageId);
  const emails = [...new Set(input.to.map(normaliseEmail))];
  const check = new InputCheck();
  if (!emails.length) check.add('body.to', 'problem.share.nobody');
  if (emails.length > MAX_SHARE_RECIPIENTS)
    check.add('body.to', words('problem.share.tooMany', { max: MAX_SHARE_RECIPIENTS }));
  emails.forEach((e, i) => check.field(`body.to.${i}`, e, checkEmail));
  check.field('body.note', input.note, (v) =>
    v.length <= MAX_SHARE_NOTE ? null : words('problem.share.noteTooLong', { max: MAX_SHARE_NOTE }),
  );
  check.done();

  return runCommand(ctx, actor, async (s) => {
    const message = await s.trx.selectFrom('message').selectAll().where('id', '=', messageId).executeTakeFirstOrThrow();
    const tenantId = visible.tenantId;
    // People with any role in the reader's tenant (admins and additional recipients) may be told.
    const people = await s.trx
      .selectFrom('person')
      .innerJoin('role_assignment', 'role_assignment.person_id', 'person.id')
      .select(['person.id', 'person.email'])
      .distinct()
      .where('person.email', 'in', emails)
      .where('role_assignment.tenant_id', '=', tenantId)
      .execute();
    const allowed = message.is_data_privacy ? new Set(await privacyReaderIds(s.trx, [tenantId])) : null;
    const refuse = new InputCheck();
    emails.forEach((email, i) => {
      const person = people.find((p) => p.email === email);
      if (!person) refuse.add(`body.to.${i}`, words('problem.share.notMember', { email }));
      else if (allowed && !allowed.has(person.id))
        refuse.add(`body.to.${i}`, words('problem.share.notPrivacyReader', { email }));
    });
    refuse.done();

    const shareId = newId();
    const note = input.note?.trim() ?? '';
    await s.trx
      .insertInto('message_share')
      .values(
        people.map((p) => ({
          id: newId(),
          message_id: messageId,
          tenant_id: tenantId,
          from_person_id: scope.personId,
          to_person_id: p.id,
          note,
          shared_at: s.nowIso,
        })),
      )
      .execute();
    await publishMessageEvent(s, {
      type: 'message.shared',
      message,
      key: `message:${messageId}:shared:${shareId}`,
      scope: { personIds: people.map((p) => p.id).sort() },
      tenantId,
      extra: { note, sharedBy: actor.kind === 'person' ? { name: actor.name, email: actor.email } : null },
    });
    await s.audit({
      action: 'message.shared',
      entityType: 'message',
      entityId: messageId,
      tenantId,
      after: { to: emails, note },
    });
    return { sharedWith: emails };
  });
}
