// Operators translate a Message Center post: add or replace its title and body in one language,
// remove a language, list them with which may be out of date. Each change is a command (audited)
// under the post's row lock, so a translation is checked against the original it is saved with.
import { isOperator, type Actor } from '../../domain/actor.js';
import { HeraldError, forbidden, notFound, unauthenticated } from '../../errors.js';
import type { MessageTable, MessageTranslationTable } from '../../store/schema.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { words } from '../../shared/i18n/words.js';
import { InputCheck } from '../directory/check.js';
import { audienceTenantsOf } from '../messages/audience.js';
import { FIELD } from '../messages/checkMessage.js';
import { renderMarkdown } from '../messages/markdown.js';
import { checkPlaceholders, checkTranslationLanguage, digestOf } from './check.js';
import { originalLanguage } from './language.js';

export interface MessageTranslationInput {
  title: string;
  body: string;
}

export interface MessageTranslationRecord {
  translation: MessageTranslationTable;
  /** The original's title or body changed since this was saved. */
  outOfDate: boolean;
}

const LANGUAGE_FIELD = 'params.language';

function requireOperator(actor: Actor): void {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (!isOperator(actor)) throw forbidden('problem.translation.operatorsOnly');
}

const digestOfMessage = (m: Pick<MessageTable, 'title' | 'body'>): string => digestOf(m.title, m.body);

const recordOf = (message: MessageTable, translation: MessageTranslationTable): MessageTranslationRecord => ({
  translation,
  outOfDate: translation.original_digest !== digestOfMessage(message),
});

async function lockedMessage(s: CommandScope, id: string): Promise<MessageTable> {
  const row = await s.lock('message', id);
  if (!row) throw notFound('message', id);
  return row;
}

/** Live views of the post's readers hear of it once it is published. */
async function tellReaders(s: CommandScope, message: MessageTable): Promise<void> {
  if (message.status === 'published')
    s.changed({ tenantIds: await audienceTenantsOf(s.trx, message.id), topic: 'messages' });
}

export async function listMessageTranslations(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ originalLanguage: string; items: MessageTranslationRecord[] }> {
  requireOperator(actor);
  const db = ctx.database.db;
  const message = await db.selectFrom('message').selectAll().where('id', '=', id).executeTakeFirst();
  if (!message) throw notFound('message', id);
  const rows = await db
    .selectFrom('message_translation')
    .selectAll()
    .where('message_id', '=', id)
    .orderBy('language')
    .execute();
  return { originalLanguage: originalLanguage(ctx), items: rows.map((t) => recordOf(message, t)) };
}

/** Adds the post's translation into `languageTag`, or replaces the one there is. */
export async function saveMessageTranslation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  languageTag: string,
  input: MessageTranslationInput,
): Promise<MessageTranslationRecord> {
  requireOperator(actor);
  const language = checkTranslationLanguage(LANGUAGE_FIELD, languageTag, originalLanguage(ctx));
  // The original's own rules (src/app/messages/checkMessage.ts), under the same field names.
  new InputCheck()
    .require(FIELD.title, input.title)
    .require(FIELD.body, input.body)
    .field(FIELD.title, input.title, (v) =>
      v.length <= 300 ? null : words('problem.schema.maxLength', { limit: 300 }),
    )
    .field(FIELD.body, input.body, (v) =>
      v.length <= 100_000 ? null : words('problem.schema.maxLength', { limit: 100_000 }),
    )
    .done();
  return runCommand(ctx, actor, async (s) => {
    const message = await lockedMessage(s, id);
    const check = new InputCheck();
    checkPlaceholders(check, FIELD.title, message.title, input.title);
    checkPlaceholders(check, FIELD.body, message.body, input.body);
    check.done();
    const before = await s.trx
      .selectFrom('message_translation')
      .selectAll()
      .where('message_id', '=', id)
      .where('language', '=', language)
      .executeTakeFirst();
    const after: MessageTranslationTable = {
      message_id: id,
      language,
      title: input.title.trim(),
      body: input.body,
      body_html: renderMarkdown(input.body),
      original_digest: digestOfMessage(message),
      translated_by: s.actor.kind === 'person' ? s.actor.personId : null,
      created_at: before?.created_at ?? s.nowIso,
      updated_at: s.nowIso,
    };
    if (before)
      await s.trx
        .updateTable('message_translation')
        .set(after)
        .where('message_id', '=', id)
        .where('language', '=', language)
        .execute();
    else await s.trx.insertInto('message_translation').values(after).execute();
    await s.audit({
      action: before ? 'message.translation_replaced' : 'message.translation_added',
      entityType: 'message',
      entityId: id,
      tenantId: null,
      before: before ? { ...before, body_html: undefined } : null,
      after: { ...after, body_html: undefined },
    });
    await tellReaders(s, message);
    return recordOf(message, after);
  });
}

export async function removeMessageTranslation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  languageTag: string,
): Promise<void> {
  requireOperator(actor);
  const language = checkTranslationLanguage(LANGUAGE_FIELD, languageTag, originalLanguage(ctx));
  await runCommand(ctx, actor, async (s) => {
    const message = await lockedMessage(s, id);
    const before = await s.trx
      .selectFrom('message_translation')
      .selectAll()
      .where('message_id', '=', id)
      .where('language', '=', language)
      .executeTakeFirst();
    if (!before) throw new HeraldError('HERALD_NOT_FOUND', words('problem.translation.notFound', { language }));
    await s.trx
      .deleteFrom('message_translation')
      .where('message_id', '=', id)
      .where('language', '=', language)
      .execute();
    await s.audit({
      action: 'message.translation_removed',
      entityType: 'message',
      entityId: id,
      tenantId: null,
      before: { ...before, body_html: undefined },
    });
    await tellReaders(s, message);
  });
}
