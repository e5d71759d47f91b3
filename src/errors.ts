// The one catalogue of errors Herald reports. Every failure a person can act on is a HeraldError
// with a stable code; src/http/problem.ts turns it into application/problem+json (RFC 9457) and
// the compatible APIs into their own shapes. Anything else is a bug and becomes a 500.

import { translator } from './i18n/translator.js';
import { words, type Words } from './shared/i18n/words.js';
import type { MessageKey } from './shared/i18n/catalogue/en.js';

export { messageOf, words, type Words } from './shared/i18n/words.js';

export interface FieldProblem {
  /** Where the problem is, e.g. "body.email", "query.$filter", "line 12: region". */
  field: string;
  /** What is wrong, as a predicate after the field's label ("is required"), in the reader's language when sent. */
  message: Words;
}

export type ErrorCode =
  | 'HERALD_VALIDATION'
  | 'HERALD_NOT_FOUND'
  | 'HERALD_CONFLICT'
  | 'HERALD_UNAUTHENTICATED'
  | 'HERALD_FORBIDDEN'
  | 'HERALD_CSRF'
  | 'HERALD_ILLEGAL_TRANSITION'
  | 'HERALD_RATE_LIMITED'
  | 'HERALD_UNSUPPORTED_MEDIA_TYPE'
  | 'HERALD_PAYLOAD_TOO_LARGE'
  | 'HERALD_UNAVAILABLE'
  | 'HERALD_DATABASE_UNAVAILABLE'
  | 'HERALD_PRIVATE_NAME'
  | 'HERALD_LOW_CONTRAST'
  | 'HERALD_NEEDS_CONFIRMATION';

const statusOf: Record<ErrorCode, number> = {
  HERALD_VALIDATION: 400,
  HERALD_NOT_FOUND: 404,
  HERALD_CONFLICT: 409,
  HERALD_UNAUTHENTICATED: 401,
  HERALD_FORBIDDEN: 403,
  HERALD_CSRF: 403,
  HERALD_ILLEGAL_TRANSITION: 409,
  HERALD_RATE_LIMITED: 429,
  HERALD_UNSUPPORTED_MEDIA_TYPE: 415,
  HERALD_PAYLOAD_TOO_LARGE: 413,
  HERALD_UNAVAILABLE: 503,
  HERALD_DATABASE_UNAVAILABLE: 503,
  HERALD_PRIVATE_NAME: 422,
  HERALD_LOW_CONTRAST: 422,
  HERALD_NEEDS_CONFIRMATION: 422,
};

/** The title of each code, in the catalogue. */
const TITLES: Record<ErrorCode, MessageKey> = {
  HERALD_VALIDATION: 'problem.title.validation',
  HERALD_NOT_FOUND: 'problem.title.notFound',
  HERALD_CONFLICT: 'problem.title.conflict',
  HERALD_UNAUTHENTICATED: 'problem.title.unauthenticated',
  HERALD_FORBIDDEN: 'problem.title.forbidden',
  HERALD_CSRF: 'problem.title.csrf',
  HERALD_ILLEGAL_TRANSITION: 'problem.title.illegalTransition',
  HERALD_RATE_LIMITED: 'problem.title.rateLimited',
  HERALD_UNSUPPORTED_MEDIA_TYPE: 'problem.title.unsupportedMediaType',
  HERALD_PAYLOAD_TOO_LARGE: 'problem.title.payloadTooLarge',
  HERALD_UNAVAILABLE: 'problem.title.unavailable',
  HERALD_DATABASE_UNAVAILABLE: 'problem.title.databaseUnavailable',
  HERALD_PRIVATE_NAME: 'problem.title.privateName',
  HERALD_LOW_CONTRAST: 'problem.title.lowContrast',
  HERALD_NEEDS_CONFIRMATION: 'problem.title.needsConfirmation',
};

export const titleKeyOf = (code: ErrorCode): MessageKey => TITLES[code];

/** English words: the error's `message` and `title`, for logs and the compatible APIs that answer in English. */
const english = translator('en');

export class HeraldError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** The title in English; problem.ts says it in the reader's language. */
  readonly title: string;
  /** What happened, in the reader's language when sent; `message` is the same in English. */
  readonly detail: Words;
  readonly problems: FieldProblem[];

  constructor(code: ErrorCode, detail: Words, problems: FieldProblem[] = []) {
    super(english.words(detail));
    this.name = 'HeraldError';
    this.code = code;
    this.status = statusOf[code];
    this.title = english.t(titleKeyOf(code));
    this.detail = detail;
    this.problems = problems;
  }
}

/** One field problem in English, "body.email: is required", for logs and the English-only outputs. */
export const englishProblem = (p: FieldProblem): string => `${p.field}: ${english.words(p.message)}`;

/** A field problem's message in English. */
export const englishMessage = (p: FieldProblem): string => english.words(p.message);

