// `npm run bench:cluster`: 100,000 emails on PostgreSQL through one `herald worker` process, then
// another 100,000 through two, to the local SMTP sink (another process, counting by Message-ID).
// Prints each run's rate, the ratio (on two cores it shows whether workers scale or contend on
// locks) and the CPU each worker process used. During the two-worker run one worker is killed
// with SIGKILL three times (at about 20 %, 45 % and 70 % of the messages received) and started
// again: 0 may be lost, at most 0.01 % may arrive twice (what a killed worker had sent but not
// yet recorded). The one-worker run is the baseline. The workers are the built CLI
// (bin/herald.js, built first when the sources are newer), as an operator runs them. BENCH_DATABASE_URL
// names the PostgreSQL server (default: the local one); `--deliveries N` (or BENCH_MESSAGES) makes
// the runs smaller. A run ends when its event's plan request is gone (the workers plan large
// audiences in chunks, src/delivery/planQueue.ts) and none of its emails is left unsent.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHerald, type HeraldProcess } from '../test/support/processes.js';
import { startSink } from './email-sink-client.js';
import {
  BENCH_PROBE_TIMEOUT_MS,
  benchContext,
  fmt,
  freshDatabase,
  maintenanceIn,
  seedDirectory,
  timedPublish,
  unsentEmails,
} from './plan-fixture.js';

const flag = process.argv.indexOf('--deliveries');
const MESSAGES = Number(flag >= 0 ? process.argv[flag + 1] : (process.env.BENCH_MESSAGES ?? 100_000));
if (!Number.isInteger(MESSAGES) || MESSAGES < 1000 || MESSAGES % 50)
  throw new Error('--deliveries: a whole number of at least 1,000, a multiple of 50');
const KILLS_AT = [0.2, 0.45, 0.7];
const MAX_DUPLICATES = MESSAGES * 0.0001;
const TIMEOUT_MS = 20 * 60_000;
const SECRET = randomBytes(48).toString('base64');
const LEASE_SECONDS = 5;
const TICKS_PER_SECOND = 100; // /proc/<pid>/stat counts CPU in clock ticks (USER_HZ)

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
if (!serverUrl.startsWith('postgres'))
  throw new Error('bench:cluster runs on PostgreSQL: set BENCH_DATABASE_URL=postgres://…');
const sink = await startSink();
const database = await freshDatabase(serverUrl);
const ctx = benchContext(database.url);
const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-bench-cluster-'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** CPU seconds a process used so far (user + system), or null once it is gone. */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = fs
      .readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

interface Worker {
  process: HeraldProcess;
  /** CPU used since it was ready (start-up, which compiles the TypeScript, is not counted). */
  cpu: number;
  startCpu: number;
}
const all: Worker[] = [];

async function startWorker(attempt = 1): Promise<Worker> {
  const process_ = startHerald('worker', {
    DATABASE_URL: database.url,
    SMTP_URL: sink.url,
    MAIL_FROM: 'Herald <herald@status.example.com>',
    PUBLIC_URL: 'https://status.example.com',
    STATIC_SITE_DIR: siteDir,
    WORKER_LEASE_SECONDS: String(LEASE_SECONDS),
    // On a machine shared with other work, `select 1` can take longer than the default 600 ms:
    // a worker would then refuse to start, which is not what this benchmark is about.
    DB_PROBE_TIMEOUT_MS: String(BENCH_PROBE_TIMEOUT_MS),
    // Required where PUBLIC_URL is not a loopback address.
    HERALD_SECRET: SECRET,
  });
  const w = { process: process_, cpu: 0, startCpu: 0 };
  try {
    await process_.printed(/herald worker: delivering/, 120_000);
  } catch (err) {
    await process_.stop('SIGKILL');
    if (attempt >= 3) throw err;
    console.log(
      `  a worker did not start (${(err as Error).message.split('\n').slice(1, 3).join(' ')}); starting another`,
    );
    return startWorker(attempt + 1);
  }
  all.push(w);
  w.startCpu = cpuSeconds(process_.child.pid!) ?? 0;
  return w;
}
const sample = (workers: Worker[]) => {
  for (const w of workers) {
    const now = cpuSeconds(w.process.child.pid!);
    if (now !== null) w.cpu = now - w.startCpu;
  }
};

// Which of the run's messages arrived, and how often (the periodic jobs send mail of their own).
const arrivals = new Map<string, number>();
await sink.watch((id) => arrivals.set(id, (arrivals.get(id) ?? 0) + 1));
async function tally(eventKey: string): Promise<{ expected: number; lost: number; duplicates: number }> {
  const rows = await ctx.database.db
    .selectFrom('delivery')
    .innerJoin('event', 'event.id', 'delivery.event_id')
    .select('delivery.id')
    .where('event.key', '=', eventKey)
    .where('delivery.channel', '=', 'email')
    .execute();
  let lost = 0;
  let duplicates = 0;
  for (const r of rows) {
    const n = arrivals.get(`<${r.id}@status.example.com>`) ?? 0;
    if (n === 0) lost++;
    else duplicates += n - 1;
  }
  return { expected: rows.length, lost, duplicates };
}

