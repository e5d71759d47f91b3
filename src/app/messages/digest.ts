// The weekly Message Center digest: once the ISO week is over, every reader with new or
// materially changed posts that week gets one message.digest event listing them (keyed per person
// and week). Whether they want it by email is their preference, applied by the delivery policy.
import { systemActor } from '../../domain/actor.js';
import { previousIsoWeek } from '../../domain/messages.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { messageUrl } from './notices.js';
import { isAnyOf } from '../../store/chunks.js';

export async function publishWeeklyDigests(ctx: AppContext): Promise<number> {
  const db = ctx.database.db;
  const week = previousIsoWeek(ctx.now());
  if (await db.selectFrom('message_digest_week').select('week').where('week', '=', week.id).executeTakeFirst())
    return 0;
  const start = week.start.toISOString();
  const end = week.end.toISOString();
  const rows = await db
    .selectFrom('message as m')
    .innerJoin('message_tenant as mt', 'mt.message_id', 'm.id')
    .select([
      'm.id',
      'm.title',
      'm.category',
      'm.severity',
      'm.is_major_change',
      'm.is_data_privacy',
      'm.action_required_by',
      'm.materially_changed_at',
      'm.published_at',
      'mt.tenant_id',
    ])
    .where('m.status', '=', 'published')
    .where((eb) =>
      eb.or([
        eb.and([eb('m.published_at', '>=', start), eb('m.published_at', '<', end)]),
        eb.and([eb('m.materially_changed_at', '>=', start), eb('m.materially_changed_at', '<', end)]),
      ]),
    )
    .orderBy('m.published_at', 'desc')
    .execute();
  const tenantIds = [...new Set(rows.map((r) => r.tenant_id))];
  const readers = tenantIds.length
    ? await db
        .selectFrom('role_assignment')
        .select(['person_id', 'tenant_id', 'role'])
        .where('role', 'in', ['org_admin', 'system_admin'])
        .where(isAnyOf(db, 'tenant_id', tenantIds))
        .execute()
    : [];
  const granted = tenantIds.length
    ? await db
        .selectFrom('message_privacy_reader')
        .select(['person_id', 'tenant_id'])
        .where(isAnyOf(db, 'tenant_id', tenantIds))
        .execute()
    : [];
  const mayReadPrivacy = new Set(
    [...readers.filter((r) => r.role === 'org_admin'), ...granted].map((r) => `${r.person_id}:${r.tenant_id}`),
  );

  const digests = new Map<string, { tenantIds: Set<string>; posts: Map<string, (typeof rows)[number]> }>();
  for (const reader of readers) {
    const digest = digests.get(reader.person_id) ?? { tenantIds: new Set(), posts: new Map() };
    digest.tenantIds.add(reader.tenant_id!);
    for (const post of rows) {
      if (post.tenant_id !== reader.tenant_id) continue;
      if (post.is_data_privacy && !mayReadPrivacy.has(`${reader.person_id}:${reader.tenant_id}`)) continue;
      digest.posts.set(post.id, post);
    }
    digests.set(reader.person_id, digest);
  }

  // Each post's translated titles, in one query: every reader's digest lists them in their language.
  const postIds = [...new Set(rows.map((r) => r.id))];
  const translations = postIds.length
    ? await db
        .selectFrom('message_translation')
        .select(['message_id', 'language', 'title'])
        .where('message_id', 'in', postIds)
        .execute()
    : [];
  const translationsOf = (id: string): Record<string, { title: string }> =>
    Object.fromEntries(translations.filter((t) => t.message_id === id).map((t) => [t.language, { title: t.title }]));

  return runCommand(ctx, systemActor('jobs:messages'), async (s) => {
    let published = 0;
    for (const [personId, digest] of digests) {
      if (!digest.posts.size) continue;
      const posts = [...digest.posts.values()];
      const tenants = [...digest.tenantIds];
      await s.publish({
        type: 'message.digest',
        key: `message:digest:${week.id}:${personId}`,
        subject: { type: 'person', id: personId },
        tenantId: tenants.length === 1 ? tenants[0]! : null,
        scope: { personIds: [personId] },
        payload: {
          title: `Message center: ${posts.length} new or updated ${posts.length === 1 ? 'post' : 'posts'} (${week.id})`,
          week: week.id,
          startsAt: start,
          endsAt: end,
          url: `${ctx.config.publicUrl}/messages`,
          messages: posts.map((p) => ({
            id: p.id,
            title: p.title,
            category: p.category,
            severity: p.severity,
            isMajorChange: p.is_major_change === 1,
            actionRequiredBy: p.action_required_by,
            updated: p.published_at! < start,
            url: messageUrl(ctx.config.publicUrl, p.id),
            translations: translationsOf(p.id),
          })),
        },
      });
      published++;
    }
    await s.trx
      .insertInto('message_digest_week')
      .values({ week: week.id, sent_at: s.nowIso })
      .onConflict((oc) => oc.column('week').doNothing())
      .execute();
    return published;
  });
}
