// Migration 024 on a database of Herald at 021 with people in it: `person.locale` becomes
// optional, and nothing else about the table changes — every row, id and locale, the roles,
// sessions and memberships that point at people, the unique email, and the foreign keys, which
// still refuse a role for nobody and still take a person's roles with them. On SQLite the table is
// rebuilt (it cannot drop NOT NULL), which is what this mostly guards.
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo } from '../../src/store/migrate.js';
import { createTestDatabase, insertEuropeAsOfOld, testDialect, type TestDatabase } from '../support/database.js';

let database: TestDatabase;
let db: Kysely<any>;
const at = '2026-01-05T09:00:00.000Z';

/** What a reader of the catalog sees of `person` and of every foreign key that points at it. */
async function shapeOfPerson(): Promise<unknown> {
  if (testDialect() === 'sqlite') {
    const tables = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' order by name`.execute(db);
    const references: unknown[] = [];
    for (const { name } of tables.rows) {
      const keys = await sql<{ table: string }>`select * from pragma_foreign_key_list(${name})`.execute(db);
      references.push(...keys.rows.filter((k) => k.table === 'person').map((k) => ({ from: name, ...k })));
    }
    return {
      columns: (await sql`select * from pragma_table_info('person')`.execute(db)).rows,
      indexes: (await sql`select * from pragma_index_list('person') order by name`.execute(db)).rows,
      references,
    };
  }
  return {
    columns: (
      await sql`select column_name, data_type, is_nullable, column_default, ordinal_position
        from information_schema.columns where table_name = 'person' order by ordinal_position`.execute(db)
    ).rows,
    indexes: (
      await sql`select indexname, indexdef from pg_indexes where tablename = 'person' order by indexname`.execute(db)
    ).rows,
    constraints: (
      await sql`select conrelid::regclass::text as on_table, conname, pg_get_constraintdef(oid) as definition
        from pg_constraint where conrelid = 'person'::regclass or confrelid = 'person'::regclass
        order by on_table, conname`.execute(db)
    ).rows,
  };
}

/** The same shape with `locale` described as nullable, as 024 should leave it. */
function withLocaleNullable(shape: any): unknown {
  const columns = shape.columns.map((c: any) =>
    c.name === 'locale'
      ? { ...c, notnull: 0 }
      : c.column_name === 'locale'
        ? { ...c, is_nullable: 'YES', column_default: null }
        : c,
  );
  return { ...shape, columns };
}

const rowsOf = async (table: string) => db.selectFrom(table).selectAll().orderBy('id').execute();

let before: {
  shape: unknown;
  people: unknown[];
  roles: unknown[];
  sessions: unknown[];
  tokens: unknown[];
  members: unknown[];
};

