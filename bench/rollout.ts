// `npm run bench:rollout`: what scales with the directory in updates and maintenance. With 10,000
// tenants and 100,000 environments in a fresh database, it times, through the real use cases:
// - planning and storing the rollout of a security update (no posts) to every region: the plan,
//   17 targets and one progress row per environment;
// - scheduling maintenance without impact over every region: its affected environments resolved.
// The baseline, in the same run and database, copies the same 100,000 environment rows into a
// scratch table with one INSERT … SELECT: the floor for writing a row per environment. It prints
// each time and its ratio to the baseline. BENCH_DATABASE_URL=postgres://… runs it on PostgreSQL.
import { sql } from 'kysely';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/app/context.js';
import { createMaintenance } from '../src/app/updates/maintenance.js';
import { createRelease } from '../src/app/updates/releases.js';
import { createRollout } from '../src/app/updates/rollouts.js';
import { systemActor } from '../src/domain/actor.js';
import { REGION_CODES } from '../src/domain/regions.js';
import { type Database } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { ensureReferenceData } from '../src/store/referenceData.js';
import { newId } from '../src/store/values.js';
import { createTestDatabase } from '../test/support/database.js';
import { privateNameKey } from '../src/domain/publicity.js';

const TENANTS = 10_000;
const ENVIRONMENTS_PER_TENANT = 10;
const NOW = new Date('2027-03-01T12:00:00Z');

/** A fresh, migrated database: PostgreSQL when BENCH_DATABASE_URL names a server, else SQLite. */
const freshDatabase = () => createTestDatabase(process.env.BENCH_DATABASE_URL);

async function fill(database: Database): Promise<void> {
  const at = NOW.toISOString();
  const tenants = Array.from({ length: TENANTS }, (_, t) => ({
    id: newId(),
    name: `Tenant ${t}`,
    name_key: privateNameKey(`Tenant ${t}`),
    domain: `tenant${t}.example.com`,
    purchase_date: '2026-01-15',
    support_plan: 'standard',
    created_at: at,
    updated_at: at,
  }));
  for (let i = 0; i < tenants.length; i += 1000)
    await database.db
      .insertInto('tenant')
      .values(tenants.slice(i, i + 1000))
      .execute();
  const environments = tenants.flatMap((tenant, t) =>
    Array.from({ length: ENVIRONMENTS_PER_TENANT }, (_, e) => ({
      id: newId(),
      tenant_id: tenant.id,
      name: `Tenant ${t} environment ${e}`,
      name_key: privateNameKey(`Tenant ${t} environment ${e}`),
      region_code: REGION_CODES[(t + e) % REGION_CODES.length]!,
      type: e === 0 ? ('production' as const) : ('sandbox' as const),
      url: `https://tenant${t}-env${e}.crm.dynamics.com`,
      version: '9.2.25104.166',
      early_access: (e === 1 ? 1 : 0) as 0 | 1,
      first_release: (t % 500 === 0 && e === 0 ? 1 : 0) as 0 | 1,
      created_at: at,
      updated_at: at,
    })),
  );
  for (let i = 0; i < environments.length; i += 1000)
    await database.db
      .insertInto('environment')
      .values(environments.slice(i, i + 1000))
      .execute();
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}

async function main(): Promise<void> {
  const database = await freshDatabase();
  const { drop } = database;
  try {
    await migrateToLatest(database);
    await ensureReferenceData(database.db);
    await fill(database);
    const ctx = createContext(
      database,
      { ...loadConfig({}), databaseUrl: database.url, staticSiteDir: null },
      () => new Date(NOW),
    );
    const ops = systemActor('bench');
    const environments = TENANTS * ENVIRONMENTS_PER_TENANT;

    const [baseline] = await time(() =>
      sql`create table bench_copy as select id, tenant_id, region_code, version from environment`.execute(database.db),
    );

    const release = await createRelease(ctx, ops, {
      kind: 'security',
      version: '9.2.27060.1',
      releaseNotesUrl: 'https://learn.example/security',
    });
    const [rollout, view] = await time(() =>
      createRollout(ctx, ops, release.release.id, { startsAt: NOW.toISOString() }),
    );
    const rows = view.targets.reduce((n, t) => n + t.environments.total, 0);
    if (rows !== environments) throw new Error(`expected ${environments} progress rows, got ${rows}`);

    const windows = REGION_CODES.map((region) => ({
      region,
      startsAt: '2027-03-20T00:00:00Z',
      endsAt: '2027-03-20T06:00:00Z',
    }));
    const [maintenance, m] = await time(() =>
      createMaintenance(ctx, ops, { kind: 'planned', title: 'Bench', impact: 'none', durationMinutes: 60, windows }),
    );
    const affected = Number(
      (
        await database.db
          .selectFrom('maintenance_environment')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('maintenance_id', '=', m.maintenance.id)
          .executeTakeFirstOrThrow()
      ).n,
    );
    if (affected !== environments) throw new Error(`expected ${environments} affected environments, got ${affected}`);

    const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;
    console.log(
      `${database.dialect}: ${TENANTS.toLocaleString('en')} tenants, ${environments.toLocaleString('en')} environments`,
    );
    console.log(`  baseline: copy every environment row once   ${ms(baseline)}`);
    console.log(
      `  rollout to every region (plan + rows)       ${ms(rollout)}   ${(rollout / baseline).toFixed(1)}× baseline`,
    );
    console.log(
      `  maintenance over every region (scope)       ${ms(maintenance)}   ${(maintenance / baseline).toFixed(1)}× baseline`,
    );
  } finally {
    await drop();
  }
}

await main();
