// Every error leaves Herald's native API as application/problem+json (RFC 9457), naming the
// field and what is wrong. This is the one place where errors become responses.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import {
  DatabaseUnavailable,
  type ErrorCode,
  HeraldError,
  invalidMany,
  titleKeyOf,
  type Words,
  words as wordsOf,
} from '../errors.js';
import { translator, type Translator } from '../i18n/translator.js';
import { databaseFailureOf, unavailableError } from '../store/failures.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  errors: { field: string; message: string }[];
}

const english = translator('en');

const split = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase()
    .replace(/^./, (c) => c.toUpperCase());

/**
 * A field name as a word of the reader's language: `problem.fieldName` is a select over the names
 * it has words for; any other name falls to its `other` choice, the camelCase split into words.
 */
const words = (name: string, tr: Translator) => tr.t('problem.fieldName', { name, words: split(name) });

/**
 * A field as people say it: "body.windows[0].endsAt" → "End (windows, item 1)", "body.title" → "Title".
 * The `field` of each problem stays the machine name, for programs and for the console's forms.
 */
export function fieldLabel(field: string, tr: Translator = english): string {
  const parts = field.split(/[.[\]]+/).filter((p) => p && !['body', 'query', 'params', 'headers'].includes(p));
  const last = parts.at(-1);
  if (!last) return tr.t('problem.theRequest');
  const index = parts.findLastIndex((p) => /^\d+$/.test(p));
  if (/^\d+$/.test(last))
    return tr.t('problem.listItem', { list: words(parts.at(-2) ?? 'item', tr), item: Number(last) + 1 });
  return index > 0
    ? tr.t('problem.fieldInListItem', {
        field: words(last, tr),
        list: words(parts[index - 1]!, tr).toLocaleLowerCase(tr.formatLocale),
        item: Number(parts[index]) + 1,
      })
    : words(last, tr);
}

/** Codes whose detail is the list of their field problems in plain words: "Title is required; End must be after the start." */
const FIELD_DETAIL = new Set<ErrorCode>(['HERALD_VALIDATION', 'HERALD_PRIVATE_NAME', 'HERALD_LOW_CONTRAST']);

function plainDetail(error: HeraldError, tr: Translator): string {
  if (!FIELD_DETAIL.has(error.code) || !error.problems.length) return tr.words(error.detail);
  const sentences = error.problems.map((p) =>
    tr.t('problem.fieldSentence', { label: fieldLabel(p.field, tr), message: tr.words(p.message) }),
  );
  const joined = sentences.reduceRight((rest, first) => tr.t('problem.sentenceList', { first, rest }));
  return tr.t('problem.fieldSentences', { sentences: joined });
}

/** The problem+json of an error, its words (title, detail, field messages) in the reader's language. */
export function problemOf(error: HeraldError, instance: string, tr: Translator = english): Problem {
  return {
    type: `urn:herald:problem:${error.code
      .toLowerCase()
      .replace(/^herald_/, '')
      .replace(/_/g, '-')}`,
    title: tr.t(titleKeyOf(error.code)),
    status: error.status,
    detail: plainDetail(error, tr),
    instance,
    code: error.code,
    errors: error.problems.map((p) => ({ field: p.field, message: tr.words(p.message) })),
  };
}

type AjvError = { instancePath: string; message?: string; params: Record<string, unknown>; keyword: string };

function fieldOf(context: string, e: AjvError): string {
  const path = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const missing = typeof e.params.missingProperty === 'string' ? e.params.missingProperty : null;
  const extra = typeof e.params.additionalProperty === 'string' ? e.params.additionalProperty : null;
  return [context, path, missing ?? extra].filter((p) => p).join('.');
}

/** JSON types with a word in `problem.schema.type`; a union ("string,null") names each. */
const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'null']);
/** Formats with a word in `problem.schema.format`. */
const FORMATS = new Set(['date-time', 'date', 'email', 'uri', 'uuid']);

/** Ajv's keyword and parameters as a plain predicate for the field ("is required", "must be at most 300 characters"). */
function messageOf(e: AjvError): Words {
  const limit = typeof e.params.limit === 'number' ? e.params.limit : NaN;
  switch (e.keyword) {
    case 'required':
      return 'problem.required';
    case 'additionalProperties':
      return 'problem.schema.unknownField';
    case 'enum':
      return Array.isArray(e.params.allowedValues)
        ? wordsOf('problem.schema.oneOf', { choices: (e.params.allowedValues as unknown[]).join(', ') })
        : 'problem.schema.notAChoice';
    case 'const':
      return wordsOf('problem.schema.const', { value: String(e.params.allowedValue) });
    case 'minLength':
      return limit <= 1 ? 'problem.required' : wordsOf('problem.schema.minLength', { limit });
    case 'maxLength':
      return wordsOf('problem.schema.maxLength', { limit });
    case 'minItems':
      return wordsOf('problem.schema.minItems', { limit });
    case 'maxItems':
      return wordsOf('problem.schema.maxItems', { limit });
    case 'minimum':
      return wordsOf('problem.schema.minimum', { limit });
    case 'maximum':
      return wordsOf('problem.schema.maximum', { limit });
    case 'exclusiveMinimum':
      return wordsOf('problem.schema.exclusiveMinimum', { limit });
    case 'exclusiveMaximum':
      return wordsOf('problem.schema.exclusiveMaximum', { limit });
    case 'type': {
      const types = String(e.params.type).split(',');
      const [first, second] = types.map((t) => (JSON_TYPES.has(t) ? t : 'other'));
      return second
        ? wordsOf('problem.schema.typeEither', { first: first!, second })
        : wordsOf('problem.schema.type', { type: first! });
    }
    case 'format': {
      const format = String(e.params.format);
      return wordsOf('problem.schema.format', { format: FORMATS.has(format) ? format : 'other', name: format });
    }
    case 'pattern':
      return 'problem.schema.pattern';
    case 'uniqueItems':
      return 'problem.schema.uniqueItems';
    case 'anyOf':
    case 'oneOf':
      return 'problem.schema.anyOf';
    default:
      return 'problem.schema.invalid';
  }
}

