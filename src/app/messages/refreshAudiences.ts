// Audiences follow the directory: a tenant created, or an environment that starts using a
// service or moves in, after a post was published to "all tenants" or "Sales in EUR" sees that
// post from the next run of this job on (and one that no longer matches stops seeing it). Nobody
// is notified: these posts are not news to the tenant, only part of its Message Center.
import { systemActor } from '../../domain/actor.js';
import { expiryCutoff } from '../../domain/messages.js';
import { fromJson } from '../../store/values.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { isFixedAudience, materialiseAudience } from './audience.js';
import type { MessageAudience } from './insertMessage.js';

export async function refreshAudiences(ctx: AppContext): Promise<number> {
  const posts = await ctx.database.db
    .selectFrom('message')
    .select(['id', 'audience'])
    .where('status', '=', 'published')
    .where((eb) =>
      eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', expiryCutoff(ctx.now(), ctx.config.messageExpiryDays))]),
    )
    .execute();
  const dynamic = posts
    .map((p) => ({ id: p.id, audience: fromJson<MessageAudience>(p.audience, {}) }))
    .filter((p) => !isFixedAudience(p.audience));
  if (!dynamic.length) return 0;
  return runCommand(ctx, systemActor('jobs:messages'), async (s) => {
    let changed = 0;
    for (const post of dynamic) {
      const { added, removed } = await materialiseAudience(s, post.id, post.audience);
      if (added.length || removed.length) {
        changed++;
        s.changed({ tenantIds: [...added, ...removed], topic: 'messages' });
      }
    }
    return changed;
  });
}
