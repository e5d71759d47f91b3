// Hostile input on every operation of /openapi.json, as an operator and as a tenant's org admin:
// huge, non-finite, negative and fractional numbers, empty, 10,000-character and NUL-carrying
// strings, wrong types and unknown ids, one field at a time. No answer may be a 500, and a refused
// request (4xx) must leave every table as it was. Bounded: a fixed table of values, not a search.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  minItems?: number;
  default?: unknown;
};
type Parameter = { in: 'path' | 'query' | 'header' | 'cookie'; name: string; schema: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } };

/** Not fuzzed: the live stream never ends (it is a server-sent event stream). */
const SKIP = new Set(['GET /api/live']);

/** Sent as raw JSON text where a number goes: JSON.stringify cannot write 1e309. */
const HUGE = '__herald_fuzz_1e309__';
const LONG = 'x'.repeat(10_000);

const QUERY_VALUES = ['1e309', '-Infinity', 'NaN', '-1', '99999999999999999999', LONG, 'a\u0000b'];
const PATH_VALUES = ['unknown-id', 'x'.repeat(300), 'a\u0000b', '1e309'];
const NUMBER_VALUES: unknown[] = [HUGE, 1e308, -1, 1.5, 2 ** 31, '1'];
const STRING_VALUES: unknown[] = ['', ' ', LONG, 'a\u0000b', 'unknown-id', 12];
const OTHER_VALUES: unknown[] = ['', HUGE, null, {}, ['unknown-id']];
const BODIES = ['[]', '1e309', '{"__proto__":{"admin":true}}'];

const typeOf = (s: Schema): string | undefined =>
  (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type) ??
  (s.anyOf ?? s.oneOf)?.map(typeOf).find(Boolean);

/** A plausible value for a schema: the base that one hostile field at a time is put into. */
function sample(s: Schema, depth = 0): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  if (s.default !== undefined) return s.default;
  if (s.anyOf ?? s.oneOf) return sample((s.anyOf ?? s.oneOf)![0]!, depth);
  switch (typeOf(s)) {
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return s.minItems && s.items ? Array.from({ length: s.minItems }, () => sample(s.items!, depth + 1)) : [];
    case 'object': {
      if (depth > 4) return {};
      const out: Record<string, unknown> = {};
      for (const name of s.required ?? []) out[name] = sample(s.properties?.[name] ?? {}, depth + 1);
      return out;
    }
    default:
      return 'sample';
  }
}

function valuesFor(s: Schema): unknown[] {
  const t = typeOf(s);
  return t === 'integer' || t === 'number' ? NUMBER_VALUES : t === 'string' ? STRING_VALUES : OTHER_VALUES;
}

const jsonOf = (body: unknown): string => JSON.stringify(body).replaceAll(`"${HUGE}"`, '1e309');

interface Attempt {
  method: string;
  url: string;
  payload?: string;
  label: string;
}

function attemptsFor(method: string, path: string, op: Operation, tenantId: string): Attempt[] {
  const params = (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query');
  const pathValue = (p: Parameter) =>
    p.name === 'tenantId' ? tenantId : String(sample(p.schema) === 'sample' ? 'unknown-id' : sample(p.schema));
  const urlWith = (override?: { param: Parameter; value: string }) => {
    let url = path;
    const query = new URLSearchParams();
    for (const p of params) {
      const value = override?.param === p ? override.value : null;
      if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(value ?? pathValue(p)));
      else if (value !== null) query.set(p.name, value);
    }
    const qs = query.toString();
    return qs ? `${url}?${qs}` : url;
  };
  const jsonSchema = op.requestBody?.content['application/json']?.schema;
  const base = jsonSchema ? sample(jsonSchema) : undefined;
  const payload = base === undefined ? undefined : jsonOf(base);
  const out: Attempt[] = [];
  for (const p of params) {
    for (const value of p.in === 'path' ? PATH_VALUES : QUERY_VALUES)
      out.push({
        method,
        url: urlWith({ param: p, value }),
        payload,
        label: `${p.in} ${p.name}=${JSON.stringify(value.slice(0, 20))}`,
      });
  }
  if (jsonSchema) {
    const url = urlWith();
    for (const body of BODIES) out.push({ method, url, payload: body, label: `body ${body}` });
    const properties = jsonSchema.properties ?? {};
    for (const [name, s] of Object.entries(properties)) {
      for (const value of valuesFor(s)) {
        out.push({
          method,
          url,
          payload: jsonOf({ ...(base as object), [name]: value }),
          label: `body.${name}=${JSON.stringify(value)?.slice(0, 20)}`,
        });
      }
    }
  }
  return out;
}

let t: TestApp;
let tables: string[];

/** Row counts of every table in one statement: cheap enough to take around each request. */
async function counts(): Promise<Map<string, string>> {
  const parts = tables.map((name) => sql`(select count(*) from ${sql.table(name)}) as ${sql.ref(name)}`);
  const row = await sql<Record<string, unknown>>`select ${sql.join(parts)}`.execute(t.database.db);
  return new Map(Object.entries(row.rows[0]!).map(([name, n]) => [name, String(n)]));
}

