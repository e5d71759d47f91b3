import type { PeriodicJob } from './index.js';

export const messagesJobs: PeriodicJob[] = [];
