// Every error leaves Herald's native API as application/problem+json (RFC 9457), naming the
// field and what is wrong. This is the one place where errors become responses.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DatabaseUnavailable, HeraldError, type FieldProblem } from '../errors.js';
import { databaseFailureOf, unavailableError } from '../store/failures.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  errors: FieldProblem[];
}

/** Words for field names where splitting the camelCase does not read well. */
const FIELD_WORDS: Record<string, string> = {
  url: 'URL',
  durationMinutes: 'Estimated duration',
  serviceId: 'Service',
  serviceIds: 'Services',
  tenantId: 'Tenant',
  tenantIds: 'Tenants',
  environmentId: 'Environment',
  environmentIds: 'Environments',
  startsAt: 'Start',
  endsAt: 'End',
  eventTypes: 'Events',
  confirmNoEnvironments: 'Confirmation',
};

const words = (name: string) =>
  FIELD_WORDS[name] ??
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase()
    .replace(/^./, (c) => c.toUpperCase());

/**
 * A field as people say it: "body.windows[0].endsAt" → "End (windows, item 1)", "body.title" → "Title".
 * The `field` of each problem stays the machine name, for programs and for the console's forms.
 */
export function fieldLabel(field: string): string {
  const parts = field.split(/[.[\]]+/).filter((p) => p && !['body', 'query', 'params', 'headers'].includes(p));
  const last = parts.at(-1);
  if (!last) return 'The request';
  const index = parts.findLastIndex((p) => /^\d+$/.test(p));
  if (/^\d+$/.test(last)) return `${words(parts.at(-2) ?? 'item')}, item ${Number(last) + 1}`;
  return index > 0
    ? `${words(last)} (${words(parts[index - 1]!).toLowerCase()}, item ${Number(parts[index]) + 1})`
    : words(last);
}

/** The detail of a validation problem in plain words: "Title is required; End must be after the start." */
function plainDetail(error: HeraldError): string {
  if (error.code !== 'HERALD_VALIDATION' || !error.problems.length) return error.message;
  return `${error.problems.map((p) => `${fieldLabel(p.field)} ${p.message}`).join('; ')}.`;
}

export function problemOf(error: HeraldError, instance: string): Problem {
  return {
    type: `urn:herald:problem:${error.code
      .toLowerCase()
      .replace(/^herald_/, '')
      .replace(/_/g, '-')}`,
    title: error.title,
    status: error.status,
    detail: plainDetail(error),
    instance,
    code: error.code,
    errors: error.problems,
  };
}

type AjvError = { instancePath: string; message?: string; params: Record<string, unknown>; keyword: string };

function fieldOf(context: string, e: AjvError): string {
  const path = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const missing = typeof e.params.missingProperty === 'string' ? e.params.missingProperty : null;
  const extra = typeof e.params.additionalProperty === 'string' ? e.params.additionalProperty : null;
  return [context, path, missing ?? extra].filter((p) => p).join('.');
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'empty',
};

const FORMAT_WORDS: Record<string, string> = {
  'date-time': 'a date and time such as 2026-12-02T14:00:00Z',
  date: 'a date such as 2026-12-02',
  email: 'an email address',
  uri: 'a web address such as https://example.com/',
  uuid: 'an id',
};

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Ajv's keyword and parameters as a plain predicate for the field ("is required", "must be at most 300 characters"). */
function messageOf(e: AjvError): string {
  const limit = typeof e.params.limit === 'number' ? e.params.limit : NaN;
  switch (e.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'enum':
      return Array.isArray(e.params.allowedValues)
        ? `must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`
        : 'is not one of the choices';
    case 'const':
      return `must be ${String(e.params.allowedValue)}`;
    case 'minLength':
      return limit <= 1 ? 'is required' : `must be at least ${count(limit, 'character')}`;
    case 'maxLength':
      return `must be at most ${count(limit, 'character')}`;
    case 'minItems':
      return limit <= 1 ? 'must have at least one item' : `must have at least ${count(limit, 'item')}`;
    case 'maxItems':
      return `must have at most ${count(limit, 'item')}`;
    case 'minimum':
      return `must be at least ${limit}`;
    case 'maximum':
      return `must be at most ${limit}`;
    case 'exclusiveMinimum':
      return `must be more than ${limit}`;
    case 'exclusiveMaximum':
      return `must be less than ${limit}`;
    case 'type': {
      const types = String(e.params.type).split(',');
      return `must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}`;
    }
    case 'format':
      return `must be ${FORMAT_WORDS[String(e.params.format)] ?? `in the ${String(e.params.format)} format`}`;
    case 'pattern':
      return 'is not in the expected form';
    case 'uniqueItems':
      return 'has the same item twice';
    case 'anyOf':
    case 'oneOf':
      return 'is not in any accepted form';
    default:
      return e.message ?? 'is not valid';
  }
}

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
    return new HeraldError('HERALD_VALIDATION', problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HeraldError(
        'HERALD_UNSUPPORTED_MEDIA_TYPE',
        'Send the body as application/json (or text/csv where a route says so).',
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HeraldError('HERALD_PAYLOAD_TOO_LARGE', 'The body is larger than this route accepts.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HeraldError('HERALD_VALIDATION', 'The body is empty; send a JSON object.', [
        { field: 'body', message: 'is empty' },
      ]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HeraldError('HERALD_VALIDATION', `The body is not valid JSON: ${fe.message}`, [
        { field: 'body', message: 'is not valid JSON' },
      ]);
    case 'FST_CSRF_INVALID_TOKEN':
    case 'FST_CSRF_MISSING_SECRET':
      return new HeraldError('HERALD_CSRF', 'Send the token from GET /api/session in the x-csrf-token header.');
  }
  // Two commands racing to create the same unique thing (an email, a role, a claim): the one whose
  // check passed before the other committed meets the unique index instead. It lost, like the
  // loser of a row lock: 409, not a 500.
  const dbCode = (error as { code?: unknown }).code;
  if (dbCode === '23505' || dbCode === 'SQLITE_CONSTRAINT_UNIQUE' || dbCode === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new HeraldError(
      'HERALD_CONFLICT',
      'A concurrent change made the same thing first; read it again before retrying.',
    );
  }
  if (fe instanceof SyntaxError && fe.statusCode === 400) {
    return new HeraldError('HERALD_VALIDATION', `The body is not valid JSON: ${fe.message}`, [
      { field: 'body', message: 'is not valid JSON' },
    ]);
  }
  if (fe.statusCode === 429)
    return new HeraldError('HERALD_RATE_LIMITED', fe.message || 'Too many requests; wait a minute and try again.');
  if (fe.statusCode === 413) return new HeraldError('HERALD_PAYLOAD_TOO_LARGE', fe.message);
  if (fe.statusCode === 415) return new HeraldError('HERALD_UNSUPPORTED_MEDIA_TYPE', fe.message);
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new HeraldError('HERALD_VALIDATION', fe.message, [{ field: 'request', message: fe.message }]);
  }
  return null;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: Error): FastifyReply {
  const known = toHeraldError(error);
  if (!known) {
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .code(500)
      .type('application/problem+json')
      .send({
        type: 'urn:herald:problem:internal',
        title: 'Internal error',
        status: 500,
        detail: `Something went wrong on our side; the request id is ${request.id}.`,
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
  return reply.code(known.status).type('application/problem+json').send(problemOf(known, request.url));
}
