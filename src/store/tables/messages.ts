// Tables of the Message Center: posts, their audience, each reader's state, lifecycle mail.
// Conventions as in foundation.ts (text ids, ISO UTC text times, 0/1 flags, JSON text).

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MessageTables {}
