// A person's notification preferences: per category and channel, on, off, or (no choice) the
// rule's default. Defaults: a rule's channels are on, its opt-in channels (a Message Center post's
// email) off. Critical notices (major incidents, unplanned maintenance, downtime) reach people
// whatever they chose.
import { NOTICE_CATEGORIES, PERSON_CHANNELS, type NoticeCategory, type PersonChannel } from '../../domain/policies.js';
import type { Actor } from '../../domain/actor.js';
import { defaultEnabled, effectivePreference, type PreferenceSource } from '../../domain/preferences.js';
import { flag } from '../../store/values.js';
import { requirePerson } from '../auth.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';

export interface PreferenceChoice {
  category: NoticeCategory;
  channel: PersonChannel;
  /** null: no choice made, the rule's default applies. */
  enabled: boolean | null;
}

/** A choice with what it means: whether notices arrive on the channel, and why (default or choice). */
export interface Preference extends PreferenceChoice {
  effective: boolean;
  source: PreferenceSource;
  /** What applies without a choice. */
  byDefault: boolean;
}

export async function getPreferences(ctx: AppContext, actor: Actor): Promise<Preference[]> {
  const me = requirePerson(actor);
  const rows = await ctx.database.db
    .selectFrom('notification_preference')
    .selectAll()
    .where('person_id', '=', me.personId)
    .execute();
  return NOTICE_CATEGORIES.flatMap((category) =>
    PERSON_CHANNELS.map((channel) => {
      const row = rows.find((r) => r.category === category && r.channel === channel);
      const enabled = row ? row.enabled === 1 : null;
      const { enabled: effective, source } = effectivePreference(category, channel, enabled);
      return { category, channel, enabled, effective, source, byDefault: defaultEnabled(category, channel) };
    }),
  );
}

/** Applies the given choices (others stay as they were); `enabled: null` forgets a choice. */
export async function setPreferences(
  ctx: AppContext,
  actor: Actor,
  changes: PreferenceChoice[],
): Promise<Preference[]> {
  const me = requirePerson(actor);
  await runCommand(ctx, actor, async (s) => {
    for (const c of changes) {
      const enabled = c.enabled;
      if (enabled === null) {
        await s.trx
          .deleteFrom('notification_preference')
          .where('person_id', '=', me.personId)
          .where('category', '=', c.category)
          .where('channel', '=', c.channel)
          .execute();
      } else {
        await s.trx
          .insertInto('notification_preference')
          .values({
            person_id: me.personId,
            category: c.category,
            channel: c.channel,
            enabled: flag(enabled),
            updated_at: s.nowIso,
          })
          .onConflict((oc) =>
            oc
              .columns(['person_id', 'category', 'channel'])
              .doUpdateSet({ enabled: flag(enabled), updated_at: s.nowIso }),
          )
          .execute();
      }
    }
    await s.audit({
      action: 'preferences.updated',
      entityType: 'person',
      entityId: me.personId,
      tenantId: null,
      after: changes,
    });
  });
  return getPreferences(ctx, actor);
}
