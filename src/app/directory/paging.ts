// Offset paging for the directory's lists: small, stable (ordered by a unique key) and simple for clients.
import { sql, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../store/schema.js';

export interface PageRequest {
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;

export async function pageOf<TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, page: PageRequest): Promise<Page<O>> {
  const limit = Math.min(Math.max(page.limit ?? DEFAULT_PAGE, 1), MAX_PAGE);
  const offset = Math.max(page.offset ?? 0, 0);
  const [items, count] = await Promise.all([
    query.limit(limit).offset(offset).execute(),
    query.clearSelect().clearOrderBy().select(sql<number>`count(*)`.as('n')).executeTakeFirst(),
  ]);
  return { items, total: Number((count as { n: number } | undefined)?.n ?? 0) };
}
