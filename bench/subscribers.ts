// `npm run bench:subscribers [-- --subscribers 100000]`: a public incident in one region fanned
// out to N confirmed email subscribers of that region (default 100,000), through the outbox as in
// production: planning (the first chunk with the incident, the rest by the plan queue) and
// delivery (claim, render, send, record) to the local SMTP sink in another process, which counts
// messages by Message-ID: every one must arrive exactly once. The baseline, in the same run and to
// the same sink, is bare pooled nodemailer sending the same rendered mail, half before and half
// after the engine so that both see the same machine. Prints the engine/baseline ratio.
// BENCH_DATABASE_URL=postgres://… runs the engine on PostgreSQL.
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';
import { runCommand } from '../src/app/command.js';
import { insertIncident } from '../src/app/serviceHealth/incidents.js';
import { systemActor } from '../src/domain/actor.js';
import { planPending } from '../src/delivery/planQueue.js';
import { DEFAULT_COLORS } from '../src/app/branding.js';
import { publicFields, renderSubscriberNotice } from '../src/delivery/templates/subscriber.js';
import { translator } from '../src/i18n/translator.js';
import { deliverDue } from '../src/delivery/worker.js';
import { newId } from '../src/store/values.js';
import { startSink } from './email-sink-client.js';
import { benchContext, fmt, freshDatabase } from './plan-fixture.js';

const { values } = parseArgs({ options: { subscribers: { type: 'string', default: '100000' } } });
const SUBSCRIBERS = Number(values.subscribers);
if (!Number.isInteger(SUBSCRIBERS) || SUBSCRIBERS < 1) throw new Error('--subscribers takes a whole number');
const REGION = 'EUR';
const CONNECTIONS = 5;
const BASELINE = Math.max(1_000, Math.round(SUBSCRIBERS / 5));

