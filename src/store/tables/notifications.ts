// Tables of the notification engine: preferences, webhook endpoints and their subscriptions, push
// subscriptions and keys, and the mail kept when no SMTP server is configured. The outbox itself
// (event, delivery, delivery_attempt) is in foundation.ts.
// Conventions as in foundation.ts (text ids, ISO UTC text times, 0/1 flags, JSON text).
import type { Flag } from './foundation.js';

/** A person's choice for one category on one channel; no row means the rule's default. */
export interface NotificationPreferenceTable {
  person_id: string;
  /** One of NOTICE_CATEGORIES (src/domain/policies.ts). */
  category: string;
  /** email, push or in_app. */
  channel: string;
  enabled: Flag;
  updated_at: string;
}

export type WebhookEndpointStatus = 'active' | 'paused';
// Defined in src/shared, which the console imports too; re-exported here for the server.
import { WEBHOOK_FORMATS, type WebhookFormat } from '../../shared/notifications.js';

export { WEBHOOK_FORMATS, type WebhookFormat };

export interface WebhookEndpointTable {
  id: string;
  tenant_id: string;
  url: string;
  description: string;
  /** `whsec_…`, Standard Webhooks: payloads are signed with it. */
  secret: string;
  /** After a rotation, the old secret also signs until `previous_secret_expires_at`. */
  previous_secret: string | null;
  previous_secret_expires_at: string | null;
  status: WebhookEndpointStatus;
  format: WebhookFormat;
  /** Why it is paused (by whom, or after which failures). */
  paused_reason: string | null;
  last_success_at: string | null;
  last_failure_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One row per event type an endpoint wants; the planner joins on it. */
export interface WebhookSubscriptionTable {
  endpoint_id: string;
  event_type: string;
}

/** A browser or phone that accepts Web Push for a person (the "admin mobile app"). */
export interface PushSubscriptionTable {
  id: string;
  person_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  user_agent: string | null;
  created_at: string;
  last_success_at: string | null;
}

/** The VAPID key pair generated on first use when none is configured (one row, id 'default'). */
export interface VapidKeyTable {
  id: string;
  public_key: string;
  private_key: string;
  subject: string;
  created_at: string;
}

/** Mail as it would have been sent, kept when SMTP_URL is unset: the "Sent mail" view. */
export interface SentMailTable {
  id: string;
  delivery_id: string;
  message_id: string;
  mail_from: string;
  mail_to: string;
  subject: string;
  text: string;
  html: string;
  /** JSON object of the extra headers (List-Unsubscribe…). */
  headers: string;
  created_at: string;
}

/** An event whose audience is being planned in committed chunks (src/delivery/planQueue.ts). */
export interface PlanRequestTable {
  event_id: string;
  /** The event's subject: a follow-up to it waits until its recipients are all planned. */
  subject_type: string;
  subject_id: string;
  /** The first chunk (src/delivery/planner.ts PLAN_CHUNKS) not yet planned. */
  next_chunk: number;
  created_at: string;
  updated_at: string;
}

export interface NotificationTables {
  plan_request: PlanRequestTable;
  notification_preference: NotificationPreferenceTable;
  webhook_endpoint: WebhookEndpointTable;
  webhook_subscription: WebhookSubscriptionTable;
  push_subscription: PushSubscriptionTable;
  vapid_key: VapidKeyTable;
  sent_mail: SentMailTable;
}
