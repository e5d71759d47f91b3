// `npm run bench:latency`: the time from publishing an event (the command's transaction commits)
// to its email arriving at a local SMTP sink in another process, with the worker running in the
// same process as `herald serve` runs it (woken by the 'outbox' signal). 300 events, one after
// another, each to one person. The baseline, in the same run and to the same sink, is the time
// from calling bare pooled nodemailer's sendMail to that message's arrival. Prints p50 and p99 of
// both and their ratio. BENCH_DATABASE_URL=postgres://… runs it on PostgreSQL.
// Then the first notice of a large announcement: one planned maintenance to 100,000 people (2,000
// tenants of 50 in EUR), from publishing to the first of its emails arriving, with the plan queue
// planning the rest in chunks beside the worker as `herald serve` runs them. Target ≤ 500 ms.
import nodemailer from 'nodemailer';
import { runCommand } from '../src/app/command.js';
import { systemActor } from '../src/domain/actor.js';
import { startPlanQueue } from '../src/delivery/planQueue.js';
import { startWorker } from '../src/delivery/worker.js';
import { countPlanRequests } from '../src/store/planRequests.js';
import { startSink } from './email-sink-client.js';
import { benchContext, freshDatabase, maintenanceIn, seedDirectory } from './plan-fixture.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 300);
const LARGE = { tenants: 2000, perTenant: 50, targetMs: 500 };
// The wall clock, as the sink (another process) stamps arrivals: performance.timeOrigin is read
// once per process and can be off by as much as the process was descheduled at start, which on a
// busy machine is more than the latencies measured here.
const now = () => Date.now();
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const ms = (v: number) => `${v.toFixed(1)} ms`;

const sink = await startSink();
// An email may arrive before we know its Message-ID (the worker is woken by the commit): keep both ways.
const waiting = new Map<string, (at: number) => void>();
const arrived = new Map<string, number>();
/** While set: told of every message that arrives (the large announcement's first one). */
let onAnyArrival: ((at: number) => void) | null = null;
await sink.watch((id, at) => {
  onAnyArrival?.(at);
  const resolve = waiting.get(id);
  if (resolve) resolve(at);
  else arrived.set(id, at);
});
const arrival = (messageId: string) =>
  new Promise<number>((resolve) =>
    arrived.has(messageId) ? resolve(arrived.get(messageId)!) : waiting.set(messageId, resolve),
  );

const database = await freshDatabase(process.env.BENCH_DATABASE_URL);
const ctx = benchContext(database.url, {
  smtpUrl: sink.url,
  mailFrom: 'Herald <herald@status.example.com>',
  publicUrl: 'https://status.example.com',
});
const worker = startWorker(ctx, { jobs: false });
const plans = startPlanQueue(ctx);
const transport = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: 5, maxMessages: Infinity });
try {
  await seedDirectory(ctx, 1, 2);
  const person = await ctx.database.db.selectFrom('person').select('id').orderBy('email').executeTakeFirstOrThrow();

  const baseline: number[] = [];
  const engine: number[] = [];
  for (let i = 0; i < EVENTS; i++) {
    // Baseline: sendMail → arrival.
    const baselineId = `<latency-baseline-${i}@status.example.com>`;
    const baselineArrived = arrival(baselineId);
    const sentAt = now();
    await transport.sendMail({
      from: 'Herald <herald@status.example.com>',
      to: 'p0@nam0.example.com',
      subject: 'Your administrators',
      text: 'Hello',
      messageId: baselineId,
    });
    baseline.push((await baselineArrived) - sentAt);

    // Engine: publish → arrival. The Message-ID is made from the delivery id, known after the commit.
    const publishedAt = now();
    const deliveryId = await runCommand(ctx, systemActor('bench'), async (s) => {
      await s.publish({
        type: 'directory.admins_requested',
        key: `latency:${i}`,
        subject: { type: 'person', id: person.id },
        scope: { personIds: [person.id] },
        payload: { title: 'Your administrators', admins: [] },
      });
      return (
        await s.trx
          .selectFrom('delivery')
          .innerJoin('event', 'event.id', 'delivery.event_id')
          .select('delivery.id')
          .where('event.key', '=', `latency:${i}`)
          .executeTakeFirstOrThrow()
      ).id;
    });
    let timer: NodeJS.Timeout | undefined;
    const at = await Promise.race([
      arrival(`<${deliveryId}@status.example.com>`),
      new Promise<number>((_, reject) => (timer = setTimeout(() => reject(new Error('no email within 10 s')), 10_000))),
    ]);
    clearTimeout(timer);
    engine.push(at - publishedAt);
  }
  const [b50, b99, e50, e99] = [
    percentile(baseline, 50),
    percentile(baseline, 99),
    percentile(engine, 50),
    percentile(engine, 99),
  ];
  console.log(
    [
      `${ctx.database.dialect}: ${EVENTS} events, each to one person, one after another`,
      `  baseline: bare pooled nodemailer, sendMail → arrival   p50 ${ms(b50)}   p99 ${ms(b99)}`,
      `  engine:   publish → arrival                           p50 ${ms(e50)}   p99 ${ms(e99)}`,
      `  ratio engine/baseline: p50 ${(e50 / b50).toFixed(1)}×   p99 ${(e99 / b99).toFixed(1)}×`,
    ].join('\n'),
  );

  // The large announcement: every message from now on is one of its.
  await seedDirectory(ctx, LARGE.tenants, LARGE.perTenant, 'EUR');
  const first = new Promise<number>((resolve) => (onAnyArrival = resolve));
  const publishedAt = now();
  await runCommand(ctx, systemActor('bench'), (s) => s.publish(maintenanceIn('latency:large', 'EUR')));
  const committedAt = now();
  let timer: NodeJS.Timeout | undefined;
  const firstAt = await Promise.race([
    first,
    new Promise<number>((_, reject) => (timer = setTimeout(() => reject(new Error('no email within 30 s')), 30_000))),
  ]);
  clearTimeout(timer);
  onAnyArrival = null;
  while ((await countPlanRequests(ctx.database.db)) > 0) await new Promise((r) => setTimeout(r, 50));
  const plannedAt = now();
  const event = await ctx.database.db
    .selectFrom('event')
    .select('id')
    .where('key', '=', 'latency:large')
    .executeTakeFirstOrThrow();
  const rows = await ctx.database.db
    .selectFrom('delivery')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_id', '=', event.id)
    .executeTakeFirstOrThrow();
  const firstMs = firstAt - publishedAt;
  console.log(
    [
      `  one announcement to ${(LARGE.tenants * LARGE.perTenant).toLocaleString('en')} people (${Number(rows.n).toLocaleString('en')} deliveries): publish committed after ${ms(committedAt - publishedAt)}, first email arrived after ${ms(firstMs)} (${(firstMs / b50).toFixed(1)}× the baseline's p50), all planned after ${ms(plannedAt - publishedAt)}`,
      `  first notice target ≤ ${LARGE.targetMs} ms  ${firstMs <= LARGE.targetMs ? 'ok' : 'MISSED'}`,
    ].join('\n'),
  );
} finally {
  transport.close();
  await plans.stop();
  await worker.stop();
  await ctx.database.close();
  await database.drop();
  sink.close();
}