const sink = await startSink();
const database = await freshDatabase(process.env.BENCH_DATABASE_URL);
const ctx = benchContext(database.url, {
  smtpUrl: sink.url,
  mailFrom: 'Status <status@status.example.com>',
  publicUrl: 'https://status.example.com',
});
const transport = nodemailer.createTransport({
  url: sink.url,
  pool: true,
  maxConnections: CONNECTIONS,
  maxMessages: Infinity,
});
try {
  // N confirmed subscribers of the region (and a tenth as many of another, who must not be told).
  const now = new Date().toISOString();
  const others = Math.ceil(SUBSCRIBERS / 10);
  for (let i = 0; i < SUBSCRIBERS + others; i += 500) {
    const rows = Array.from({ length: Math.min(500, SUBSCRIBERS + others - i) }, (_, j) => ({
      id: newId(),
      kind: 'email' as const,
      address: `s${i + j}@subscriber.example.org`,
      everything: 0 as const,
      status: 'active' as const,
      confirm_nonce: null,
      secret: null,
      format: 'standard' as const,
      created_at: now,
      confirmed_at: now,
      updated_at: now,
    }));
    await ctx.database.db.insertInto('subscriber').values(rows).execute();
    await ctx.database.db
      .insertInto('subscriber_component')
      .values(
        rows.map((r, j) => ({
          subscriber_id: r.id,
          kind: 'region' as const,
          code: i + j < SUBSCRIBERS ? REGION : 'JPN',
        })),
      )
      .execute();
  }

  // Planning: the incident's transaction (first chunk), then the plan queue until nothing is left.
  let started = performance.now();
  const incident = await runCommand(ctx, systemActor('bench'), (s) =>
    insertIncident(s, {
      title: 'Sales unavailable in Europe',
      classification: 'incident',
      services: ['sales'],
      scope: { regions: [REGION] },
      impactDescription: 'Users cannot open Sales.',
      status: 'serviceInterruption',
      symptoms: ['unavailable'],
      isPublic: true,
    }),
  );
  const inlineMs = performance.now() - started;
  await planPending(ctx);
  const planMs = performance.now() - started;
  const planned = Number(
    (
      await ctx.database.db
        .selectFrom('delivery')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('recipient_kind', '=', 'subscriber')
        .executeTakeFirstOrThrow()
    ).n,
  );

  // The same mail as the engine sends, rendered once, for the baseline.
  const fields = publicFields(
    'incident.opened',
    { type: 'incident', id: incident.id },
    {
      title: incident.title,
      status: incident.status,
      summary: incident.impact_description,
      regions: [REGION],
      services: ['Sales'],
    },
    'https://status.example.com/status',
  );
  const token = 'x'.repeat(40);
  const links = {
    page: 'https://status.example.com/status',
    manage: `https://status.example.com/subscriptions/manage/${token}`,
    unsubscribe: `https://status.example.com/subscriptions/unsubscribe/${token}`,
  };
  const sample = renderSubscriberNotice(
    { pageName: 'Herald status', logoUrl: null, primaryColor: DEFAULT_COLORS.primaryColor, supportUrl: null },
    fields,
    links,
    'incident.opened',
    translator('en'),
  );
  let baselineSent = 0;
  async function baseline(count: number): Promise<number> {
    const end = baselineSent + count;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: 4 * CONNECTIONS }, async () => {
        while (baselineSent < end) {
          const i = baselineSent++;
          await transport.sendMail({
            from: 'Status <status@status.example.com>',
            to: `b${i}@subscriber.example.org`,
            subject: sample.subject,
            text: sample.text,
            html: sample.html,
            messageId: `<baseline-${i}@status.example.com>`,
            headers: {
              'Auto-Submitted': 'auto-generated',
              'List-Unsubscribe': `<${links.unsubscribe}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            },
          });
        }
      }),
    );
    return performance.now() - t0;
  }

  let baselineMs = await baseline(Math.floor(BASELINE / 2));
  started = performance.now();
  await deliverDue(ctx, { connections: CONNECTIONS });
  const engineMs = performance.now() - started;
  baselineMs += await baseline(BASELINE - Math.floor(BASELINE / 2));

  const stats = await sink.stats();
  const received = stats.unique - baselineSent;
  const sent = Number(
    (
      await ctx.database.db
        .selectFrom('delivery')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('recipient_kind', '=', 'subscriber')
        .where('status', '=', 'sent')
        .executeTakeFirstOrThrow()
    ).n,
  );
  const baselineRate = baselineSent / (baselineMs / 1000);
  const engineRate = sent / (engineMs / 1000);
  const exact = planned === SUBSCRIBERS && received === SUBSCRIBERS && sent === SUBSCRIBERS && stats.duplicates === 0;
  console.log(
    [
      `${ctx.database.dialect}: one public incident in ${REGION} to ${SUBSCRIBERS.toLocaleString('en')} email subscribers (${others.toLocaleString('en')} of another region not told)`,
      `  planning: ${planned.toLocaleString('en')} deliveries in ${fmt(planMs)} (${fmt(inlineMs)} in the incident's transaction, the rest by the plan queue) = ${(planned / (planMs / 1000)).toFixed(0)}/s`,
      `  baseline: bare pooled nodemailer, ${baselineSent.toLocaleString('en')} messages in ${fmt(baselineMs)} = ${baselineRate.toFixed(0)}/s`,
      `  engine:   ${sent.toLocaleString('en')} messages in ${fmt(engineMs)} = ${engineRate.toFixed(0)}/s`,
      `  ratio engine/baseline ${((engineRate / baselineRate) * 100).toFixed(0)} %`,
      `  the sink received ${received.toLocaleString('en')} distinct engine messages, ${stats.duplicates} duplicates; ${sent.toLocaleString('en')} recorded sent  ${exact ? 'ok' : 'MISSED'}`,
    ].join('\n'),
  );
  process.exitCode = exact ? 0 : 1;
} finally {
  transport.close();
  await ctx.database.close();
  await database.drop();
  sink.close();
}