/**
 * A text a library wrote (Fastify's, a plugin's), passed through as it is: it is English and may be
 * technical, but it is what is known; the words around it are ours.
 */
const passedOn = (reason: string) => wordsOf('problem.passedOn', { reason });

/** Maps any thrown error to a HeraldError; returns null for a bug (a 500). */
export function toHeraldError(error: FastifyError | HeraldError | Error): HeraldError | null {
  if (error instanceof HeraldError) return error;
  // A database failure that reached here without passing the store's guard (a pg client used
  // directly): still a 503 naming the cause, never a 500.
  const failure = databaseFailureOf(error);
  if (failure) return unavailableError(failure, error);
  const fe = error as FastifyError & { validation?: AjvError[]; validationContext?: string };
  if (fe.validation) {
    const problems = fe.validation.map((e) => ({
      field: fieldOf(fe.validationContext ?? 'body', e),
      message: messageOf(e),
    }));
    return invalidMany(problems);
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HeraldError('HERALD_UNSUPPORTED_MEDIA_TYPE', 'problem.sendJson');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HeraldError('HERALD_PAYLOAD_TOO_LARGE', 'problem.bodyTooLarge');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HeraldError('HERALD_VALIDATION', 'problem.bodyEmpty', [{ field: 'body', message: 'problem.isEmpty' }]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HeraldError('HERALD_VALIDATION', wordsOf('problem.bodyNotJson', { reason: fe.message }), [
        { field: 'body', message: 'problem.notJson' },
      ]);
    case 'FST_CSRF_INVALID_TOKEN':
    case 'FST_CSRF_MISSING_SECRET':
      return new HeraldError('HERALD_CSRF', 'problem.sendCsrf');
  }
  // Two commands racing to create the same unique thing (an email, a role, a claim): the one whose
  // check passed before the other committed meets the unique index instead. It lost, like the
  // loser of a row lock: 409, not a 500.
  const dbCode = (error as { code?: unknown }).code;
  if (dbCode === '23505' || dbCode === 'SQLITE_CONSTRAINT_UNIQUE' || dbCode === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new HeraldError('HERALD_CONFLICT', 'problem.concurrentChange');
  }
  if (fe instanceof SyntaxError && fe.statusCode === 400) {
    return new HeraldError('HERALD_VALIDATION', wordsOf('problem.bodyNotJson', { reason: fe.message }), [
      { field: 'body', message: 'problem.notJson' },
    ]);
  }
  if (fe.statusCode === 429)
    return new HeraldError('HERALD_RATE_LIMITED', fe.message ? passedOn(fe.message) : 'problem.tooManyRequests');
  if (fe.statusCode === 413) return new HeraldError('HERALD_PAYLOAD_TOO_LARGE', passedOn(fe.message));
  if (fe.statusCode === 415) return new HeraldError('HERALD_UNSUPPORTED_MEDIA_TYPE', passedOn(fe.message));
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new HeraldError('HERALD_VALIDATION', passedOn(fe.message), [
      { field: 'request', message: passedOn(fe.message) },
    ]);
  }
  return null;
}

/**
 * Whom the words are for: a signed-in person in their own language, else their tenant's, else the
 * provider's (`readerTranslator`, as their mail); anyone else by Accept-Language, else the provider's.
 * An unknown language is no error: it falls through to the next wish.
 */
export type ProblemReader = (request: FastifyRequest) => Promise<Translator> | Translator;

export async function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  error: Error,
  reader: ProblemReader = () => english,
): Promise<FastifyReply> {
  const known = toHeraldError(error);
  let tr = english;
  try {
    tr = await reader(request);
  } catch (err) {
    // Choosing the language must never hide the error being answered (the database may be down).
    request.log.warn({ err }, 'reader language unknown; answering in English');
  }
  reply.header('content-language', tr.locale);
  if (!known) {
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .code(500)
      .type('application/problem+json')
      .send({
        type: 'urn:herald:problem:internal',
        title: tr.t('problem.title.internal'),
        status: 500,
        detail: tr.t('problem.internal', { requestId: request.id }),
        instance: request.url,
        code: 'HERALD_INTERNAL',
        errors: [],
      });
  }
  if (known instanceof DatabaseUnavailable) {
    // The driver's own error (57P01, ECONNREFUSED, SQLITE_FULL …) is what an operator needs to see.
    const cause = known.cause instanceof Error ? known.cause : known;
    request.log.warn({ err: cause, cause: known.causeCode }, `database unavailable: ${known.causeCode}`);
    reply.header('retry-after', String(known.retryAfterSeconds));
  }
  return reply
    .code(known.status)
    .type('application/problem+json')
    .send(problemOf(known, request.url, tr));
}
