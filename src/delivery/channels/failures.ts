// What kind of failure a send met, which decides what happens next:
// - permanent (the server refused the address or the message for good, a webhook answered with
//   a 4xx that no retry changes, the target is an address Herald does not send to): the
//   delivery is dead at once, with the reason;
// - the target did not answer at all (refused connection, reset, timeout, no such host): its
//   circuit opens and the target is probed until it answers (circuits.ts);
// - anything else (a 5xx, a 429): retried on the Standard Webhooks schedule.

/** A failure no retry will fix. */
export class PermanentFailure extends Error {}

/** A target Herald refuses to connect to (private, loopback, link-local…): permanent. */
export const REFUSED_TARGET = 'EHERALDFORBIDDEN';

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  // nodemailer's own: could not connect, the socket failed, the greeting never came, DNS.
  'ECONNECTION',
  'ESOCKET',
  'EDNS',
  'ETIMEDOUT',
]);

/** True when no retry will change the outcome: dead at once, with the reason. */
export function isPermanent(err: unknown): boolean {
  return err instanceof PermanentFailure || (err as { code?: unknown } | null)?.code === REFUSED_TARGET;
}

/** True when the target did not answer at all (as opposed to answering with an error). */
export function isConnectionFailure(err: unknown): boolean {
  if (err instanceof PermanentFailure) return false;
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = typeof e?.code === 'string' ? e.code : typeof e?.cause?.code === 'string' ? e.cause.code : '';
  return CONNECTION_CODES.has(code);
}

/**
 * Webhook answers no retry changes: the receiver says the request is wrong, unauthorized, or the
 * URL is not there. 408 (timeout), 409, 423, 425 and 429 (slow down) are worth retrying.
 */
export function isPermanentHttpStatus(status: number): boolean {
  return status >= 400 && status < 500 && ![408, 409, 423, 425, 429].includes(status);
}
