// `herald serve`: the web server, the in-process worker, and a clean shutdown that drains both.
import { startChangeFeed } from '../app/changeFeed.js';
import type { AppContext } from '../app/context.js';
import { DEMO_PASSWORD, hasDemoAccounts, isDatabaseEmpty, seedDemo } from '../app/demo/index.js';
import { startPlanQueue } from '../delivery/planQueue.js';
import { startWorker } from '../delivery/worker.js';
import { buildServer } from '../http/server.js';
import { startConfiguredMetricsServer } from '../observability/metricsServer.js';

/** What the banner says about signing in: the demo accounts only where they exist. */
async function signInHelp(ctx: AppContext): Promise<string[]> {
  if (await hasDemoAccounts(ctx)) {
    return [
      `Sign in with any demo account, password ${DEMO_PASSWORD}:`,
      '  operator                     ops@herald.example',
      '  org admin, Contoso           alice@contoso.com',
      '  system admin, Contoso NAM    sam@contoso.com',
      '  org admin, Fabrikam          fiona@fabrikam.com',
      '  org admin, Woodgrove Bank    wendy@woodgrovebank.com',
      '',
    ];
  }
  const operators = await ctx.database.db
    .selectFrom('role_assignment')
    .select('id')
    .where('role', '=', 'operator')
    .limit(1)
    .execute();
  return operators.length
    ? []
    : ['No operator yet: `herald operator add --email you@example.com` prints a link to set a password.', ''];
}

export async function serve(ctx: AppContext, options: { demo: boolean }): Promise<void> {
  let seeded = false;
  if (options.demo && (await isDatabaseEmpty(ctx))) {
    await seedDemo(ctx);
    seeded = true;
  }
  const app = await buildServer(ctx, { logger: true });
  // Changes made on the other nodes (PostgreSQL), for this node's status page and live streams.
  const changes = startChangeFeed(ctx, app.log);
  const metrics = await startConfiguredMetricsServer(ctx);
  await app.listen({ host: ctx.config.host, port: ctx.config.port });
  const worker = ctx.config.inProcessWorker ? startWorker(ctx) : null;
  const plans = ctx.config.inProcessWorker ? startPlanQueue(ctx) : null;

  const url = ctx.config.publicUrl;
  console.log(
    [
      '',
      `Herald is running at ${url}`,
      `  console           ${url}/`,
      `  public status     ${url}/status`,
      `  API docs          ${url}/docs  (OpenAPI: ${url}/openapi.json)`,
      `  database          ${ctx.config.databaseUrl}${seeded ? '  (demo data loaded)' : ''}`,
      `  mail              ${ctx.config.smtpUrl ?? 'kept in Herald: see "Sent mail" in the console'}`,
      '',
      ...(await signInHelp(ctx)),
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
