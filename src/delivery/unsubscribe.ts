// The token in an email's unsubscribe link: who (person) and what (category), signed with the
// installation's secret (HMAC-SHA-256) so that nobody can unsubscribe someone else by editing
// the link. It never expires: an old email's link keeps working, as RFC 8058 expects.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTICE_CATEGORIES, type NoticeCategory } from '../domain/policies.js';

export interface UnsubscribeRequest {
  personId: string;
  category: NoticeCategory;
}

const mac = (secret: string, body: string): Buffer => createHmac('sha256', secret).update(`unsubscribe:${body}`).digest();

export function signUnsubscribeToken(secret: string, r: UnsubscribeRequest): string {
  const body = Buffer.from(`${r.personId}:${r.category}`).toString('base64url');
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

/**
 * The request a token stands for, or null when it was not signed by us (edited, truncated).
 * `secrets` is the current secret and, during a rotation, the previous one: links in mail sent
 * before the rotation keep working.
 */
export function verifyUnsubscribeToken(secrets: readonly string[], token: string): UnsubscribeRequest | null {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature, 'base64url');
  const signedByUs = secrets.some((secret) => {
    const expected = mac(secret, body);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!signedByUs) return null;
  const [personId, category] = Buffer.from(body, 'base64url').toString().split(':');
  if (!personId || !(NOTICE_CATEGORIES as readonly string[]).includes(category ?? '')) return null;
  return { personId, category: category as NoticeCategory };
}
