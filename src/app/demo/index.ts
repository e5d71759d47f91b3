// `herald seed --demo` and `herald serve --demo` (`npm start`) on an empty database: the directory first, then each
// feature's demo content (incidents, maintenance, messages) on top of it.
import type { AppContext } from '../context.js';
import { seedDemoDirectory, type DemoDirectory } from './directory.js';
import { seedDemoMessages } from './messages.js';
import { seedDemoServiceHealth } from './serviceHealth.js';
import { seedDemoUpdates } from './updates.js';

export { DEMO_PASSWORD } from './directory.js';
export const DEMO_OPERATOR_EMAIL = 'ops@herald.example';

export async function isDatabaseEmpty(ctx: AppContext): Promise<boolean> {
  return !(await ctx.database.db.selectFrom('person').select('id').limit(1).executeTakeFirst());
}

/** The demo operator exists (with its published password): the banner lists the demo accounts. */
export async function hasDemoAccounts(ctx: AppContext): Promise<boolean> {
  return !!(await ctx.database.db
    .selectFrom('person')
    .select('id')
    .where('email', '=', DEMO_OPERATOR_EMAIL)
    .executeTakeFirst());
}

export async function seedDemo(ctx: AppContext): Promise<DemoDirectory> {
  const directory = await seedDemoDirectory(ctx);
  await seedDemoUpdates(ctx, directory);
  await seedDemoMessages(ctx, directory);
  await seedDemoServiceHealth(ctx, directory);
  return directory;
}
