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
import { commanderError } from './commanderWords.js';
import { errorLines, operatorTranslator } from './language.js';
import { serve } from './serve.js';

/** Every word the operator reads, help included, in their language (HERALD_LANG, LANG, …). */
const tr = operatorTranslator();

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

const HELP_TITLES: Record<string, string> = {
  'Usage:': 'usage',
  'Options:': 'options',
  'Commands:': 'commands',
  'Arguments:': 'arguments',
};

const program = new Command()
  .name('herald')
  .description(tr.t('cli.description'))
  .helpOption('-h, --help', tr.t('cli.help.option'))
  .helpCommand(true)
  // Commander's own headings, said in the operator's language; every subcommand inherits these.
  .configureHelp({ styleTitle: (title) => tr.t('cli.help.title', { title: HELP_TITLES[title] ?? title }) })
  // Commander's own refusals (a missing option, an unknown command) too; every subcommand inherits this.
  .configureOutput({ outputError: (text, write) => write(commanderError(text, tr)) })
  .showHelpAfterError(tr.t('cli.help.afterError'));
program.helpCommand('help [command]', tr.t('cli.help.option'));

program
  .command('serve')
  .description(tr.t('cli.serve.description'))
  .option('--demo', tr.t('cli.serve.demoOption'))
  .action(async (opts: { demo?: boolean }) => {
    const ctx = await openContext();
    await serve(ctx, { demo: opts.demo === true || ctx.config.demo, tr });
  });

program
  .command('worker')
  .description(tr.t('cli.worker.description'))
  .action(async () => {
    const ctx = await openContext();
    const { runWorker } = await import('./commands/worker.js');
    await runWorker(ctx, tr);
  });

program
  .command('migrate')
  .description(tr.t('cli.migrate.description'))
  .action(async () => {
    const config = loadConfig();
    const database = openDatabase(config.databaseUrl, config.database);
    try {
      const { applied } = await migrateToLatest(database);
      await ensureReferenceData(database.db);
      console.log(
        applied.length ? tr.t('cli.migrate.applied', { migrations: applied.join(', ') }) : tr.t('cli.migrate.upToDate'),
      );
    } finally {
      await database.close();
    }
  });

program
  .command('seed')
  .description(tr.t('cli.seed.description'))
  .option('--demo', tr.t('cli.seed.demoOption'))
  .action((opts: { demo?: boolean }) =>
    withContext(async (ctx) => {
      if (!opts.demo) throw new Error(tr.t('cli.seed.sayWhat'));
      if (!(await isDatabaseEmpty(ctx))) {
        console.log(tr.t('cli.seed.notEmpty'));
        return;
      }
      await seedDemo(ctx);
      console.log(tr.t('cli.seed.loaded', { password: DEMO_PASSWORD }));
    })(),
  );

const operator = program.command('operator').description(tr.t('cli.operator.description'));
operator
  .command('add')
  .description(tr.t('cli.operator.add.description'))
  .requiredOption('--email <email>', tr.t('cli.operator.emailOption'))
  .option('--name <name>', tr.t('cli.operator.nameOption'))
  .action((opts: { email: string; name?: string }) => withContext((ctx) => runOperatorAdd(ctx, opts))());
operator
  .command('list')
  .description(tr.t('cli.operator.list.description'))
  .action(() => withContext((ctx) => runOperatorList(ctx))());
operator
  .command('remove')
  .description(tr.t('cli.operator.remove.description'))
  .requiredOption('--email <email>', tr.t('cli.operator.whoseRole'))
  .action((opts: { email: string }) => withContext((ctx) => runOperatorRemove(ctx, opts))());
operator
  .command('link')
  .description(tr.t('cli.operator.link.description'))
  .requiredOption('--email <email>', tr.t('cli.operator.whoseLink'))
  .action((opts: { email: string }) => withContext((ctx) => runOperatorLink(ctx, opts))());

const token = program
  .command('token')
  .description(tr.t('cli.token.description', { header: 'Authorization: Bearer <token>' }));
token
  .command('create')
  .description(tr.t('cli.token.create.description'))
  .requiredOption('--email <email>', tr.t('cli.token.whose'))
  .option('--name <name>', tr.t('cli.token.nameOption'), 'cli')
  .option('--days <days>', tr.t('cli.token.daysOption'))
  .action((opts: { email: string; name: string; days?: string }) => withContext((ctx) => runTokenCreate(ctx, opts))());
token
  .command('list')
  .description(tr.t('cli.token.list.description'))
  .requiredOption('--email <email>', tr.t('cli.token.whoseTokens'))
  .action((opts: { email: string }) => withContext((ctx) => runTokenList(ctx, opts))());
token
  .command('revoke')
  .description(tr.t('cli.token.revoke.description'))
  .argument('<id>', tr.t('cli.token.idArgument'))
  .action((id: string) => withContext((ctx) => runTokenRevoke(ctx, id))());

program
  .command('import')
  .description(tr.t('cli.import.description'))
  .argument('<files...>', tr.t('cli.import.filesArgument'))
  .action((files: string[]) =>
    withContext(async (ctx) => {
      const { runImport } = await import('./commands/import.js');
      await runImport(ctx, files, { tr });
    })(),
  );

program
  .command('rehearse')
  .description(tr.t('cli.rehearse.description'))
  .argument('<scenario>', tr.t('cli.rehearse.scenarioArgument'))
  .option('--out <dir>', tr.t('cli.rehearse.outOption', { default: '<scenario>.timeline' }))
  .action(async (file: string, opts: { out?: string }) => {
    const { runRehearse } = await import('./commands/rehearse.js');
    const config = loadConfig();
    await runRehearse(config, file, {
      out: opts.out,
      tr,
      openLive: async () => {
        const database = openDatabase(config.databaseUrl, config.database);
        await migrateToLatest(database);
        return database;
      },
    });
  });

program
  .command('export-site')
  .description(tr.t('cli.exportSite.description'))
  .argument('<dir>', tr.t('cli.exportSite.dirArgument'))
  .action((dir: string) =>
    withContext(async (ctx) => {
      const { exportSite } = await import('./commands/exportSite.js');
      await exportSite(ctx, dir);
      console.log(tr.t('cli.exportSite.written', { dir }));
    })(),
  );

program.parseAsync(process.argv).catch((err: Error) => {
  // "herald: " is the program's name, as Unix tools begin their errors.
  for (const line of errorLines(err, tr)) console.error(`herald: ${line}`);
  process.exit(1);
});
