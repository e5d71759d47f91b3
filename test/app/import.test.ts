// The bulk import, called as the CLI and the API call it: every problem named by place and field,
// all or nothing, references to rows in the same import or already in the database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDirectory, MAX_REPORTED_PROBLEMS, type ImportProgress } from '../../src/app/directory/import.js';
import { batchFromCsv, batchFromJson } from '../../src/app/directory/importSources.js';
import { runImport } from '../../src/cli/commands/import.js';
import { systemActor } from '../../src/domain/actor.js';
import { englishMessage, type FieldProblem, type HeraldError } from '../../src/errors.js';
import { loadPersonActor } from '../../src/store/actors.js';
import { createTestApp, type TestApp } from '../support/app.js';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'import');
const fixture = (name: string) => path.join(fixtures, name);
const operator = systemActor('test');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function counts() {
  const db = t.ctx.database.db;
  const n = async (
    table: 'tenant' | 'environment' | 'person' | 'role_assignment' | 'environment_service' | 'audit_entry',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    tenants: await n('tenant'),
    environments: await n('environment'),
    people: await n('person'),
    roles: await n('role_assignment'),
    services: await n('environment_service'),
    audit: await n('audit_entry'),
  };
}

/** Field problems as an English reader gets them. */
const inEnglish = (problems: FieldProblem[]) => problems.map((p) => ({ field: p.field, message: englishMessage(p) }));

async function problemsOf(promise: Promise<unknown>): Promise<{ field: string; message: string }[]> {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as HeraldError | null;
  expect(error?.code).toBe('HERALD_VALIDATION');
  return inEnglish(error!.problems);
}

