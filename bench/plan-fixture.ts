// Shared by the notification benchmarks: a fresh database (a temporary SQLite file, or a new
// PostgreSQL database on the server BENCH_DATABASE_URL names) with a directory large enough to
// reach 100,000 people with one event. Each tenant has one environment in NAM, one person who is
// both its org admin and a system admin (three roles, one delivery per channel), system admins,
// and one additional recipient for planned maintenance.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createContext, type AppContext } from '../src/app/context.js';
import { loadConfig, type HeraldConfig } from '../src/config.js';
import { runCommand } from '../src/app/command.js';
import { systemActor } from '../src/domain/actor.js';
import type { NewEvent } from '../src/domain/events.js';
import { openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { ensureReferenceData } from '../src/store/referenceData.js';
import { newId } from '../src/store/values.js';
import { privateNameKey } from '../src/domain/publicity.js';

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database: SQLite unless `serverUrl` is a PostgreSQL server. */
export async function freshDatabase(serverUrl?: string): Promise<BenchDatabase> {
  if (serverUrl?.startsWith('postgres')) {
    const name = `herald_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = openDatabase(url.toString());
    await migrateToLatest(database);
    await ensureReferenceData(database.db);
    await database.close();
    return {
      url: url.toString(),
      async drop() {
        const c = new pg.Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-bench-'));
  const url = `sqlite:${path.join(dir, 'bench.db')}`;
  const database = openDatabase(url);
  await migrateToLatest(database);
  await ensureReferenceData(database.db);
  await database.close();
  return { url, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * How long `select 1` may take before the benchmark's own connection counts the database as
 * away. The default (600 ms) suits production; on a machine shared with other work a benchmark
 * must not abandon its statements over a busy moment.
 */
export const BENCH_PROBE_TIMEOUT_MS = 5000;

export function benchContext(url: string, config: Partial<HeraldConfig> = {}): AppContext {
  return createContext(openDatabase(url, { probeTimeoutMs: BENCH_PROBE_TIMEOUT_MS }), {
    ...loadConfig({}),
    databaseUrl: url,
    staticSiteDir: null,
    allowPrivateWebhookTargets: true,
    ...config,
  });
}

export interface Directory {
  tenantIds: string[];
  people: number;
}

/**
 * `tenants` tenants of `perTenant` people each, with their environment in `region`: person 0 is
 * org admin, system admin and additional recipient; persons 1… are system admins, the last an
 * additional recipient only. Call again with another region for another, separate audience.
 */
export async function seedDirectory(
  ctx: AppContext,
  tenants: number,
  perTenant: number,
  region = 'NAM',
): Promise<Directory> {
  const now = new Date().toISOString();
  const tenantIds: string[] = [];
  const db = ctx.database.db;
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < tenants; start += 200) {
      const tenantRows = [];
      const environmentRows = [];
      const personRows = [];
      const roleRows = [];
      for (let t = start; t < Math.min(tenants, start + 200); t++) {
        const tenantId = newId();
        const environmentId = newId();
        tenantIds.push(tenantId);
        const name = `${region.toLowerCase()}${t}`;
        tenantRows.push({
          id: tenantId,
          name: `Tenant ${name}`,
          name_key: privateNameKey(`Tenant ${name}`),
          domain: `${name}.example.com`,
          purchase_date: '2026-01-15',
          support_plan: 'standard',
          created_at: now,
          updated_at: now,
        });
        environmentRows.push({
          id: environmentId,
          tenant_id: tenantId,
          name: `Tenant ${name} production`,
          name_key: privateNameKey(`Tenant ${name} production`),
          region_code: region,
          type: 'production' as const,
          url: `https://${name}.crm.dynamics.com`,
          version: '9.2.25104.166',
          early_access: 0 as const,
          first_release: 0 as const,
          created_at: now,
          updated_at: now,
        });
        for (let p = 0; p < perTenant; p++) {
          const personId = newId();
          personRows.push({
            id: personId,
            email: `p${p}@${name}.example.com`,
            name: `Person ${p}`,
            name_key: privateNameKey(`Person ${p}`),
            locale: p % 2 ? 'en-US' : 'fr-FR',
            time_zone: p % 3 ? 'Europe/Paris' : 'America/New_York',
            password_hash: null,
            created_at: now,
            updated_at: now,
          });
          const role = (role: 'org_admin' | 'system_admin' | 'additional_recipient') => ({
            id: newId(),
            person_id: personId,
            role,
            tenant_id: tenantId,
            environment_id: role === 'system_admin' ? environmentId : null,
            scope_id: role === 'system_admin' ? environmentId : tenantId,
            categories: role === 'additional_recipient' ? '["planned_maintenance","incident"]' : '[]',
            created_at: now,
          });
          if (p === 0) roleRows.push(role('org_admin'), role('system_admin'), role('additional_recipient'));
          else if (p === perTenant - 1) roleRows.push(role('additional_recipient'));
          else roleRows.push(role('system_admin'));
        }
      }
      await trx.insertInto('tenant').values(tenantRows).execute();
      await trx.insertInto('environment').values(environmentRows).execute();
      for (let i = 0; i < personRows.length; i += 1000)
        await trx
          .insertInto('person')
          .values(personRows.slice(i, i + 1000))
          .execute();
      for (let i = 0; i < roleRows.length; i += 1000)
        await trx
          .insertInto('role_assignment')
          .values(roleRows.slice(i, i + 1000))
          .execute();
    }
  });
  return { tenantIds, people: tenants * perTenant };
}

/** Planned maintenance with downtime in a region: everyone seeded there is in its audience. */
export const maintenanceIn = (key: string, region = 'NAM'): NewEvent => ({
  type: 'maintenance.scheduled',
  key,
  subject: { type: 'maintenance', id: key },
  scope: { regionCodes: [region] },
  payload: {
    title: 'Storage infrastructure upgrade',
    summary: 'We are upgrading the storage behind your environments.',
    kind: 'planned',
    impact: 'downtime',
    services: ['Dynamics 365 Sales', 'Dataverse'],
    regions: [region],
    startsAt: '2026-12-05T02:00:00.000Z',
    endsAt: '2026-12-05T06:00:00.000Z',
    url: `/maintenance/${key}`,
  },
});

/** Publishes an event the way a use case does; returns the deliveries planned and the time taken. */
export async function timedPublish(ctx: AppContext, event: NewEvent): Promise<{ planned: number; ms: number }> {
  const started = performance.now();
  const planned = await runCommand(ctx, systemActor('bench'), (s) => s.publish(event));
  return { planned, ms: performance.now() - started };
}

export async function countRows(ctx: AppContext, table: 'delivery'): Promise<number> {
  const row = await ctx.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/** Emails of the event with this key not yet sent (0 once the run is complete). */
export async function unsentEmails(ctx: AppContext, eventKey: string): Promise<number> {
  const row = await ctx.database.db
    .selectFrom('delivery')
    .innerJoin('event', 'event.id', 'delivery.event_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event.key', '=', eventKey)
    .where('delivery.channel', '=', 'email')
    .where('delivery.status', '!=', 'sent')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
