// `npm run bench:scale`: a provider-sized directory on PostgreSQL — 100,000 tenants, 500,000
// environments, 2,000,000 people — generated here and loaded through the import path
// (importDirectory, 5,000 tenants a batch). Then one major incident in NAM, opened through the
// use case and planned to all its recipients (the first chunk with the event, the rest through
// the plan queue until none is left): rows planned and seconds, target ≤ 30 s. Meanwhile a
// `herald serve` in its own process answers one org admin's tenant dashboard
// (/api/tenants/{id}/health-overviews) and Graph issues list (…/serviceAnnouncement/issues)
// one request after another: p99 of each while planning runs, against the same reads before
// it started (the baseline, same run). And how long after the incident committed it was on that
// process's public status (/api/v2/summary.json): the snapshot rebuild at this size (target ≤ 1 s). A benchmark, not a CI test: it takes minutes.
// BENCH_DATABASE_URL names the server (default postgres://postgres@127.0.0.1:5432/test);
// BENCH_SCALE=0.01 runs a hundredth of it (to try the benchmark itself).
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { createApiToken } from '../src/app/auth.js';
import { importDirectory } from '../src/app/directory/import.js';
import { batchFromJson } from '../src/app/directory/importSources.js';
import { openIncident } from '../src/app/serviceHealth/incidents.js';
import { systemActor } from '../src/domain/actor.js';
import { REGION_CODES } from '../src/domain/regions.js';
import { planPending } from '../src/delivery/planQueue.js';
import { benchContext, freshDatabase } from './plan-fixture.js';
import { freePort } from '../test/support/processes.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const TENANTS = Math.round(100_000 * SCALE);
const ENVIRONMENTS_PER_TENANT = 5;
const PEOPLE_PER_TENANT = 20;
const BATCH_TENANTS = 5_000;
const TARGET_S = 30;
const SERVICES = ['sales', 'dataverse', 'power-apps', 'customer-service', 'power-automate'];
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Tenants [from, to): per tenant 5 environments over 5 regions, 2 org admins, a system admin per environment, the rest additional recipients. */
function generate(from: number, to: number) {
  const tenants = [];
  const environments = [];
  const people = [];
  for (let t = from; t < to; t++) {
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

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; ms: number; body: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body }));
      })
      .on('error', reject);
  });
}

/** Milliseconds from now until `url` mentions `text`, polled every 20 ms. */
async function untilShown(url: string, text: string): Promise<number> {
  const started = performance.now();
  while (!(await get(url)).body.includes(text)) await new Promise((r) => setTimeout(r, 20));
  return performance.now() - started;
}

const p99 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.99 * xs.length))] ?? NaN;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Reads the two pages one after another until `until` resolves (or `count` reads each); returns their latencies. */
async function readWhile(
  urls: string[],
  headers: Record<string, string>,
  until: Promise<unknown> | null,
  count = 100,
): Promise<number[][]> {
  const times: number[][] = urls.map(() => []);
  let done = false;
  void until?.then(() => (done = true));
  for (let i = 0; until ? !done : i < count; i++) {
    for (const [k, url] of urls.entries()) {
      const r = await get(url, headers);
      if (r.status !== 200) throw new Error(`${url}: ${r.status}`);
      times[k]!.push(r.ms);
    }
  }
  return times;
}

