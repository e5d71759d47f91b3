// `npm run bench:crash`: 100,000 emails sent by two worker processes while one of them is killed
// with SIGKILL three times (at about 20 %, 45 % and 70 % of the messages received) and started
// again. The SMTP sink, another process, counts by Message-ID: 0 may be lost, at most 0.01 %
// (10) may arrive twice. A killed worker's claimed deliveries come back when their lease runs out
// (5 s here); what it had sent but not yet recorded is sent again: those are the duplicates.
// The baseline, in the same run, is the same two workers sending 20,000 emails undisturbed; the
// ratio compares the rates. BENCH_DATABASE_URL=postgres://… runs it on PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startSink } from './email-sink-client.js';
import {
  benchContext,
  fmt,
  freshDatabase,
  maintenanceIn,
  seedDirectory,
  timedPublish,
  unsentEmails,
} from './plan-fixture.js';

const MESSAGES = 100_000;
const BASELINE_MESSAGES = 20_000;
const KILLS_AT = [0.2, 0.45, 0.7];
const MAX_DUPLICATES = MESSAGES * 0.0001;
const TIMEOUT_MS = 15 * 60_000;

const sink = await startSink();
const database = await freshDatabase(process.env.BENCH_DATABASE_URL);
const ctx = benchContext(database.url);
const workerScript = fileURLToPath(new URL('./crash-worker.ts', import.meta.url));

function spawnWorker(): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', workerScript], {
    env: { ...process.env, BENCH_WORKER_DATABASE_URL: database.url, BENCH_WORKER_SMTP_URL: sink.url },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function untilSent(eventKey: string, onProgress?: (received: number) => void): Promise<number> {
  const started = performance.now();
  for (;;) {
    if ((await unsentEmails(ctx, eventKey)) === 0) return performance.now() - started;
    if (performance.now() - started > TIMEOUT_MS) throw new Error('timed out waiting for the workers');
    onProgress?.((await sink.stats()).received);
    await sleep(250);
  }
}

const workers = [spawnWorker(), spawnWorker()];
// However this run ends, the worker processes end with it.
process.on('exit', () => workers.forEach((w) => w.kill('SIGKILL')));
try {
  const baselineRegion = await seedDirectory(ctx, BASELINE_MESSAGES / 50, 50, 'EUR');
  await seedDirectory(ctx, MESSAGES / 50, 50, 'NAM');

  // Baseline: undisturbed.
  await timedPublish(ctx, maintenanceIn('bench:crash:baseline', 'EUR'));
  const baselineMs = await untilSent('bench:crash:baseline');
  const afterBaseline = await sink.stats();
  await sink.reset();

  // The run with kills.
  await timedPublish(ctx, maintenanceIn('bench:crash', 'NAM'));
  const kills: number[] = [];
  const runMs = await untilSent('bench:crash', (received) => {
    const next = KILLS_AT[kills.length];
    if (next !== undefined && received >= next * MESSAGES) {
      kills.push(received);
      workers[0]!.kill('SIGKILL');
      workers[0] = spawnWorker();
    }
  });
  await sleep(500); // the last acknowledgements reach the sink's counters
  const stats = await sink.stats();
  const lost = MESSAGES - stats.unique;
  const ok = kills.length === KILLS_AT.length && lost === 0 && stats.duplicates <= MAX_DUPLICATES;
  const baselineRate = BASELINE_MESSAGES / (baselineMs / 1000);
  const rate = MESSAGES / (runMs / 1000);
  console.log(
    [
      `${ctx.database.dialect}: ${MESSAGES.toLocaleString('en')} emails, two worker processes, one killed with SIGKILL at ${kills.map((k) => k.toLocaleString('en')).join(', ')} messages received`,
      `  baseline: the same workers undisturbed, ${BASELINE_MESSAGES.toLocaleString('en')} (${baselineRegion.people.toLocaleString('en')} people) in ${fmt(baselineMs)} = ${baselineRate.toFixed(0)}/s (received ${afterBaseline.unique.toLocaleString('en')}, ${afterBaseline.duplicates} twice)`,
      `  with kills: ${fmt(runMs)} = ${rate.toFixed(0)}/s, ratio ${((rate / baselineRate) * 100).toFixed(0)} % (each kill holds its claimed messages until their lease ends)`,
      `  lost ${lost}, duplicates ${stats.duplicates} (${((stats.duplicates / MESSAGES) * 100).toFixed(3)} %; at most ${MAX_DUPLICATES} allowed)  ${ok ? 'ok' : 'MISSED'}`,
    ].join('\n'),
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  for (const w of workers) w.kill('SIGKILL');
  await ctx.database.close();
  await database.drop();
  sink.close();
}
