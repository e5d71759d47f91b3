// `herald serve`: the web server, the in-process worker, and a clean shutdown that drains both.
import { startChangeFeed } from '../app/changeFeed.js';
import type { AppContext } from '../app/context.js';
import { DEMO_PASSWORD, hasDemoAccounts, isDatabaseEmpty, seedDemo } from '../app/demo/index.js';
import { startPlanQueue } from '../delivery/planQueue.js';
import { startWorker } from '../delivery/worker.js';
import { buildServer } from '../http/server.js';
import { withStartUpLock } from '../store/locks.js';
import { startConfiguredMetricsServer } from '../observability/metricsServer.js';
import type { Translator } from '../i18n/translator.js';

/** What the banner says about signing in: the demo accounts only where they exist. */
async function signInHelp(ctx: AppContext, tr: Translator): Promise<string[]> {
  if (await hasDemoAccounts(ctx)) {
    const account = (role: string, tenant: string, email: string) =>
      `  ${tr.t('cli.serve.demoRole', { role, tenant }).padEnd(29)}${email}`;
    return [
      tr.t('cli.serve.demoAccounts', { password: DEMO_PASSWORD }),
      account('operator', '', 'ops@herald.example'),
      account('orgAdmin', 'Contoso', 'alice@contoso.com'),
      account('systemAdmin', 'Contoso NAM', 'sam@contoso.com'),
      account('orgAdmin', 'Fabrikam', 'fiona@fabrikam.com'),
      account('orgAdmin', 'Woodgrove Bank', 'wendy@woodgrovebank.com'),
      '',
    ];
  }
  const operators = await ctx.database.db
    .selectFrom('role_assignment')
    .select('id')
    .where('role', '=', 'operator')
    .limit(1)
    .execute();
  return operators.length ? [] : [tr.t('cli.serve.noOperator'), ''];
}

export async function serve(ctx: AppContext, options: { demo: boolean; tr: Translator }): Promise<void> {
  const { tr } = options;
  // Nodes started together with --demo on one new database: the first loads the demo, the others find it.
  const seeded =
    options.demo &&
    (await withStartUpLock(ctx.database, async () => {
      if (!(await isDatabaseEmpty(ctx))) return false;
      await seedDemo(ctx);
      return true;
    }));
  const app = await buildServer(ctx, { logger: true });
  // Changes made on the other nodes (PostgreSQL), for this node's status page and live streams.
  const changes = startChangeFeed(ctx, app.log);
  const metrics = await startConfiguredMetricsServer(ctx);
  await app.listen({ host: ctx.config.host, port: ctx.config.port });
  const worker = ctx.config.inProcessWorker ? startWorker(ctx) : null;
  const plans = ctx.config.inProcessWorker ? startPlanQueue(ctx) : null;

  const url = ctx.config.publicUrl;
  const row = (label: string, value: string) => `  ${tr.t('cli.serve.label', { label }).padEnd(18)}${value}`;
  console.log(
    [
      '',
      tr.t('cli.serve.running', { url }),
      // A table of label and value, the labels padded to one column.
      row('console', `${url}/`),
      row('status', `${url}/status`),
      row('docs', `${url}/docs  (OpenAPI: ${url}/openapi.json)`),
      row(
        'database',
        seeded ? tr.t('cli.serve.demoLoaded', { database: ctx.config.databaseUrl }) : ctx.config.databaseUrl,
      ),
      row('mail', ctx.config.smtpUrl ?? tr.t('cli.serve.mailKept')),
      '',
      ...(await signInHelp(ctx, tr)),
    ].join('\n'),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: draining requests and deliveries');
    await app.close();
    await Promise.all([worker?.stop(), plans?.stop()]);
    await changes?.close();
    await metrics?.close();
    await ctx.database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