export const invalid = (field: string, message: Words): HeraldError =>
  new HeraldError('HERALD_VALIDATION', words('problem.fieldIs', { field, message: asMessage(message) }), [
    { field, message },
  ]);

const asMessage = (w: Words) => (typeof w === 'string' ? { key: w } : w);

/**
 * Every field problem in one detail, "body.title: is required; body.endsAt: …", for logs and the
 * English-only outputs (Graph); problem+json words each field by its label instead.
 */
export const fieldsDetail = (problems: FieldProblem[]): Words =>
  problems
    .map((p) => words('problem.fieldIs', { field: p.field, message: asMessage(p.message) }))
    .reduceRight((rest, first) => words('problem.sentenceList', { first, rest }));

export const invalidMany = (problems: FieldProblem[]): HeraldError =>
  new HeraldError('HERALD_VALIDATION', fieldsDetail(problems), problems);

/** What may be "not found": the catalogue's `problem.thing` names each (a select, so call sites stay short). */
export type Thing =
  | 'apiToken'
  | 'attachment'
  | 'calendar'
  | 'claim'
  | 'dataPrivacyReader'
  | 'delivery'
  | 'environment'
  | 'environmentInRollout'
  | 'event'
  | 'feature'
  | 'featureReachingEnvironment'
  | 'groupRule'
  | 'identityProvider'
  | 'incident'
  | 'incidentTemplate'
  | 'issue'
  | 'maintenance'
  | 'member'
  | 'message'
  | 'operator'
  | 'page'
  | 'person'
  | 'postIncidentReport'
  | 'pushSubscription'
  | 'recipient'
  | 'region'
  | 'release'
  | 'releaseTrain'
  | 'roleAssignment'
  | 'rollout'
  | 'scimToken'
  | 'service'
  | 'serviceHealth'
  | 'session'
  | 'station'
  | 'subscriber'
  | 'subscription'
  | 'team'
  | 'tenant'
  | 'ticket'
  | 'webhookEndpoint';

/** Also what a tenant gets for another tenant's data: its existence is not revealed. */
/** `field` names the request field that referred to it, when the missing thing was named in the body or query. */
export const notFound = (thing: Thing, id?: string, field?: string): HeraldError =>
  new HeraldError(
    'HERALD_NOT_FOUND',
    id !== undefined
      ? words('problem.notFound.id', { thing: words('problem.thing', { thing }), id })
      : words('problem.notFound', { thing: words('problem.thing', { thing }) }),
    field
      ? [{ field, message: words('problem.notFound.field', { thing: words('problem.thing.indefinite', { thing }) }) }]
      : [],
  );

export const conflict = (detail: Words, field?: string): HeraldError =>
  new HeraldError('HERALD_CONFLICT', detail, field ? [{ field, message: detail }] : []);

export const forbidden = (detail: Words): HeraldError => new HeraldError('HERALD_FORBIDDEN', detail);

export const unauthenticated = (
  detail: Words = words('problem.signIn', { header: 'Authorization: Bearer <token>' }),
): HeraldError => new HeraldError('HERALD_UNAUTHENTICATED', detail);

/** Text everyone would read names a tenant, an environment or a person (one problem per field). */
export const privateName = (problems: FieldProblem[]): HeraldError =>
  new HeraldError('HERALD_PRIVATE_NAME', fieldsDetail(problems), problems);

/** Valid, but probably not what was meant: done only when sent again with `field` set to true. */
export const needsConfirmation = (field: string, detail: Words): HeraldError =>
  new HeraldError('HERALD_NEEDS_CONFIRMATION', detail, [{ field, message: detail }]);

export const illegalTransition = (detail: Words, field = 'body.status'): HeraldError =>
  new HeraldError('HERALD_ILLEGAL_TRANSITION', detail, [{ field, message: detail }]);

/**
 * The database did not answer, dropped the connection, or cannot write (disk full, read-only):
 * nothing of the request was saved and trying again later may work. `cause` is the driver's own
 * error, whose code (57P01, ECONNREFUSED, SQLITE_FULL …) the log shows.
 */
export class DatabaseUnavailable extends HeraldError {
  /** What to send as Retry-After. */
  readonly retryAfterSeconds = 5;

  constructor(
    detail: Words,
    /** The driver's code for what happened, e.g. "57P01", "ECONNREFUSED", "SQLITE_FULL", "probe timeout". */
    readonly causeCode: string,
    options: { cause?: unknown } = {},
  ) {
    super('HERALD_DATABASE_UNAVAILABLE', detail);
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

/**
 * Words of the Graph-compatible API only. Microsoft Graph answers in English whatever the caller's
 * language, and the scripts and SDKs written against it match its messages, so Graph keeps them
 * English (its error shape carries `message`, the English of every error, in any case).
 */
export const graphEnglish = (sentence: string): Words => words('problem.passedOn', { reason: sentence });
