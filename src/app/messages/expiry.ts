// Posts leave the lists `messageExpiryDays` after their end (a query condition, nothing to do)
// and stay readable by id for `messageRetentionDays` more; this job then deletes them with their
// audience, attachments and readers' marks.
import { systemActor } from '../../domain/actor.js';
import { retentionCutoff } from '../../domain/messages.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';

export async function deleteExpiredMessages(ctx: AppContext): Promise<number> {
  const cutoff = retentionCutoff(ctx.now(), ctx.config.messageExpiryDays, ctx.config.messageRetentionDays);
  const expired = await ctx.database.db
    .selectFrom('message')
    .select(['id', 'title', 'ends_at'])
    .where('ends_at', '<=', cutoff)
    .execute();
  if (!expired.length) return 0;
  return runCommand(ctx, systemActor('jobs:messages'), async (s) => {
    await s.trx
      .deleteFrom('message')
      .where(
        'id',
        'in',
        expired.map((m) => m.id),
      )
      .execute();
    for (const m of expired)
      await s.audit({ action: 'message.expired', entityType: 'message', entityId: m.id, tenantId: null, before: m });
    return expired.length;
  });
}
