// Herald's Prometheus metrics (prom-client), one registry per process. Every process exposes its
// own: `herald serve` its HTTP traffic, every process with a worker its sends and job runs; the
// outbox depth and age are read from the shared database when scraped, so any node tells the
// truth about the whole cluster, and so are the periodic jobs' claims. docs/operations.md lists each metric and what to alert on.
//
// Other modules record through the functions below rather than touching the metric objects.
import client from 'prom-client';
import { sql } from 'kysely';
import type { AppContext } from '../app/context.js';

export const registry = new client.Registry();
// CPU, memory, event-loop lag, open handles of this process.
client.collectDefaultMetrics({ register: registry, prefix: 'herald_' });

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Answers counted by `countHttpAnswer`, added to herald_http_requests_total when it is read. */
const untimedAnswers = new Map<string, { labels: { method: string; route: string; status: string }; count: number }>();

const httpRequests = new client.Counter({
  name: 'herald_http_requests_total',
  help: 'HTTP requests answered, by method, route pattern and status code',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
  collect() {
    for (const answered of untimedAnswers.values()) {
      if (answered.count === 0) continue;
      this.inc(answered.labels, answered.count);
      answered.count = 0;
    }
  },
});
const httpDuration = new client.Histogram({
  name: 'herald_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by method and route pattern',
  labelNames: ['method', 'route'] as const,
  buckets: SECONDS,
  registers: [registry],
});

const sends = new client.Counter({
  name: 'herald_delivery_sends_total',
  help: 'Delivery tries by this process, by channel and outcome (sent, failed: retried later, dead: last try failed, suppressed: no one left to send to)',
  labelNames: ['channel', 'outcome'] as const,
  registers: [registry],
});
const sendDuration = new client.Histogram({
  name: 'herald_delivery_send_duration_seconds',
  help: 'Time from starting a send to its outcome being known, by channel and outcome',
  labelNames: ['channel', 'outcome'] as const,
  buckets: [...SECONDS, 30],
  registers: [registry],
});

