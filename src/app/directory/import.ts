// Bulk import of tenants, environments and people with their roles (`POST /api/import`, `herald
// import`). Everything is checked first, with the same rules as the API, and every problem is
// reported at once ("people.csv line 12, field timeZone: …"); then everything is written in one
// transaction, in large multi-row inserts, or nothing is.
//
// References go by natural keys, to rows in the same import or already in the database: an
// environment names its tenant by domain, a role its tenant by domain and its environment by URL.
import type { Insertable, Kysely, Transaction } from 'kysely';
import { isOperator, type Actor } from '../../domain/actor.js';
import { checkCategories, normaliseEmail, ROLES, type EnvironmentType, type RoleName } from '../../domain/directory.js';
import { type FieldProblem, forbidden, invalidMany, type Words, words } from '../../errors.js';
import type {
  DB,
  EnvironmentServiceTable,
  EnvironmentTable,
  PersonTable,
  RoleAssignmentTable,
  TenantTable,
} from '../../store/schema.js';
import { flag, newId, toJson } from '../../store/values.js';
import { insertInChunks, MAX_PARAMETERS } from '../../store/chunks.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { checkEnvironment } from './environments.js';
import {
  fieldOf,
  type EnvironmentRecord,
  type ImportBatch,
  type PersonRecord,
  type RoleRecord,
  type TenantRecord,
} from './importSources.js';
import { checkPerson, DEFAULT_RECIPIENT_CATEGORIES } from './people.js';
import { checkTenant } from './tenants.js';
import { joinOpenIncidents } from '../serviceHealth/widening.js';
import { privateNameKey } from '../../domain/publicity.js';

export interface ImportProgress {
  step: 'checking' | 'writing';
  what: 'tenants' | 'environments' | 'environment services' | 'people' | 'roles';
  done: number;
  total: number;
}

export interface ImportSummary {
  tenants: number;
  environments: number;
  people: number;
  roles: number;
  durationMs: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
}

/** Enough to fix a file by; a file with more problems than this has a bigger one. */
export const MAX_REPORTED_PROBLEMS = 1000;

// Bound parameters per statement: SQLite allows 32,766, PostgreSQL 65,535.

export async function importDirectory(
  ctx: AppContext,
  actor: Actor,
  batch: ImportBatch,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  if (!isOperator(actor)) throw forbidden('problem.import.operatorsOnly');
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const problems = [...batch.problems];
  checkRecords(batch, problems, progress);

  return runCommand(ctx, actor, async (s) => {
    // Checks against the database run inside the transaction, so what they saw is what is written.
    const refs = await resolveAgainstDatabase(s.trx, batch, problems);
    if (problems.length) throw importProblems(problems);

    const rows = buildRows(batch, refs, s.nowIso);
    const write = new ChunkedWriter(s.trx, MAX_PARAMETERS[ctx.database.dialect], progress);
    await write.rows('tenant', rows.tenants, 'tenants');
    await write.rows('environment', rows.environments, 'environments');
    await write.rows('environment_service', rows.environmentServices, 'environment services');
    await write.rows('person', rows.people, 'people');
    await write.rows('role_assignment', rows.roles, 'roles');
    // Environments imported inside an open incident's region or tenant join it; the system admins
    // imported with them get its email.
    await joinOpenIncidents(s, rows.environments);

    const summary = {
      tenants: rows.tenants.length,
      environments: rows.environments.length,
      people: rows.people.length,
      roles: rows.roles.length,
    };
    await s.audit({
      action: 'directory.imported',
      entityType: 'import',
      entityId: newId(),
      tenantId: null,
      after: { ...summary, sources: batch.sources },
    });
    const touched = [
      ...rows.tenants.map((t) => t.id),
      ...rows.environments.map((e) => e.tenant_id),
      ...rows.roles.flatMap((r) => (r.tenant_id ? [r.tenant_id] : [])),
    ];
    s.changed({ tenantIds: [...new Set(touched)], topic: 'directory' });
    return { ...summary, durationMs: Math.round(performance.now() - started) };
  });
}

/** One 400 listing the problems, at most MAX_REPORTED_PROBLEMS of them. */
function importProblems(problems: FieldProblem[]) {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return invalidMany(problems);
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
  shown.push({
    field: 'import',
    message: words('problem.import.more', { count: problems.length - MAX_REPORTED_PROBLEMS }),
  });
  return invalidMany(shown);
}

