// `npm run bench:webhook`: 20,000 signed webhooks sent by the engine (one tenant with 1,000
// endpoints, all subscribed to maintenance.completed: 20 events) to a local receiver in another
// process, which counts them by webhook-id. The baseline, in the same run and to the same
// receiver, is a bare loop of fetch() POSTs signed with the same library (standardwebhooks),
// as many in flight as the engine sends. Target: the engine at ≥ 70 % of the baseline's rate.
// Measured in alternating slices (baseline 4,000, engine 4,000; five times), as bench:email is.
import { Webhook } from 'standardwebhooks';
import { newWebhookSecret } from '../src/delivery/channels/webhook.js';
import { deliverDue } from '../src/delivery/worker.js';
import { newId } from '../src/store/values.js';
import { startReceiver } from './email-sink-client.js';
import { benchContext, fmt, freshDatabase, timedPublish } from './plan-fixture.js';

const ENDPOINTS = 1000;
const SLICES = 5;
const EVENTS_PER_SLICE = 4;
const PER_SLICE = ENDPOINTS * EVENTS_PER_SLICE;
const IN_FLIGHT = 32; // the worker's default concurrency
const TARGET = 0.7;

const receiver = await startReceiver('webhook-receiver');
const database = await freshDatabase(process.env.BENCH_DATABASE_URL);
const ctx = benchContext(database.url);
try {
  const now = new Date().toISOString();
  const tenantId = newId();
  await ctx.database.db.insertInto('tenant').values({ id: tenantId, name: 'Hooks', domain: 'hooks.example.com', purchase_date: '2026-01-15', support_plan: 'standard', created_at: now, updated_at: now }).execute();
  const endpoints = Array.from({ length: ENDPOINTS }, (_, i) => ({
    id: newId(),
    tenant_id: tenantId,
    url: `${receiver.url}/hook/${i}`,
    description: '',
    secret: newWebhookSecret(),
    previous_secret: null,
    previous_secret_expires_at: null,
    status: 'active' as const,
    paused_reason: null,
    last_success_at: null,
    last_failure_at: null,
    created_at: now,
    updated_at: now,
  }));
  for (let i = 0; i < ENDPOINTS; i += 500) {
    await ctx.database.db.insertInto('webhook_endpoint').values(endpoints.slice(i, i + 500)).execute();
    await ctx.database.db.insertInto('webhook_subscription').values(endpoints.slice(i, i + 500).map((e) => ({ endpoint_id: e.id, event_type: 'maintenance.completed' }))).execute();
  }
  const payload = { title: 'Storage infrastructure upgrade completed', summary: 'The upgrade finished inside its window.', kind: 'planned', impact: 'downtime', services: ['Dynamics 365 Sales'], regions: ['NAM'], startsAt: now, endsAt: now, url: '/maintenance/bench' };

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
          const body = JSON.stringify({ type: 'maintenance.completed', timestamp: now, data: { eventId: id, subject: { type: 'maintenance', id: 'bench' }, ...payload } });
          const response = await fetch(endpoint.url, {
            method: 'POST',
            redirect: 'manual',
            headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': new Webhook(endpoint.secret).sign(id, at, body) },
            body,
          });
          await response.arrayBuffer();
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
      await timedPublish(ctx, { type: 'maintenance.completed', key: `bench:webhook:${event}`, subject: { type: 'maintenance', id: `bench-${event}` }, tenantId, scope: { tenantIds: [tenantId] }, payload });
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
  const exact = received === engineMessages && stats.duplicates === 0;
  console.log(
    [
      `${ctx.database.dialect}: ${engineMessages.toLocaleString('en')} signed webhooks to ${ENDPOINTS} endpoints, in slices alternating with the baseline`,
      `  baseline: signed fetch loop, ${IN_FLIGHT} in flight, ${baselineSent.toLocaleString('en')} in ${fmt(baselineMs)} = ${baselineRate.toFixed(0)}/s`,
      `  engine:   ${engineMessages.toLocaleString('en')} in ${fmt(engineMs)} = ${engineRate.toFixed(0)}/s`,
      `  ratio engine/baseline ${(ratio * 100).toFixed(0)} %   target ≥ ${TARGET * 100} %  ${ratio >= TARGET ? 'ok' : 'MISSED'}`,
      `  the receiver got ${received.toLocaleString('en')} distinct engine webhooks, ${stats.duplicates} duplicates  ${exact ? 'ok' : 'MISSED'}`,
    ].join('\n'),
  );
  process.exitCode = ratio >= TARGET && exact ? 0 : 1;
} finally {
  await ctx.database.close();
  await database.drop();
  receiver.close();
}
