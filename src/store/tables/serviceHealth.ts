// Tables of service health: incidents, posts, post-incident reports, SLA claims, support tickets.
// Conventions as in foundation.ts (text ids, ISO UTC text times, 0/1 flags, JSON text).

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceHealthTables {}
