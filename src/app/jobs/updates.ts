// Updates and maintenance move with time: windows open and end, notices fall due, rollouts go on
// station by station. Each job is idempotent (states only move forward; events carry keys).
import { advanceMaintenance } from '../updates/maintenanceProgress.js';
import { advanceRollouts } from '../updates/advanceRollouts.js';
import { planTrainWeeks } from '../updates/releaseTrain.js';
import type { PeriodicJob } from './index.js';

export const updatesJobs: PeriodicJob[] = [
  { name: 'maintenance: notices, windows opening and overruns', everyMs: 60_000, run: advanceMaintenance },
  { name: 'rollouts: stations opening, overruns and progress', everyMs: 60_000, run: advanceRollouts },
  {
    name: 'release train: plan the coming weeks',
    everyMs: 15 * 60_000,
    run: async (ctx) => void (await planTrainWeeks(ctx)),
  },
];
