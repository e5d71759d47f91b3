// Work that happens because time passes, not because someone asked: reminders, overrun
// detection, due dates, digests. The worker runs each job every `everyMs`; a job must be
// idempotent (events carry keys), so running it twice or on two workers is harmless.
import type { AppContext } from '../context.js';
import { credentialsJobs } from './credentials.js';
import { messagesJobs } from './messages.js';
import { serviceHealthJobs } from './serviceHealth.js';
import { updatesJobs } from './updates.js';

export interface PeriodicJob {
  name: string;
  everyMs: number;
  run(ctx: AppContext): Promise<void>;
}

export const PERIODIC_JOBS: readonly PeriodicJob[] = [
  ...serviceHealthJobs,
  ...updatesJobs,
  ...messagesJobs,
  ...credentialsJobs,
];