async function main(): Promise<void> {
  const database = await freshDatabase(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  const ctx = benchContext(database.url);
  let server: ChildProcess | null = null;
  try {
    if (ctx.database.dialect !== 'postgres')
      throw new Error('bench:scale runs on PostgreSQL: set BENCH_DATABASE_URL=postgres://…');
    const actor = systemActor('bench');
    console.log(
      `bench:scale — ${TENANTS.toLocaleString('en')} tenants, ${(TENANTS * ENVIRONMENTS_PER_TENANT).toLocaleString('en')} environments, ${(TENANTS * PEOPLE_PER_TENANT).toLocaleString('en')} people on PostgreSQL`,
    );
    const importStarted = performance.now();
    for (let from = 0; from < TENANTS; from += BATCH_TENANTS) {
      await importDirectory(ctx, actor, batchFromJson(generate(from, Math.min(TENANTS, from + BATCH_TENANTS))));
      if ((from / BATCH_TENANTS) % 4 === 3)
        console.log(
          `  imported ${Math.min(TENANTS, from + BATCH_TENANTS).toLocaleString('en')} tenants after ${s(performance.now() - importStarted)}`,
        );
    }
    const importMs = performance.now() - importStarted;
    console.log(`  import: ${s(importMs)} in batches of ${BATCH_TENANTS.toLocaleString('en')} tenants`);
    await sql`analyze`.execute(ctx.database.db);

    // One org admin's view, through `herald serve` in its own process (no worker: nothing is sent).
    const port = await freePort();
    server = spawn(process.execPath, ['bin/herald.js', 'serve'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        HERALD_WORKER: 'off',
        HERALD_DEMO: 'off',
        STATIC_SITE_DIR: '',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    for (
      let i = 0;
      i < 600 &&
      !(await get(`${base}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      ));
      i++
    )
      await new Promise((r) => setTimeout(r, 100));
    const tenant = await ctx.database.db
      .selectFrom('tenant')
      .select('id')
      .where('domain', '=', 'tenant0.example.com')
      .executeTakeFirstOrThrow();
    const { token } = await createApiToken(ctx, actor, { email: 'person0@tenant0.example.com', name: 'bench' });
    const headers = { authorization: `Bearer ${token}` };
    const pages = [
      `${base}/api/tenants/${tenant.id}/health-overviews`,
      `${base}/v1.0/admin/serviceAnnouncement/issues`,
    ];
    const idle = await readWhile(pages, headers, null, 100);

    const started = performance.now();
    const planning = (async () => {
      const incident = await openIncident(ctx, actor, {
        title: 'Dataverse unavailable in North America',
        classification: 'incident',
        services: ['dataverse'],
        scope: { regions: ['NAM'] },
        impactDescription: 'Users cannot reach their environments.',
        status: 'serviceInterruption',
        symptoms: ['unavailable'],
      });
      const firstCommitted = performance.now() - started;
      const shown = untilShown(`${base}/api/v2/summary.json`, incident.id);
      await planPending(ctx);
      return { firstCommitted, publicMs: await shown };
    })();
    const busy = await readWhile(pages, headers, planning);
    const { firstCommitted, publicMs } = await planning;
    const planningMs = performance.now() - started;
    const rows = await ctx.database.db
      .selectFrom('delivery')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const people = await ctx.database.db
      .selectFrom('delivery')
      .select((eb) => eb.fn.count<string>('recipient_id').distinct().as('n'))
      .executeTakeFirstOrThrow();

    console.log(
      `  one major incident in NAM: ${Number(rows.n).toLocaleString('en')} deliveries to ${Number(people.n).toLocaleString('en')} people planned in ${s(planningMs)} (event and first chunk committed after ${(firstCommitted / 1000).toFixed(2)} s)  target ≤ ${TARGET_S} s  ${planningMs <= TARGET_S * 1000 ? 'ok' : 'MISSED'}`,
    );
    console.log(
      `  on the public status of the other process ${(publicMs / 1000).toFixed(2)} s after it committed  target ≤ 1 s  ${publicMs <= 1000 ? 'ok' : 'MISSED'}`,
    );
    for (const [k, what] of ['tenant dashboard (health-overviews)', 'Graph issues list'].entries()) {
      console.log(
        `  ${what.padEnd(36)} p99 ${p99(busy[k]!).toFixed(1)} ms while planning (${busy[k]!.length} reads) · ${p99(idle[k]!).toFixed(1)} ms before (${idle[k]!.length} reads) · ${(p99(busy[k]!) / p99(idle[k]!)).toFixed(1)}×`,
      );
    }
  } finally {
    server?.kill('SIGKILL');
    await ctx.database.close();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
