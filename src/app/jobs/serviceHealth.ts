// Service health reminders: hourly updates during an incident, post-incident reports falling due.
import { remindReportsDue, remindStaleIncidents } from '../serviceHealth/reminders.js';
import type { PeriodicJob } from './index.js';

export const serviceHealthJobs: PeriodicJob[] = [
  {
    name: 'incidents: no update for an hour',
    everyMs: 5 * 60_000,
    run: async (ctx) => void (await remindStaleIncidents(ctx)),
  },
  {
    name: 'incidents: post-incident reports due and overdue',
    everyMs: 15 * 60_000,
    run: async (ctx) => void (await remindReportsDue(ctx)),
  },
];
