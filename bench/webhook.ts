// `npm run bench:webhook`: 20,000 signed webhooks sent by the engine (one tenant with 1,000
// endpoints, all subscribed to maintenance.completed: 20 events) to a local receiver in another
// process, which verifies every signature (as a receiver must) and counts them by webhook-id.
// The baseline, in the same run and to the same receiver, is the strongest bare sender we know:
// a loop of keep-alive http.request POSTs (an agent with as many sockets as requests in flight)
// signed with the same library (standardwebhooks) and a signer made once per endpoint, as many in
// flight as the engine sends. Target: the engine at ≥ 70 % of the baseline's rate.
// Measured in alternating slices (baseline 4,000, engine 4,000; five times), as bench:email is.
import http from 'node:http';
import { Webhook } from 'standardwebhooks';
import { newWebhookSecret } from '../src/delivery/channels/webhook.js';
import { deliverDue } from '../src/delivery/worker.js';
import { newId } from '../src/store/values.js';
import { startReceiver } from './email-sink-client.js';
import { benchContext, fmt, freshDatabase, timedPublish } from './plan-fixture.js';
import { privateNameKey } from '../src/domain/publicity.js';

const ENDPOINTS = 1000;
const SLICES = Number(process.env.BENCH_SLICES ?? 5);
const EVENTS_PER_SLICE = 4;
const PER_SLICE = ENDPOINTS * EVENTS_PER_SLICE;
const IN_FLIGHT = 32; // the worker's default concurrency
const TARGET = 0.7;

const receiver = await startReceiver('webhook-receiver');
const database = await freshDatabase(process.env.BENCH_DATABASE_URL);
const ctx = benchContext(database.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
try {
  const now = new Date().toISOString();
  const tenantId = newId();
  await ctx.database.db
    .insertInto('tenant')
    .values({
      id: tenantId,
      name: 'Hooks',
      name_key: privateNameKey('Hooks'),
      domain: 'hooks.example.com',
      purchase_date: '2026-01-15',
      support_plan: 'standard',
      created_at: now,
      updated_at: now,
    })
    .execute();
  const endpoints = Array.from({ length: ENDPOINTS }, (_, i) => ({
    id: newId(),
    tenant_id: tenantId,
    url: `${receiver.url}/hook/${i}`,
    description: '',
    secret: newWebhookSecret(),
    previous_secret: null,
    previous_secret_expires_at: null,
    status: 'active' as const,
    format: 'standard' as const,
    paused_reason: null,
    last_success_at: null,
    last_failure_at: null,
    created_at: now,
    updated_at: now,
  }));
  for (let i = 0; i < ENDPOINTS; i += 500) {
    await ctx.database.db
      .insertInto('webhook_endpoint')
      .values(endpoints.slice(i, i + 500))
      .execute();
    await ctx.database.db
      .insertInto('webhook_subscription')
      .values(endpoints.slice(i, i + 500).map((e) => ({ endpoint_id: e.id, event_type: 'maintenance.completed' })))
      .execute();
  }
  await receiver.verifyWith(endpoints.map((e) => e.secret));
  const signers = endpoints.map((e) => new Webhook(e.secret));
  const post = (url: string, headers: Record<string, string>, body: string) =>
    new Promise<void>((resolve, reject) => {
      const request = http.request(
        url,
        { method: 'POST', agent, headers: { 'content-length': String(Buffer.byteLength(body)), ...headers } },
        (response) => {
          response.resume();
          response.on('end', resolve);
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  const payload = {
    title: 'Storage infrastructure upgrade completed',
    summary: 'The upgrade finished inside its window.',
    kind: 'planned',
    impact: 'downtime',
    services: ['Dynamics 365 Sales'],
    regions: ['NAM'],
    startsAt: now,
    endsAt: now,
    url: '/maintenance/bench',
  };

  let baselineSent = 0;
  async function baselineSlice(): Promise<number> {
    const end = baselineSent + PER_SLICE;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (baselineSent < end) {
          const i = baselineSent++;
          const endpoint = endpoints[i % ENDPOINTS]!;
          const id = `baseline-${i}`;
          const at = new Date();
          const body = JSON.stringify({
            type: 'maintenance.completed',
            timestamp: now,
            data: { eventId: id, subject: { type: 'maintenance', id: 'bench' }, ...payload },
          });
          await post(
            endpoint.url,
            {
              'content-type': 'application/json',
              'webhook-id': id,
              'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
              'webhook-signature': signers[i % ENDPOINTS]!.sign(id, at, body),
            },
            body,
          );
        }
      }),
    );
    return performance.now() - started;
  }

  let baselineMs = 0;
  let engineMs = 0;
  let event = 0;
  for (let slice = 0; slice < SLICES; slice++) {
    baselineMs += await baselineSlice();
    for (let e = 0; e < EVENTS_PER_SLICE; e++) {
      event++;
      await timedPublish(ctx, {
        type: 'maintenance.completed',
        key: `bench:webhook:${event}`,
        subject: { type: 'maintenance', id: `bench-${event}` },
        tenantId,
        scope: { tenantIds: [tenantId] },
        payload,
      });
    }
    const started = performance.now();
    await deliverDue(ctx);
    engineMs += performance.now() - started;
  }
  const stats = await receiver.stats();
  const engineMessages = SLICES * PER_SLICE;
  const received = stats.unique - baselineSent;
  const baselineRate = baselineSent / (baselineMs / 1000);
  const engineRate = engineMessages / (engineMs / 1000);
  const ratio = engineRate / baselineRate;
  const exact = received === engineMessages && stats.duplicates === 0 && stats.invalid === 0;
  console.log(
    [
      `${ctx.database.dialect}: ${engineMessages.toLocaleString('en')} signed webhooks to ${ENDPOINTS} endpoints, in slices alternating with the baseline`,
      `  baseline: keep-alive http.request loop, signer cached per endpoint, ${IN_FLIGHT} in flight, ${baselineSent.toLocaleString('en')} in ${fmt(baselineMs)} = ${baselineRate.toFixed(0)}/s`,
      `  engine:   ${engineMessages.toLocaleString('en')} in ${fmt(engineMs)} = ${engineRate.toFixed(0)}/s`,
      `  ratio engine/baseline ${(ratio * 100).toFixed(0)} %   target ≥ ${TARGET * 100} %  ${ratio >= TARGET ? 'ok' : 'MISSED'}`,
      `  the receiver verified every signature (${stats.invalid} invalid) and got ${received.toLocaleString('en')} distinct engine webhooks, ${stats.duplicates} duplicates  ${exact ? 'ok' : 'MISSED'}`,
    ].join('\n'),
  );
  process.exitCode = ratio >= TARGET && exact ? 0 : 1;
} finally {
  agent.destroy();
  await ctx.database.close();
  await database.drop();
  receiver.close();
}