const prefixOf = (where: string): string => fieldOf(where, '');

/** Checks each record alone and against the others in the batch: values, required fields, repeats. */
function checkRecords(batch: ImportBatch, problems: FieldProblem[], progress: (p: ImportProgress) => void): void {
  const memo = memoisedChecks();
  const firstOf = new Map<string, string>();
  const once = (key: string, where: string, field: string): void => {
    const first = firstOf.get(key);
    if (first) problems.push({ field: fieldOf(where, field), message: words('problem.import.repeats', { first }) });
    else firstOf.set(key, where);
  };

  for (const t of batch.tenants) {
    problems.push(...checkTenant(t, prefixOf(t.where)).problems);
    if (t.domain) once(`domain:${t.domain.toLowerCase()}`, t.where, 'domain');
  }
  progress({ step: 'checking', what: 'tenants', done: batch.tenants.length, total: batch.tenants.length });

  for (const e of batch.environments) {
    problems.push(...checkEnvironment({ ...e, type: e.type as EnvironmentType }, prefixOf(e.where)).problems);
    if (e.url) once(`url:${e.url}`, e.where, 'url');
  }
  progress({
    step: 'checking',
    what: 'environments',
    done: batch.environments.length,
    total: batch.environments.length,
  });

  for (const p of batch.people) {
    problems.push(...memo.person(p).map((m) => ({ field: fieldOf(p.where, m.field), message: m.message })));
    if (p.email) once(`email:${normaliseEmail(p.email)}`, p.where, 'email');
    const roles = new Map<string, string>();
    for (const r of p.roles) {
      checkRole(r, problems);
      const key = `${r.role}|${r.tenant?.toLowerCase() ?? ''}|${r.environment ?? ''}`;
      const first = roles.get(key);
      if (first)
        problems.push({ field: fieldOf(r.where, 'role'), message: words('problem.import.repeats', { first }) });
      else roles.set(key, r.where);
    }
  }
  progress({ step: 'checking', what: 'people', done: batch.people.length, total: batch.people.length });
}

/**
 * Two hundred thousand people share a handful of locales and time zones; judging each distinct
 * value once keeps the check fast. The problems are relative to the record ("field locale").
 */
function memoisedChecks() {
  const cache = new Map<string, FieldProblem[]>();
  const judge = (field: 'locale' | 'timeZone', value: string | undefined): FieldProblem[] => {
    if (value === undefined) return [];
    const key = `${field}:${value}`;
    let found = cache.get(key);
    if (!found) {
      found = checkPerson({ [field]: value }, '').problems;
      cache.set(key, found);
    }
    return found;
  };
  return {
    person: (p: PersonRecord): FieldProblem[] => [
      ...checkPerson({ email: p.email, name: p.name }, '').problems,
      ...judge('locale', p.locale),
      ...judge('timeZone', p.timeZone),
    ],
  };
}

/** Which scope each role needs, as insertRole asks of the API. */
function checkRole(r: RoleRecord, problems: FieldProblem[]): void {
  const complain = (field: string, message: Words) => problems.push({ field: fieldOf(r.where, field), message });
  if (r.role !== undefined && !(ROLES as readonly string[]).includes(r.role)) {
    complain('role', words('problem.schema.oneOf', { choices: ROLES.join(', ') }));
    return;
  }
  if (r.categories) {
    const bad =
      r.role === 'additional_recipient' ? checkCategories(r.categories) : 'problem.import.categoriesOnlyRecipient';
    if (bad) complain('categories', bad);
  }
  switch (r.role as RoleName | undefined) {
    case 'operator':
      if (r.tenant) complain('tenant', 'problem.import.notForOperator');
      if (r.environment) complain('environment', 'problem.import.notForOperator');
      break;
    case 'org_admin':
    case 'additional_recipient':
      if (!r.tenant) complain('tenant', words('problem.import.tenantRequired', { role: String(r.role) }));
      if (r.environment) complain('environment', 'problem.import.environmentOnly');
      break;
    case 'system_admin':
    case 'member':
      if (!r.environment)
        complain('environment', words('problem.import.environmentRequired', { role: String(r.role) }));
      break;
  }
}

interface EnvironmentRef {
  id: string;
  tenantId: string;
}

interface References {
  tenantByDomain: Map<string, string>;
  environmentByUrl: Map<string, EnvironmentRef>;
}

