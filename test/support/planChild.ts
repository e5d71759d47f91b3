// A separate process that plans chunks of queued audiences (the plan queue of another node), for
// test/delivery/planQueue.test.ts: `node --import tsx test/support/planChild.ts <database url> <mode>`.
// - all: plans every waiting chunk, prints "done <rows>" and exits;
// - hold-after:<n>: plans n chunks, then claims the next one, plans it inside its transaction
//   and, before committing, prints "holding" and waits to be killed (a crash mid-plan).
import { createContext } from '../../src/app/context.js';
import { loadConfig } from '../../src/config.js';
import { planNextChunk, planPending } from '../../src/delivery/planQueue.js';
import { planChunk } from '../../src/delivery/planner.js';
import { openDatabase } from '../../src/store/database.js';
import { claimPlanRequest } from '../../src/store/planRequests.js';

const [url, mode] = process.argv.slice(2) as [string, string];
const database = openDatabase(url);
const ctx = createContext(database, { ...loadConfig({}), databaseUrl: url, staticSiteDir: null });

if (mode === 'all') {
  const rows = await planPending(ctx);
  process.stdout.write(`done ${rows}\n`);
  await database.close();
} else {
  const chunks = Number(mode.split(':')[1]);
  for (let i = 0; i < chunks; i++) await planNextChunk(ctx);
  await database.db.transaction().execute(async (trx) => {
    const request = (await claimPlanRequest(trx, database.dialect))!;
    const event = await trx
      .selectFrom('event')
      .selectAll()
      .where('id', '=', request.event_id)
      .executeTakeFirstOrThrow();
    await planChunk({ trx, dialect: database.dialect, config: ctx.config }, event, request.next_chunk, ctx.now());
    process.stdout.write('holding\n');
    await new Promise(() => {});
  });
}
