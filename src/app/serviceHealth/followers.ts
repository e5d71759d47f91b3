// "Manage notifications for this issue": a person asks to hear of every update of one incident.
// The incident's events carry the followers in their scope (personIds), so the notification
// policy can reach them whatever their other preferences.
import type { Actor } from '../../domain/actor.js';
import { unauthenticated } from '../../errors.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { findVisibleIncident, viewerOf } from './access.js';

export async function setFollowing(
  ctx: AppContext,
  actor: Actor,
  incidentId: string,
  follow: boolean,
): Promise<{ following: boolean }> {
  if (actor.kind !== 'person') throw unauthenticated();
  const personId = actor.personId;
  await findVisibleIncident(ctx.database.db, viewerOf(actor), incidentId);
  return runCommand(ctx, actor, async (s) => {
    if (follow) {
      await s.trx
        .insertInto('incident_follower')
        .values({ incident_id: incidentId, person_id: personId, created_at: s.nowIso })
        .onConflict((oc) => oc.columns(['incident_id', 'person_id']).doNothing())
        .execute();
    } else {
      await s.trx
        .deleteFrom('incident_follower')
        .where('incident_id', '=', incidentId)
        .where('person_id', '=', personId)
        .execute();
    }
    await s.audit({
      action: follow ? 'incident.followed' : 'incident.unfollowed',
      entityType: 'incident',
      entityId: incidentId,
      tenantId: null,
      after: { personId },
    });
    return { following: follow };
  });
}