/** Values of `keys` that exist in `column`, asked in chunks small enough for either database. */
async function existing<T>(keys: string[], find: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (let i = 0; i < keys.length; i += 10_000) found.push(...(await find(keys.slice(i, i + 10_000))));
  return found;
}

/**
 * Gives the batch's tenants and environments their ids, finds the rows the batch refers to in the
 * database, and reports what already exists or cannot be found.
 */
async function resolveAgainstDatabase(
  trx: Kysely<DB>,
  batch: ImportBatch,
  problems: FieldProblem[],
): Promise<References> {
  const tenantByDomain = new Map<string, string>();
  const environmentByUrl = new Map<string, EnvironmentRef>();

  const newDomains = batch.tenants.filter((t) => t.domain).map((t) => t.domain!.toLowerCase());
  const takenDomains = new Set(
    (
      await existing(newDomains, (chunk) =>
        trx.selectFrom('tenant').select('domain').where('domain', 'in', chunk).execute(),
      )
    ).map((r) => r.domain),
  );
  for (const t of batch.tenants) {
    const domain = t.domain?.toLowerCase();
    if (!domain) continue;
    if (takenDomains.has(domain))
      problems.push({
        field: fieldOf(t.where, 'domain'),
        message: words('problem.import.tenantExists', { domain }),
      });
    else if (!tenantByDomain.has(domain)) tenantByDomain.set(domain, newId());
  }

  const referencedDomains = [
    ...batch.environments.map((e) => e.tenant?.toLowerCase()),
    ...batch.people.flatMap((p) => p.roles.map((r) => r.tenant?.toLowerCase())),
  ].filter((d): d is string => d !== undefined && !tenantByDomain.has(d));
  for (const row of await existing([...new Set(referencedDomains)], (chunk) =>
    trx.selectFrom('tenant').select(['id', 'domain']).where('domain', 'in', chunk).execute(),
  )) {
    tenantByDomain.set(row.domain, row.id);
  }

  const newUrls = batch.environments.filter((e) => e.url).map((e) => e.url!);
  const takenUrls = new Set(
    (
      await existing(newUrls, (chunk) =>
        trx.selectFrom('environment').select('url').where('url', 'in', chunk).execute(),
      )
    ).map((r) => r.url),
  );
  const knownServices = new Set((await trx.selectFrom('service').select('id').execute()).map((r) => r.id));
  for (const e of batch.environments) {
    const tenantId = e.tenant ? tenantByDomain.get(e.tenant.toLowerCase()) : undefined;
    if (e.tenant && !tenantId)
      problems.push({
        field: fieldOf(e.where, 'tenant'),
        message: words('problem.import.noTenant', { domain: e.tenant }),
      });
    const unknown = (e.services ?? []).filter((id) => !knownServices.has(id));
    if (unknown.length)
      problems.push({
        field: fieldOf(e.where, 'services'),
        message: words('problem.services.unknownList', { unknown: unknown.join(', ') }),
      });
    if (!e.url) continue;
    if (takenUrls.has(e.url))
      problems.push({
        field: fieldOf(e.where, 'url'),
        message: words('problem.import.urlTaken', { url: e.url }),
      });
    // Known even when its tenant is not, so the roles naming it are not blamed for that too.
    else if (!environmentByUrl.has(e.url)) environmentByUrl.set(e.url, { id: newId(), tenantId: tenantId ?? '' });
  }

  const roles = batch.people.flatMap((p) => p.roles);
  const referencedUrls = roles
    .map((r) => r.environment)
    .filter((u): u is string => u !== undefined && !environmentByUrl.has(u));
  for (const row of await existing([...new Set(referencedUrls)], (chunk) =>
    trx.selectFrom('environment').select(['id', 'url', 'tenant_id']).where('url', 'in', chunk).execute(),
  )) {
    environmentByUrl.set(row.url, { id: row.id, tenantId: row.tenant_id });
  }
  for (const r of roles) {
    const tenantId = r.tenant ? tenantByDomain.get(r.tenant.toLowerCase()) : undefined;
    if (r.tenant && !tenantId)
      problems.push({
        field: fieldOf(r.where, 'tenant'),
        message: words('problem.import.noTenant', { domain: r.tenant }),
      });
    if (!r.environment) continue;
    const env = environmentByUrl.get(r.environment);
    if (!env)
      problems.push({
        field: fieldOf(r.where, 'environment'),
        message: words('problem.import.noEnvironment', { url: r.environment }),
      });
    else if (tenantId && env.tenantId && env.tenantId !== tenantId)
      problems.push({
        field: fieldOf(r.where, 'environment'),
        message: words('problem.import.otherTenant', { domain: String(r.tenant) }),
      });
  }

  const emails = batch.people.filter((p) => p.email).map((p) => normaliseEmail(p.email!));
  const takenEmails = new Set(
    (
      await existing(emails, (chunk) => trx.selectFrom('person').select('email').where('email', 'in', chunk).execute())
    ).map((r) => r.email),
  );
  for (const p of batch.people) {
    if (p.email && takenEmails.has(normaliseEmail(p.email)))
      problems.push({
        field: fieldOf(p.where, 'email'),
        message: words('problem.import.personExists', { email: normaliseEmail(p.email) }),
      });
  }
  return { tenantByDomain, environmentByUrl };
}

