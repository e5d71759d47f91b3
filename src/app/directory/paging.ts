// Offset paging for the directory's lists: small, stable (ordered by a unique key) and simple for
// clients; and the free-text search (`q`) those lists share.
import { sql, type SelectQueryBuilder } from 'kysely';

export interface PageRequest {
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

// Defined in src/shared, which the console imports too; re-exported here for the server.
import { DEFAULT_PAGE, MAX_PAGE, MAX_OFFSET } from '../../shared/paging.js';

export { DEFAULT_PAGE, MAX_PAGE, MAX_OFFSET };

/** Any select, joins and aliases included: the count reuses its FROM and WHERE. */
export async function pageOf<D, TB extends keyof D, O>(
  query: SelectQueryBuilder<D, TB, O>,
  page: PageRequest,
): Promise<Page<O>> {
  const limit = Math.min(Math.max(page.limit ?? DEFAULT_PAGE, 1), MAX_PAGE);
  const offset = Math.max(page.offset ?? 0, 0);
  const [items, count] = await Promise.all([
    query.limit(limit).offset(offset).execute(),
    query
      .clearSelect()
      .clearOrderBy()
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirst(),
  ]);
  return { items, total: Number((count as { n: number } | undefined)?.n ?? 0) };
}

/**
 * A LIKE pattern matching values that contain `q`, for comparing with a lower-cased column (so the
 * search ignores case on PostgreSQL as SQLite does). A % or _ typed by someone only widens the search.
 */
export const containsPattern = (q: string): string => `%${q.toLowerCase()}%`;
