// The one catalogue of errors Herald reports. Every failure a person can act on is a HeraldError
// with a stable code; src/http/problem.ts turns it into application/problem+json (RFC 9457) and
// the compatible APIs into their own shapes. Anything else is a bug and becomes a 500.

export interface FieldProblem {
  /** Where the problem is, e.g. "body.email", "query.$filter", "line 12: region". */
  field: string;
  message: string;
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

const titleOf: Record<ErrorCode, string> = {
  HERALD_VALIDATION: 'The request is not valid',
  HERALD_NOT_FOUND: 'Not found',
  HERALD_CONFLICT: 'Conflict with the current state',
  HERALD_UNAUTHENTICATED: 'Sign-in required',
  HERALD_FORBIDDEN: 'Not allowed',
  HERALD_CSRF: 'Missing or invalid CSRF token',
  HERALD_ILLEGAL_TRANSITION: 'That change of state is not allowed',
  HERALD_RATE_LIMITED: 'Too many requests',
  HERALD_UNSUPPORTED_MEDIA_TYPE: 'Unsupported content type',
  HERALD_PAYLOAD_TOO_LARGE: 'Request body too large',
  HERALD_UNAVAILABLE: 'Temporarily unavailable',
  HERALD_DATABASE_UNAVAILABLE: 'The database is unavailable',
  HERALD_PRIVATE_NAME: 'Public text names a customer or a person',
  HERALD_LOW_CONTRAST: 'A colour would make the page hard to read',
  HERALD_NEEDS_CONFIRMATION: 'Confirm to go ahead',
};

export class HeraldError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly title: string;
  readonly problems: FieldProblem[];

  constructor(code: ErrorCode, detail: string, problems: FieldProblem[] = []) {
    super(detail);
    this.name = 'HeraldError';
    this.code = code;
    this.status = statusOf[code];
    this.title = titleOf[code];
    this.problems = problems;
  }
}

export const invalid = (field: string, message: string): HeraldError =>
  new HeraldError('HERALD_VALIDATION', `${field}: ${message}`, [{ field, message }]);

export const invalidMany = (problems: FieldProblem[]): HeraldError =>
  new HeraldError(
    'HERALD_VALIDATION',
    problems.length === 1
      ? `${problems[0]!.field}: ${problems[0]!.message}`
      : `${problems.length} problems; see errors`,
    problems,
  );

/** Also what a tenant gets for another tenant's data: its existence is not revealed. */
/** `field` names the request field that referred to it, when the missing thing was named in the body or query. */
export const notFound = (what: string, id?: string, field?: string): HeraldError =>
  new HeraldError(
    'HERALD_NOT_FOUND',
    id !== undefined ? `${what} "${id}" does not exist or is not visible to you` : `${what} not found`,
    field ? [{ field, message: `is not ${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what} visible to you` }] : [],
  );

export const conflict = (detail: string, field?: string): HeraldError =>
  new HeraldError('HERALD_CONFLICT', detail, field ? [{ field, message: detail }] : []);

export const forbidden = (detail: string): HeraldError => new HeraldError('HERALD_FORBIDDEN', detail);

export const unauthenticated = (
  detail = 'Sign in or send an API token as "Authorization: Bearer <token>".',
): HeraldError => new HeraldError('HERALD_UNAUTHENTICATED', detail);

/** Text everyone would read names a tenant, an environment or a person (one problem per field). */
export const privateName = (problems: FieldProblem[]): HeraldError =>
  new HeraldError('HERALD_PRIVATE_NAME', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);

/** Valid, but probably not what was meant: done only when sent again with `field` set to true. */
export const needsConfirmation = (field: string, detail: string): HeraldError =>
  new HeraldError('HERALD_NEEDS_CONFIRMATION', detail, [{ field, message: detail }]);

export const illegalTransition = (detail: string, field = 'body.status'): HeraldError =>
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
    detail: string,
    /** The driver's code for what happened, e.g. "57P01", "ECONNREFUSED", "SQLITE_FULL", "probe timeout". */
    readonly causeCode: string,
    options: { cause?: unknown } = {},
  ) {
    super('HERALD_DATABASE_UNAVAILABLE', detail);
    if (options.cause !== undefined) this.cause = options.cause;
  }
}
