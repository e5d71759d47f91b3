// Reads what a bulk import is given — one JSON document, or CSV files of one kind each — into plain
// records that remember where they came from ("tenants[3]", "people.csv line 12"), so every
// problem found later can name its place. Only the shape is judged here; the values are judged
// by the same checks as the API, in import.ts.
import { parse } from 'csv-parse/sync';
import { type FieldProblem, type Words, words } from '../../errors.js';

// Defined in src/shared, which the console imports too; re-exported here for the server.
import { IMPORT_KINDS, type ImportKind } from '../../shared/directory.js';

export { IMPORT_KINDS, type ImportKind };

export interface TenantRecord {
  where: string;
  name?: string;
  domain?: string;
  purchaseDate?: string;
  supportPlan?: string;
}

export interface EnvironmentRecord {
  where: string;
  /** The tenant's domain. */
  tenant?: string;
  name?: string;
  region?: string;
  type?: string;
  url?: string;
  version?: string;
  earlyAccess?: boolean;
  firstRelease?: boolean;
  services?: string[];
}

export interface RoleRecord {
  where: string;
  role?: string;
  /** The tenant's domain. */
  tenant?: string;
  /** The environment's URL. */
  environment?: string;
  categories?: string[];
}

export interface PersonRecord {
  where: string;
  email?: string;
  name?: string;
  locale?: string;
  timeZone?: string;
  roles: RoleRecord[];
}

export interface ImportBatch {
  tenants: TenantRecord[];
  environments: EnvironmentRecord[];
  people: PersonRecord[];
  /** What the batch could not even read: a CSV quote left open, a number where a list belongs… */
  problems: FieldProblem[];
  /** Where the records came from, for the audit entry. */
  sources: string[];
}

const emptyBatch = (): ImportBatch => ({ tenants: [], environments: [], people: [], problems: [], sources: [] });

export function mergeBatches(batches: ImportBatch[]): ImportBatch {
  const all = emptyBatch();
  for (const b of batches) {
    all.tenants.push(...b.tenants);
    all.environments.push(...b.environments);
    all.people.push(...b.people);
    all.problems.push(...b.problems);
    all.sources.push(...b.sources);
  }
  return all;
}

type FieldKind = 'text' | 'flag' | 'list';

// The fields of each kind of record, as JSON keys and CSV headers alike. A CSV row of people holds
// one role (a person with several roles takes several rows with the same email).
const FIELDS = {
  tenants: { name: 'text', domain: 'text', purchaseDate: 'text', supportPlan: 'text' },
  environments: {
    tenant: 'text',
    name: 'text',
    region: 'text',
    type: 'text',
    url: 'text',
    version: 'text',
    earlyAccess: 'flag',
    firstRelease: 'flag',
    services: 'list',
  },
  people: { email: 'text', name: 'text', locale: 'text', timeZone: 'text' },
  roles: { role: 'text', tenant: 'text', environment: 'text', categories: 'list' },
} as const satisfies Record<string, Record<string, FieldKind>>;

const REQUIRED: Record<ImportKind | 'roles', readonly string[]> = {
  tenants: ['name', 'domain', 'purchaseDate'],
  environments: ['tenant', 'name', 'region', 'type', 'url', 'version'],
  people: ['email', 'name'],
  roles: ['role'],
};

export const fieldOf = (where: string, field: string): string => `${where}, field ${field}`;

/** What convert() returns for a value of the wrong type. */
class Complaint {
  constructor(readonly message: Words) {}
}

/** Reads the fields of one record, converting and complaining per field; missing and empty are the same. */
class RecordReader {
  constructor(
    private readonly problems: FieldProblem[],
    private readonly fromCsv: boolean,
  ) {}