describe('bulk import', () => {
  it('imports JSON with references to its own rows and to rows already in Herald', async () => {
    const before = await counts();
    const progress: ImportProgress[] = [];
    const summary = await importDirectory(
      t.ctx,
      operator,
      batchFromJson({
        tenants: [{ name: 'Adatum', domain: 'Adatum.example', purchaseDate: '2026-05-04' }],
        environments: [
          {
            tenant: 'adatum.example',
            name: 'Adatum Prod',
            region: 'FRA',
            type: 'production',
            url: 'https://adatum.crm12.dynamics.com',
            version: '9.2.25104.166',
            services: ['sales'],
          },
          {
            tenant: 'fabrikam.com',
            name: 'Fabrikam Canada',
            region: 'CAN',
            type: 'sandbox',
            url: 'https://fabrikam-ca.crm3.dynamics.com',
            version: '9.2.25104.166',
            earlyAccess: true,
          },
        ],
        people: [
          {
            email: 'Ada@Adatum.example',
            name: 'Ada Admin',
            timeZone: 'Europe/Paris',
            locale: 'fr-FR',
            roles: [{ role: 'org_admin', tenant: 'adatum.example' }],
          },
          {
            email: 'carl@fabrikam.com',
            name: 'Carl',
            roles: [
              { role: 'system_admin', environment: 'https://fabrikam-ca.crm3.dynamics.com' },
              { role: 'system_admin', environment: 'https://fabrikam.crm7.dynamics.com' },
            ],
          },
          {
            email: 'watch@adatum.example',
            name: 'Watcher',
            roles: [{ role: 'additional_recipient', tenant: 'adatum.example', categories: ['incident'] }],
          },
        ],
      }),
      { onProgress: (p) => progress.push(p) },
    );
    expect(summary).toMatchObject({ tenants: 1, environments: 2, people: 3, roles: 4 });
    const after = await counts();
    expect(after.tenants - before.tenants).toBe(1);
    expect(after.environments - before.environments).toBe(2);
    expect(after.people - before.people).toBe(3);
    expect(after.roles - before.roles).toBe(4);
    // One audit entry summarises the import, not one per row.
    expect(after.audit - before.audit).toBe(1);
    const audit = await t.ctx.database.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('action', '=', 'directory.imported')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after!)).toMatchObject({ tenants: 1, environments: 2, people: 3, roles: 4 });
    expect(progress.filter((p) => p.step === 'writing').map((p) => p.what)).toEqual([
      'tenants',
      'environments',
      'environment services',
      'people',
      'roles',
    ]);

    const db = t.ctx.database.db;
    const adatum = await db
      .selectFrom('tenant')
      .selectAll()
      .where('domain', '=', 'adatum.example')
      .executeTakeFirstOrThrow();
    const ada = await db
      .selectFrom('person')
      .selectAll()
      .where('email', '=', 'ada@adatum.example')
      .executeTakeFirstOrThrow();
    expect(ada).toMatchObject({ locale: 'fr-FR', time_zone: 'Europe/Paris', password_hash: null });
    expect(
      await db.selectFrom('role_assignment').select(['role', 'tenant_id']).where('person_id', '=', ada.id).execute(),
    ).toEqual([{ role: 'org_admin', tenant_id: adatum.id }]);
    const carl = await db
      .selectFrom('person')
      .select('id')
      .where('email', '=', 'carl@fabrikam.com')
      .executeTakeFirstOrThrow();
    const carlRoles = await db
      .selectFrom('role_assignment')
      .select(['tenant_id', 'environment_id'])
      .where('person_id', '=', carl.id)
      .execute();
    expect(new Set(carlRoles.map((r) => r.tenant_id))).toEqual(new Set([t.demo.tenants.fabrikam.id]));
    expect(carlRoles.map((r) => r.environment_id)).toContain(t.demo.tenants.fabrikam.environments['jpn-prod']);
    const canada = await db
      .selectFrom('environment')
      .selectAll()
      .where('url', '=', 'https://fabrikam-ca.crm3.dynamics.com')
      .executeTakeFirstOrThrow();
    expect(canada).toMatchObject({ tenant_id: t.demo.tenants.fabrikam.id, early_access: 1, region_code: 'CAN' });
  });

  it('reports every problem with its place and field, and imports nothing', async () => {
    const before = await counts();
    const problems = await problemsOf(
      importDirectory(
        t.ctx,
        operator,
        batchFromJson({
          tenants: [
            { name: 'Dup', domain: 'contoso.com', purchaseDate: '2026-01-01' },
            { name: 'Fine', domain: 'fine.example', purchaseDate: '2026-01-01' },
            { name: 'Again', domain: 'FINE.example', purchaseDate: '2026-02-30', colour: 'blue' },
          ],
          environments: [
            {
              tenant: 'fine.example',
              name: 'Moon',
              region: 'MOON',
              type: 'production',
              url: 'https://fine.crm.dynamics.com',
              version: '9.2',
            },
            {
              tenant: 'nowhere.example',
              name: 'Lost',
              region: 'NAM',
              type: 'testing',
              url: 'https://contoso.crm.dynamics.com',
              version: 'latest',
              services: ['teleport'],
            },
          ],
          people: [
            { email: 'alice@contoso.com', name: 'Alice again', roles: [] },
            {
              email: 'new@fine.example',
              name: 'New',
              timeZone: 'Europe/Atlantis',
              locale: '!!',
              roles: [
                { role: 'org_admin' },
                { role: 'system_admin', environment: 'https://nowhere.crm.dynamics.com' },
                { role: 'wizard' },
              ],
            },
            { name: 'No email', roles: 'org_admin' },
          ],
        }),
      ),
    );
    const fields = problems.map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'tenants[0], field domain',
        'tenants[2], field domain',
        'tenants[2], field purchaseDate',
        'tenants[2], field colour',
        'environments[0], field region',
        'environments[1], field tenant',
        'environments[1], field type',
        'environments[1], field url',
        'environments[1], field version',
        'environments[1], field services',
        'people[0], field email',
        'people[1], field timeZone',
        'people[1], field locale',
        'people[1].roles[0], field tenant',
        'people[1].roles[1], field environment',
        'people[1].roles[2], field role',
        'people[2], field email',
        'people[2], field roles',
      ]),
    );
    expect(problems.find((p) => p.field === 'tenants[0], field domain')!.message).toMatch(/already exists/);
    expect(problems.find((p) => p.field === 'tenants[2], field domain')!.message).toBe('repeats tenants[1]');
    expect(problems.find((p) => p.field === 'environments[0], field region')!.message).toMatch(/is not a region/);
    expect(problems.find((p) => p.field === 'people[0], field email')!.message).toMatch(/already exists/);
    expect(await counts()).toEqual(before);
  });

  it('imports CSV files together in one transaction, rows of one person adding roles', async () => {
    const before = await counts();
    const lines: string[] = [];
    const summary = await runImport(t.ctx, ['tenants.csv', 'environments.csv', 'people.csv'].map(fixture), {
      log: (l) => lines.push(l),
    });
    expect(summary).toMatchObject({ tenants: 2, environments: 4, people: 5, roles: 5 });
    expect(lines.some((l) => /^wrote people: 5 of 5$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Imported 2 tenants, 4 environments, 5 people and 5 roles in \d+\.\d s\.$/);
    const after = await counts();
    expect(after.people - before.people).toBe(5);

    const db = t.ctx.database.db;
    const nina = await db
      .selectFrom('person')
      .selectAll()
      .where('email', '=', 'nina@northwind.example')
      .executeTakeFirstOrThrow();
    expect(nina).toMatchObject({ name: 'Nina North', locale: 'de-DE', time_zone: 'Europe/Berlin' });
    expect(
      (
        await db.selectFrom('role_assignment').select('role').where('person_id', '=', nina.id).orderBy('role').execute()
      ).map((r) => r.role),
    ).toEqual(['org_admin', 'system_admin']);
    const tailspin = await db
      .selectFrom('environment')
      .selectAll()
      .where('url', '=', 'https://tailspin.crm.microsoftdynamics.us')
      .executeTakeFirstOrThrow();
    expect(tailspin).toMatchObject({ region_code: 'GCC High', first_release: 1, early_access: 0 });
    const sales = await db
      .selectFrom('environment')
      .innerJoin('environment_service', 'environment_id', 'environment.id')
      .select('service_id')
      .where('url', '=', 'https://northwind.crm4.dynamics.com')
      .orderBy('service_id')
      .execute();
    expect(sales.map((s) => s.service_id)).toEqual(['dataverse', 'sales']);
    const noc = await db
      .selectFrom('person')
      .innerJoin('role_assignment', 'person_id', 'person.id')
      .select('categories')
      .where('email', '=', 'noc@northwind.example')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(noc.categories)).toEqual(['incident', 'unplanned_maintenance']);
    // An environment added to an existing tenant by its domain.
    const japan = await db
      .selectFrom('environment')
      .select('tenant_id')
      .where('url', '=', 'https://contoso-jp.crm7.dynamics.com')
      .executeTakeFirstOrThrow();
    expect(japan.tenant_id).toBe(t.demo.tenants.contoso.id);
  });

  it('names the line and the field of every malformed CSV row, and imports none of the good ones', async () => {
    const before = await counts();
    const lines: string[] = [];
    await expect(runImport(t.ctx, [fixture('people-broken.csv')], { log: (l) => lines.push(l) })).rejects.toThrow(
      /nothing was imported/,
    );
    const problems = lines.filter((l) => l.startsWith('  '));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ {2}people-broken\.csv line 3, field email: is not an email address/),
        expect.stringMatching(/^ {2}people-broken\.csv line 4, field timeZone: is not an IANA time zone/),
        expect.stringMatching(
          /^ {2}people-broken\.csv line 4, field tenant: no tenant has the domain nowhere\.example/,
        ),
        expect.stringMatching(/^ {2}people-broken\.csv line 5, field locale: is not a BCP 47 locale/),
        expect.stringMatching(/^ {2}people-broken\.csv line 5, field environment: no environment has the URL/),
        '  people-broken.csv line 6: has 9 values; the header has 8',
      ]),
    );
    expect(await counts()).toEqual(before);
  });

  it('reports a quote left open with its line', async () => {
    const batch = batchFromCsv('tenants', fs.readFileSync(fixture('tenants-unclosed-quote.csv'), 'utf8'));
    expect(inEnglish(batch.problems)).toEqual([
      { field: 'line 3', message: expect.stringMatching(/is not valid CSV: Quote Not Closed/) },
    ]);
    const before = await counts();
    await problemsOf(importDirectory(t.ctx, operator, batch));
    expect(await counts()).toEqual(before);
  });

  it('checks CSV headers: unknown and missing columns', () => {
    const batch = batchFromCsv('environments', 'tenant,name,colour\ncontoso.com,X,blue\n');
    expect(batch.problems.map((p) => p.field)).toEqual(
      expect.arrayContaining([
        'line 1, field colour',
        'line 1, field region',
        'line 1, field type',
        'line 1, field url',
        'line 1, field version',
      ]),
    );
    expect(inEnglish(batchFromCsv('tenants', '').problems)).toEqual([
      { field: 'line 1', message: expect.stringMatching(/is empty/) },
    ]);
  });

  it('refuses a CSV person whose rows disagree, and a file the CLI cannot tell the kind of', async () => {
    const batch = batchFromCsv('people', 'email,name,timeZone\nx@fine.example,X,UTC\nx@fine.example,X,Europe/Paris\n');
    expect(inEnglish(batch.problems)).toEqual([
      { field: 'line 3, field timeZone', message: 'differs from line 2 for the same email' },
    ]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-import-'));
    const staff = path.join(dir, 'staff.csv');
    fs.writeFileSync(staff, 'email,name\nx@fine.example,X\n');
    await expect(runImport(t.ctx, [staff], { log: () => {} })).rejects.toThrow(
      /staff\.csv: give a \.json file, or \.csv files whose names start with what they hold/,
    );
    fs.rmSync(dir, { recursive: true });
  });

  it('writes more rows than one statement can carry (chunked inserts) on either database', async () => {
    const n = 5000; // tenants have 7 columns: more than one chunk under SQLite's 32,766 parameters
    const summary = await importDirectory(
      t.ctx,
      operator,
      batchFromJson({
        tenants: Array.from({ length: n }, (_, i) => ({
          name: `Bulk ${i}`,
          domain: `bulk${i}.example`,
          purchaseDate: '2026-01-01',
        })),
        people: Array.from({ length: n }, (_, i) => ({
          email: `p${i}@bulk${i}.example`,
          name: `P ${i}`,
          roles: [{ role: 'org_admin', tenant: `bulk${i}.example` }],
        })),
      }),
    );
    expect(summary).toMatchObject({ tenants: n, people: n, roles: n });
    const last = await t.ctx.database.db
      .selectFrom('tenant')
      .select('id')
      .where('domain', '=', `bulk${n - 1}.example`)
      .executeTakeFirstOrThrow();
    const role = await t.ctx.database.db
      .selectFrom('role_assignment')
      .select('tenant_id')
      .where('tenant_id', '=', last.id)
      .executeTakeFirst();
    expect(role).toBeDefined();
  });

  it('lists at most a thousand problems and says how many more there are', async () => {
    const tenants = Array.from({ length: MAX_REPORTED_PROBLEMS + 5 }, (_, i) => ({
      name: `T${i}`,
      domain: 'not a domain',
      purchaseDate: '2026-01-01',
    }));
    const problems = await problemsOf(importDirectory(t.ctx, operator, batchFromJson({ tenants })));
    expect(problems).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
    expect(problems.at(-1)).toEqual({ field: 'import', message: expect.stringMatching(/and [\d,]+ more problems/) });
  });

  it('is for operators only', async () => {
    const alice = await loadPersonActor(
      t.ctx.database.db,
      t.demo.people.contosoOrgAdmin!.id,
      t.ctx.config.defaultLocale,
    );
    await expect(importDirectory(t.ctx, alice!, batchFromJson({ tenants: [] }))).rejects.toMatchObject({
      code: 'HERALD_FORBIDDEN',
    });
  });
});
