// The part of OData v4 that Microsoft Graph clients send to the service-announcement API:
// $filter (comparisons, and/or/not, parentheses, literals, contains/startswith/endswith, and
// any/all over collections of strings), $orderby, $select, $top, $skip and $count. A query is
// parsed once into a tree, checked against the fields an entity offers (so an unknown field or a
// type mismatch is a 400 naming it), and compiled into a predicate over the presented objects.
// Pure: no I/O. Errors say which query option is wrong and, for $filter and $orderby, where.
import { invalid, words } from '../errors.js';

/**
 * OData query options are read only by the Graph-compatible API. Graph answers its clients in
 * English whatever their language, and scripts written against it match its messages, so the
 * reason stays English here: passed on as it is (`problem.passedOn`), never translated.
 */
const refused = (option: string, reason: string) => invalid(option, words('problem.passedOn', { reason }));

/** The types a filterable field can have; `strings` is a collection of strings (tags, services). */
export type FieldType = 'string' | 'number' | 'boolean' | 'datetime' | 'strings';

/** What may be filtered and sorted on: a property path ("viewPoint/isRead") and its type. */
export type FieldTypes = Readonly<Record<string, FieldType>>;

export const COMPARISON_OPERATORS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] as const;
type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];
const FUNCTIONS = ['contains', 'startswith', 'endswith'] as const;
type FunctionName = (typeof FUNCTIONS)[number];

// --- tokens ------------------------------------------------------------------------------

type TokenKind = 'name' | 'string' | 'number' | 'datetime' | 'punct' | 'end';

interface Token {
  kind: TokenKind;
  text: string;
  /** 1-based, as people count characters. */
  pos: number;
}

const DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

function tokenize(option: string, text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const rest = text.slice(i);
    if ('(),:/'.includes(c)) {
      tokens.push({ kind: 'punct', text: c, pos: i + 1 });
      i++;
    } else if (c === "'") {
      // A quote inside a string is written twice: 'it''s'.
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= text.length)
          throw refused(option, `at position ${i + 1}: the string that starts here has no closing quote`);
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += text[j];
        j++;
      }
      tokens.push({ kind: 'string', text: value, pos: i + 1 });
      i = j + 1;
    } else if (DATETIME.test(rest)) {
      const m = rest.match(DATETIME)![0];
      tokens.push({ kind: 'datetime', text: m, pos: i + 1 });
      i += m.length;
    } else if (NUMBER.test(rest)) {
      const m = rest.match(NUMBER)![0];
      tokens.push({ kind: 'number', text: m, pos: i + 1 });
      i += m.length;
    } else if (NAME.test(rest)) {
      const m = rest.match(NAME)![0];
      tokens.push({ kind: 'name', text: m, pos: i + 1 });
      i += m.length;
    } else {
      throw refused(option, `at position ${i + 1}: unexpected character "${c}"`);
    }
  }
  tokens.push({ kind: 'end', text: '', pos: text.length + 1 });
  return tokens;
}

// --- the $filter tree ---------------------------------------------------------------------

export type FilterNode =
  | {
      kind: 'literal';
      type: 'string' | 'number' | 'boolean' | 'datetime' | 'null';
      value: string | number | boolean | null;
      pos: number;
    }
  | { kind: 'property'; path: string[]; pos: number }
  | { kind: 'compare'; op: ComparisonOperator; left: FilterNode; right: FilterNode; pos: number }
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode; pos: number }
  | { kind: 'not'; operand: FilterNode; pos: number }
  | { kind: 'function'; name: FunctionName; args: FilterNode[]; pos: number }
  | {
      kind: 'lambda';
      quantifier: 'any' | 'all';
      collection: string[];
      variable: string | null;
      body: FilterNode | null;
      pos: number;
    };

const describe = (t: Token): string =>
  t.kind === 'end' ? 'the end' : t.kind === 'string' ? `'${t.text}'` : `"${t.text}"`;

class FilterParser {
  private at = 0;
  constructor(
    private readonly option: string,
    private readonly tokens: Token[],
  ) {}

  private get next(): Token {
    return this.tokens[this.at]!;
  }

  private fail(token: Token, message: string): never {
    throw refused(this.option, `at position ${token.pos}: ${message}`);
  }

  private isWord(word: string): boolean {
    return this.next.kind === 'name' && this.next.text.toLowerCase() === word;
  }

  private isPunct(p: string): boolean {
    return this.next.kind === 'punct' && this.next.text === p;
  }

