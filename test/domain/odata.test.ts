// The OData subset the Graph-compatible API understands: what a filter keeps, how sorting and
// selecting behave, and that every mistake is a 400 saying which option and where.
import { describe, expect, it } from 'vitest';
import {
  compileFilter,
  parseFilter,
  parseOrderBy,
  parseSelect,
  parseWholeNumber,
  queryCollection,
  selectFields,
  sortBy,
  type FieldTypes,
} from '../../src/domain/odata.js';
import { englishMessage, HeraldError } from '../../src/errors.js';

const FIELDS: FieldTypes = {
  id: 'string',
  status: 'string',
  isResolved: 'boolean',
  severity: 'number',
  lastModifiedDateTime: 'datetime',
  endDateTime: 'datetime',
  tags: 'strings',
  'viewPoint/isRead': 'boolean',
};

const ITEMS = [
  {
    id: 'a',
    status: 'serviceRestored',
    isResolved: true,
    severity: 1,
    lastModifiedDateTime: '2026-01-05T10:00:00.000Z',
    endDateTime: '2026-01-05T10:00:00.000Z',
    tags: ['Retirement', 'Admin impact'],
    viewPoint: { isRead: true },
  },
  {
    id: 'b',
    status: 'investigating',
    isResolved: false,
    severity: 3,
    lastModifiedDateTime: '2026-02-01T00:00:00.000Z',
    endDateTime: null,
    tags: [],
    viewPoint: { isRead: false },
  },
  {
    id: 'c',
    status: 'serviceDegradation',
    isResolved: false,
    severity: 2,
    lastModifiedDateTime: '2026-01-20T00:00:00.000Z',
    endDateTime: null,
    tags: ["It's new"],
    viewPoint: { isRead: false },
  },
];

const ids = (filter: string) => ITEMS.filter(compileFilter(filter, FIELDS)).map((i) => i.id);

function problem(fn: () => unknown): { field: string; message: string } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(HeraldError);
    expect((e as HeraldError).status).toBe(400);
    const first = (e as HeraldError).problems[0]!;
    return { field: first.field, message: englishMessage(first) };
  }
  throw new Error('expected a 400');
}

describe('$filter', () => {
  it('compares with eq, ne, gt, ge, lt and le, ignoring the case of text', () => {
    expect(ids("status eq 'investigating'")).toEqual(['b']);
    expect(ids("status eq 'ServiceRestored'")).toEqual(['a']);
    expect(ids("status ne 'investigating'")).toEqual(['a', 'c']);
    expect(ids('severity gt 1')).toEqual(['b', 'c']);
    expect(ids('severity ge 2')).toEqual(['b', 'c']);
    expect(ids('severity lt 2')).toEqual(['a']);
    expect(ids('severity le 2')).toEqual(['a', 'c']);
  });

  it('reads booleans, nulls and nested fields', () => {
    expect(ids('isResolved eq false')).toEqual(['b', 'c']);
    expect(ids('isResolved')).toEqual(['a']);
    expect(ids('not isResolved')).toEqual(['b', 'c']);
    expect(ids('endDateTime eq null')).toEqual(['b', 'c']);
    expect(ids('endDateTime ne null')).toEqual(['a']);
    expect(ids('viewPoint/isRead eq true')).toEqual(['a']);
  });

  it('compares dates written bare or quoted, at any precision', () => {
    expect(ids('lastModifiedDateTime ge 2026-01-20T00:00:00Z')).toEqual(['b', 'c']);
    expect(ids("lastModifiedDateTime lt '2026-01-06T00:00:00Z'")).toEqual(['a']);
    expect(ids('lastModifiedDateTime le 2026-01-05T11:00:00+01:00')).toEqual(['a']);
    expect(ids('lastModifiedDateTime ge 2026-01-06')).toEqual(['b', 'c']);
  });

  it('combines with and, or, not and parentheses, and binds and before or', () => {
    expect(ids("status eq 'investigating' or status eq 'serviceRestored' and isResolved eq false")).toEqual(['b']);
    expect(ids("(status eq 'investigating' or status eq 'serviceRestored') and isResolved eq true")).toEqual(['a']);
    expect(ids("not (status eq 'investigating' or severity ge 2)")).toEqual(['a']);
    expect(ids("isResolved eq false and severity ge 2 and status ne 'investigating'")).toEqual(['c']);
  });

  it('looks into collections with any and all, and finds text with contains, startswith, endswith', () => {
    expect(ids("tags/any(t: t eq 'retirement')")).toEqual(['a']);
    expect(ids('tags/any()')).toEqual(['a', 'c']);
    expect(ids("tags/all(t: t ne 'Retirement')")).toEqual(['b', 'c']);
    expect(ids("tags/any(t: t eq 'It''s new')")).toEqual(['c']);
    expect(ids("contains(status, 'service')")).toEqual(['a', 'c']);
    expect(ids("startswith(status, 'INV')")).toEqual(['b']);
    expect(ids("endswith(status, 'restored')")).toEqual(['a']);
  });

  it('names the position of a syntax error', () => {
    expect(problem(() => parseFilter('status eq'))).toEqual({
      field: '$filter',
      message: 'at position 10: expected a value after "eq"',
    });
    expect(problem(() => parseFilter("status eq 'open"))).toEqual({
      field: '$filter',
      message: 'at position 11: the string that starts here has no closing quote',
    });
    expect(problem(() => parseFilter("(status eq 'a'"))).toEqual({
      field: '$filter',
      message: 'at position 15: expected ")" to close the parenthesis, found the end',
    });
    expect(problem(() => parseFilter("status eq 'a' nand x")).message).toMatch(
      /^at position 15: expected "and", "or" or the end/,
    );
    expect(problem(() => parseFilter('status eq #')).message).toBe('at position 11: unexpected character "#"');
    expect(problem(() => parseFilter('')).message).toBe('at position 1: the filter is empty');
    expect(problem(() => parseFilter("tags/any(t t eq 'x')")).message).toBe(
      'at position 12: expected ":" after the variable "t", found "t"',
    );
  });

  it('refuses unknown fields, type mismatches and misused collections, naming them', () => {
    expect(problem(() => compileFilter("colour eq 'red'", FIELDS)).message).toMatch(
      /^at position 1: "colour" is not a field you can filter on; use id, status/,
    );
    expect(problem(() => compileFilter("severity eq 'high'", FIELDS)).message).toBe(
      'at position 10: cannot compare severity (a number) with high (text)',
    );
    expect(problem(() => compileFilter('isResolved gt false', FIELDS)).message).toBe(
      'at position 12: "gt" does not apply to true/false values; use eq or ne',
    );
    expect(problem(() => compileFilter("tags eq 'x'", FIELDS)).message).toBe(
      "at position 1: tags is a collection; use tags/any(x: x eq 'value')",
    );
    expect(problem(() => compileFilter("status/any(s: s eq 'x')", FIELDS)).message).toBe(
      'at position 8: "status" is not a collection; any() applies to tags',
    );
    expect(problem(() => compileFilter('status', FIELDS)).message).toMatch(/^at position 1: status is not a condition/);
    expect(problem(() => compileFilter('severity gt null', FIELDS)).message).toBe(
      'at position 10: only eq and ne compare with null',
    );
    expect(problem(() => compileFilter("lookup(status, 'x')", FIELDS)).message).toMatch(
      /^at position 1: "lookup" is not a supported function/,
    );
  });
});

