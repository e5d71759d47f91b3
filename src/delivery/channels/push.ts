// Web Push (RFC 8030 with VAPID, RFC 8292): the `web-push` library encrypts the message for the
// subscription and signs the VAPID header; the request itself goes through the guarded HTTP
// client like a webhook. Keys come from the configuration or are generated once and kept.
import webpush from 'web-push';
import type { Kysely } from 'kysely';
import type { HeraldConfig } from '../../config.js';
import type { DB, PushSubscriptionTable } from '../../store/schema.js';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

export async function loadVapidKeys(db: Kysely<DB>, config: HeraldConfig, now: string): Promise<VapidKeys> {
  if (config.vapid) return config.vapid;
  const stored = await db.selectFrom('vapid_key').selectAll().where('id', '=', 'default').executeTakeFirst();
  if (stored) return { publicKey: stored.public_key, privateKey: stored.private_key, subject: stored.subject };
  const keys = webpush.generateVAPIDKeys();
  const subject = `mailto:${/<?([^<>\s]+@[^<>\s]+)>?\s*$/.exec(config.mailFrom)?.[1] ?? 'herald@localhost'}`;
  // Two processes starting together both generate; the first insert wins and both read it back.
  await db
    .insertInto('vapid_key')
    .values({ id: 'default', public_key: keys.publicKey, private_key: keys.privateKey, subject, created_at: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const kept = await db.selectFrom('vapid_key').selectAll().where('id', '=', 'default').executeTakeFirstOrThrow();
  return { publicKey: kept.public_key, privateKey: kept.private_key, subject: kept.subject };
}

export interface PushRequest {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** The encrypted request for one subscription; the message is kept a day by the push service. */
export function pushRequest(
  subscription: Pick<PushSubscriptionTable, 'endpoint' | 'p256dh' | 'auth'>,
  message: string,
  keys: VapidKeys,
): PushRequest {
  const details = webpush.generateRequestDetails(
    { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
    message,
    {
      vapidDetails: keys,
      TTL: 24 * 3600,
    },
  );
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(details.headers)) headers[k.toLowerCase()] = String(v);
  delete headers['content-length'];
  return { url: details.endpoint, headers, body: details.body };
}

/** The push service forgot the subscription (the browser unsubscribed): remove it. */
export const isGone = (status: number): boolean => status === 404 || status === 410;
