// A fresh, migrated database for one test file: a temporary SQLite file by default, or a new
// PostgreSQL database when TEST_DATABASE_URL points at a server (it is dropped afterwards).
// That is what lets every storage test run on both databases, files in parallel.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Kysely } from 'kysely';
import { openDatabase, type Database } from '../../src/store/database.js';
import { migrateTo, migrateToLatest } from '../../src/store/migrate.js';
import { ensureReferenceData } from '../../src/store/referenceData.js';

export interface TestDatabase extends Database {
  /** Closes and removes the database. */
  drop(): Promise<void>;
}

export const testDialect = (): 'sqlite' | 'postgres' =>
  process.env.TEST_DATABASE_URL?.startsWith('postgres') ? 'postgres' : 'sqlite';

/**
 * Benchmarks pass their own server (BENCH_DATABASE_URL). `until`: migrated only up to that
 * migration and without reference data, as a database of an older Herald, to test what comes after;
 * `empty`: not migrated at all, as a provider's new database before the first node starts.
 */
export async function createTestDatabase(
  serverUrl = process.env.TEST_DATABASE_URL,
  options: { until?: string; empty?: boolean } = {},
): Promise<TestDatabase> {
  const name = `herald_t_${randomBytes(6).toString('hex')}`;
  let database: Database;
  let remove: () => Promise<void>;
  if (serverUrl?.startsWith('postgres')) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    // The suite shares one server with other runs on a busy machine, where `select 1` can take
    // longer than Herald's default probe timeout without anything being wrong; the tests that
    // stop and freeze a database (test/chaos) run Herald with its defaults on a server of their own.
    database = openDatabase(url.toString(), { probeTimeoutMs: 5_000 });
    remove = async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-test-'));
    database = openDatabase(`sqlite:${path.join(dir, `${name}.db`)}`);
    remove = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  if (options.until) await migrateTo(database, options.until);
  else if (!options.empty) {
    await migrateToLatest(database);
    await ensureReferenceData(database.db);
  }
  let dropped = false;
  return {
    ...database,
    async drop() {
      if (dropped) return;
      dropped = true;
      await database.close();
      await remove();
    },
  };
}

/**
 * A station and the EUR region, written as an old schema has them: what a migration test's
 * tenants and environments need before it migrates (reference data is written at the latest).
 */
export async function insertEuropeAsOfOld(db: Kysely<any>): Promise<void> {
  await db.insertInto('station').values({ number: 1, name: 'First Release', pause_hours: 24 }).execute();
  await db
    .insertInto('region')
    .values({
      code: 'EUR',
      name: 'Europe',
      service_url: 'crm4.dynamics.com',
      window_start: '22:00',
      window_end: '06:00',
      window_days: '[1,2,3,4,5,6,7]',
      holiday_country: 'IE',
      station: 1,
      sort: 1,
    })
    .execute();
}