interface ImportRows {
  tenants: TenantTable[];
  environments: EnvironmentTable[];
  environmentServices: EnvironmentServiceTable[];
  people: PersonTable[];
  roles: RoleAssignmentTable[];
}

/** Called only on a batch without problems: every field that must be there is, every reference resolves. */
function buildRows(batch: ImportBatch, refs: References, nowIso: string): ImportRows {
  const stamp = { created_at: nowIso, updated_at: nowIso };
  const tenants = batch.tenants.map((t: TenantRecord): TenantTable => {
    const domain = t.domain!.toLowerCase();
    return {
      id: refs.tenantByDomain.get(domain)!,
      name: t.name!,
      name_key: privateNameKey(t.name!),
      domain,
      purchase_date: t.purchaseDate!,
      support_plan: t.supportPlan ?? 'standard',
      locale: null,
      ...stamp,
    };
  });
  const environmentServices: EnvironmentServiceTable[] = [];
  const environments = batch.environments.map((e: EnvironmentRecord): EnvironmentTable => {
    const { id, tenantId } = refs.environmentByUrl.get(e.url!)!;
    for (const service_id of new Set(e.services ?? []))
      environmentServices.push({ environment_id: id, service_id, region_code: e.region! });
    return {
      id,
      tenant_id: tenantId,
      name: e.name!,
      name_key: privateNameKey(e.name!),
      region_code: e.region!,
      type: e.type as EnvironmentType,
      url: e.url!,
      version: e.version!,
      early_access: flag(e.earlyAccess ?? false),
      first_release: flag(e.firstRelease ?? false),
      ...stamp,
    };
  });
  const roles: RoleAssignmentTable[] = [];
  const people = batch.people.map((p): PersonTable => {
    const id = newId();
    for (const r of p.roles) {
      const env = r.environment ? refs.environmentByUrl.get(r.environment)! : null;
      const tenantId = env?.tenantId ?? (r.tenant ? refs.tenantByDomain.get(r.tenant.toLowerCase())! : null);
      const role = r.role as RoleName;
      roles.push({
        id: newId(),
        person_id: id,
        role,
        tenant_id: role === 'operator' ? null : tenantId,
        environment_id: env?.id ?? null,
        scope_id: env?.id ?? (role === 'operator' ? '' : tenantId!),
        categories: toJson(role === 'additional_recipient' ? (r.categories ?? DEFAULT_RECIPIENT_CATEGORIES) : []),
        created_at: nowIso,
      });
    }
    return {
      id,
      email: normaliseEmail(p.email!),
      name: p.name!,
      name_key: privateNameKey(p.name!),
      locale: p.locale ?? null,
      time_zone: p.timeZone ?? 'UTC',
      password_hash: null,
      ...stamp,
    };
  });
  return { tenants, environments, environmentServices, people, roles };
}

/** Multi-row inserts, each as large as the database's limit on bound parameters allows. */
class ChunkedWriter {
  constructor(
    private readonly trx: Transaction<DB>,
    private readonly maxParameters: number,
    private readonly progress: (p: ImportProgress) => void,
  ) {}

  rows<T extends keyof DB & string>(table: T, rows: DB[T][], what: ImportProgress['what']): Promise<void> {
    return insertInChunks(this.trx, table, rows as Insertable<DB[T]>[], {
      maxParameters: this.maxParameters,
      written: (done) => this.progress({ step: 'writing', what, done, total: rows.length }),
    });
  }
}
