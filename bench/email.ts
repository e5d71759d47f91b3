// `npm run bench:email`: 100,000 emails sent by the engine (claim, render in each reader's
// language and time zone, send, record) to a local SMTP sink in another process, which counts them
// by Message-ID: every one must arrive exactly once. The baseline, in the same run and to the same
// sink, is bare nodemailer with the same pool sending an already-rendered message of the same
// size. Target: the engine at ≥ 80 % of the baseline's rate.
//
// The two are measured in alternating slices (baseline 4,000, then the engine 20,000: one event
// to the 20,000 people of one region; five times), so that both see the same machine: on a
// shared machine, load that comes and goes would otherwise favour whichever ran in the quiet.
// BENCH_DATABASE_URL=postgres://… runs the engine on PostgreSQL.
import nodemailer from 'nodemailer';
import { renderNotice } from '../src/delivery/templates/render.js';
import { deliverDue } from '../src/delivery/worker.js';
import { startSink } from './email-sink-client.js';
import { benchContext, fmt, freshDatabase, maintenanceIn, seedDirectory, timedPublish } from './plan-fixture.js';

const REGIONS = ['NAM', 'EUR', 'APJ', 'CAN', 'JPN'];
const PER_REGION = 20_000;
const MESSAGES = REGIONS.length * PER_REGION;
const BASELINE_PER_SLICE = 4_000;
const CONNECTIONS = 5;
const TARGET = 0.8;

const sink = await startSink();
const database = await freshDatabase(process.env.BENCH_DATABASE_URL);
const ctx = benchContext(database.url, { smtpUrl: sink.url, mailFrom: 'Herald <herald@status.example.com>', publicUrl: 'https://status.example.com' });
const transport = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: CONNECTIONS, maxMessages: Infinity });
try {
  for (const region of REGIONS) await seedDirectory(ctx, PER_REGION / 50, 50, region);
  const sample = renderNotice({
    template: 'planned-maintenance',
    rule: 'planned-maintenance-with-impact',
    payload: maintenanceIn('sample').payload,
    recipient: { name: 'Person 1', locale: 'en-US', timeZone: 'Europe/Paris' },
    organization: { name: 'Tenant nam1', environments: [{ name: 'Tenant nam1 production', url: 'https://nam1.crm.dynamics.com' }] },
    links: { open: 'https://status.example.com/maintenance/sample', preferences: 'https://status.example.com/preferences', unsubscribe: `https://status.example.com/unsubscribe/${'x'.repeat(60)}` },
  });

  let baselineSent = 0;
  /** The pool alone, a steady 4 × CONNECTIONS messages in flight. */
  async function baselineSlice(): Promise<number> {
    const end = baselineSent + BASELINE_PER_SLICE;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 4 * CONNECTIONS }, async () => {
        while (baselineSent < end) {
          const i = baselineSent++;
          await transport.sendMail({
            from: 'Herald <herald@status.example.com>',
            to: `p${i}@tenant.example.com`,
            subject: sample.subject,
            text: sample.text,
            html: sample.html,
            messageId: `<baseline-${i}@status.example.com>`,
            headers: { 'Auto-Submitted': 'auto-generated', 'List-Unsubscribe': `<https://status.example.com/unsubscribe/${'x'.repeat(60)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          });
        }
      }),
    );
    return performance.now() - started;
  }

  let baselineMs = 0;
  let engineMs = 0;
  let planMs = 0;
  for (const region of REGIONS) {
    baselineMs += await baselineSlice();
    planMs += (await timedPublish(ctx, maintenanceIn(`bench:email:${region}`, region))).ms;
    const started = performance.now();
    await deliverDue(ctx, { connections: CONNECTIONS });
    engineMs += performance.now() - started;
  }
  const stats = await sink.stats();
  const received = stats.unique - baselineSent;
  const sent = Number((await ctx.database.db.selectFrom('delivery').select((eb) => eb.fn.countAll<number>().as('n')).where('channel', '=', 'email').where('status', '=', 'sent').executeTakeFirstOrThrow()).n);

  const baselineRate = baselineSent / (baselineMs / 1000);
  const engineRate = MESSAGES / (engineMs / 1000);
  const ratio = engineRate / baselineRate;
  const exact = received === MESSAGES && stats.duplicates === 0 && sent === MESSAGES;
  console.log(
    [
      `${ctx.database.dialect}: ${MESSAGES.toLocaleString('en')} emails (planned in ${fmt(planMs)} over ${REGIONS.length} events), in slices alternating with the baseline`,
      `  baseline: bare pooled nodemailer, ${baselineSent.toLocaleString('en')} messages in ${fmt(baselineMs)} = ${baselineRate.toFixed(0)}/s`,
      `  engine:   ${MESSAGES.toLocaleString('en')} messages in ${fmt(engineMs)} = ${engineRate.toFixed(0)}/s`,
      `  ratio engine/baseline ${(ratio * 100).toFixed(0)} %   target ≥ ${TARGET * 100} %  ${ratio >= TARGET ? 'ok' : 'MISSED'}`,
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
