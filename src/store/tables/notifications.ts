// Tables of the notification engine: preferences, webhook endpoints, push subscriptions, kept mail.
// Conventions as in foundation.ts (text ids, ISO UTC text times, 0/1 flags, JSON text).

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface NotificationTables {}