/** A refused sign-in is written to the audit log on purpose: it is the record of password guessing. */
const RECORDS_REFUSALS: Record<string, string[]> = { 'POST /api/session': ['audit_entry'] };

/** Written by authentication itself (when a token was last used), not by the request it authenticates. */
const IGNORED_COLUMNS = new Set(['api_token.last_used_at']);
const IGNORED_COLUMNS_OF: Record<string, string> = { api_token: 'last_used_at' };

/** Every row of every table, hashed per table: taken around each operation's batch. */
async function contents(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (t.database.dialect === 'postgres') {
    // One statement: an md5 of each table's rows, in a stable order.
    const parts = tables.map((name) => {
      const row = IGNORED_COLUMNS_OF[name]
        ? sql`(to_jsonb(x) - ${sql.lit(IGNORED_COLUMNS_OF[name])})::text`
        : sql`to_jsonb(x)::text`;
      return sql`(select md5(coalesce(string_agg(${row}, ',' order by ${row}), '')) from ${sql.table(name)} x) as ${sql.ref(name)}`;
    });
    const result = await sql<Record<string, string>>`select ${sql.join(parts)}`.execute(t.database.db);
    for (const [name, hash] of Object.entries(result.rows[0]!)) out.set(name, hash);
    return out;
  }
  for (const name of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(t.database.db);
    const lines = rows.rows
      .map((r) =>
        JSON.stringify(
          Object.entries(r)
            .filter(([column]) => !IGNORED_COLUMNS.has(`${name}.${column}`))
            .sort(([a], [b]) => a.localeCompare(b)),
        ),
      )
      .sort();
    out.set(name, createHash('sha256').update(lines.join('\n')).digest('hex'));
  }
  return out;
}

const changedTables = (before: Map<string, string>, after: Map<string, string>): string[] =>
  [...before].filter(([name, hash]) => after.get(name) !== hash).map(([name]) => name);

beforeAll(async () => {
  t = await createTestApp();
  // rate_limit counts attempts, refused ones (a wrong password) included: that is its purpose.
  tables = (await t.database.db.introspection.getTables())
    .map((x) => x.name)
    .filter((n) => n !== 'rate_limit' && !n.startsWith('kysely_'))
    .sort();
});
afterAll(() => t.close());

describe('hostile input on every operation', () => {
  it('never answers 500 and a refused request changes no table', async () => {
    const doc = (await t.app.inject({ url: '/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const actors = [
      { who: 'operator', headers: await t.auth('ops@herald.example') },
      { who: 'org admin', headers: await t.auth('alice@contoso.com') },
    ];
    const tenantId = t.demo.tenants.contoso!.id;
    const failures: string[] = [];
    const postgres = t.database.dialect === 'postgres';
    let sent = 0;
    const started = performance.now();
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        const name = `${method.toUpperCase()} ${path}`;
        if (SKIP.has(name)) continue;
        const attempts = attemptsFor(method.toUpperCase(), path, op, tenantId);
        // Reading is not writing: on PostgreSQL, where every statement costs more, a GET's batch
        // is checked by row counts alone.
        const checkContents = method !== 'get' || !postgres;
        const contentBefore = checkContents ? await contents() : new Map<string, string>();
        let rowCounts = await counts();
        let accepted = false;
        for (const actor of actors) {
          for (const [i, a] of attempts.entries()) {
            // A fixed sample keeps the run well under a minute: each actor sends every second
            // attempt, offset from the other's, so every value is tried once (on PostgreSQL, where
            // a statement costs more, every fourth: half the values).
            if ((i + actors.indexOf(actor)) % (postgres ? 4 : 2) !== 0) continue;
            const res = await t.app.inject({
              method: a.method as 'GET',
              url: a.url,
              headers: { ...actor.headers, ...(a.payload !== undefined ? { 'content-type': 'application/json' } : {}) },
              ...(a.payload !== undefined ? { payload: a.payload } : {}),
            });
            sent++;
            if (res.statusCode >= 500)
              failures.push(`${name} as ${actor.who}, ${a.label}: ${res.statusCode} ${res.body.slice(0, 160)}`);
            const after = await counts();
            if (res.statusCode < 400) accepted = true;
            else if (changedTables(rowCounts, after).some((table) => !RECORDS_REFUSALS[name]?.includes(table)))
              failures.push(
                `${name} as ${actor.who}, ${a.label}: refused with ${res.statusCode} but rows were added or removed`,
              );
            rowCounts = after;
          }
        }
        const changed =
          accepted || !checkContents
            ? []
            : changedTables(contentBefore, await contents()).filter(
                (table) => !RECORDS_REFUSALS[name]?.includes(table),
              );
        if (changed.length) failures.push(`${name}: every attempt was refused but ${changed.join(', ')} changed`);
      }
    }
    console.log(`${sent} hostile requests in ${Math.round(performance.now() - started)} ms`);
    expect(sent).toBeGreaterThan(postgres ? 1000 : 2000);
    expect(failures).toEqual([]);
  }, 240_000);
});