  private expectPunct(p: string, what: string): Token {
    if (!this.isPunct(p)) this.fail(this.next, `expected "${p}" ${what}, found ${describe(this.next)}`);
    return this.tokens[this.at++]!;
  }

  parse(): FilterNode {
    if (this.next.kind === 'end') this.fail(this.next, 'the filter is empty');
    const node = this.or();
    const after = this.tokens[this.at]!;
    if (after.kind !== 'end') this.fail(after, `expected "and", "or" or the end, found ${describe(after)}`);
    return node;
  }

  private or(): FilterNode {
    let left = this.and();
    while (this.isWord('or')) {
      const op = this.tokens[this.at++]!;
      left = { kind: 'or', left, right: this.and(), pos: op.pos };
    }
    return left;
  }

  private and(): FilterNode {
    let left = this.unary();
    while (this.isWord('and')) {
      const op = this.tokens[this.at++]!;
      left = { kind: 'and', left, right: this.unary(), pos: op.pos };
    }
    return left;
  }

  private unary(): FilterNode {
    if (this.isWord('not')) {
      const op = this.tokens[this.at++]!;
      return { kind: 'not', operand: this.unary(), pos: op.pos };
    }
    const left = this.primary();
    const op = this.next;
    if (op.kind === 'name' && (COMPARISON_OPERATORS as readonly string[]).includes(op.text.toLowerCase())) {
      this.at++;
      if (this.next.kind === 'end' || this.isPunct(')')) this.fail(this.next, `expected a value after "${op.text}"`);
      return {
        kind: 'compare',
        op: op.text.toLowerCase() as ComparisonOperator,
        left,
        right: this.primary(),
        pos: op.pos,
      };
    }
    return left;
  }

  private primary(): FilterNode {
    const t = this.next;
    if (this.isPunct('(')) {
      this.at++;
      const inner = this.or();
      this.expectPunct(')', 'to close the parenthesis');
      return inner;
    }
    switch (t.kind) {
      case 'string':
        this.at++;
        return { kind: 'literal', type: 'string', value: t.text, pos: t.pos };
      case 'number':
        this.at++;
        return { kind: 'literal', type: 'number', value: Number(t.text), pos: t.pos };
      case 'datetime':
        this.at++;
        if (Number.isNaN(Date.parse(t.text))) this.fail(t, `"${t.text}" is not a valid date and time`);
        return { kind: 'literal', type: 'datetime', value: t.text, pos: t.pos };
      case 'name':
        return this.nameOrCall();
      default:
        return this.fail(t, `expected a field, a value or "(", found ${describe(t)}`);
    }
  }

  private nameOrCall(): FilterNode {
    const t = this.tokens[this.at++]!;
    const word = t.text.toLowerCase();
    if (word === 'true' || word === 'false')
      return { kind: 'literal', type: 'boolean', value: word === 'true', pos: t.pos };
    if (word === 'null') return { kind: 'literal', type: 'null', value: null, pos: t.pos };
    if (this.isPunct('(')) {
      if (!(FUNCTIONS as readonly string[]).includes(word))
        this.fail(t, `"${t.text}" is not a supported function; use ${FUNCTIONS.join(', ')}`);
      this.at++;
      const args = [this.or()];
      while (this.isPunct(',')) {
        this.at++;
        args.push(this.or());
      }
      this.expectPunct(')', `to close ${word}(`);
      if (args.length !== 2) this.fail(t, `${word} takes two arguments, a field and a value`);
      return { kind: 'function', name: word as FunctionName, args, pos: t.pos };
    }
    const path = [t.text];
    while (this.isPunct('/')) {
      this.at++;
      const segment = this.next;
      if (segment.kind !== 'name') this.fail(segment, `expected a field name after "/", found ${describe(segment)}`);
      this.at++;
      const quantifier = segment.text.toLowerCase();
      if ((quantifier === 'any' || quantifier === 'all') && this.isPunct('('))
        return this.lambda(path, quantifier, segment);
      path.push(segment.text);
    }
    return { kind: 'property', path, pos: t.pos };
  }

