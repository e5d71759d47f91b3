// What an incident touches. An operator names the scope in the terms they know it by, and Herald
// resolves it to environments once (when the incident is opened or re-scoped):
// - environmentIds: exactly those environments;
// - tenantIds: every environment of those tenants that runs one of the incident's services,
//   limited to `regions` when regions are given too;
// - regions alone: every environment in those regions that runs one of the services ("all of a
//   region": the incident concerns every organization there).
// The parts add up. Unknown ids are a 400 naming the field, so nothing is written for a typo.
import type { Kysely, Transaction } from 'kysely';
import { isIncidentPublic } from '../../domain/publicity.js';
import { invalid, words } from '../../errors.js';
import type { DB, IncidentTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import { insertInChunks } from '../../store/chunks.js';

export interface IncidentScope {
  regions: string[];
  tenantIds: string[];
  environmentIds: string[];
}

export interface ResolvedScope {
  scope: IncidentScope;
  environments: { id: string; tenant_id: string; region_code: string }[];
  /** Declared regions first, then the environments' by their count: the first one's calendar counts PIR days. */
  regionCodes: string[];
  tenantIds: string[];
  wholeRegion: boolean;
}

const unique = (xs: readonly string[] | undefined): string[] => [...new Set(xs ?? [])];

export const isWholeRegion = (scope: IncidentScope): boolean =>
  scope.regions.length > 0 && scope.tenantIds.length === 0;

export const NO_SCOPE: IncidentScope = { regions: [], tenantIds: [], environmentIds: [] };

/** The public-or-private rule (src/domain/publicity.ts) applied to a stored incident. */
export const isPublicIncident = (
  row: Pick<IncidentTable, 'scope' | 'severity' | 'is_public' | 'maintenance_id'>,
): boolean =>
  isIncidentPublic({
    scope: fromJson<IncidentScope>(row.scope, NO_SCOPE),
    severity: row.severity,
    markedPublic: row.is_public === 1,
    raisedFromMaintenance: row.maintenance_id !== null,
  });

async function unknownOf(trx: Kysely<DB>, table: 'environment' | 'tenant', ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const known = new Set((await trx.selectFrom(table).select('id').where('id', 'in', ids).execute()).map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

export async function checkServices(trx: Kysely<DB>, serviceIds: string[], field = 'body.services'): Promise<void> {
  if (!serviceIds.length) throw invalid(field, 'problem.scope.service');
  const known = new Set(
    (await trx.selectFrom('service').select('id').where('id', 'in', serviceIds).execute()).map((r) => r.id),
  );
  const unknown = serviceIds.filter((id) => !known.has(id));
  if (unknown.length) throw invalid(field, words('problem.services.unknown', { unknown: unknown.join(', ') }));
}

export async function resolveScope(
  trx: Transaction<DB>,
  input: Partial<IncidentScope>,
  serviceIds: string[],
): Promise<ResolvedScope> {
  const scope: IncidentScope = {
    regions: unique(input.regions),
    tenantIds: unique(input.tenantIds),
    environmentIds: unique(input.environmentIds),
  };
  if (!scope.regions.length && !scope.tenantIds.length && !scope.environmentIds.length) {
    throw invalid('body.scope', 'problem.scope.target');
  }
  if (scope.regions.length) {
    const known = new Set(
      (await trx.selectFrom('region').select('code').where('code', 'in', scope.regions).execute()).map((r) => r.code),
    );
    const unknown = scope.regions.filter((r) => !known.has(r));
    if (unknown.length)
      throw invalid('body.scope.regions', words('problem.regions.unknown', { unknown: unknown.join(', ') }));
  }
  const unknownTenants = await unknownOf(trx, 'tenant', scope.tenantIds);
  if (unknownTenants.length)
    throw invalid('body.scope.tenantIds', words('problem.tenants.unknown', { unknown: unknownTenants.join(', ') }));
  const unknownEnvironments = await unknownOf(trx, 'environment', scope.environmentIds);
  if (unknownEnvironments.length)
    throw invalid(
      'body.scope.environmentIds',
      words('problem.environments.unknown', { unknown: unknownEnvironments.join(', ') }),
    );

  const columns = ['environment.id', 'environment.tenant_id', 'environment.region_code'] as const;
  const named = scope.environmentIds.length
    ? await trx
        .selectFrom('environment')
        .select(columns)
        .where('id', 'in', scope.environmentIds)
        .orderBy('environment.id')
        .execute()
    : [];
  let broad: typeof named = [];
  if (scope.tenantIds.length || scope.regions.length) {
    let q = trx
      .selectFrom('environment')
      .select(columns)
      .where('environment.id', 'in', (eb) =>
        eb.selectFrom('environment_service').select('environment_id').where('service_id', 'in', serviceIds),
      );
    if (scope.tenantIds.length) q = q.where('environment.tenant_id', 'in', scope.tenantIds);
    if (scope.regions.length) q = q.where('environment.region_code', 'in', scope.regions);
    broad = await q.orderBy('environment.id').execute();
  }
  const byId = new Map([...named, ...broad].map((e) => [e.id, e]));
  const environments = [...byId.values()];
  // The regions named first, then the others by how many affected environments they hold.
  const perRegion = new Map<string, number>();
  for (const e of environments) perRegion.set(e.region_code, (perRegion.get(e.region_code) ?? 0) + 1);
  const byWeight = [...perRegion].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([code]) => code);
  return {
    scope,
    environments,
    regionCodes: unique([...scope.regions, ...byWeight]),
    tenantIds: unique(environments.map((e) => e.tenant_id)),
    wholeRegion: isWholeRegion(scope),
  };
}

/** Replaces the incident's environments with the resolved ones. */
export async function storeScope(trx: Transaction<DB>, incidentId: string, resolved: ResolvedScope): Promise<void> {
  await trx.deleteFrom('incident_environment').where('incident_id', '=', incidentId).execute();
  // A whole region is tens of thousands of environments: more rows than one statement may bind.
  await insertInChunks(
    trx,
    'incident_environment',
    resolved.environments.map((e) => ({
      incident_id: incidentId,
      environment_id: e.id,
      tenant_id: e.tenant_id,
      region_code: e.region_code,
    })),
  );
}