const jobRuns = new client.Counter({
  name: 'herald_job_runs_total',
  help: 'Periodic job runs by this process, by job and outcome (ok, failed)',
  labelNames: ['job', 'outcome'] as const,
  registers: [registry],
});
const jobDuration = new client.Histogram({
  name: 'herald_job_duration_seconds',
  help: 'Time a periodic job run took, by job',
  labelNames: ['job'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
  registers: [registry],
});
// Read at scrape time (see collectFromDatabase).
const outboxDepth = new client.Gauge({
  name: 'herald_outbox_deliveries',
  help: 'Deliveries still to send, by channel and state (due: waiting for a worker, retrying: failed and waiting for its next try, leased: claimed by a worker now)',
  labelNames: ['channel', 'state'] as const,
  registers: [registry],
});
const oldestDue = new client.Gauge({
  name: 'herald_outbox_oldest_due_age_seconds',
  help: 'How long the longest-waiting due delivery has been due (0 when none is)',
  registers: [registry],
});
const jobHeld = new client.Gauge({
  name: 'herald_job_held',
  help: 'Each periodic job with the node that claimed it last (src/store/jobClaims.ts): 1 while that node runs it under its lease, 0 between runs',
  labelNames: ['job', 'node'] as const,
  registers: [registry],
});
const jobLastFinished = new client.Gauge({
  name: 'herald_job_last_finished_age_seconds',
  help: 'Seconds since a periodic job last finished a run on any node',
  labelNames: ['job'] as const,
  registers: [registry],
});
const poolConnections = new client.Gauge({
  name: 'herald_db_pool_connections',
  help: 'PostgreSQL pool connections of this process, by state (total, idle, waiting: queries waiting for a connection)',
  labelNames: ['state'] as const,
  registers: [registry],
});
const changeFeedConnected = new client.Gauge({
  name: 'herald_change_feed_connected',
  help: "1 while this node LISTENs for other nodes' change notices (PostgreSQL), 0 while that connection is down",
  registers: [registry],
});
const changeNoticesHeard = new client.Counter({
  name: 'herald_change_notices_received_total',
  help: 'Change notices heard from other nodes through LISTEN/NOTIFY',
  registers: [registry],
});
const scrapeErrors = new client.Counter({
  name: 'herald_metrics_database_errors_total',
  help: 'Scrapes whose database-derived metrics could not be read (the database was unreachable)',
  registers: [registry],
});

export type SendOutcome = 'sent' | 'failed' | 'dead' | 'suppressed';

/** An HTTP request was answered; `route` is the route's pattern (`/api/incidents/:id`), never the URL. */
export function recordHttpRequest(method: string, route: string, status: number, seconds: number): void {
  httpRequests.inc({ method, route, status: String(status) });
  httpDuration.observe({ method, route }, seconds);
}

/**
 * An answer from memory (the public snapshot's fast path) was written: counted in
 * herald_http_requests_total like any request, but not timed. Writing a prepared answer takes
 * microseconds, always the first bucket, and recording it through prom-client (two label hashes
 * per request) cost a tenth of the answer itself under a crowd; a plain number is kept here
 * instead and added to the counter when the metrics are read.
 */
export function countHttpAnswer(method: string, route: string, status: number): void {
  const key = `${method} ${status} ${route}`;
  const answered = untimedAnswers.get(key);
  if (answered) answered.count++;
  else untimedAnswers.set(key, { labels: { method, route, status: String(status) }, count: 1 });
}

/** A delivery try ended; call with the outcome and the seconds since the send started. */
export function recordSend(channel: string, outcome: SendOutcome, seconds: number): void {
  sends.inc({ channel, outcome });
  sendDuration.observe({ channel, outcome }, seconds);
}

/** Runs one periodic job and records its run, outcome and duration; rethrows its failure. */
export async function timeJob<T>(job: string, run: () => Promise<T>): Promise<T> {
  const end = jobDuration.startTimer({ job });
  try {
    const result = await run();
    jobRuns.inc({ job, outcome: 'ok' });
    return result;
  } catch (err) {
    jobRuns.inc({ job, outcome: 'failed' });
    throw err;
  } finally {
    end();
  }
}

/** The change feed's LISTEN connection came up (true) or went down (false). */
export function setChangeFeedConnected(connected: boolean): void {
  changeFeedConnected.set(connected ? 1 : 0);
}

/** A change notice from another node arrived. */
export function countChangeNoticeHeard(): void {
  changeNoticesHeard.inc();
}

async function collectFromDatabase(ctx: AppContext): Promise<void> {
  const nowIso = ctx.now().toISOString();
  const db = ctx.database.db;
  // Only rows still to send: the partial index delivery_claimable covers them, so a scrape stays
  // cheap however many sent rows the table keeps.
  const [depth, oldest, jobs] = await Promise.all([
    sql<{ channel: string; state: string; n: number | string }>`
      select channel,
        case when locked_until > ${nowIso} then 'leased' when status = 'failed' then 'retrying' else 'due' end as state,
        count(*) as n
      from delivery where status in ('pending', 'failed')
      group by 1, 2`.execute(db),
    sql<{ at: string | null }>`
      select min(next_attempt_at) as at from delivery
      where status in ('pending', 'failed') and next_attempt_at <= ${nowIso} and (locked_until is null or locked_until <= ${nowIso})`.execute(
      db,
    ),
    // One row per job: who claimed its last tick, whether the run holds its lease, when it ended.
    db.selectFrom('periodic_job').select(['name', 'holder', 'held_until', 'finished_at']).execute(),
  ]);
  jobHeld.reset();
  jobLastFinished.reset();
  for (const j of jobs) {
    jobHeld.set({ job: j.name, node: j.holder }, j.held_until !== null && j.held_until > nowIso ? 1 : 0);
    if (j.finished_at)
      jobLastFinished.set({ job: j.name }, Math.max(0, (Date.parse(nowIso) - Date.parse(j.finished_at)) / 1000));
  }
  outboxDepth.reset();
  for (const r of depth.rows) outboxDepth.set({ channel: r.channel, state: r.state }, Number(r.n));
  const at = oldest.rows[0]?.at;
  oldestDue.set(at ? Math.max(0, (Date.parse(nowIso) - Date.parse(at)) / 1000) : 0);
}

/** The metrics in the Prometheus text format, with the database-derived ones read now. */
export async function metricsText(ctx: AppContext): Promise<string> {
  try {
    await collectFromDatabase(ctx);
  } catch {
    // The process's own metrics are still worth having while the database is away.
    scrapeErrors.inc();
  }
  const pool = ctx.database.pool;
  if (pool) {
    poolConnections.set({ state: 'total' }, pool.totalCount);
    poolConnections.set({ state: 'idle' }, pool.idleCount);
    poolConnections.set({ state: 'waiting' }, pool.waitingCount);
  }
  return registry.metrics();
}

export const METRICS_CONTENT_TYPE = registry.contentType;