  /** `tags/any(t: t eq 'x')`, and `tags/any()` for "not empty". */
  private lambda(collection: string[], quantifier: 'any' | 'all', at: Token): FilterNode {
    this.expectPunct('(', `after ${quantifier}`);
    if (this.isPunct(')')) {
      this.at++;
      if (quantifier === 'all') this.fail(at, "all() needs a condition, as in all(x: x eq 'value')");
      return { kind: 'lambda', quantifier, collection, variable: null, body: null, pos: at.pos };
    }
    const variable = this.next;
    if (variable.kind !== 'name') this.fail(variable, `expected a variable name, as in ${quantifier}(x: x eq 'value')`);
    this.at++;
    this.expectPunct(':', `after the variable "${variable.text}"`);
    const body = this.or();
    this.expectPunct(')', `to close ${quantifier}(`);
    return { kind: 'lambda', quantifier, collection, variable: variable.text, body, pos: at.pos };
  }
}

/** Parses a $filter expression; a syntax error is a 400 naming the position. */
export function parseFilter(text: string, option = '$filter'): FilterNode {
  return new FilterParser(option, tokenize(option, text)).parse();
}

// --- checking and compiling ---------------------------------------------------------------

type ValueType = FieldType | 'null';
type Value = unknown;
type Getter = (item: unknown, scope: Readonly<Record<string, unknown>>) => Value;

