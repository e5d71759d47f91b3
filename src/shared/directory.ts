// The directory's value lists (roles, environment types, categories, support plans) and the
// paging bounds, for the server's rules and schemas and for the console's forms.

// A member is an end user of an environment: no admin rights, no notices, a small view of their
// environments' health (when the tenant allows it) and "who is my admin?".
export const ROLES = ['operator', 'org_admin', 'system_admin', 'additional_recipient', 'member'] as const;
export type RoleName = (typeof ROLES)[number];

export const ENVIRONMENT_TYPES = ['production', 'sandbox'] as const;
export type EnvironmentType = (typeof ENVIRONMENT_TYPES)[number];

/** What an additional recipient can be added for (DESIGN: "receives the categories it was added for"). */
export const NOTIFICATION_CATEGORIES = [
  'incident',
  'advisory',
  'planned_maintenance',
  'unplanned_maintenance',
  'release',
  'message_center',
  'lifecycle',
] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export const SUPPORT_PLANS = ['standard', 'professional', 'premier', 'unified'] as const;

export const IMPORT_KINDS = ['tenants', 'environments', 'people'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
