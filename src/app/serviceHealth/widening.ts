// Changes after the first notice. When an incident's scope widens (environments, tenants or
// regions added by an operator, or an environment created later inside a scope it covers), the
// system admins of the newly affected environments get the organization-specific incident email
// once: the event incident.scope_widened is planned for the added environments only, and its rule
// (newcomersOnly) skips anyone already told of the incident on that channel, so the first ones are
// not mailed again. Its key names the added environments, so the same widening is one event
// however often it is applied. A change of severity, or a narrowing, (incident.changed) is told to
// those told before and the followers.
import { createHash } from 'node:crypto';
import type { IncidentTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import type { CommandScope } from '../command.js';
import { publishIncidentEvent } from './incidentEvents.js';
import { resolveScope, storeScope, type IncidentScope } from './scope.js';

const digest = (ids: string[]): string =>
  createHash('sha256')
    .update([...ids].sort().join(','))
    .digest('hex')
    .slice(0, 16);

export async function environmentsOf(s: CommandScope, incidentId: string): Promise<string[]> {
  const rows = await s.trx
    .selectFrom('incident_environment')
    .select('environment_id')
    .where('incident_id', '=', incidentId)
    .execute();
  return rows.map((r) => r.environment_id);
}

/** Tells the system admins of the environments added to an open incident (nothing when none were). */
export async function tellWidening(
  s: CommandScope,
  incident: IncidentTable,
  before: string[],
  after: string[],
): Promise<void> {
  if (incident.is_resolved) return;
  const known = new Set(before);
  const added = after.filter((id) => !known.has(id));
  if (!added.length) return;
  const event = { type: 'incident.scope_widened' as const, key: `incident:${incident.id}:widened:${digest(added)}` };
  // The event's scope is the added environments alone (no followers, no whole region): the rule
  // reaches their system admins, minus anyone told of the incident before.
  await publishIncidentEvent(
    s,
    incident,
    event.type,
    event.key,
    { addedEnvironments: added.length },
    { environmentIds: added, tenantIds: [], regionCodes: [], personIds: [] },
  );
}

/**
 * A change of severity or of the affected scope, told to those it concerns: everyone told of the
 * incident before, and its followers. The text names regions and counts, never environments.
 */
export async function tellChange(
  s: CommandScope,
  before: IncidentTable,
  after: IncidentTable,
  environments: { before: string[]; after: string[] },
): Promise<void> {
  if (after.is_resolved) return;
  const lines: string[] = [];
  if (before.severity !== after.severity) lines.push(`Severity changed from ${before.severity} to ${after.severity}.`);
  const was = new Set(environments.before);
  const now = new Set(environments.after);
  // A widening alone is told to the newly impacted (tellWidening), not again to the first ones;
  // environments no longer affected concern those told before.
  const removed = environments.before.filter((id) => !now.has(id)).length;
  const added = environments.after.filter((id) => !was.has(id)).length;
  if (removed) {
    const regions = fromJson<string[]>(after.region_codes, []);
    lines.push(
      `Scope changed: ${removed} environment${removed === 1 ? '' : 's'} no longer affected${added ? `, ${added} added` : ''}${regions.length ? ` (regions: ${regions.join(', ')})` : ''}.`,
    );
  }
  if (!lines.length) return;
  const key = `incident:${after.id}:changed:${after.severity}:${digest(environments.after)}`;
  await publishIncidentEvent(s, after, 'incident.changed', key, {
    post: lines.join(' '),
    postType: 'scopeOrSeverityChanged',
  });
}

/**
 * Environments created inside the declared scope of open incidents (a whole region, a tenant)
 * join them, and their system admins are told (those imported with them are; an environment made
 * by the API has none yet). Open incidents are few: each is resolved again only when one of the
 * new environments falls inside its declared regions or tenants. Returns the incidents joined.
 */
export async function joinOpenIncidents(
  s: CommandScope,
  environments: { id: string; tenant_id: string; region_code: string }[],
): Promise<string[]> {
  if (!environments.length) return [];
  const open = await s.trx.selectFrom('incident').select(['id', 'scope']).where('is_resolved', '=', 0).execute();
  const joined: string[] = [];
  for (const candidate of open) {
    const scope = fromJson<IncidentScope>(candidate.scope, { regions: [], tenantIds: [], environmentIds: [] });
    const inside = environments.filter(
      (e) => scope.regions.includes(e.region_code) || scope.tenantIds.includes(e.tenant_id),
    );
    if (!inside.length) continue;
    const incident = (await s.lock('incident', candidate.id))!;
    const before = await environmentsOf(s, incident.id);
    const resolved = await resolveScope(s.trx, scope, fromJson<string[]>(incident.service_ids, []));
    const after = resolved.environments.map((e) => e.id);
    if (!after.some((id) => !before.includes(id))) continue;
    await storeScope(s.trx, incident.id, resolved);
    await s.trx
      .updateTable('incident')
      .set({ tenant_count: resolved.tenantIds.length, updated_at: s.nowIso })
      .where('id', '=', incident.id)
      .execute();
    await s.audit({
      action: 'incident.scope_widened',
      entityType: 'incident',
      entityId: incident.id,
      tenantId: null,
      after: { added: after.filter((id) => !before.includes(id)) },
    });
    await tellWidening(s, incident, before, after);
    joined.push(incident.id);
  }
  return joined;
}
