// GET /metrics: the Prometheus text an operator scrapes, guarded by METRICS_TOKEN on the public
// port or served on METRICS_PORT. Each figure is checked against what the database or the
// requests made say, not against a fixed number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERIODIC_JOBS } from '../../src/app/jobs/index.js';
import { deliverDue, startWorker } from '../../src/delivery/worker.js';
import { buildServer } from '../../src/http/server.js';
import { startMetricsServer } from '../../src/observability/metricsServer.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { testDialect } from '../support/database.js';

const TOKEN = 'scrape-me-7f3a';
let t: TestApp;
let ops: { authorization: string };

beforeAll(async () => {
  t = await createTestApp({ config: { metricsToken: TOKEN } });
  ops = await t.auth('ops@herald.example');
});
afterAll(() => t.close());

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parse(text: string): Sample[] {
  return text
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((line) => {
      const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!m) throw new Error(`not a sample line: ${line}`);
      const labels = Object.fromEntries(
        [...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1]!, x[2]!]),
      );
      return { name: m[1]!, labels, value: Number(m[3]) };
    });
}

async function scrape(): Promise<Sample[]> {
  const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('text/plain');
  return parse(res.body);
}

const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);

async function pendingByChannel(): Promise<Map<string, number>> {
  const rows = await t.ctx.database.db
    .selectFrom('delivery')
    .select(['channel', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'pending')
    .groupBy('channel')
    .execute();
  return new Map(rows.map((r) => [r.channel, Number(r.n)]));
}

describe('GET /metrics', () => {
  it('is not on the public port without METRICS_TOKEN, and needs the token when it is set', async () => {
    const open = await buildServer({ ...t.ctx, config: { ...t.ctx.config, metricsToken: null } });
    try {
      expect((await open.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    } finally {
      await open.close();
    }
    for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${TOKEN}`]) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: authorization ? { authorization } : {},
      });
      expect(res.statusCode, String(authorization)).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().detail).toContain('METRICS_TOKEN');
    }
  });

  it('counts requests by route pattern and status, with a latency histogram', async () => {
    for (const id of ['HR100001', 'HR100002', 'HR100003']) {
      expect((await t.app.inject({ method: 'GET', url: `/api/incidents/${id}`, headers: ops })).statusCode).toBe(404);
    }
    const samples = await scrape();
    expect(
      value(samples, 'herald_http_requests_total', { method: 'GET', route: '/api/incidents/:id', status: '404' }),
    ).toBe(3);
    expect(
      value(samples, 'herald_http_request_duration_seconds_count', { method: 'GET', route: '/api/incidents/:id' }),
    ).toBe(3);
    expect(samples.some((s) => Object.values(s.labels).some((v) => v.includes('HR10000')))).toBe(false);
  });

  it('counts the public status answers served from memory, 304s included, over a real connection', async () => {
    // Over a socket, not inject: the snapshot's fixed addresses are answered before Fastify routes.
    const server = await buildServer(t.ctx);
    try {
      const address = await server.listen({ host: '127.0.0.1', port: 0 });
      const route = { method: 'GET', route: '/api/v2/summary.json' };
      const before = await scrape();
      const first = await fetch(`${address}/api/v2/summary.json`);
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag')!;
      for (let i = 0; i < 2; i++) expect((await fetch(`${address}/api/v2/summary.json`)).status).toBe(200);
      expect((await fetch(`${address}/api/v2/summary.json`, { headers: { 'if-none-match': etag } })).status).toBe(304);
      const after = await scrape();
      const counted = (samples: Sample[], status: string) =>
        value(samples, 'herald_http_requests_total', { ...route, status });
      expect(counted(after, '200') - counted(before, '200')).toBe(3);
      expect(counted(after, '304') - counted(before, '304')).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('reports the outbox depth by channel, the age of the oldest due delivery and the sends by outcome', async () => {
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: ops,
      payload: {
        title: 'Sign-in fails',
        classification: 'incident',
        services: ['sales'],
        scope: { regions: ['NAM'] },
        impactDescription: 'People cannot sign in.',
      },
    });
    expect(opened.statusCode).toBe(201);
    const pending = await pendingByChannel();
    expect(pending.get('email')).toBeGreaterThan(0);
    t.clock.now = new Date(t.clock.now.getTime() + 90_000);
    let samples = await scrape();
    for (const [channel, n] of pending)
      expect(value(samples, 'herald_outbox_deliveries', { channel, state: 'due' }), channel).toBe(n);
    expect(value(samples, 'herald_outbox_oldest_due_age_seconds')).toBeGreaterThanOrEqual(90);

    const sentBefore = value(samples, 'herald_delivery_sends_total', { channel: 'email', outcome: 'sent' });
    await deliverDue(t.ctx);
    samples = await scrape();
    expect(value(samples, 'herald_delivery_sends_total', { channel: 'email', outcome: 'sent' }) - sentBefore).toBe(
      pending.get('email'),
    );
    expect(value(samples, 'herald_delivery_send_duration_seconds_count', { channel: 'email', outcome: 'sent' })).toBe(
      value(samples, 'herald_delivery_sends_total', { channel: 'email', outcome: 'sent' }),
    );
    expect(value(samples, 'herald_outbox_deliveries', { channel: 'email' })).toBe(
      (await pendingByChannel()).get('email') ?? 0,
    );
    expect(value(samples, 'herald_outbox_oldest_due_age_seconds')).toBe(0);
  });

  it('counts periodic job runs, times them and names the node that claimed each', async () => {
    const job = PERIODIC_JOBS.find((j) => j.name.startsWith('maintenance'))!;
    const worker = startWorker(t.ctx, { jobs: [job], pollMs: 50, workerId: 'metrics-test-node' });
    await new Promise((r) => setTimeout(r, 300));
    await worker.stop();
    const samples = await scrape();
    expect(value(samples, 'herald_job_runs_total', { job: job.name, outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(value(samples, 'herald_job_duration_seconds_count', { job: job.name })).toBe(
      value(samples, 'herald_job_runs_total', { job: job.name }),
    );
    // Read from the claims table: this node claimed the job's last tick and has finished it.
    expect(
      samples
        .filter((s) => s.name === 'herald_job_held' && s.labels.job === job.name)
        .map((s) => [s.labels.node, s.value]),
    ).toEqual([['metrics-test-node', 0]]);
    expect(
      samples.some(
        (s) => s.name === 'herald_job_last_finished_age_seconds' && s.labels.job === job.name && s.value >= 0,
      ),
    ).toBe(true);
  });

  it.runIf(testDialect() === 'postgres')('reports the PostgreSQL pool in use', async () => {
    const samples = await scrape();
    expect(value(samples, 'herald_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(value(samples, 'herald_db_pool_connections', { state: 'total' })).toBe(t.ctx.database.pool!.totalCount);
  });

  it('is served without a token on METRICS_PORT, a listener of its own', async () => {
    const server = await startMetricsServer(t.ctx, '127.0.0.1', 0);
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/metrics`);
      expect(res.status).toBe(200);
      expect(parse(await res.text()).some((s) => s.name === 'herald_outbox_oldest_due_age_seconds')).toBe(true);
      expect((await fetch(`http://127.0.0.1:${server.port}/api/incidents`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
