// "The product team becomes involved": paging the team that owns the services concerned through the
// outbox (src/delivery/dispatch.ts sends its on-call email and its PagerDuty-shaped webhook), and the
// record of who was paged that the console shows and an operator acknowledges.
//
// Who pages (each event's rule in src/domain/policies.ts has the team among its audience):
// - maintenance.overran / maintenance.failed: an update that ran past its window or failed
//   (src/app/updates/raiseIncidents.ts), with the raised incident's id as the dedup key;
// - incident.stale: an incident without an update for its reminder interval (serviceHealth/reminders.ts);
// - webhook.endpoint_paused: a tenant's endpoint that died (dispatch.ts), paging the teams that run
//   notifications (`pages_for_delivery`).
// When the incident a page is about is restored, resolvePagesOf sends PagerDuty event_action
// "resolve" for the same dedup_key (event team.page_resolved), so the alert closes by itself.
import type { Kysely } from 'kysely';
import type { PageReason } from '../../store/schema.js';
import type { DB } from '../../store/schema.js';
import { newId } from '../../store/values.js';
import type { CommandScope } from '../command.js';

/** The teams owning these services, by id. */
export async function owningTeams(db: Kysely<DB>, serviceIds: string[]): Promise<string[]> {
  if (!serviceIds.length) return [];
  const rows = await db
    .selectFrom('service_owner')
    .select('team_id')
    .distinct()
    .where('service_id', 'in', serviceIds)
    .orderBy('team_id')
    .execute();
  return rows.map((r) => r.team_id);
}

/** The teams paged when a tenant's webhook endpoint dies. */
export async function deliveryTeams(db: Kysely<DB>): Promise<string[]> {
  const rows = await db
    .selectFrom('product_team')
    .select('id')
    .where('pages_for_delivery', '=', 1)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

export interface PageInput {
  teamIds: string[];
  /** The event whose key was just published (its rule pages the teams). */
  eventKey: string;
  dedupKey: string;
  incidentId: string | null;
  reason: PageReason;
  summary: string;
}

/** One page per (team, dedup key): paged again about the same incident, it stays one page. */
export async function recordPages(s: CommandScope, input: PageInput): Promise<void> {
  if (!input.teamIds.length) return;
  const event = await s.trx.selectFrom('event').select('id').where('key', '=', input.eventKey).executeTakeFirst();
  if (!event) return;
  for (const teamId of input.teamIds) {
    await s.trx
      .insertInto('team_page')
      .values({
        id: newId(),
        team_id: teamId,
        dedup_key: input.dedupKey,
        incident_id: input.incidentId,
        reason: input.reason,
        summary: input.summary,
        event_id: event.id,
        paged_at: s.nowIso,
        acknowledged_at: null,
        acknowledged_by: null,
      })
      .onConflict((oc) => oc.columns(['team_id', 'dedup_key']).doNothing())
      .execute();
  }
}

/**
 * The incident is restored: each page about it is resolved on the team's webhook (event_action
 * "resolve", same dedup_key). The event's key is the page's, so restoring again (or correcting
 * the restored post) resolves nothing twice.
 */
export async function resolvePagesOf(s: CommandScope, incidentId: string): Promise<void> {
  const pages = await s.trx.selectFrom('team_page').selectAll().where('incident_id', '=', incidentId).execute();
  for (const page of pages) {
    await s.publish({
      type: 'team.page_resolved',
      key: `page:${page.id}:resolved`,
      subject: { type: 'incident', id: incidentId },
      tenantId: null,
      scope: { teamIds: [page.team_id] },
      payload: { title: page.summary, summary: 'Service restored', dedupKey: page.dedup_key, incidentId },
    });
  }
  if (pages.length) s.changed({ tenantIds: [], topic: 'pages' });
}
