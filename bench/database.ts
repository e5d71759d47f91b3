// `npm run bench:database`: what the database guard (src/store/guardedDialect.ts: fail fast while
// unavailable, abandon statements on a frozen server, translate failures) costs per statement.
// Herald's own openDatabase runs short reads (a region by its code, as most API reads are: one
// indexed row) 10 at a time; the baseline, in the same run, is bare Kysely on an identical pg
// Pool, without the guard. They alternate in slices so both see the same machine. Target: the
// guarded rate at ≥ 90 % of the bare one for these trivial statements, the worst case: the guard
// costs about 10 µs of CPU per statement, under 1 % of a real API request. PostgreSQL only (BENCH_DATABASE_URL, default the local
// server): on SQLite the guard adds no timer.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../src/store/database.js';
import type { DB } from '../src/store/schema.js';
import { freshDatabase } from './plan-fixture.js';

const SLICES = Number(process.env.BENCH_SLICES ?? 10);
const PER_SLICE = 2_000;
const CONCURRENCY = 10;

const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const database = await freshDatabase(server);
const guarded = openDatabase(database.url).db;
const bare = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 10 }) }),
});

const cpu = { bare: 0, guarded: 0 };

async function slice(db: Kysely<DB>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < PER_SLICE) {
        next += 1;
        await db.selectFrom('region').selectAll().where('code', '=', 'NAM').executeTakeFirst();
      }
    }),
  );
  const used = process.cpuUsage(c0);
  cpu[db === bare ? 'bare' : 'guarded'] += (used.user + used.system) / 1000;
  return performance.now() - t0;
}

try {
  // Warm both pools and the server's caches.
  await slice(bare);
  await slice(guarded);
  cpu.bare = cpu.guarded = 0;
  let bareMs = 0;
  let guardedMs = 0;
  for (let i = 0; i < SLICES; i++) {
    bareMs += await slice(bare);
    guardedMs += await slice(guarded);
  }
  const rate = (ms: number) => (SLICES * PER_SLICE) / (ms / 1000);
  console.log(`baseline (bare Kysely): ${rate(bareMs).toFixed(0)} statements/s`);
  console.log(`Herald (guarded):       ${rate(guardedMs).toFixed(0)} statements/s`);
  const ratio = rate(guardedMs) / rate(bareMs);
  const perStatement = (ms: number) => `${((ms * 1000) / (SLICES * PER_SLICE)).toFixed(0)} µs`;
  console.log(
    `CPU of this process per statement: baseline ${perStatement(cpu.bare)}, Herald ${perStatement(cpu.guarded)}`,
  );
  console.log(`ratio: ${(ratio * 100).toFixed(1)} % of the baseline (target ≥ 90 %) ${ratio >= 0.9 ? 'PASS' : 'FAIL'}`);
} finally {
  await guarded.destroy();
  await bare.destroy();
  await database.drop();
}
