// Reminders before an action-required date (7 days and 1 day before): event message.action_due
// to the post's audience. The key carries the date and the threshold, so a job that runs every
// few minutes sends each reminder once, and a moved date earns its own reminders.
import { systemActor } from '../../domain/actor.js';
import { dueActionReminder, expiryCutoff } from '../../domain/messages.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { audienceScope, audienceTenantsOf } from './audience.js';
import { publishMessageEvent } from './notices.js';

const WEEK_MS = 7 * 86_400_000;

export async function publishActionReminders(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const db = ctx.database.db;
  const posts = await db
    .selectFrom('message')
    .selectAll()
    .where('status', '=', 'published')
    .where('action_required_by', '>', now.toISOString())
    .where('action_required_by', '<=', new Date(now.getTime() + WEEK_MS).toISOString())
    .where((eb) =>
      eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', expiryCutoff(now, ctx.config.messageExpiryDays))]),
    )
    .execute();
  const due = posts.flatMap((message) => {
    const days = dueActionReminder(message.action_required_by!, now);
    return days
      ? [{ message, days, key: `message:${message.id}:action_due:${message.action_required_by}:${days}d` }]
      : [];
  });
  if (!due.length) return 0;
  const sent = new Set(
    (
      await db
        .selectFrom('event')
        .select('key')
        .where(
          'key',
          'in',
          due.map((d) => d.key),
        )
        .execute()
    ).map((r) => r.key),
  );
  const todo = due.filter((d) => !sent.has(d.key));
  if (!todo.length) return 0;
  return runCommand(ctx, systemActor('jobs:messages'), async (s) => {
    for (const { message, days, key } of todo) {
      const scope = await audienceScope(s.trx, message, await audienceTenantsOf(s.trx, message.id));
      await publishMessageEvent(s, { type: 'message.action_due', message, key, scope, extra: { daysLeft: days } });
    }
    return todo.length;
  });
}
