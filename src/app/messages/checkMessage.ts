// What a post must be before it is written: the rules a schema cannot say (times in order, known
// tags, services, regions, tenants and environments, attachment sizes) and the policy's rule on
// action-required dates. Problems name the API's fields, so a 400 says what to fix.
import type { Transaction } from 'kysely';
import { checkRegionCode } from '../../domain/directory.js';
import {
  checkActionRequiredBy,
  checkDateTime,
  checkTags,
  isAudienceEmpty,
  MESSAGE_CATEGORIES,
  MESSAGE_SEVERITIES,
} from '../../domain/messages.js';
import { invalid, words } from '../../errors.js';
import type { DB } from '../../store/schema.js';
import { InputCheck } from '../directory/check.js';
import type { MessageAttachmentInput, MessageInput } from './insertMessage.js';

/** The API's names for MessageInput's fields (Graph's, where Graph has one). */
export const FIELD = {
  title: 'body.title',
  body: 'body.body',
  category: 'body.category',
  severity: 'body.severity',
  tags: 'body.tags',
  services: 'body.services',
  startsAt: 'body.startDateTime',
  endsAt: 'body.endDateTime',
  actionRequiredBy: 'body.actionRequiredByDateTime',
  audience: 'body.audience',
  details: 'body.details',
  attachments: 'body.attachments',
} as const;

// Defined in src/shared, which the console imports too; re-exported here for the server.
import { MAX_ATTACHMENTS } from '../../shared/messages.js';

export { MAX_ATTACHMENTS };
export const MAX_ATTACHMENT_BYTES = 1024 * 1024;

const oneOf = (values: readonly string[]) => (v: string) =>
  values.includes(v) ? null : words('problem.schema.oneOf', { choices: values.join(', ') });

export function checkAttachment(check: InputCheck, field: string, a: MessageAttachmentInput): void {
  check
    .field(`${field}.name`, a.name, (v) =>
      v.trim() && v.length <= 200 && !/[/\\]/.test(v) ? null : 'problem.messages.fileName',
    )
    .field(`${field}.contentType`, a.contentType, (v) =>
      /^[\w.+-]+\/[\w.+-]+$/.test(v) ? null : 'problem.messages.mediaType',
    )
    .field(`${field}.contentBase64`, a.contentBase64, (v) => {
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(v) || v.length % 4 !== 0) return 'problem.messages.base64';
      return Buffer.byteLength(v, 'base64') <= MAX_ATTACHMENT_BYTES
        ? null
        : words('problem.messages.fileTooLarge', { kib: MAX_ATTACHMENT_BYTES / 1024 });
    });
}

/** Everything about a post that needs no database, all problems at once. */
export function checkMessageInput(input: MessageInput): void {
  const check = new InputCheck()
    .require(FIELD.title, input.title)
    .require(FIELD.body, input.body)
    .field(FIELD.title, input.title, (v) => (v.length <= 300 ? null : 'problem.tooLong300'))
    .field(FIELD.body, input.body, (v) => (v.length <= 100_000 ? null : 'problem.tooLong100k'))
    .field(FIELD.category, input.category, oneOf(MESSAGE_CATEGORIES))
    .field(FIELD.severity, input.severity, oneOf(MESSAGE_SEVERITIES))
    .field(FIELD.tags, input.tags, checkTags)
    .require(FIELD.startsAt, input.startsAt)
    .field(FIELD.startsAt, input.startsAt, checkDateTime)
    .field(FIELD.endsAt, input.endsAt ?? undefined, checkDateTime)
    .field(FIELD.actionRequiredBy, input.actionRequiredBy ?? undefined, checkDateTime);
  if (
    input.startsAt &&
    input.endsAt &&
    !checkDateTime(input.startsAt) &&
    !checkDateTime(input.endsAt) &&
    Date.parse(input.endsAt) <= Date.parse(input.startsAt)
  ) {
    check.add(FIELD.endsAt, 'problem.messages.endAfterStart');
  }
  if (isAudienceEmpty(input.audience)) check.add(FIELD.audience, 'problem.messages.audienceEmpty');
  for (const code of input.audience.regionCodes ?? [])
    check.field(`${FIELD.audience}.regionCodes`, code, checkRegionCode);
  (input.details ?? []).forEach((d, i) =>
    check.field(`${FIELD.details}.${i}.name`, d.name, (v) => (v.trim() ? null : 'problem.notEmpty')),
  );
  const attachments = input.attachments ?? [];
  if (attachments.length > MAX_ATTACHMENTS)
    check.add(FIELD.attachments, words('problem.messages.tooManyFiles', { max: MAX_ATTACHMENTS }));
  attachments.forEach((a, i) => checkAttachment(check, `${FIELD.attachments}.${i}`, a));
  check.done();
}

/** The policy's rule on action dates, checked when a post is written or published at `now`. */
export function checkActionDate(post: Pick<MessageInput, 'isMajorChange' | 'actionRequiredBy'>, now: Date): void {
  const problem = checkActionRequiredBy(post, now);
  if (problem) throw invalid(FIELD.actionRequiredBy, problem);
}

async function unknownIds(
  trx: Transaction<DB>,
  table: 'service' | 'tenant' | 'environment',
  ids: string[] | undefined,
): Promise<string[]> {
  const wanted = [...new Set(ids ?? [])];
  if (!wanted.length) return [];
  const known = new Set(
    (await trx.selectFrom(table).select('id').where('id', 'in', wanted).execute()).map((r) => r.id),
  );
  return wanted.filter((id) => !known.has(id));
}

/** Services, tenants and environments a post names must exist. */
export async function checkMessageReferences(
  trx: Transaction<DB>,
  input: Pick<MessageInput, 'services' | 'audience'>,
): Promise<void> {
  const check = new InputCheck();
  const report = (field: string, what: 'services' | 'tenants' | 'environments', ids: string[]) =>
    ids.length && check.add(field, words('problem.messages.unknownIds', { what, ids: ids.join(', ') }));
  report(FIELD.services, 'services', await unknownIds(trx, 'service', input.services));
  report(`${FIELD.audience}.serviceIds`, 'services', await unknownIds(trx, 'service', input.audience.serviceIds));
  report(`${FIELD.audience}.tenantIds`, 'tenants', await unknownIds(trx, 'tenant', input.audience.tenantIds));
  report(
    `${FIELD.audience}.environmentIds`,
    'environments',
    await unknownIds(trx, 'environment', input.audience.environmentIds),
  );
  check.done();
}
