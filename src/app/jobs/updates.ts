import type { PeriodicJob } from './index.js';

export const updatesJobs: PeriodicJob[] = [];
