// `npm run bench:email`: 100,000 emails sent by the engine (claim, render in each reader's
// language and time zone, send, record) to a local SMTP sink in another process, which counts them
// by Message-ID: every one must arrive exactly once. The baseline, in the same run and to the same
// sink, is bare nodemailer with the same pool sending the same notice already rendered (English
// and French, as the directory's readers). Target: the engine at ≥ 80 % of the baseline's rate.
//
// The two are measured in alternating slices (baseline 1,000, then the engine 5,000: one event to
// the people of 100 tenants; twenty times), so that both see the same machine: on a shared
// machine, load that comes and goes would otherwise favour whichever ran in the quiet. The CPU
// time of each (this process only; the sink is another) is printed too: per message, it is the
// cost that decides the rate when the machine is busy. Each event's audience is planned whole
// (planPending: the chunks a worker's plan queue would plan) before the engine's clock starts;
// planning is timed on its own. BENCH_SLICES makes the run shorter (default 20);
// BENCH_DATABASE_URL=postgres://… runs the engine on PostgreSQL.
import nodemailer from 'nodemailer';
import { renderNotice } from '../src/delivery/templates/render.js';
import { planPending } from '../src/delivery/planQueue.js';
import { deliverDue } from '../src/delivery/worker.js';
import { startSink } from './email-sink-client.js';
import { benchContext, fmt, freshDatabase, maintenanceIn, seedDirectory, timedPublish } from './plan-fixture.js';

const SLICES = Number(process.env.BENCH_SLICES ?? 20);
const TENANTS_PER_SLICE = 100;
const PEOPLE_PER_TENANT = 50;
const MESSAGES = SLICES * TENANTS_PER_SLICE * PEOPLE_PER_TENANT;
const BASELINE_PER_SLICE = 1_000;
const CONNECTIONS = 5;
const TARGET = 0.8;

const sink = await startSink();
const database = await freshDatabase(process.env.BENCH_DATABASE_URL);
const ctx = benchContext(database.url, {
  smtpUrl: sink.url,
  mailFrom: 'Herald <herald@status.example.com>',
  publicUrl: 'https://status.example.com',
});
const transport = nodemailer.createTransport({
  url: sink.url,
  pool: true,
  maxConnections: CONNECTIONS,
  maxMessages: Infinity,
});
try {
  const { tenantIds } = await seedDirectory(ctx, SLICES * TENANTS_PER_SLICE, PEOPLE_PER_TENANT);
  // The same notice the engine renders, for an English and a French reader as in the directory.
  const samples = (['en-US', 'fr-FR'] as const).map((locale) =>
    renderNotice({
      template: 'planned-maintenance',
      rule: 'planned-maintenance-with-impact',
      payload: maintenanceIn('sample').payload,
      recipient: { name: 'Person 1', locale, timeZone: 'Europe/Paris' },
      organization: {
        name: 'Tenant nam1',
        environments: [{ name: 'Tenant nam1 production', url: 'https://nam1.crm.dynamics.com' }],
      },
      links: {
        open: 'https://status.example.com/maintenance/sample',
        preferences: 'https://status.example.com/preferences',
        unsubscribe: `https://status.example.com/unsubscribe/${'x'.repeat(60)}`,
      },
    }),
  );

  let baselineSent = 0;
  /** The pool alone, a steady 4 × CONNECTIONS messages in flight. */
  async function baselineSlice(): Promise<number> {
    const end = baselineSent + BASELINE_PER_SLICE;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 4 * CONNECTIONS }, async () => {
        while (baselineSent < end) {
          const i = baselineSent++;
          const sample = samples[i % 2]!;
          await transport.sendMail({
            from: 'Herald <herald@status.example.com>',
            to: `p${i}@tenant.example.com`,
            subject: sample.subject,
            text: sample.text,
            html: sample.html,
            messageId: `<baseline-${i}@status.example.com>`,
            headers: {
              'Auto-Submitted': 'auto-generated',
              'X-Herald-Rule': 'planned-maintenance-with-impact',
              'List-Unsubscribe': `<https://status.example.com/unsubscribe/${'x'.repeat(60)}>, <mailto:unsubscribe@status.example.com?subject=unsubscribe%20${'x'.repeat(60)}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            },
          });
        }
      }),
    );
    return performance.now() - started;
  }

  let baselineMs = 0;
  let baselineCpu = 0;
  let engineMs = 0;
  let engineCpu = 0;
  let planMs = 0;
  const cpuSince = (start: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  for (let slice = 0; slice < SLICES; slice++) {
    let cpu = process.cpuUsage();
    baselineMs += await baselineSlice();
    baselineCpu += cpuSince(cpu);
    const event = maintenanceIn(`bench:email:${slice}`);
    event.scope = { tenantIds: tenantIds.slice(slice * TENANTS_PER_SLICE, (slice + 1) * TENANTS_PER_SLICE) };
    const planStarted = performance.now();
    await timedPublish(ctx, event);
    await planPending(ctx);
    planMs += performance.now() - planStarted;
    cpu = process.cpuUsage();
    const started = performance.now();
    await deliverDue(ctx, { connections: CONNECTIONS });
    engineMs += performance.now() - started;
    engineCpu += cpuSince(cpu);
  }
  const stats = await sink.stats();
  const received = stats.unique - baselineSent;
  const sent = Number(
    (
      await ctx.database.db
        .selectFrom('delivery')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('channel', '=', 'email')
        .where('status', '=', 'sent')
        .executeTakeFirstOrThrow()
    ).n,
  );

  const baselineRate = baselineSent / (baselineMs / 1000);
  const engineRate = MESSAGES / (engineMs / 1000);
  const ratio = engineRate / baselineRate;
  const exact = received === MESSAGES && stats.duplicates === 0 && sent === MESSAGES;
  console.log(
    [
      `${ctx.database.dialect}: ${MESSAGES.toLocaleString('en')} emails (planned in ${fmt(planMs)} over ${SLICES} events), in slices alternating with the baseline`,
      `  baseline: bare pooled nodemailer, ${baselineSent.toLocaleString('en')} messages in ${fmt(baselineMs)} = ${baselineRate.toFixed(0)}/s, CPU ${((baselineCpu * 1000) / baselineSent).toFixed(0)} µs/message`,
      `  engine:   ${MESSAGES.toLocaleString('en')} messages in ${fmt(engineMs)} = ${engineRate.toFixed(0)}/s, CPU ${((engineCpu * 1000) / MESSAGES).toFixed(0)} µs/message`,
      `  ratio engine/baseline ${(ratio * 100).toFixed(0)} %   target ≥ ${TARGET * 100} %  ${ratio >= TARGET ? 'ok' : 'MISSED'}   (by CPU per message: ${((baselineCpu / baselineSent / (engineCpu / MESSAGES)) * 100).toFixed(0)} %)`,
      `  the sink received ${received.toLocaleString('en')} distinct engine messages, ${stats.duplicates} duplicates, ${(MESSAGES - received).toLocaleString('en')} missing; ${sent.toLocaleString('en')} recorded sent  ${exact ? 'ok' : 'MISSED'}`,
    ].join('\n'),
  );
  process.exitCode = ratio >= TARGET && exact ? 0 : 1;
} finally {
  transport.close();
  await ctx.database.close();
  await database.drop();
  sink.close();
}
