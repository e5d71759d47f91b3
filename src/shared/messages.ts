// Message Center's value lists and the audience rule the composer checks before asking, for the
// server (src/domain/messages.ts) and the console.

/** Graph serviceUpdateMessage enums. */
export const MESSAGE_CATEGORIES = ['preventOrFixIssue', 'planForChange', 'stayInformed'] as const;
export const MESSAGE_SEVERITIES = ['normal', 'high', 'critical'] as const;
export const MESSAGE_TAGS = [
  'Admin impact',
  'Data privacy',
  'Feature update',
  'Major update',
  'New feature',
  'Retirement',
  'User impact',
  'Updated message',
] as const;
export type MessageTag = (typeof MESSAGE_TAGS)[number];

/** Added by Herald when a published post changes materially; never needs to be typed. */
export const UPDATED_MESSAGE_TAG: MessageTag = 'Updated message';
/** Posts with this tag are shown only to org admins and the tenant's data-privacy readers. */
export const DATA_PRIVACY_TAG: MessageTag = 'Data privacy';

/** Per tenant, for a post tied to a release (Microsoft 365 shows the same three). */
export const RELEASE_STATUSES = ['scheduled', 'rollingOut', 'launched'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export interface MessageAudienceRule {
  allTenants?: boolean;
  tenantIds?: string[];
  regionCodes?: string[];
  environmentIds?: string[];
  serviceIds?: string[];
}

/** The list is there and names something: an audience selector or filter that counts. */
export const hasAny = (list: readonly string[] | undefined): list is readonly string[] => !!list && list.length > 0;

/** True when the rule names nobody at all (an empty post audience is a mistake, never "everyone"). */
export function isAudienceEmpty(a: MessageAudienceRule): boolean {
  return (
    !a.allTenants &&
    !hasAny(a.tenantIds) &&
    !hasAny(a.environmentIds) &&
    !hasAny(a.regionCodes) &&
    !hasAny(a.serviceIds)
  );
}

export const MESSAGE_STATES = ['unread', 'read', 'archived', 'favorite', 'actionRequired'] as const;

export const FEEDBACK_VALUES = ['relevant', 'notRelevant'] as const;

export const MAX_ATTACHMENTS = 10;
