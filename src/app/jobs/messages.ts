// The Message Center's timed work: reminders before action dates, the weekly digest, first-year
// lifecycle mail, audiences that follow the directory, and deleting posts long expired. Each is
// idempotent (event and post keys), so running it twice or on two workers is harmless.
import { publishWeeklyDigests } from '../messages/digest.js';
import { deleteExpiredMessages } from '../messages/expiry.js';
import { sendDueLifecycleMail } from '../messages/lifecycleMail.js';
import { refreshAudiences } from '../messages/refreshAudiences.js';
import { publishActionReminders } from '../messages/reminders.js';
import { publishScheduledMessages } from '../messages/schedule.js';
import type { PeriodicJob } from './index.js';

const MINUTE = 60_000;

export const messagesJobs: PeriodicJob[] = [
  // Scheduled posts go out within a minute of their time.
  {
    name: 'messages.scheduled-publish',
    everyMs: MINUTE,
    run: async (ctx) => void (await publishScheduledMessages(ctx)),
  },
  {
    name: 'messages.action-reminders',
    everyMs: 15 * MINUTE,
    run: async (ctx) => void (await publishActionReminders(ctx)),
  },
  { name: 'messages.weekly-digest', everyMs: 60 * MINUTE, run: async (ctx) => void (await publishWeeklyDigests(ctx)) },
  { name: 'messages.lifecycle-mail', everyMs: 60 * MINUTE, run: async (ctx) => void (await sendDueLifecycleMail(ctx)) },
  { name: 'messages.refresh-audiences', everyMs: 60 * MINUTE, run: async (ctx) => void (await refreshAudiences(ctx)) },
  { name: 'messages.expiry', everyMs: 6 * 60 * MINUTE, run: async (ctx) => void (await deleteExpiredMessages(ctx)) },
];
