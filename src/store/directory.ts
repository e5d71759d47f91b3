// Query fragments about the directory that several features filter by.
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { isAnyOf } from './chunks.js';
import type { DB } from './schema.js';

/**
 * The environment whose id is in `environmentId` (a column reference such as 'e.id') runs one of
 * `services`: an incident's or maintenance's service filter, a post's "what" filter.
 */
export const runsAnyService = (
  db: Kysely<DB>,
  environmentId: string,
  services: readonly string[],
): RawBuilder<SqlBool> =>
  sql<SqlBool>`exists (select 1 from environment_service runs
    where runs.environment_id = ${sql.ref(environmentId)} and ${isAnyOf(db, 'runs.service_id', services)})`;