describe('$orderby, $select, paging', () => {
  it('sorts by several keys, nulls first ascending, ties in the given order', () => {
    const keys = parseOrderBy('isResolved desc, lastModifiedDateTime', FIELDS);
    expect(sortBy(ITEMS, keys).map((i) => i.id)).toEqual(['a', 'c', 'b']);
    expect(sortBy(ITEMS, parseOrderBy('endDateTime asc', FIELDS)).map((i) => i.id)).toEqual(['b', 'c', 'a']);
    expect(sortBy(ITEMS, parseOrderBy('viewPoint/isRead DESC', FIELDS)).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses unknown or collection sort keys and stray words, with their position', () => {
    expect(problem(() => parseOrderBy('id, colour desc', FIELDS)).message).toMatch(
      /^at position 5: "colour" is not a field you can sort by/,
    );
    expect(problem(() => parseOrderBy('tags', FIELDS)).message).toBe(
      'at position 1: "tags" is a collection and cannot be sorted by',
    );
    expect(problem(() => parseOrderBy('id sideways', FIELDS)).message).toMatch(
      /^at position 1: write a field name followed by asc or desc/,
    );
    expect(problem(() => parseOrderBy('id,', FIELDS)).message).toBe('at position 4: expected a field name');
  });

  it('selects known fields only', () => {
    expect(parseSelect('id, status,id', ['id', 'status', 'tags'])).toEqual(['id', 'status']);
    expect(selectFields(ITEMS[0]!, ['status', 'id'])).toEqual({ status: 'serviceRestored', id: 'a' });
    expect(problem(() => parseSelect('id,colour,size', ['id']))).toEqual({
      field: '$select',
      message: '"colour", "size" are not fields of this resource; use id',
    });
  });

  it('cuts pages and says where the next one starts', () => {
    const all = Array.from({ length: 7 }, (_, i) => ({ id: `m${i}`, n: i }));
    expect(queryCollection(all, { filter: null, orderBy: [], skip: 0, pageSize: 3 })).toMatchObject({
      total: 7,
      nextSkip: 3,
    });
    expect(queryCollection(all, { filter: null, orderBy: [], skip: 6, pageSize: 3 })).toMatchObject({
      items: [{ id: 'm6' }],
      nextSkip: null,
    });
    const even = queryCollection(all, { filter: (x) => x.n % 2 === 0, orderBy: [], skip: 0, pageSize: 10 });
    expect(even).toMatchObject({ total: 4, nextSkip: null });
    expect(problem(() => parseWholeNumber('-1', '$top', 1, 1000))).toEqual({
      field: '$top',
      message: 'must be a whole number from 1 to 1000',
    });
    expect(problem(() => parseWholeNumber('1001', '$top', 1, 1000)).field).toBe('$top');
  });
});
