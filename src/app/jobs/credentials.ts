// Expired sessions and sign-in links no longer work; this job deletes them so the tables hold
// only what can still be used (and a person's list of sessions stays short).
import { purgeExpiredCredentials } from '../../store/credentials.js';
import type { AppContext } from '../context.js';
import type { PeriodicJob } from './index.js';

export async function purgeExpiredSessions(ctx: AppContext): Promise<{ sessions: number; signInLinks: number }> {
  return purgeExpiredCredentials(ctx.database.db, ctx.now().toISOString());
}

export const credentialsJobs: PeriodicJob[] = [
  {
    name: 'purge expired sessions',
    everyMs: 60 * 60_000,
    run: async (ctx) => {
      await purgeExpiredSessions(ctx);
    },
  },
];
