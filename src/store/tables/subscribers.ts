// Public subscribers of the status page (see migration 012_subscribers). Conventions as in
// foundation.ts (text ids, ISO UTC text times, 0/1 flags).
import type { Flag } from './foundation.js';
import type { WebhookFormat } from './notifications.js';

export type SubscriberKind = 'email' | 'webhook';
/** `pending` until the email's confirmation link is used or the webhook answers its verification. */
export type SubscriberStatus = 'pending' | 'active';

export interface SubscriberTable {
  /** Random, in the person-id alphabet, so a large audience is planned in the same id ranges. */
  id: string;
  kind: SubscriberKind;
  /** The email address (lower case) or the webhook URL. */
  address: string;
  /** 1: told of every public incident and maintenance; 0: only of its subscriber_component rows. */
  everything: Flag;
  status: SubscriberStatus;
  /** In the confirmation link while pending; cleared when used, so a second use changes nothing. */
  confirm_nonce: string | null;
  /** `whsec_…` for a Standard Webhooks subscriber; null for email and chat (Slack/Teams are not signed). */
  secret: string | null;
  /** A webhook's payload, as for tenants' endpoints: Standard Webhooks, Slack or Teams; `standard` for email. */
  format: WebhookFormat;
  /** The language of its mail and chat messages (a catalogue locale); null: the provider's. */
  locale: string | null;
  created_at: string;
  confirmed_at: string | null;
  updated_at: string;
}

export type SubscriberComponentKind = 'region' | 'service';

/** One chosen region (its code) or service (its id). */
export interface SubscriberComponentTable {
  subscriber_id: string;
  kind: SubscriberComponentKind;
  code: string;
}

export interface SubscriberTables {
  subscriber: SubscriberTable;
  subscriber_component: SubscriberComponentTable;
}
