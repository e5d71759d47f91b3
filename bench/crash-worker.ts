// One worker process for bench:crash: `herald worker` in miniature, against the database in
// BENCH_WORKER_DATABASE_URL and the SMTP sink in BENCH_WORKER_SMTP_URL, with a short lease so
// that a killed worker's deliveries come back within seconds. It runs until killed.
import { createContext } from '../src/app/context.js';
import { loadConfig } from '../src/config.js';
import { startWorker } from '../src/delivery/worker.js';
import { openDatabase } from '../src/store/database.js';

const url = process.env.BENCH_WORKER_DATABASE_URL!;
const ctx = createContext(openDatabase(url), {
  ...loadConfig({}),
  databaseUrl: url,
  smtpUrl: process.env.BENCH_WORKER_SMTP_URL!,
  mailFrom: 'Herald <herald@status.example.com>',
  publicUrl: 'https://status.example.com',
  staticSiteDir: null,
});
const worker = startWorker(ctx, {
  leaseMs: Number(process.env.BENCH_WORKER_LEASE_MS ?? 5000),
  pollMs: 200,
  jobs: false,
});
process.on('SIGTERM', () => {
  void worker.stop().then(() => process.exit(0));
});
