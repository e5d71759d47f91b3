// `npm run bench:status`: the public status JSON under load, and how soon a change shows.
//
// 1. Throughput: 100 keep-alive connections hammer, in turn, a hello-world route on a bare Fastify
//    server (the baseline, measured in the same run) and /api/v2/summary.json on a full Herald
//    server (every plugin and hook of production, the demo data loaded). The load generator runs
//    in a worker thread, so client and server each have a core. Five paired rounds; the figures
//    are medians. Targets: ≥ 80 % of the baseline's requests/s, p99 ≤ 10 ms.
// 2. Freshness: a major incident is opened, and summary.json is polled until it lists it — on the
//    same node (the in-process change signal) and on a second node sharing the database (which
//    only learns of the change by polling it). Target: within 5 s.
// Fresh SQLite file by default; BENCH_DATABASE_URL=postgres://… uses a fresh PostgreSQL database.
// Everything listens on 127.0.0.1 only and every phase is bounded in time.
import http from 'node:http';
import { Worker } from 'node:worker_threads';
import Fastify from 'fastify';
import { createContext, type AppContext } from '../src/app/context.js';
import { seedDemo } from '../src/app/demo/index.js';
import { openIncident } from '../src/app/serviceHealth/incidents.js';
import { loadConfig } from '../src/config.js';
import { buildServer } from '../src/http/server.js';
import { loadPersonActor } from '../src/store/actors.js';
import { openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { ensureReferenceData } from '../src/store/referenceData.js';
import { createTestDatabase } from '../test/support/database.js';

const CONNECTIONS = 100;
const WARMUP_MS = 1_000;
const MEASURE_MS = 3_000;
const ROUNDS = 5;
const FRESHNESS_TIMEOUT_MS = 15_000;

interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
}

// ---- the load generator (a worker thread, plain JavaScript so it needs no TypeScript loader) ----
// Raw keep-alive sockets and a minimal HTTP/1.1 reader (status line and Content-Length): far
// cheaper per request than http.Agent, so the servers, not the client, are what saturates.
const LOAD_GENERATOR = `
const net = require('node:net');
const { parentPort, workerData } = require('node:worker_threads');
const { url, connections, warmupMs, measureMs } = workerData;
const { hostname, port, pathname } = new URL(url);
const request = Buffer.from('GET ' + pathname + ' HTTP/1.1\\r\\nHost: ' + hostname + ':' + port + '\\r\\nConnection: keep-alive\\r\\n\\r\\n');
const latencies = [];
let errors = 0, measuring = false, stopped = false;
function connection() {
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port), noDelay: true });
    let buffer = Buffer.alloc(0), started = 0;
    const send = () => { if (stopped) { socket.end(); return resolve(); } started = performance.now(); socket.write(request); };
    socket.on('connect', send);
    socket.on('data', (chunk) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      const headerEnd = buffer.indexOf('\\r\\n\\r\\n');
      if (headerEnd < 0) return;
      const head = buffer.toString('latin1', 0, headerEnd);
      const match = /content-length: *(\\d+)/i.exec(head);
      const total = headerEnd + 4 + (match ? Number(match[1]) : 0);
      if (buffer.length < total) return;
      const ok = head.startsWith('HTTP/1.1 200');
      if (measuring) { if (ok) latencies.push(performance.now() - started); else errors++; }
      buffer = buffer.subarray(total);
      send();
    });
    socket.on('error', () => { if (measuring) errors++; resolve(); });
    socket.on('close', () => resolve());
  });
}
const loops = Array.from({ length: connections }, connection);
setTimeout(() => {
  measuring = true;
  const began = performance.now();
  setTimeout(async () => {
    measuring = false;
    const seconds = (performance.now() - began) / 1000;
    stopped = true;
    await Promise.all(loops);
    latencies.sort((a, b) => a - b);
    const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
    parentPort.postMessage({ requests: latencies.length, errors, seconds, p50: at(0.5), p99: at(0.99) });
  }, measureMs);
}, warmupMs);
`;

function loadInWorker(url: string): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_GENERATOR, { eval: true, workerData: { url, connections: CONNECTIONS, warmupMs: WARMUP_MS, measureMs: MEASURE_MS } });
    worker.once('message', (r: LoadResult) => {
      void worker.terminate();
      resolve(r);
    });
    worker.once('error', reject);
  });
}

// ---- setup --------------------------------------------------------------------------------------

/** A fresh, migrated database: PostgreSQL when BENCH_DATABASE_URL names a server, else SQLite. */
const freshDatabase = () => createTestDatabase(process.env.BENCH_DATABASE_URL);

const benchConfig = (databaseUrl: string) => ({ ...loadConfig({}), databaseUrl, staticSiteDir: null, inProcessWorker: false });

