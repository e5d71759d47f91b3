import type { PeriodicJob } from './index.js';

export const serviceHealthJobs: PeriodicJob[] = [];
