// Webhooks per the Standard Webhooks specification: the body is
// `{ type, timestamp, data }`; `webhook-id` is the delivery id (the same on every retry, so a
// receiver can drop repeats), `webhook-timestamp` the send time in seconds, and
// `webhook-signature` one `v1,…` signature per live secret: after a rotation, both the new and
// the previous secret sign until the overlap ends, so receivers can switch without a gap.
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { WebhookEndpointTable } from '../../store/schema.js';

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

const signers = new Map<string, Webhook>();
function signerFor(secret: string): Webhook {
  let signer = signers.get(secret);
  if (!signer) {
    signer = new Webhook(secret);
    if (signers.size > 1000) signers.clear();
    signers.set(secret, signer);
  }
  return signer;
}

/** Secrets that sign at `now`: the current one, and the previous one during its overlap. */
export function liveSecrets(
  endpoint: Pick<WebhookEndpointTable, 'secret' | 'previous_secret' | 'previous_secret_expires_at'>,
  now: string,
): string[] {
  const previousLive =
    endpoint.previous_secret && endpoint.previous_secret_expires_at && endpoint.previous_secret_expires_at > now;
  return previousLive ? [endpoint.secret, endpoint.previous_secret!] : [endpoint.secret];
}

export function signedHeaders(secrets: string[], messageId: string, at: Date, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'Herald-Webhooks/1',
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((s) => signerFor(s).sign(messageId, at, body)).join(' '),
  };
}

export interface WebhookEnvelope {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}