/** Reads a property path from a presented object ("viewPoint/isRead"). */
export function readPath(item: unknown, path: readonly string[]): unknown {
  let v: unknown = item;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

const fold = (v: unknown): unknown => (typeof v === 'string' ? v.toLowerCase() : v);

/** Comparable form of a value of a type; strings compare without regard to case, as Graph's enums do. */
function comparable(type: ValueType, v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (type === 'datetime') return typeof v === 'string' ? Date.parse(v) : null;
  return fold(v) as string | number | boolean;
}

function compare(
  op: ComparisonOperator,
  a: string | number | boolean | null,
  b: string | number | boolean | null,
): boolean {
  if (op === 'eq') return a === b;
  if (op === 'ne') return a !== b;
  if (a === null || b === null) return false;
  switch (op) {
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
  }
}

interface Compiled {
  type: ValueType;
  get: Getter;
}

class FilterCompiler {
  constructor(
    private readonly option: string,
    private readonly fields: FieldTypes,
  ) {}

  private fail(pos: number, message: string): never {
    throw refused(this.option, `at position ${pos}: ${message}`);
  }

  /** A condition: something true or false for each item. */
  condition(
    node: FilterNode,
    variables: Readonly<Record<string, FieldType>>,
  ): (item: unknown, scope: Readonly<Record<string, unknown>>) => boolean {
    switch (node.kind) {
      case 'and': {
        const l = this.condition(node.left, variables);
        const r = this.condition(node.right, variables);
        return (item, scope) => l(item, scope) && r(item, scope);
      }
      case 'or': {
        const l = this.condition(node.left, variables);
        const r = this.condition(node.right, variables);
        return (item, scope) => l(item, scope) || r(item, scope);
      }
      case 'not': {
        const inner = this.condition(node.operand, variables);
        return (item, scope) => !inner(item, scope);
      }
      case 'compare':
        return this.comparison(node, variables);
      case 'function':
        return this.call(node, variables);
      case 'lambda':
        return this.lambda(node, variables);
      case 'property':
      case 'literal': {
        const value = this.value(node, variables);
        if (value.type !== 'boolean')
          this.fail(
            node.pos,
            `${this.label(node)} is not a condition; compare it, as in ${this.label(node)} eq 'value'`,
          );
        return (item, scope) => value.get(item, scope) === true;
      }
    }
  }

  private label(node: FilterNode): string {
    if (node.kind === 'property') return node.path.join('/');
    if (node.kind === 'literal') return node.value === null ? 'null' : String(node.value);
    return 'this expression';
  }

  private value(node: FilterNode, variables: Readonly<Record<string, FieldType>>): Compiled {
    if (node.kind === 'literal') {
      const v = node.value;
      return { type: node.type, get: () => v };
    }
    if (node.kind !== 'property') this.fail(node.pos, 'expected a field or a value here, not a condition');
    const [head, ...rest] = node.path;
    if (variables[head!] !== undefined) {
      if (rest.length) this.fail(node.pos, `"${head}" stands for one value; it has no fields`);
      const type = variables[head!]!;
      return { type, get: (_item, scope) => scope[head!] };
    }
    const name = node.path.join('/');
    const type = this.fields[name];
    if (!type)
      this.fail(node.pos, `"${name}" is not a field you can filter on; use ${Object.keys(this.fields).join(', ')}`);
    const path = node.path;
    return { type, get: (item) => readPath(item, path) };
  }

  private comparison(node: Extract<FilterNode, { kind: 'compare' }>, variables: Readonly<Record<string, FieldType>>) {
    const left = this.value(node.left, variables);
    const right = this.value(node.right, variables);
    for (const [side, other] of [
      [left, node.left],
      [right, node.right],
    ] as const) {
      if (side.type === 'strings')
        this.fail(other.pos, `${this.label(other)} is a collection; use ${this.label(other)}/any(x: x eq 'value')`);
    }
    const type = this.commonType(node, left.type, right.type);
    if (type === 'boolean' && node.op !== 'eq' && node.op !== 'ne')
      this.fail(node.pos, `"${node.op}" does not apply to true/false values; use eq or ne`);
    const op = node.op;
    return (item: unknown, scope: Readonly<Record<string, unknown>>) =>
      compare(op, comparable(type, left.get(item, scope)), comparable(type, right.get(item, scope)));
  }

  /** The type both sides are compared as; a quoted date counts as a date when compared with one. */
  private commonType(node: Extract<FilterNode, { kind: 'compare' }>, a: ValueType, b: ValueType): ValueType {
    if (a === 'null' || b === 'null') {
      if (node.op !== 'eq' && node.op !== 'ne') this.fail(node.pos, `only eq and ne compare with null`);
      return a === 'null' ? b : a;
    }
    if (a === b) return a;
    const dateAndString = (x: ValueType, y: ValueType, literal: FilterNode) =>
      x === 'datetime' &&
      y === 'string' &&
      literal.kind === 'literal' &&
      !Number.isNaN(Date.parse(String(literal.value)));
    if (dateAndString(a, b, node.right) || dateAndString(b, a, node.left)) return 'datetime';
    return this.fail(
      node.pos,
      `cannot compare ${this.describeType(node.left, a)} with ${this.describeType(node.right, b)}`,
    );
  }

  private describeType(node: FilterNode, type: ValueType): string {
    const what = {
      string: 'text',
      number: 'a number',
      boolean: 'true/false',
      datetime: 'a date and time',
      strings: 'a collection',
      null: 'null',
    }[type];
    return node.kind === 'property' ? `${node.path.join('/')} (${what})` : `${this.label(node)} (${what})`;
  }

  private call(node: Extract<FilterNode, { kind: 'function' }>, variables: Readonly<Record<string, FieldType>>) {
    const [a, b] = node.args.map((arg) => this.value(arg, variables)) as [Compiled, Compiled];
    if (a.type !== 'string' || b.type !== 'string') this.fail(node.pos, `${node.name} compares text with text`);
    const test = {
      contains: (x: string, y: string) => x.includes(y),
      startswith: (x: string, y: string) => x.startsWith(y),
      endswith: (x: string, y: string) => x.endsWith(y),
    }[node.name];
    return (item: unknown, scope: Readonly<Record<string, unknown>>) => {
      const x = a.get(item, scope);
      const y = b.get(item, scope);
      return typeof x === 'string' && typeof y === 'string' && test(x.toLowerCase(), y.toLowerCase());
    };
  }

  private lambda(node: Extract<FilterNode, { kind: 'lambda' }>, variables: Readonly<Record<string, FieldType>>) {
    const name = node.collection.join('/');
    if (this.fields[name] !== 'strings')
      this.fail(node.pos, `"${name}" is not a collection; ${node.quantifier}() applies to ${this.collections()}`);
    const path = node.collection;
    const items = (item: unknown): unknown[] => {
      const v = readPath(item, path);
      return Array.isArray(v) ? v : [];
    };
    if (!node.body || !node.variable) return (item: unknown) => items(item).length > 0;
    const variable = node.variable;
    const body = this.condition(node.body, { ...variables, [variable]: 'string' });
    return node.quantifier === 'any'
      ? (item: unknown, scope: Readonly<Record<string, unknown>>) =>
          items(item).some((v) => body(item, { ...scope, [variable]: v }))
      : (item: unknown, scope: Readonly<Record<string, unknown>>) =>
          items(item).every((v) => body(item, { ...scope, [variable]: v }));
  }

  private collections(): string {
    return (
      Object.entries(this.fields)
        .filter(([, t]) => t === 'strings')
        .map(([n]) => n)
        .join(', ') || 'no field here'
    );
  }
}

/** Compiles a $filter into a predicate over presented objects, checked against `fields`. */
export function compileFilter<T>(text: string, fields: FieldTypes, option = '$filter'): (item: T) => boolean {
  const tree = parseFilter(text, option);
  const test = new FilterCompiler(option, fields).condition(tree, {});
  return (item) => test(item, {});
}

// --- $orderby, $select, $top, $skip, $count ----------------------------------------------

export interface OrderBy {
  path: string[];
  descending: boolean;
  type: FieldType;
}

/** "lastModifiedDateTime desc, id" → sort keys; only single-valued fields sort. */
export function parseOrderBy(text: string, fields: FieldTypes, option = '$orderby'): OrderBy[] {
  const keys: OrderBy[] = [];
  let offset = 0;
  for (const part of text.split(',')) {
    const lead = part.length - part.trimStart().length;
    const pos = offset + lead + 1;
    const words = part.trim().split(/\s+/).filter(Boolean);
    offset += part.length + 1;
    if (!words.length) throw refused(option, `at position ${pos}: expected a field name`);
    const [name, direction, extra] = words as [string, string | undefined, string | undefined];
    if (extra !== undefined || (direction !== undefined && !/^(asc|desc)$/i.test(direction))) {
      throw refused(option, `at position ${pos}: write a field name followed by asc or desc, as in "${name} desc"`);
    }
    const type = fields[name];
    if (!type)
      throw refused(
        option,
        `at position ${pos}: "${name}" is not a field you can sort by; use ${Object.keys(fields)
          .filter((f) => fields[f] !== 'strings')
          .join(', ')}`,
      );
    if (type === 'strings')
      throw refused(option, `at position ${pos}: "${name}" is a collection and cannot be sorted by`);
    keys.push({ path: name.split('/'), descending: direction?.toLowerCase() === 'desc', type });
  }
  return keys;
}

/** Sorts a copy; nulls first ascending (as OData orders them), ties keep the given order. */
export function sortBy<T>(items: readonly T[], keys: readonly OrderBy[]): T[] {
  if (!keys.length) return [...items];
  const indexed = items.map((item, index) => ({ item, index }));
  indexed.sort((x, y) => {
    for (const k of keys) {
      const a = comparable(k.type, readPath(x.item, k.path));
      const b = comparable(k.type, readPath(y.item, k.path));
      if (a === b) continue;
      const order = a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;
      return k.descending ? -order : order;
    }
    return x.index - y.index;
  });
  return indexed.map((x) => x.item);
}

/** "id,title" → the fields, each one of `selectable`. */
export function parseSelect(text: string, selectable: readonly string[], option = '$select'): string[] {
  const names = text.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !selectable.includes(n));
  if (names.some((n) => n === '')) throw refused(option, 'has an empty field name; separate names with single commas');
  if (unknown.length)
    throw refused(
      option,
      `${unknown.map((n) => `"${n}"`).join(', ')} ${unknown.length === 1 ? 'is not a field' : 'are not fields'} of this resource; use ${selectable.join(', ')}`,
    );
  return [...new Set(names)];
}

