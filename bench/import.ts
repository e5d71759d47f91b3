// `npm run bench:import`: 10,000 tenants, 50,000 environments and 200,000 people with their roles,
// as one JSON document, through the real import path (parse, check, one transaction) into a fresh
// SQLite file. The baseline, in the same run, inserts the same rows with raw better-sqlite3
// prepared statements in one transaction into another fresh file: the floor for that much data.
// The target is under 60 s for the import. Set BENCH_DATABASE_URL=postgres://… to also import
// into a fresh PostgreSQL database (no baseline there).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import SQLite from 'better-sqlite3';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/app/context.js';
import { importDirectory, type ImportProgress } from '../src/app/directory/import.js';
import { batchFromJson } from '../src/app/directory/importSources.js';
import { systemActor } from '../src/domain/actor.js';
import { privateNameKey } from '../src/domain/publicity.js';
import { REGION_CODES } from '../src/domain/regions.js';
import { openDatabase, type Database } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { ensureReferenceData } from '../src/store/referenceData.js';
import { newId } from '../src/store/values.js';

const TENANTS = 10_000;
const ENVIRONMENTS_PER_TENANT = 5;
const PEOPLE_PER_TENANT = 20;
const SERVICES = ['sales', 'dataverse', 'power-apps', 'customer-service', 'power-automate'];

