// Identity providers' client secrets at rest: AES-256-GCM under a key derived from HERALD_SECRET
// with HKDF, so a copy of the database alone does not reveal them. The sealed text is
// "v1.<iv>.<ciphertext>.<tag>" (base64url); the version leaves room for a later key scheme.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const INFO = 'herald identity-provider client secret';

function keyOf(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'herald-secret-box', INFO, 32));
}

export function seal(secret: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join(
    '.',
  );
}

/** Throws when the text was not sealed with this HERALD_SECRET (or was altered). */
export function open(secret: string, sealed: string): string {
  const [version, iv, body, tag] = sealed.split('.');
  if (version !== 'v1' || !iv || body === undefined || !tag) throw new Error('not a sealed secret');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