/** A copy of `item` with only the selected top-level fields, in the order asked for. */
export function selectFields<T extends object>(item: T, fields: readonly string[]): Partial<T> {
  return Object.fromEntries(fields.map((f) => [f, (item as Record<string, unknown>)[f]])) as Partial<T>;
}

/** A whole number in [min, max], or a 400 naming the option. */
export function parseWholeNumber(text: string, option: string, min: number, max: number): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < min || Number(text) > max)
    throw refused(option, `must be a whole number from ${min} to ${max}`);
  return Number(text);
}

export function parseBoolean(text: string, option: string): boolean {
  const v = text.trim().toLowerCase();
  if (v !== 'true' && v !== 'false') throw refused(option, 'must be true or false');
  return v === 'true';
}

// --- collections, as a query asks for them ---------------------------------------------------

export interface CollectionQuery<T> {
  filter: ((item: T) => boolean) | null;
  orderBy: OrderBy[];
  select: string[] | null;
  skip: number;
  /** Items per page. */
  pageSize: number;
  count: boolean;
}

export interface CollectionPage<T> {
  items: T[];
  /** Items matching the filter, before paging (OData @odata.count). */
  total: number;
  /** Where the next page starts, or null on the last page. */
  nextSkip: number | null;
}

/** Filters, sorts and cuts out one page. */
export function queryCollection<T>(
  items: readonly T[],
  q: Pick<CollectionQuery<T>, 'filter' | 'orderBy' | 'skip' | 'pageSize'>,
): CollectionPage<T> {
  const matching = sortBy(q.filter ? items.filter(q.filter) : items, q.orderBy);
  const end = q.skip + q.pageSize;
  return { items: matching.slice(q.skip, end), total: matching.length, nextSkip: end < matching.length ? end : null };
}