/** Per tenant: 2 org admins, a system admin per environment, the rest additional recipients. */
function generate() {
  const tenants = [];
  const environments = [];
  const people = [];
  for (let t = 0; t < TENANTS; t++) {
    const domain = `tenant${t}.example.com`;
    tenants.push({ name: `Tenant ${t}`, domain, purchaseDate: '2026-01-15', supportPlan: 'standard' });
    const urls: string[] = [];
    for (let e = 0; e < ENVIRONMENTS_PER_TENANT; e++) {
      const url = `https://tenant${t}-env${e}.crm.dynamics.com`;
      urls.push(url);
      environments.push({
        tenant: domain,
        name: `Tenant ${t} environment ${e}`,
        region: REGION_CODES[(t + e) % REGION_CODES.length],
        type: e === 0 ? 'production' : 'sandbox',
        url,
        version: '9.2.25104.166',
        earlyAccess: e === 1,
        services: SERVICES.slice(0, 1 + (e % 3)),
      });
    }
    for (let p = 0; p < PEOPLE_PER_TENANT; p++) {
      const role =
        p < 2
          ? { role: 'org_admin', tenant: domain }
          : p < 2 + ENVIRONMENTS_PER_TENANT
            ? { role: 'system_admin', environment: urls[p - 2] }
            : { role: 'additional_recipient', tenant: domain, categories: ['incident', 'planned_maintenance'] };
      people.push({
        email: `person${p}@${domain}`,
        name: `Person ${p} of tenant ${t}`,
        locale: p % 2 ? 'en-US' : 'fr-FR',
        timeZone: p % 3 ? 'Europe/Paris' : 'America/New_York',
        roles: [role],
      });
    }
  }
  return { tenants, environments, people };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function freshDatabase(url: string): Promise<Database> {
  const database = openDatabase(url);
  await migrateToLatest(database);
  await ensureReferenceData(database.db);
  return database;
}

/** Through the real path: JSON text → parse → check → one transaction of multi-row inserts. */
async function importThroughHerald(url: string, json: string): Promise<number> {
  const database = await freshDatabase(url);
  const ctx = createContext(database, { ...loadConfig({}), databaseUrl: url });
  const started = performance.now();
  // One line per finished step, with the time since the start, to see where the time goes.
  const onProgress = (p: ImportProgress) => {
    if (p.done === p.total)
      console.log(`  ${seconds(performance.now() - started).padStart(8)}  ${p.step} ${p.what}: ${p.total}`);
  };
  const summary = await importDirectory(ctx, systemActor('bench'), batchFromJson(JSON.parse(json)), { onProgress });
  const ms = performance.now() - started;
  console.log(
    `  imported ${summary.tenants} tenants, ${summary.environments} environments, ${summary.people} people, ${summary.roles} roles`,
  );
  await database.close();
  return ms;
}

/** The floor: the same rows, raw prepared statements, one transaction, no checks. */
async function rawBaseline(file: string, data: ReturnType<typeof generate>): Promise<number> {
  await (await freshDatabase(`sqlite:${file}`)).close();
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const now = new Date().toISOString();
  const started = performance.now();
  const insertTenant = db.prepare(
    'insert into tenant (id, name, name_key, domain, purchase_date, support_plan, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertEnvironment = db.prepare(
    'insert into environment (id, tenant_id, name, name_key, region_code, type, url, version, early_access, first_release, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertService = db.prepare(
    'insert into environment_service (environment_id, service_id, region_code) values (?, ?, ?)',
  );
  const insertPerson = db.prepare(
    'insert into person (id, email, name, name_key, locale, time_zone, password_hash, created_at, updated_at) values (?, ?, ?, ?, ?, ?, null, ?, ?)',
  );
  const insertRole = db.prepare(
    'insert into role_assignment (id, person_id, role, tenant_id, environment_id, scope_id, categories, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    const tenantIds = new Map<string, string>();
    const environmentIds = new Map<string, { id: string; tenantId: string }>();
    for (const t of data.tenants) {
      const id = newId();
      tenantIds.set(t.domain, id);
      insertTenant.run(id, t.name, privateNameKey(t.name), t.domain, t.purchaseDate, t.supportPlan, now, now);
    }
    for (const e of data.environments) {
      const id = newId();
      const tenantId = tenantIds.get(e.tenant)!;
      environmentIds.set(e.url, { id, tenantId });
      insertEnvironment.run(
        id,
        tenantId,
        e.name,
        privateNameKey(e.name),
        e.region,
        e.type,
        e.url,
        e.version,
        e.earlyAccess ? 1 : 0,
        0,
        now,
        now,
      );
      for (const s of e.services) insertService.run(id, s, e.region);
    }
    for (const p of data.people) {
      const id = newId();
      insertPerson.run(id, p.email, p.name, privateNameKey(p.name), p.locale, p.timeZone, now, now);
      for (const r of p.roles) {
        const env = 'environment' in r ? environmentIds.get(r.environment!)! : null;
        const tenantId = env?.tenantId ?? tenantIds.get((r as { tenant: string }).tenant)!;
        const categories = JSON.stringify('categories' in r ? r.categories : []);
        insertRole.run(newId(), id, r.role, tenantId, env?.id ?? null, env?.id ?? tenantId, categories, now);
      }
    }
  })();
  const ms = performance.now() - started;
  db.close();
  return ms;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-bench-import-'));
  try {
    const data = generate();
    const json = JSON.stringify(data);
    console.log(
      `Generated ${data.tenants.length} tenants, ${data.environments.length} environments, ${data.people.length} people (${(json.length / 1e6).toFixed(1)} MB of JSON).`,
    );

    console.log('Herald import (SQLite):');
    const herald = await importThroughHerald(`sqlite:${path.join(dir, 'import.db')}`, json);
    console.log('Baseline: raw better-sqlite3 prepared statements, one transaction…');
    const baseline = await rawBaseline(path.join(dir, 'baseline.db'), data);

    console.log('');
    console.log(`import (SQLite)      ${seconds(herald)}   target < 60 s: ${herald < 60_000 ? 'met' : 'MISSED'}`);
    console.log(`baseline (raw SQL)   ${seconds(baseline)}`);
    console.log(`ratio                ${(herald / baseline).toFixed(2)}× the raw inserts (which check nothing)`);

    const pgUrl = process.env.BENCH_DATABASE_URL;
    if (pgUrl?.startsWith('postgres')) {
      const name = `herald_bench_${Date.now()}`;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      try {
        const url = new URL(pgUrl);
        url.pathname = `/${name}`;
        console.log('Herald import (PostgreSQL):');
        console.log(`import (PostgreSQL)  ${seconds(await importThroughHerald(url.toString(), json))}`);
      } finally {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
