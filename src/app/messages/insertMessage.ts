// Contract between the Message Center and the features that post to it (weekly update notices,
// major waves, maintenance, lifecycle mail). Called inside the poster's transaction.
import type { CommandScope } from '../command.js';

/** Graph serviceUpdateMessage categories and severities. */
export type MessageCategory = 'preventOrFixIssue' | 'planForChange' | 'stayInformed';
export type MessageSeverity = 'normal' | 'high' | 'critical';

export interface MessageAudience {
  allTenants?: boolean;
  tenantIds?: string[];
  regionCodes?: string[];
  environmentIds?: string[];
  /** Tenants that have an environment using one of these services. */
  serviceIds?: string[];
}

export interface MessageInput {
  /** Idempotency for generated posts, e.g. `release:<id>:region:NAM`: posting twice keeps one. */
  key?: string;
  title: string;
  /** Markdown. */
  body: string;
  category: MessageCategory;
  severity: MessageSeverity;
  /** Graph tags: 'Admin impact', 'Data privacy', 'Feature update', 'Major update', 'New feature', 'Retirement', 'User impact', 'Updated message'. */
  tags: string[];
  isMajorChange: boolean;
  actionRequiredBy: string | null;
  /** Service ids. */
  services: string[];
  startsAt: string;
  endsAt: string | null;
  audience: MessageAudience;
  /** Links shown with the post (release notes…). */
  details?: { name: string; value: string }[];
}

export async function insertMessage(_s: CommandScope, _input: MessageInput): Promise<{ id: string }> {
  throw new Error('not implemented yet: the Message Center fills this in');
}