  read<T extends { where: string }>(
    where: string,
    values: Record<string, unknown>,
    fields: Record<string, FieldKind>,
    required: readonly string[],
  ): T {
    const out: Record<string, unknown> = { where };
    const wrong = new Set<string>();
    for (const key in values) {
      const kind = fields[key];
      const raw = values[key];
      if (!kind) {
        this.problems.push({
          field: fieldOf(where, key),
          message: words('problem.import.unknownField', { choices: Object.keys(fields).join(', ') }),
        });
      } else if (raw !== undefined && raw !== null && raw !== '') {
        const value = this.convert(kind, raw);
        if (value instanceof Complaint) {
          this.problems.push({ field: fieldOf(where, key), message: value.message });
          wrong.add(key);
        } else if (value !== undefined) {
          out[key] = value;
        }
      }
    }
    // A value of the wrong type was complained about already; "required" is said only of the absent.
    for (const key of required) {
      if (out[key] === undefined && !wrong.has(key))
        this.problems.push({ field: fieldOf(where, key), message: 'problem.required' });
    }
    return out as T;
  }

  private convert(kind: FieldKind, raw: unknown): unknown {
    if (kind === 'text')
      return typeof raw === 'string' ? raw.trim() || undefined : new Complaint('problem.import.text');
    if (kind === 'flag') {
      if (typeof raw === 'boolean') return raw;
      if (this.fromCsv && typeof raw === 'string') {
        const v = raw.trim().toLowerCase();
        if (v === 'true' || v === 'yes' || v === '1') return true;
        if (v === 'false' || v === 'no' || v === '0') return false;
      }
      return new Complaint('problem.import.boolean');
    }
    // CSV lists are separated by ";" (or spaces): "sales;dataverse".
    if (this.fromCsv && typeof raw === 'string') return raw.split(/[\s;|]+/).filter(Boolean);
    return Array.isArray(raw) && raw.every((v) => typeof v === 'string')
      ? raw
      : new Complaint('problem.import.textList');
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{ tenants: [...], environments: [...], people: [{ ..., roles: [{ role, tenant, environment, categories }] }] }` */
export function batchFromJson(data: unknown, source = 'body'): ImportBatch {
  const batch = emptyBatch();
  batch.sources.push(source);
  const reader = new RecordReader(batch.problems, false);
  if (!isObject(data)) {
    batch.problems.push({
      field: source,
      message: 'problem.import.document',
    });
    return batch;
  }
  for (const key of Object.keys(data)) {
    if (!(IMPORT_KINDS as readonly string[]).includes(key))
      batch.problems.push({
        field: `${key}`,
        message: words('problem.import.unknownList', { choices: IMPORT_KINDS.join(', ') }),
      });
  }
  const list = (kind: ImportKind): [string, Record<string, unknown>][] => {
    const value = data[kind];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      batch.problems.push({ field: kind, message: 'problem.import.list' });
      return [];
    }
    return value.flatMap((item, i): [string, Record<string, unknown>][] => {
      if (isObject(item)) return [[`${kind}[${i}]`, item]];
      batch.problems.push({ field: `${kind}[${i}]`, message: 'problem.import.object' });
      return [];
    });
  };
  for (const [where, item] of list('tenants'))
    batch.tenants.push(reader.read<TenantRecord>(where, item, FIELDS.tenants, REQUIRED.tenants));
  for (const [where, item] of list('environments'))
    batch.environments.push(reader.read<EnvironmentRecord>(where, item, FIELDS.environments, REQUIRED.environments));
  for (const [where, item] of list('people')) {
    const { roles, ...fields } = item;
    const person = reader.read<PersonRecord>(where, fields, FIELDS.people, REQUIRED.people);
    person.roles = [];
    if (roles !== undefined && !Array.isArray(roles))
      batch.problems.push({ field: fieldOf(where, 'roles'), message: 'problem.import.list' });
    for (const [i, role] of (Array.isArray(roles) ? roles : []).entries()) {
      const roleWhere = `${where}.roles[${i}]`;
      if (isObject(role)) person.roles.push(reader.read<RoleRecord>(roleWhere, role, FIELDS.roles, REQUIRED.roles));
      else batch.problems.push({ field: roleWhere, message: 'problem.import.object' });
    }
    batch.people.push(person);
  }
  return batch;
}

/**
 * One CSV file of one kind, with a header row. For people, each row is one person and (optionally)
 * one role; rows repeating an email add roles to that person and must agree on the rest.
 */
export function batchFromCsv(kind: ImportKind, text: string, source?: string): ImportBatch {
  const batch = emptyBatch();
  batch.sources.push(source ?? `${kind}.csv`);
  const at = (line: number): string => (source ? `${source} line ${line}` : `line ${line}`);
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      bom: true,
      skip_empty_lines: true,
      info: true,
      relax_column_count: true,
    }) as unknown as typeof rows;
  } catch (e) {
    const err = e as Error & { lines?: number };
    batch.problems.push({ field: at(err.lines ?? 1), message: words('problem.import.csv', { reason: err.message }) });
    return batch;
  }
  const [header, ...body] = rows;
  if (!header) {
    batch.problems.push({ field: at(1), message: 'problem.import.noHeader' });
    return batch;
  }
  const columns = header.record.map((c) => c.trim());
  const known: Record<string, FieldKind> = kind === 'people' ? { ...FIELDS.people, ...FIELDS.roles } : FIELDS[kind];
  for (const c of columns) {
    if (!(c in known))
      batch.problems.push({
        field: fieldOf(at(header.info.lines), c),
        message: words('problem.import.unknownColumn', { choices: Object.keys(known).join(', ') }),
      });
  }
  for (const c of REQUIRED[kind]) {
    if (!columns.includes(c))
      batch.problems.push({
        field: fieldOf(at(header.info.lines), c),
        message: 'problem.import.missingColumn',
      });
  }
  const reader = new RecordReader(batch.problems, true);
  const people = new Map<string, PersonRecord>();
  for (const { record, info } of body) {
    const where = at(info.lines);
    if (record.length !== columns.length) {
      batch.problems.push({
        field: where,
        message: words('problem.import.valueCount', { values: record.length, columns: columns.length }),
      });
      continue;
    }
    const values = Object.fromEntries(columns.filter((c) => c in known).map((c) => [c, record[columns.indexOf(c)]]));
    if (kind === 'tenants')
      batch.tenants.push(reader.read<TenantRecord>(where, values, FIELDS.tenants, REQUIRED.tenants));
    else if (kind === 'environments')
      batch.environments.push(
        reader.read<EnvironmentRecord>(where, values, FIELDS.environments, REQUIRED.environments),
      );
    else addPersonRow(batch, people, reader, where, values);
  }
  return batch;
}

function addPersonRow(
  batch: ImportBatch,
  people: Map<string, PersonRecord>,
  reader: RecordReader,
  where: string,
  values: Record<string, unknown>,
): void {
  const roleValues = Object.fromEntries(Object.entries(values).filter(([k]) => k in FIELDS.roles));
  const personValues = Object.fromEntries(Object.entries(values).filter(([k]) => k in FIELDS.people));
  const hasRole = Object.values(roleValues).some((v) => typeof v === 'string' && v.trim() !== '');
  const person = reader.read<PersonRecord>(where, personValues, FIELDS.people, REQUIRED.people);
  const role = hasRole ? reader.read<RoleRecord>(where, roleValues, FIELDS.roles, REQUIRED.roles) : null;
  const key = person.email?.toLowerCase();
  const first = key ? people.get(key) : undefined;
  if (!first) {
    person.roles = role ? [role] : [];
    if (key) people.set(key, person);
    batch.people.push(person);
    return;
  }
  for (const field of ['name', 'locale', 'timeZone'] as const) {
    if (person[field] !== undefined && person[field] !== first[field]) {
      batch.problems.push({
        field: fieldOf(where, field),
        message: words('problem.import.differs', { first: first.where }),
      });
    }
  }
  if (role) first.roles.push(role);
}
