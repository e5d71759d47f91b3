// An event's scope as SQL: the environments and tenants it affects, as subqueries the planner
// and the renderer embed. How the scope's fields combine is written down in src/domain/policies.ts.
// A scope may name every environment of a region: its lists are bound as one parameter each.
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { EventScope } from '../domain/events.js';
import { isAnyOf, listedIds } from '../store/chunks.js';
import type { DB } from '../store/schema.js';
import { runsAnyService } from '../store/directory.js';
import { hasAny } from '../shared/messages.js';

type Environments = SelectQueryBuilder<any, any, { id: string }>;
type Tenants = SelectQueryBuilder<DB, any, { tenant_id: string }>;

/** The affected environments' ids, or null when the scope names no environment. */
export function affectedEnvironments(db: Kysely<DB>, scope: EventScope): Environments | null {
  // Named one by one (an incident's environments, resolved when it opened): the list is the answer.
  if (hasAny(scope.environmentIds)) return listedIds(db, scope.environmentIds);
  const narrowed = hasAny(scope.tenantIds) || hasAny(scope.regionCodes) || hasAny(scope.serviceIds);
  if (!narrowed && !scope.allTenants) return null;
  let query = db.selectFrom('environment').select('environment.id');
  if (hasAny(scope.tenantIds) && !scope.allTenants)
    query = query.where(isAnyOf(db, 'environment.tenant_id', scope.tenantIds));
  if (hasAny(scope.regionCodes)) query = query.where('environment.region_code', 'in', scope.regionCodes);
  if (hasAny(scope.serviceIds)) query = query.where(runsAnyService(db, 'environment.id', scope.serviceIds));
  return query;
}

/** The affected tenants' ids, or null when the scope names no tenant. */
export function affectedTenants(db: Kysely<DB>, scope: EventScope): Tenants | null {
  const environments = affectedEnvironments(db, scope);
  const fromEnvironments =
    environments && db.selectFrom('environment as ae').select('ae.tenant_id').where('ae.id', 'in', environments);
  const narrowed = hasAny(scope.regionCodes) || hasAny(scope.serviceIds);
  let named: Tenants | null = null;
  if (!narrowed && scope.allTenants) named = db.selectFrom('tenant').select('tenant.id as tenant_id');
  else if (!narrowed && hasAny(scope.tenantIds))
    named = db
      .selectFrom('tenant')
      .select('tenant.id as tenant_id')
      .where(isAnyOf(db, 'tenant.id', scope.tenantIds));
  if (fromEnvironments && named) return fromEnvironments.union(named);
  return fromEnvironments ?? named;
}
