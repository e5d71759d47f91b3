// Tables of the Message Center: posts, their audience, each reader's state, lifecycle mail.
// Conventions as in foundation.ts (text ids, ISO UTC text times, 0/1 flags, JSON text).
import type { Flag } from './foundation.js';

export type MessageStatus = 'draft' | 'published';

/** A Message Center post (Graph serviceUpdateMessage). */
export interface MessageTable {
  /** "MC" and seven random digits: short to quote on the phone, not a count of our posts. */
  id: string;
  /** Idempotency key of a generated post (`release:<id>:region:NAM`, `lifecycle:<tenant>:<step>`). */
  key: string | null;
  status: MessageStatus;
  title: string;
  /** Markdown as written. */
  body: string;
  /** The same, rendered to safe HTML once when written. */
  body_html: string;
  category: string;
  severity: string;
  /** JSON array of Graph tags. */
  tags: string;
  is_major_change: Flag;
  /** Copy of "tags has Data privacy", so visibility is one indexed comparison. */
  is_data_privacy: Flag;
  action_required_by: string | null;
  /** JSON array of service ids. */
  services: string;
  starts_at: string;
  ends_at: string | null;
  /** JSON array of { name, value }. */
  details: string;
  /** JSON MessageAudience: the rule the tenants in message_tenant were chosen by. */
  audience: string;
  /** Set for posts about a release: they carry a release status per tenant. */
  release_id: string | null;
  /** Counts every change; a material change's notice key carries it. */
  revision: number;
  created_at: string;
  published_at: string | null;
  /** A draft with this set is scheduled: the job messages.scheduled-publish publishes it then (ISO UTC). */
  publish_at: string | null;
  last_modified_at: string;
  /** The last change that told readers again (digests include it). */
  materially_changed_at: string | null;
}

/** The audience, one row per tenant that sees the post: a reader's list is one indexed join. */
export interface MessageTenantTable {
  tenant_id: string;
  message_id: string;
  /** scheduled | rollingOut | launched, when the rollout (or an operator) has said. */
  release_status: string | null;
}

export interface MessageAttachmentTable {
  id: string;
  message_id: string;
  name: string;
  content_type: string;
  size: number;
  /** The bytes, base64: portable across SQLite and PostgreSQL, and attachments are small. */
  content_base64: string;
  created_at: string;
}

/** One reader's view of one post (Graph's viewPoint), plus their relevance feedback. */
export interface MessageViewpointTable {
  person_id: string;
  message_id: string;
  is_read: Flag;
  is_archived: Flag;
  is_favorited: Flag;
  /** relevant | notRelevant */
  feedback: string | null;
  updated_at: string;
}

/** A post shared by email: who sent it to whom, with their note. */
export interface MessageShareTable {
  id: string;
  message_id: string;
  tenant_id: string;
  from_person_id: string;
  to_person_id: string;
  note: string;
  shared_at: string;
}

/** People an org admin allowed to read the tenant's data-privacy posts (org admins always may). */
export interface MessagePrivacyReaderTable {
  tenant_id: string;
  person_id: string;
  granted_by: string;
  granted_at: string;
}

/** Weeks whose digest has gone out, so the hourly job does the work once a week. */
export interface MessageDigestWeekTable {
  week: string;
  sent_at: string;
}

export interface MessageTables {
  message: MessageTable;
  message_tenant: MessageTenantTable;
  message_attachment: MessageAttachmentTable;
  message_viewpoint: MessageViewpointTable;
  message_share: MessageShareTable;
  message_privacy_reader: MessagePrivacyReaderTable;
  message_digest_week: MessageDigestWeekTable;
}
