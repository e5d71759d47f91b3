// The token in an email's unsubscribe link: who (person) and what (category), signed with the
// installation's secret (HMAC-SHA-256) so that nobody can unsubscribe someone else by editing
// the link. It never expires: an old email's link keeps working, as RFC 8058 expects.
//
// A token is short (about 45 characters: the person id, the category's number and 96 bits of the
// HMAC), because mail clients, scanners and routers cut or refuse long links. Links mailed before
// that (base64url of "person:category", a dot, the full HMAC; over 100 characters) still work.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTICE_CATEGORIES, type NoticeCategory } from '../domain/policies.js';

export interface UnsubscribeRequest {
  personId: string;
  category: NoticeCategory;
}

/** Bytes of the HMAC kept in a short token: 96 bits, more than anyone can guess. */
const SHORT_MAC_BYTES = 12;
/** Separates the signed part from the signature in a short token; never in an id or base64url. */
const SEPARATOR = '~';

const mac = (secret: string, body: string): Buffer =>
  createHmac('sha256', secret).update(`unsubscribe:${body}`).digest();

const sameBytes = (given: Buffer, expected: Buffer): boolean =>
  given.length === expected.length && timingSafeEqual(given, expected);

export function signUnsubscribeToken(secret: string, r: UnsubscribeRequest): string {
  const body = `${r.personId}.${NOTICE_CATEGORIES.indexOf(r.category).toString(36)}`;
  return `${body}${SEPARATOR}${mac(secret, body).subarray(0, SHORT_MAC_BYTES).toString('base64url')}`;
}

const categoryAt = (index: number): NoticeCategory | null => NOTICE_CATEGORIES[index] ?? null;

function verifyShort(secrets: readonly string[], token: string): UnsubscribeRequest | null {
  const at = token.lastIndexOf(SEPARATOR);
  const body = token.slice(0, at);
  const given = Buffer.from(token.slice(at + 1), 'base64url');
  if (!secrets.some((secret) => sameBytes(given, mac(secret, body).subarray(0, SHORT_MAC_BYTES)))) return null;
  const dot = body.lastIndexOf('.');
  const personId = body.slice(0, dot);
  const category = /^[0-9a-z]$/.test(body.slice(dot + 1)) ? categoryAt(parseInt(body.slice(dot + 1), 36)) : null;
  return dot > 0 && category ? { personId, category } : null;
}

/** A link mailed before tokens were short. */
function verifyLong(secrets: readonly string[], token: string): UnsubscribeRequest | null {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature, 'base64url');
  if (!secrets.some((secret) => sameBytes(given, mac(secret, body)))) return null;
  const [personId, category] = Buffer.from(body, 'base64url').toString().split(':');
  if (!personId || !(NOTICE_CATEGORIES as readonly string[]).includes(category ?? '')) return null;
  return { personId, category: category as NoticeCategory };
}

/**
 * The request a token stands for, or null when it was not signed by us (edited, truncated).
 * `secrets` is the current secret and, during a rotation, the previous one: links in mail sent
 * before the rotation keep working.
 */
export function verifyUnsubscribeToken(secrets: readonly string[], token: string): UnsubscribeRequest | null {
  return token.includes(SEPARATOR) ? verifyShort(secrets, token) : verifyLong(secrets, token);
}

/**
 * A public subscriber's links (src/app/subscribers/): `confirm` carries the nonce of the pending
 * subscription (used once: confirming clears it), `manage` changes the choice and unsubscribes,
 * and never expires. Same shape and HMAC as above, under its own label, so a person's
 * unsubscribe token is never a subscriber's and back.
 */
export type SubscriberLink =
  { subscriberId: string; purpose: 'manage' } | { subscriberId: string; purpose: 'confirm'; nonce: string };

const subscriberMac = (secret: string, body: string): Buffer =>
  createHmac('sha256', secret).update(`subscriber:${body}`).digest();

export function signSubscriberToken(secret: string, link: SubscriberLink): string {
  const body = link.purpose === 'confirm' ? `${link.subscriberId}.c.${link.nonce}` : `${link.subscriberId}.m`;
  return `${body}${SEPARATOR}${subscriberMac(secret, body).subarray(0, SHORT_MAC_BYTES).toString('base64url')}`;
}

export function verifySubscriberToken(secrets: readonly string[], token: string): SubscriberLink | null {
  const at = token.lastIndexOf(SEPARATOR);
  if (at <= 0) return null;
  const body = token.slice(0, at);
  const given = Buffer.from(token.slice(at + 1), 'base64url');
  const signedBy = (secret: string) => sameBytes(given, subscriberMac(secret, body).subarray(0, SHORT_MAC_BYTES));
  if (!secrets.some(signedBy)) return null;
  const [subscriberId, purpose, nonce, extra] = body.split('.');
  if (!subscriberId || extra !== undefined) return null;
  if (purpose === 'm' && nonce === undefined) return { subscriberId, purpose: 'manage' };
  if (purpose === 'c' && nonce) return { subscriberId, purpose: 'confirm', nonce };
  return null;
}
