// `npm run bench:plan`: plan the deliveries of one event to 100,000 people (2,000 tenants of 50:
// org admins who are also system admins and additional recipients, system admins, additional
// recipients) through the real path: runCommand → publish → policy → planner, the first chunk with
// the event and the other chunks through the plan queue until none is left. Then publish the same
// event again, which must add nothing.
// The baseline, in the same run and database, is one bare INSERT … SELECT of the same people on
// the same channels, with the same ids and order (no policy, no preferences, no de-duplication,
// no chunks): the floor for that many rows. Its rows stay (as the planner's will), so both insert
// into a table of the same shape. Target: the planner's time per row ≤ 1.2× the baseline's.
// SQLite always; PostgreSQL too when BENCH_DATABASE_URL names a server
// (e.g. postgres://postgres@127.0.0.1:5432/test).
import { sql } from 'kysely';
import { planPending } from '../src/delivery/planQueue.js';
import { deliveryIdSql } from '../src/store/outbox.js';
import {
  benchContext,
  countRows,
  fmt,
  freshDatabase,
  maintenanceIn,
  seedDirectory,
  timedPublish,
} from './plan-fixture.js';

const TENANTS = 2000;
const PER_TENANT = 50;
const TARGET_RATIO = 1.2;

async function run(serverUrl?: string): Promise<boolean> {
  const database = await freshDatabase(serverUrl);
  const ctx = benchContext(database.url);
  const dialect = ctx.database.dialect;
  try {
    const directory = await seedDirectory(ctx, TENANTS, PER_TENANT);

    // Baseline: the same people and channels, one statement, then removed again.
    const now = new Date().toISOString();
    await ctx.database.db
      .insertInto('event')
      .values({
        id: 'baseline',
        type: 'maintenance.scheduled',
        key: 'baseline',
        occurred_at: now,
        tenant_id: null,
        subject_type: 'bench',
        subject_id: 'baseline',
        payload: '{}',
        created_at: now,
      })
      .execute();
    const baselineStarted = performance.now();
    const baseline = await sql`
      insert into delivery (id, event_id, channel, recipient_kind, recipient_id, tenant_id, rule, reason, template, status, attempts, next_attempt_at, created_at)
      select ${deliveryIdSql(dialect, new Date(), sql`row_number() over (order by p.person_id, ch.column1)`)}, 'baseline', ch.column1, 'person', p.person_id, p.tenant_id, 'baseline', 'baseline', 'baseline', 'pending', 0, ${now}, ${now}
      from (select distinct person_id, tenant_id from role_assignment) p cross join (values ('email'), ('in_app')) ch
      order by p.person_id, ch.column1`.execute(ctx.database.db);
    const baselineMs = performance.now() - baselineStarted;
    const baselineRows = Number(baseline.numAffectedRows ?? 0n);

    const started = performance.now();
    const first = await timedPublish(ctx, maintenanceIn('bench:plan'));
    const queued = await planPending(ctx);
    const plannerMs = performance.now() - started;
    const again = await timedPublish(ctx, maintenanceIn('bench:plan'));
    const event = await ctx.database.db
      .selectFrom('event')
      .select('id')
      .where('key', '=', 'bench:plan')
      .executeTakeFirstOrThrow();
    const rows = (await countRows(ctx, 'delivery')) - baselineRows;
    const recipients = Number(
      (
        await ctx.database.db
          .selectFrom('delivery')
          .select((eb) => eb.fn.count<number>('recipient_id').distinct().as('n'))
          .where('event_id', '=', event.id)
          .executeTakeFirstOrThrow()
      ).n,
    );
    const ratio = plannerMs / rows / (baselineMs / baselineRows);
    const ok =
      ratio <= TARGET_RATIO &&
      again.planned === 0 &&
      recipients === directory.people &&
      first.planned + queued === rows;
    console.log(
      [
        `${dialect}: one event to ${recipients.toLocaleString('en')} people (${directory.people.toLocaleString('en')} in the directory) → ${rows.toLocaleString('en')} deliveries`,
        `  planner                ${fmt(plannerMs)} for ${rows.toLocaleString('en')} rows (${first.planned.toLocaleString('en')} with the event in ${fmt(first.ms)}, ${queued.toLocaleString('en')} in chunks after it)`,
        `  baseline INSERT…SELECT ${fmt(baselineMs)} for ${baselineRows.toLocaleString('en')} rows`,
        `  ratio per row planner/baseline ${ratio.toFixed(2)}×   target ≤ ${TARGET_RATIO}×  ${ratio <= TARGET_RATIO ? 'ok' : 'MISSED'}`,
        `  publishing again       ${fmt(again.ms)}, ${again.planned} rows added ${again.planned === 0 ? 'ok' : 'MISSED'}`,
      ].join('\n'),
    );
    return ok;
  } finally {
    await ctx.database.close();
    await database.drop();
  }
}

const results = [await run()];
if (process.env.BENCH_DATABASE_URL) results.push(await run(process.env.BENCH_DATABASE_URL));
process.exit(results.every(Boolean) ? 0 : 1);
