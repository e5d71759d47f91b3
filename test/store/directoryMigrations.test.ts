// Migrations 027 and 028 on a directory written before them. 027: every tenant, environment and
// person gets the key a check of public text finds its name by, across more rows than one page of
// the backfill, so an existing provider's names are refused after the upgrade as before it.
// 028: every environment's services carry its region, so the public page lists the same services
// in the same regions.
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { privateNameKey } from '../../src/domain/publicity.js';
import { migrateTo } from '../../src/store/migrate.js';
import { insertInChunks } from '../../src/store/chunks.js';
import { createTestDatabase, insertEuropeAsOfOld, type TestDatabase } from '../support/database.js';

let database: TestDatabase;
let db: Kysely<any>;
const at = '2026-01-05T09:00:00.000Z';
const PEOPLE = 5_003; // past the backfill's page of 5,000

beforeAll(async () => {
  database = await createTestDatabase(undefined, { until: '026_role_assignment_person_order' });
  db = database.db as Kysely<any>;
  await insertEuropeAsOfOld(db);
  await db
    .insertInto('tenant')
    .values({
      id: 't-north',
      name: 'Northwind, Inc.',
      domain: 'northwind.example',
      purchase_date: '2025-01-01',
      support_plan: 'standard',
      locale: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('environment')
    .values({
      id: 'env-north',
      tenant_id: 't-north',
      name: 'Northwind Production West Europe Two',
      region_code: 'EUR',
      type: 'production',
      url: 'https://northwind.crm4.dynamics.com',
      version: '9.2.1.1',
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('service')
    .values([
      { id: 'sales', name: 'Sales', sort: 1 },
      { id: 'dataverse', name: 'Dataverse', sort: 2 },
    ])
    .execute();
  await db
    .insertInto('environment_service')
    .values([
      { environment_id: 'env-north', service_id: 'sales' },
      { environment_id: 'env-north', service_id: 'dataverse' },
    ])
    .execute();
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    id: `p-${String(i).padStart(5, '0')}`,
    email: `person${i}@northwind.example`,
    name: i === 0 ? 'HR' : i === 1 ? '???' : `Person Number ${i}`,
    locale: null,
    time_zone: 'UTC',
    password_hash: null,
    created_at: at,
    updated_at: at,
  }));
  await insertInChunks(db, 'person' as never, people as never);
  await migrateTo(database, '028_environment_service_region');
}, 60_000);
afterAll(() => database.close());

it('keys every name written before it, on every page', async () => {
  for (const table of ['tenant', 'environment', 'person']) {
    const rows: { name: string; name_key: string | null }[] = await db
      .selectFrom(table)
      .select(['name', 'name_key'])
      .execute();
    const wrong = rows.filter((r) => r.name_key !== privateNameKey(r.name));
    expect(wrong, table).toEqual([]);
  }
  const keyOf = async (table: string, id: string) =>
    (await db.selectFrom(table).select('name_key').where('id', '=', id).executeTakeFirstOrThrow()).name_key;
  expect(await keyOf('tenant', 't-north')).toBe('northwind inc');
  expect(await keyOf('environment', 'env-north')).toBe('northwind production west europe');
  expect(await keyOf('person', `p-0${PEOPLE - 1}`)).toBe(`person number ${PEOPLE - 1}`);
  expect(await keyOf('person', 'p-00001')).toBeNull();
});

it('gives every environment service its environment’s region', async () => {
  expect(
    await db.selectFrom('environment_service').select(['service_id', 'region_code']).orderBy('service_id').execute(),
  ).toEqual([
    { service_id: 'dataverse', region_code: 'EUR' },
    { service_id: 'sales', region_code: 'EUR' },
  ]);
});