async function listen(app: { listen(o: { host: string; port: number }): Promise<string> }): Promise<string> {
  return app.listen({ host: '127.0.0.1', port: 0 });
}

function fetchText(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

/** Milliseconds from opening a major incident until `summaryUrl` lists it. */
async function timeToVisible(ctx: AppContext, summaryUrl: string, title: string): Promise<number> {
  const operator = (await loadPersonActor(ctx.database.db, (await ctx.database.db.selectFrom('person').select('id').where('email', '=', 'ops@herald.example').executeTakeFirstOrThrow()).id))!;
  const started = performance.now();
  const incident = await openIncident(ctx, operator, {
    title,
    classification: 'incident',
    services: ['dataverse'],
    scope: { regions: ['NAM'] },
    impactDescription: 'Benchmark incident.',
    status: 'serviceInterruption',
    symptoms: ['unavailable'],
  });
  while (performance.now() - started < FRESHNESS_TIMEOUT_MS) {
    if ((await fetchText(summaryUrl)).includes(incident.id)) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  return Infinity;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const database = await freshDatabase();
  const { url, drop } = database;
  await migrateToLatest(database);
  await ensureReferenceData(database.db);
  const ctx = createContext(database, benchConfig(url));
  await seedDemo(ctx);

  const herald = await buildServer(ctx);
  const heraldUrl = await listen(herald);
  const bare = Fastify();
  bare.get('/hello', async () => 'hello world');
  const bareUrl = await listen(bare);
  const summaryBytes = (await fetchText(`${heraldUrl}/api/v2/summary.json`)).length;

  console.log(
    `bench:status — ${CONNECTIONS} connections, ${MEASURE_MS / 1000} s per run after ${WARMUP_MS / 1000} s warm-up, ${ROUNDS} paired rounds; ${database.dialect}; summary.json is ${fmt(summaryBytes)} bytes`,
  );
  // Paired rounds in alternating order, each pair close in time: on a shared machine the ratio of
  // a pair is steadier than the ratio of two separate bests.
  const rate = (r: LoadResult) => r.requests / r.seconds;
  const ratios: number[] = [];
  const summaries: LoadResult[] = [];
  const hellos: LoadResult[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const helloFirst = round % 2 === 1;
    const first = await loadInWorker(helloFirst ? `${bareUrl}/hello` : `${heraldUrl}/api/v2/summary.json`);
    const second = await loadInWorker(helloFirst ? `${heraldUrl}/api/v2/summary.json` : `${bareUrl}/hello`);
    const [hello, summary] = helloFirst ? [first, second] : [second, first];
    hellos.push(hello);
    summaries.push(summary);
    ratios.push(rate(summary) / rate(hello));
    console.log(
      `  round ${round}: hello-world ${fmt(rate(hello))} req/s (p99 ${fmt(hello.p99, 2)} ms) · summary.json ${fmt(rate(summary))} req/s (p99 ${fmt(summary.p99, 2)} ms, ${summary.errors} errors) · ${fmt((100 * rate(summary)) / rate(hello), 1)} %`,
    );
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ratio = median(ratios);
  const p99 = median(summaries.map((r) => r.p99));
  console.log(`  hello-world median ${fmt(median(hellos.map(rate)))} req/s (p99 ${fmt(median(hellos.map((r) => r.p99)), 2)} ms) · summary.json median ${fmt(median(summaries.map(rate)))} req/s`);
  console.log(`  ratio (median of rounds) ${fmt(ratio * 100, 1)} % (target ≥ 80 %) ${ratio >= 0.8 ? 'PASS' : 'FAIL'}`);
  console.log(`  summary.json p99 (median of rounds) ${fmt(p99, 2)} ms, best ${fmt(Math.min(...summaries.map((r) => r.p99)), 2)} ms (target ≤ 10 ms) ${p99 <= 10 ? 'PASS' : 'FAIL'}`);

  // A second node: its own context and server on the same database, no shared signals.
  const otherDatabase = openDatabase(url);
  const otherCtx = createContext(otherDatabase, benchConfig(url));
  const other = await buildServer(otherCtx);
  const otherUrl = await listen(other);
  const sameNode = await timeToVisible(ctx, `${heraldUrl}/api/v2/summary.json`, 'Bench: same node');
  const otherNode = await timeToVisible(ctx, `${otherUrl}/api/v2/summary.json`, 'Bench: other node');
  console.log(`  change visible: same node ${fmt(sameNode)} ms, other node ${fmt(otherNode)} ms (target ≤ 5,000 ms) ${Math.max(sameNode, otherNode) <= 5000 ? 'PASS' : 'FAIL'}`);

  await Promise.all([herald.close(), bare.close(), other.close()]);
  await otherDatabase.close();
  await drop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
