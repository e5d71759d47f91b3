// Which database errors mean "the database is away or cannot write" rather than "this statement is
// wrong". The first kind is not a bug of Herald's: it becomes DatabaseUnavailable (503 with
// Retry-After) and makes Herald check whether the database still answers; the second kind is
// left alone, to become whatever the caller makes of it.
import { DatabaseUnavailable, words } from '../errors.js';

export type DatabaseFailureKind =
  /** Refused, dropped, timed out, shut down, busy: the same statement may work in a moment. */
  | 'unreachable'
  /** Disk full, read-only, I/O error: reads may work, writes will not until someone acts. */
  | 'cannot-write';

export interface DatabaseFailure {
  kind: DatabaseFailureKind;
  /** The driver's own code: "57P01", "ECONNREFUSED", "SQLITE_FULL", or a short name for pg's plain errors. */
  code: string;
  message: string;
}

// PostgreSQL SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html).
const PG_UNREACHABLE = new Set([
  '57P01', // admin_shutdown: the server is stopping (fast or immediate)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '57P05', // idle_session_timeout
  '25P03', // idle_in_transaction_session_timeout
  '57014', // query_canceled, which statement_timeout raises
  '53300', // too_many_connections
  '53200', // out_of_memory
]);
const PG_CANNOT_WRITE = new Set([
  '53100', // disk_full
  '53000', // insufficient_resources
  '58030', // io_error
  '25006', // read_only_sql_transaction: a standby, or default_transaction_read_only
]);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ECONNABORTED',
]);
// pg and pg-pool report a lost or never-made connection as a plain Error without a code.
const PG_PLAIN_MESSAGES: [RegExp, string][] = [
  [/^Connection terminated/, 'connection terminated'],
  [/timeout exceeded when trying to connect/, 'connect timeout'],
  [/Query read timeout/, 'query timeout'],
  [/is not queryable/, 'connection lost'],
  [/connection has been discarded/, 'connection lost'],
];

/** What kind of database failure `error` is, or null for any other error (a bad statement, a bug). */
export function databaseFailureOf(error: unknown): DatabaseFailure | null {
  if (error instanceof DatabaseUnavailable)
    return { kind: 'unreachable', code: error.causeCode, message: error.message };
  if (!(error instanceof Error)) return null;
  const raw = (error as Error & { code?: unknown }).code;
  const code = typeof raw === 'string' ? raw : '';
  const message = error.message;
  if (code.startsWith('SQLITE_')) {
    if (/^SQLITE_(FULL|IOERR|READONLY|CANTOPEN)/.test(code)) return { kind: 'cannot-write', code, message };
    if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return { kind: 'unreachable', code, message };
    return null;
  }
  if (PG_CANNOT_WRITE.has(code)) return { kind: 'cannot-write', code, message };
  if (PG_UNREACHABLE.has(code) || code.startsWith('08') || NETWORK_CODES.has(code))
    return { kind: 'unreachable', code, message };
  for (const [pattern, name] of PG_PLAIN_MESSAGES)
    if (pattern.test(message)) return { kind: 'unreachable', code: name, message };
  return null;
}

/** Why the database cannot write, a choice of `problem.database.cannotWrite`. */
function whyCannotWrite(code: string): 'full' | 'readOnly' | 'io' | 'other' {
  if (code === '53100' || code.startsWith('SQLITE_FULL')) return 'full';
  if (code === '25006' || code.startsWith('SQLITE_READONLY')) return 'readOnly';
  if (code === '58030' || code.startsWith('SQLITE_IOERR')) return 'io';
  return 'other';
}

/** The error a request gets for a database failure: what happened, in words a caller can act on. */
export function unavailableError(failure: DatabaseFailure, cause?: unknown): DatabaseUnavailable {
  const detail =
    failure.kind === 'cannot-write'
      ? words('problem.database.cannotWrite', { why: whyCannotWrite(failure.code), code: failure.code })
      : words('problem.database.unreachable', { code: failure.code });
  return new DatabaseUnavailable(detail, failure.code, { cause });
}
