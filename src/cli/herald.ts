// The `herald` command. Each subcommand opens the database from DATABASE_URL (default: the
// embedded SQLite file under ./data), migrates it, and does one thing.
import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { createContext, type AppContext } from '../app/context.js';
import { isDatabaseEmpty, seedDemo, DEMO_PASSWORD } from '../app/demo/index.js';
import { openDatabase } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';
import { ensureReferenceData } from '../store/referenceData.js';
import { runOperatorAdd, runOperatorLink, runOperatorList, runOperatorRemove } from './commands/operator.js';
import { runTokenCreate, runTokenList, runTokenRevoke } from './commands/token.js';
import { serve } from './serve.js';

async function openContext(): Promise<AppContext> {
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl, config.database);
  await migrateToLatest(database);
  await ensureReferenceData(database.db);
  return createContext(database, config);
}

/** Runs a subcommand with a context and always closes the database, reporting errors plainly. */
function withContext(fn: (ctx: AppContext) => Promise<void>): () => Promise<void> {
  return async () => {
    const ctx = await openContext();
    try {
      await fn(ctx);
    } finally {
      await ctx.database.close();
    }
  };
}

const program = new Command()
  .name('herald')
  .description(
    'Herald: service health, maintenance, updates and Message Center for a multi-tenant cloud.\nConfiguration comes from the environment (PORT, HOST, DATABASE_URL, PUBLIC_URL, SMTP_URL, …; see README).',
  )
  .showHelpAfterError();

program
  .command('serve')
  .description(
    'Start the web server and, unless HERALD_WORKER=off, the delivery worker in the same process. Migrates the database first. With --demo (or HERALD_DEMO=on) loads the demo data into an empty database.',
  )
  .option('--demo', 'load the demo tenants, people (with a published password) and events into an empty database')
  .action(async (opts: { demo?: boolean }) => {
    const ctx = await openContext();
    await serve(ctx, { demo: opts.demo === true || ctx.config.demo });
  });

program
  .command('worker')
  .description('Run only the delivery worker and periodic jobs (as many as you like, against PostgreSQL).')
  .action(async () => {
    const ctx = await openContext();
    const { runWorker } = await import('./commands/worker.js');
    await runWorker(ctx);
  });

program
  .command('migrate')
  .description('Bring the database schema up to date and exit.')
  .action(async () => {
    const config = loadConfig();
    const database = openDatabase(config.databaseUrl, config.database);
    try {
      const { applied } = await migrateToLatest(database);
      await ensureReferenceData(database.db);
      console.log(applied.length ? `Applied ${applied.join(', ')}.` : 'The database is up to date.');
    } finally {
      await database.close();
    }
  });

program
  .command('seed')
  .description('Load data into an empty database.')
  .option('--demo', 'the demo tenants, people, incidents, maintenance and messages')
  .action((opts: { demo?: boolean }) =>
    withContext(async (ctx) => {
      if (!opts.demo) throw new Error('Say what to seed: --demo');
      if (!(await isDatabaseEmpty(ctx))) {
        console.log('The database already has people in it; the demo data is loaded only into an empty one.');
        return;
      }
      await seedDemo(ctx);
      console.log(`Demo data loaded. Every demo person signs in with the password ${DEMO_PASSWORD}.`);
    })(),
  );

const operator = program
  .command('operator')
  .description("The provider's operators: the first one of an installation is made here.");
operator
  .command('add')
  .description(
    'Make a person an operator (creating them when new) and print a one-time link to set a password and sign in.',
  )
  .requiredOption('--email <email>', 'their email, which they sign in with')
  .option('--name <name>', 'their name (default: the part of the email before @)')
  .action((opts: { email: string; name?: string }) => withContext((ctx) => runOperatorAdd(ctx, opts))());
operator
  .command('list')
  .description('List the operators.')
  .action(() => withContext((ctx) => runOperatorList(ctx))());
operator
  .command('remove')
  .description('Take the operator role away from a person and end their sessions (never the last operator).')
  .requiredOption('--email <email>', 'whose role')
  .action((opts: { email: string }) => withContext((ctx) => runOperatorRemove(ctx, opts))());
operator
  .command('link')
  .description('Print a new one-time sign-in link for an operator (a lost link or password).')
  .requiredOption('--email <email>', 'whose link')
  .action((opts: { email: string }) => withContext((ctx) => runOperatorLink(ctx, opts))());

const token = program.command('token').description('Personal API tokens, sent as "Authorization: Bearer <token>".');
token
  .command('create')
  .description('Create a token for a person and print it (shown once; only its hash is stored).')
  .requiredOption('--email <email>', 'whose token it is')
  .option('--name <name>', 'what it is for', 'cli')
  .option('--days <days>', 'expires after this many days (default: never)')
  .action((opts: { email: string; name: string; days?: string }) => withContext((ctx) => runTokenCreate(ctx, opts))());
token
  .command('list')
  .description("List a person's tokens (never the secrets).")
  .requiredOption('--email <email>', 'whose tokens')
  .action((opts: { email: string }) => withContext((ctx) => runTokenList(ctx, opts))());
token
  .command('revoke')
  .description('Revoke a token by its id (from `token list`).')
  .argument('<id>', 'the token id')
  .action((id: string) => withContext((ctx) => runTokenRevoke(ctx, id))());

program
  .command('import')
  .description(
    'Bulk-import tenants, environments and people from JSON (one file) or CSV (tenants.csv, environments.csv, people.csv). All or nothing; prints progress and a summary.',
  )
  .argument('<files...>', 'a .json file, or .csv files named by what they hold')
  .action((files: string[]) =>
    withContext(async (ctx) => {
      const { runImport } = await import('./commands/import.js');
      await runImport(ctx, files);
    })(),
  );

program
  .command('rehearse')
  .description(
    "Replay a scenario of timed events (JSON) on a simulated clock over a copy of the directory (the scenario's own, or a snapshot of the live one) and write the timeline: who would be told what, by which channel, by which rule. Sends nothing.",
  )
  .argument('<scenario>', 'the scenario file (.json)')
  .option(
    '--out <dir>',
    'where to write timeline.json, timeline.txt and timeline.html (default: <scenario>.timeline beside the file)',
  )
  .action(async (file: string, opts: { out?: string }) => {
    const { runRehearse } = await import('./commands/rehearse.js');
    const config = loadConfig();
    await runRehearse(config, file, {
      out: opts.out,
      openLive: async () => {
        const database = openDatabase(config.databaseUrl, config.database);
        await migrateToLatest(database);
        return database;
      },
    });
  });

program
  .command('export-site')
  .description(
    'Write the static backup status site (HTML and JSON) to a folder, to be served by any web server while Herald is down.',
  )
  .argument('<dir>', 'the folder to write')
  .action((dir: string) =>
    withContext(async (ctx) => {
      const { exportSite } = await import('./commands/exportSite.js');
      await exportSite(ctx, dir);
      console.log(`Static status site written to ${dir}.`);
    })(),
  );

program.parseAsync(process.argv).catch((err: Error) => {
  console.error(`herald: ${err.message}`);
  process.exit(1);
});
