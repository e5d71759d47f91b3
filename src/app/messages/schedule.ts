// Posts an operator schedules to publish later. A scheduled post is a draft with `publish_at`
// set: operators see "Scheduled for …", tenants see nothing and nobody is told, until the
// periodic job messages.scheduled-publish publishes it through publishMessageRow, the same write
// as an immediate publish, so its notices are the same.
import { systemActor } from '../../domain/actor.js';
import { checkDateTime } from '../../domain/messages.js';
import { conflict, invalid } from '../../errors.js';
import type { MessageTable } from '../../store/schema.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { checkActionDate } from './checkMessage.js';
import { publishMessageRow } from './writeMessage.js';

export const PUBLISH_AT_FIELD = 'body.publishAt';

/**
 * Sets (or, with null or an empty field, clears) when a draft publishes itself. The time must be a
 * zoned ISO 8601 date-time after now; the action-date rule is checked as of that time, as it will be then.
 * An empty string counts as "no time": a form's empty field sends one, and the API's validator
 * coerces a JSON null for this string-or-null field to "" as well.
 */
export async function scheduleMessageRow(
  s: CommandScope,
  row: MessageTable,
  requested: string | null,
): Promise<MessageTable> {
  const publishAt = requested === '' ? null : requested;
  if (row.status !== 'draft' && publishAt === null) return row;
  if (row.status !== 'draft') throw conflict('problem.schedule.published', PUBLISH_AT_FIELD);
  let at: string | null = null;
  if (publishAt !== null) {
    const problem = checkDateTime(publishAt);
    if (problem) throw invalid(PUBLISH_AT_FIELD, problem);
    if (Date.parse(publishAt) <= s.now.getTime()) throw invalid(PUBLISH_AT_FIELD, 'problem.schedule.past');
    at = new Date(publishAt).toISOString();
    checkActionDate(
      { isMajorChange: row.is_major_change === 1, actionRequiredBy: row.action_required_by },
      new Date(at),
    );
  }
  if (at === row.publish_at) return row;
  await s.trx.updateTable('message').set({ publish_at: at }).where('id', '=', row.id).execute();
  await s.audit({
    action: at ? 'message.scheduled' : 'message.unscheduled',
    entityType: 'message',
    entityId: row.id,
    tenantId: null,
    before: { publishAt: row.publish_at },
    after: { publishAt: at },
  });
  return { ...row, publish_at: at };
}

/**
 * Publishes every scheduled draft whose time has come. Each post is its own command: it is
 * locked and looked at again, so a second run (or a second node) finds it published and does
 * nothing, and a post that can no longer be published (its action date now too close) stays a
 * scheduled draft without holding up the others.
 */
export async function publishScheduledMessages(ctx: AppContext): Promise<number> {
  const nowIso = ctx.now().toISOString();
  const due = await ctx.database.db
    .selectFrom('message')
    .select('id')
    .where('status', '=', 'draft')
    .where('publish_at', 'is not', null)
    .where('publish_at', '<=', nowIso)
    .orderBy('publish_at')
    .execute();
  let published = 0;
  let failure: unknown = null;
  for (const { id } of due) {
    try {
      const done = await runCommand(ctx, systemActor('jobs:messages'), async (s) => {
        const row = await s.lock('message', id);
        if (!row || row.status !== 'draft' || !row.publish_at || row.publish_at > s.nowIso) return false;
        await publishMessageRow(s, row);
        return true;
      });
      if (done) published++;
    } catch (error) {
      failure ??= error;
    }
  }
  // The worker logs a job's failure; the posts after the failing one were still published.
  if (failure) throw failure;
  return published;
}