beforeAll(async () => {
  database = await createTestDatabase(undefined, { until: '021_tenant_locale' });
  db = database.db as Kysely<any>;
  await insertEuropeAsOfOld(db);
  const tenant = (id: string, name: string, locale: string | null) => ({
    id,
    name,
    domain: `${id}.example`,
    purchase_date: '2025-01-01',
    support_plan: 'standard',
    locale,
    created_at: at,
    updated_at: at,
  });
  await db
    .insertInto('tenant')
    .values([tenant('t-north', 'Northwind', 'de'), tenant('t-tail', 'Tailwind', null)])
    .execute();
  await db
    .insertInto('environment')
    .values({
      id: 'env-north',
      tenant_id: 't-north',
      name: 'Northwind Production',
      region_code: 'EUR',
      type: 'production',
      url: 'https://northwind.crm4.dynamics.com',
      version: '9.2.1.1',
      created_at: at,
      updated_at: at,
    })
    .execute();
  const person = (id: string, email: string, locale: string, extra: object = {}) => ({
    id,
    email,
    name: email.split('@')[0],
    locale,
    time_zone: 'Europe/Berlin',
    password_hash: null,
    created_at: at,
    updated_at: at,
    ...extra,
  });
  await db
    .insertInto('person')
    .values([
      person('p-ada', 'ada@northwind.example', 'en-US'),
      person('p-bo', 'bo@northwind.example', 'de-AT', { password_hash: 'scrypt$x' }),
      person('p-cy', 'cy@tailwind.example', 'fr-FR', { deactivated_at: at }),
    ])
    .execute();
  const role = (id: string, personId: string, r: string, tenantId: string | null, environmentId: string | null) => ({
    id,
    person_id: personId,
    role: r,
    tenant_id: tenantId,
    environment_id: environmentId,
    scope_id: environmentId ?? tenantId ?? '',
    categories: '[]',
    created_at: at,
  });
  await db
    .insertInto('role_assignment')
    .values([
      role('r-1', 'p-ada', 'org_admin', 't-north', null),
      role('r-2', 'p-bo', 'system_admin', 't-north', 'env-north'),
      role('r-3', 'p-cy', 'org_admin', 't-tail', null),
      role('r-4', 'p-ada', 'operator', null, null),
    ])
    .execute();
  await db
    .insertInto('session')
    .values({ id: 's-1', person_id: 'p-bo', created_at: at, expires_at: at, last_seen_at: at })
    .execute();
  await db
    .insertInto('api_token')
    .values({ id: 'k-1', person_id: 'p-ada', name: 'ci', token_hash: 'h1', created_at: at })
    .execute();
  await db
    .insertInto('tenant_member')
    .values({
      tenant_id: 't-north',
      person_id: 'p-bo',
      source: 'scim',
      status: 'active',
      groups: '[]',
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('managed_role')
    .values({ role_assignment_id: 'r-2', tenant_id: 't-north', person_id: 'p-bo' })
    .execute();

  before = {
    shape: await shapeOfPerson(),
    people: await rowsOf('person'),
    roles: await rowsOf('role_assignment'),
    sessions: await rowsOf('session'),
    tokens: await rowsOf('api_token'),
    members: await db.selectFrom('tenant_member').selectAll().execute(),
  };
  // Only as far as 024: what later migrations add to person (an index, say) is theirs to test.
  await migrateTo(database, '024_person_locale_optional');
});
afterAll(() => database?.drop());

describe('migration 024: a person may choose no language', () => {
  it('keeps every person, with their id and the locale they had (no guessing which en-US were defaults)', async () => {
    expect(await rowsOf('person')).toEqual(before.people);
    expect((await rowsOf('person')).map((p) => p.locale)).toEqual(['en-US', 'de-AT', 'fr-FR']);
  });

  it('keeps the roles, sessions, tokens and memberships that point at people', async () => {
    expect(await rowsOf('role_assignment')).toEqual(before.roles);
    expect(await rowsOf('session')).toEqual(before.sessions);
    expect(await rowsOf('api_token')).toEqual(before.tokens);
    expect(await db.selectFrom('tenant_member').selectAll().execute()).toEqual(before.members);
  });

  it('changes nothing of the table but locale becoming optional: columns, indexes, keys pointing at it', async () => {
    expect(await shapeOfPerson()).toEqual(withLocaleNullable(before.shape));
  });

  it('stores a person without a locale, and still refuses a second person with the same email', async () => {
    await db
      .insertInto('person')
      .values({
        id: 'p-dee',
        email: 'dee@northwind.example',
        name: 'Dee',
        locale: null,
        time_zone: 'UTC',
        created_at: at,
        updated_at: at,
      })
      .execute();
    expect((await db.selectFrom('person').select('locale').where('id', '=', 'p-dee').executeTakeFirst())!.locale).toBe(
      null,
    );
    await expect(
      db
        .insertInto('person')
        .values({
          id: 'p-dee2',
          email: 'dee@northwind.example',
          name: 'Dee',
          time_zone: 'UTC',
          created_at: at,
          updated_at: at,
        })
        .execute(),
    ).rejects.toThrow(/unique/i);
  });

  it('still enforces the foreign keys: no role for nobody, and a person’s roles and sessions go with them', async () => {
    if (testDialect() === 'sqlite')
      expect((await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db)).rows[0]!.foreign_keys).toBe(1);
    await expect(
      db
        .insertInto('role_assignment')
        .values({
          id: 'r-ghost',
          person_id: 'p-nobody',
          role: 'org_admin',
          tenant_id: 't-north',
          environment_id: null,
          scope_id: 't-north',
          categories: '[]',
          created_at: at,
        })
        .execute(),
    ).rejects.toThrow(/foreign key/i);
    await db.deleteFrom('person').where('id', '=', 'p-bo').execute();
    expect(await db.selectFrom('role_assignment').select('id').where('person_id', '=', 'p-bo').execute()).toEqual([]);
    expect(await db.selectFrom('session').select('id').where('person_id', '=', 'p-bo').execute()).toEqual([]);
    expect(await db.selectFrom('tenant_member').select('tenant_id').where('person_id', '=', 'p-bo').execute()).toEqual(
      [],
    );
    expect(await db.selectFrom('managed_role').select('person_id').execute()).toEqual([]);
    // The others' rows are all still there.
    expect((await rowsOf('role_assignment')).map((r) => r.id)).toEqual(['r-1', 'r-3', 'r-4']);
  });
});
