// How a Graph collection is asked for and answered: the OData query options ($filter, $orderby,
// $select, $top, $skip, $count), the page size (100, or up to 1,000 with `Prefer:
// odata.maxpagesize=N`, or $top, which Graph treats as the page size), and the answer with
// @odata.context, @odata.count, @odata.nextLink and value.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { MAX_PAGE, type Page, type PageRequest } from '../../../app/directory/paging.js';
import {
  compileFilter,
  parseBoolean,
  parseOrderBy,
  parseSelect,
  parseWholeNumber,
  queryCollection,
  selectFields,
  type CollectionQuery,
  type FieldTypes,
} from '../../../domain/odata.js';
import { graphEnglish, invalid } from '../../../errors.js';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

const option = (description: string) => Type.Optional(Type.String({ maxLength: 4000, description }));

/** The query options a collection takes; anything else is a 400. */
export const CollectionQuerySchema = Type.Object(
  {
    $filter: option("e.g. status eq 'serviceDegradation' and lastModifiedDateTime ge 2026-01-01T00:00:00Z"),
    $orderby: option('e.g. lastModifiedDateTime desc'),
    $select: option('e.g. id,title,status'),
    $top: option('the page size, 1 to 1000 (as in Graph)'),
    $skip: option('how many matching items to skip'),
    $count: option('true: add @odata.count, the number of matching items'),
  },
  { additionalProperties: false },
);
export type CollectionQueryString = Static<typeof CollectionQuerySchema>;

export const EntityQuerySchema = Type.Object(
  { $select: option('e.g. id,title,status') },
  { additionalProperties: false },
);

/** The preferred page size from `Prefer: odata.maxpagesize=N` (capped at 1,000), or null. */
export function preferredPageSize(prefer: string | string[] | undefined): number | null {
  const header = Array.isArray(prefer) ? prefer.join(',') : (prefer ?? '');
  const m = /(?:^|[,;\s])odata\.maxpagesize\s*=\s*"?(\d+)"?/i.exec(header);
  if (!m || Number(m[1]) < 1) return null;
  return Math.min(Number(m[1]), MAX_PAGE_SIZE);
}

export interface ParsedCollectionQuery<T> extends CollectionQuery<T> {
  /** The odata.maxpagesize honoured, for Preference-Applied; null when $top or the default decided. */
  preferenceApplied: number | null;
}

export function parseCollectionQuery<T>(
  request: FastifyRequest,
  query: CollectionQueryString,
  fields: FieldTypes,
  selectable: readonly string[],
): ParsedCollectionQuery<T> {
  const top = query.$top !== undefined ? parseWholeNumber(query.$top, '$top', 1, MAX_PAGE_SIZE) : null;
  const preferred = top === null ? preferredPageSize(request.headers.prefer) : null;
  return {
    filter: query.$filter !== undefined ? compileFilter<T>(query.$filter, fields) : null,
    orderBy: query.$orderby !== undefined ? parseOrderBy(query.$orderby, fields) : [],
    select: query.$select !== undefined ? parseSelect(query.$select, selectable) : null,
    skip: query.$skip !== undefined ? parseWholeNumber(query.$skip, '$skip', 0, Number.MAX_SAFE_INTEGER) : 0,
    pageSize: top ?? preferred ?? DEFAULT_PAGE_SIZE,
    count: query.$count !== undefined ? parseBoolean(query.$count, '$count') : false,
    preferenceApplied: preferred,
  };
}

/** Where this API is reached, as the client reached it (proxies' X-Forwarded-* included). */
export const originOf = (request: FastifyRequest): string => `${request.protocol}://${request.host}`;

/** Graph's @odata.context: the metadata document and what is returned ("Edm.Boolean", a path). */
export const metadataUrl = (request: FastifyRequest, fragment: string): string =>
  `${originOf(request)}/v1.0/$metadata#${fragment}`;

/** The @odata.context of something under admin/serviceAnnouncement. */
export const contextUrl = (request: FastifyRequest, path: string): string =>
  metadataUrl(request, `admin/serviceAnnouncement/${path}`);

/** "messages" → "messages(id,title)" when $select cut the items down, as Graph writes it. */
export const withSelect = (path: string, select: readonly string[] | null): string =>
  select ? `${path}(${select.join(',')})` : path;

/** The same request with the next $skip, keeping every other option and the page size. */
function nextLink(request: FastifyRequest, skip: number, pageSize: number): string {
  const { $skip: _skip, $top: _top, ...rest } = request.query as Record<string, string>;
  const query = { ...rest, $skip: String(skip), $top: String(pageSize) };
  const search = Object.entries(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return `${originOf(request)}${request.url.split('?')[0]}?${search}`;
}

export interface CollectionBody<T> {
  '@odata.context': string;
  '@odata.count'?: number;
  '@odata.nextLink'?: string;
  value: Partial<T>[];
}

/** Filters, sorts, pages and selects `items`, and answers Preference-Applied when the preference was used. */
export function answerCollection<T extends object>(
  request: FastifyRequest,
  reply: FastifyReply,
  items: readonly T[],
  q: ParsedCollectionQuery<T>,
  contextPath: string,
): CollectionBody<T> {
  const page = queryCollection(items, q);
  if (q.preferenceApplied !== null) reply.header('preference-applied', `odata.maxpagesize=${q.preferenceApplied}`);
  return {
    '@odata.context': contextUrl(request, withSelect(contextPath, q.select)),
    ...(q.count ? { '@odata.count': page.total } : {}),
    ...(page.nextSkip !== null ? { '@odata.nextLink': nextLink(request, page.nextSkip, q.pageSize) } : {}),
    value: q.select ? page.items.map((i) => selectFields(i, q.select!)) : page.items,
  };
}

/** One entity with its @odata.context, cut down by $select. */
export function answerEntity<T extends object>(
  request: FastifyRequest,
  item: T,
  contextPath: string,
  selectText: string | undefined,
  selectable: readonly string[],
) {
  const select = selectText !== undefined ? parseSelect(selectText, selectable) : null;
  return {
    '@odata.context': contextUrl(request, `${withSelect(contextPath, select)}/$entity`),
    ...(select ? selectFields(item, select) : item),
  };
}

/**
 * Everything a paged use case returns, page by page. Graph's options can filter and sort on any
 * presented field, so the compatible API reads the reader's whole (already narrowed) list and
 * applies them itself; a tenant's lists are hundreds of items, not millions.
 */
export async function everyPage<T>(load: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  for (;;) {
    const page = await load({ limit: MAX_PAGE, offset: all.length });
    all.push(...page.items);
    if (page.items.length < MAX_PAGE || all.length >= page.total) return all;
  }
}

/** $expand names what to include; only the navigation properties a resource has are allowed. */
export function parseExpand(text: string | undefined, allowed: readonly string[]): string[] {
  if (text === undefined) return [];
  const names = text.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !allowed.includes(n));
  if (unknown.length)
    throw invalid(
      '$expand',
      graphEnglish(
        `cannot expand ${unknown.map((n) => `"${n}"`).join(', ')}; ${allowed.length ? `use ${allowed.join(', ')}` : 'nothing here expands'}`,
      ),
    );
  return names;
}
