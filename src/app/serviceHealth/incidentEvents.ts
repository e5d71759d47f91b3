// The events an incident publishes, built in one place so every post, restoration and report
// tells the notification engine the same things. The subject is always the incident, so the
// engine can find everyone told before when the incident is restored.
import type { EventScope, EventType, NewEvent } from '../../domain/events.js';
import type { IncidentPostTable, IncidentTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import type { CommandScope } from '../command.js';
import { isPublicIncident, isWholeRegion, type IncidentScope } from './scope.js';
import { originalLanguage } from '../translations/language.js';
import { incidentNoticeTranslations } from '../translations/payload.js';

export const incidentUrl = (publicUrl: string, id: string): string => `${publicUrl}/service-health/incidents/${id}`;

/**
 * Whom an incident with this scope concerns: its environments, their tenants, its services, the
 * whole regions it names and its followers. Shared by the events a command publishes and by the
 * "who will be told" preview, so that the preview counts the audience the events will reach.
 */
export function eventScopeOf(
  environments: readonly { id: string; tenantId: string }[],
  scope: IncidentScope,
  serviceIds: string[],
  followerIds: string[],
): EventScope {
  return {
    environmentIds: environments.map((e) => e.id),
    tenantIds: [...new Set(environments.map((e) => e.tenantId))],
    // Regions only when the incident is about everyone there; otherwise they would widen the audience.
    regionCodes: isWholeRegion(scope) ? scope.regions : [],
    serviceIds,
    personIds: followerIds,
  };
}

async function incidentEventScope(s: CommandScope, incident: IncidentTable): Promise<EventScope> {
  const [environments, followers] = await Promise.all([
    s.trx
      .selectFrom('incident_environment')
      .select(['environment_id as id', 'tenant_id as tenantId'])
      .where('incident_id', '=', incident.id)
      .execute(),
    s.trx.selectFrom('incident_follower').select('person_id').where('incident_id', '=', incident.id).execute(),
  ]);
  return eventScopeOf(
    environments,
    fromJson<IncidentScope>(incident.scope, { regions: [], tenantIds: [], environmentIds: [] }),
    fromJson<string[]>(incident.service_ids, []),
    followers.map((f) => f.person_id),
  );
}

export async function incidentPayload(s: CommandScope, incident: IncidentTable): Promise<Record<string, unknown>> {
  const serviceIds = fromJson<string[]>(incident.service_ids, []);
  const services = serviceIds.length
    ? await s.trx.selectFrom('service').select(['id', 'name']).where('id', 'in', serviceIds).execute()
    : [];
  return {
    incidentId: incident.id,
    title: incident.title,
    summary: incident.impact_description,
    url: incidentUrl(s.ctx.config.publicUrl, incident.id),
    status: incident.status,
    severity: incident.severity,
    classification: incident.classification,
    origin: incident.origin,
    services: serviceIds.map((id) => services.find((x) => x.id === id)?.name ?? id),
    regions: fromJson<string[]>(incident.region_codes, []),
    startsAt: incident.start_at,
    endsAt: incident.end_at,
    userExperience: incident.user_experience,
    workaround: incident.workaround,
    impact: incident.impact_description,
    // Each reader's notice has the incident's title in their language where it was translated by now.
    originalLanguage: originalLanguage(s.ctx),
    translations: await incidentNoticeTranslations(s.trx, incident.id),
  };
}

/**
 * Publishes what a new post means: the first one opens the incident, the one that ends it
 * (serviceRestored, falsePositive) restores it, any other is an update — also one posted after the
 * end, so nobody is told twice that it is over.
 */
export async function publishPost(
  s: CommandScope,
  incident: IncidentTable,
  post: IncidentPostTable,
  meaning: 'opened' | 'updated' | 'restored',
): Promise<void> {
  const type: EventType = `incident.${meaning}`;
  // A post made without notifying still writes its event (the timeline and the delivery log show
  // it); `notified: false` makes the planner record every delivery as suppressed.
  const silent = post.notified === 0 ? { notified: false } : {};
  await publishIncidentEvent(s, incident, type, `incident:${incident.id}:post:${post.id}`, {
    postType: post.post_type,
    post: post.description,
    ...silent,
  });
}

export async function publishIncidentEvent(
  s: CommandScope,
  incident: IncidentTable,
  type: EventType,
  key: string,
  extra: Record<string, unknown> = {},
  /** Replaces the incident's own scope (a widening reaches the added environments only). */
  narrowed?: EventScope,
): Promise<void> {
  const scope = narrowed ?? (await incidentEventScope(s, incident));
  const event: NewEvent = {
    type,
    key,
    subject: { type: 'incident', id: incident.id },
    tenantId: scope.tenantIds?.length === 1 ? scope.tenantIds[0] : null,
    scope,
    payload: { ...(await incidentPayload(s, incident)), ...extra },
  };
  await s.publish(event);
}

/** Live views and, for incidents on the public page, the status snapshot. */
export function announceChange(
  s: CommandScope,
  incident: IncidentTable,
  wasPublic: boolean,
  tenantIds: string[],
): void {
  const isPublic = isPublicIncident(incident);
  s.changed({ tenantIds: isPublic || wasPublic ? null : tenantIds, topic: 'incident' });
}