/** Whether the workers are still planning the event's audience (a plan request is left). */
async function stillPlanning(eventKey: string): Promise<boolean> {
  const row = await ctx.database.db
    .selectFrom('plan_request')
    .innerJoin('event', 'event.id', 'plan_request.event_id')
    .select('plan_request.next_chunk')
    .where('event.key', '=', eventKey)
    .executeTakeFirst();
  return row !== undefined;
}

async function run(
  label: string,
  eventKey: string,
  region: string,
  workers: Worker[],
  onProgress?: (received: number) => Promise<void>,
): Promise<number> {
  const before = arrivals.size;
  await timedPublish(ctx, maintenanceIn(eventKey, region));
  const started = performance.now();
  let reported = started;
  for (;;) {
    sample(workers);
    // Rows not planned yet are not unsent rows: the run is over only when planning is over too.
    const planning = await stillPlanning(eventKey);
    const unsent = await unsentEmails(ctx, eventKey);
    if (!planning && unsent === 0) return performance.now() - started;
    const now = performance.now();
    if (now - started > TIMEOUT_MS)
      throw new Error(
        `${label}: timed out after ${fmt(now - started)} (${arrivals.size - before} received, ${unsent} unsent${planning ? ', still planning' : ''})`,
      );
    if (now - reported >= 10_000) {
      reported = now;
      console.log(
        `  ${label}: ${fmt(now - started)}: ${(arrivals.size - before).toLocaleString('en')} received, ${unsent.toLocaleString('en')} planned and unsent${planning ? ', still planning' : ''}`,
      );
    }
    await onProgress?.(arrivals.size - before);
    await sleep(250);
  }
}

process.on('exit', () => all.forEach((w) => w.process.child.kill('SIGKILL')));
try {
  await seedDirectory(ctx, MESSAGES / 50, 50, 'NAM');
  await seedDirectory(ctx, MESSAGES / 50, 50, 'EUR');

  // One worker: the baseline.
  const one = [await startWorker()];
  const oneMs = await run('1 worker', 'bench:cluster:1', 'NAM', one);
  sample(one);
  const oneCpu = one[0]!.cpu;
  await one[0]!.process.stop('SIGTERM');
  const afterOne = await tally('bench:cluster:1');

  // Two workers, one of them killed three times.
  const two = [await startWorker(), await startWorker()];
  const kills: number[] = [];
  const twoMs = await run('2 workers', 'bench:cluster:2', 'EUR', two, async (received) => {
    const next = KILLS_AT[kills.length];
    if (next === undefined || received < next * MESSAGES) return;
    kills.push(received);
    sample(two);
    two[0]!.process.child.kill('SIGKILL');
    two.unshift(await startWorker());
  });
  await sleep(500); // the last acknowledgements reach the sink's counters
  sample(two);
  const stats = await tally('bench:cluster:2');
  const lost = stats.lost;
  const oneRate = MESSAGES / (oneMs / 1000);
  const twoRate = MESSAGES / (twoMs / 1000);
  const twoWorkers = all.slice(1);
  const twoCpu = twoWorkers.reduce((sum, w) => sum + w.cpu, 0);
  // Every person of the region has exactly one email: fewer rows would mean a run ended early.
  const complete = afterOne.expected === MESSAGES && stats.expected === MESSAGES;
  const survived = kills.length === KILLS_AT.length && lost === 0 && stats.duplicates <= MAX_DUPLICATES;
  const ok = complete && afterOne.lost === 0 && survived;
  const cpuLine = (w: Worker) => `${w.cpu.toFixed(1)} s`;
  console.log(
    [
      `postgres: ${MESSAGES.toLocaleString('en')} emails per run to a local SMTP sink, herald worker processes (${os.cpus().length} cores)`,
      `  baseline, 1 worker:  ${fmt(oneMs)} = ${oneRate.toFixed(0)}/s, CPU ${oneCpu.toFixed(1)} s (${((oneCpu * 1e6) / MESSAGES).toFixed(0)} µs/message)  (lost ${afterOne.lost}, ${afterOne.duplicates} twice)`,
      `  2 workers, 3 kills:  ${fmt(twoMs)} = ${twoRate.toFixed(0)}/s, ratio ${(twoRate / oneRate).toFixed(2)}× the single worker; CPU per process ${twoWorkers.map(cpuLine).join(', ')} (the first ${kills.length} killed) = ${((twoCpu * 1e6) / MESSAGES).toFixed(0)} µs/message`,
      `  emails planned: ${afterOne.expected.toLocaleString('en')} and ${stats.expected.toLocaleString('en')} (${MESSAGES.toLocaleString('en')} expected each)  ${complete ? 'ok' : 'MISSED'}`,
      `  killed at ${kills.map((k) => k.toLocaleString('en')).join(', ')} messages received; lost ${lost}, duplicates ${stats.duplicates} (${((stats.duplicates / MESSAGES) * 100).toFixed(3)} %; at most ${MAX_DUPLICATES} allowed)  ${survived ? 'ok' : 'MISSED'}`,
      `bench:cluster: ${ok ? 'VALID RUN' : 'INVALID RUN'}`,
    ].join('\n'),
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  await Promise.all(all.map((w) => w.process.stop('SIGKILL')));
  await ctx.database.close();
  await database.drop();
  sink.close();
  fs.rmSync(siteDir, { recursive: true, force: true });
}
