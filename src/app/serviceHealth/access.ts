// Which incidents a person may see: those touching an environment they can read. Operators see
// everything. Another tenant's incident is "not found", never "forbidden".
import type { ExpressionBuilder, Kysely } from 'kysely';
import { canReadTenant, isOperator, type Actor } from '../../domain/actor.js';
import { notFound } from '../../errors.js';
import type { DB, IncidentTable } from '../../store/schema.js';

/** What of the directory a reader looks through: null lists mean "everything" (operators). */
export interface Viewer {
  /** Tenants whose every environment the reader sees (org admin, or an operator narrowed to a tenant). */
  tenantIds: string[] | null;
  /** Single environments the reader sees (system admin). */
  environmentIds: string[];
}

export const everything: Viewer = { tenantIds: null, environmentIds: [] };

export function viewerOf(actor: Actor): Viewer {
  if (isOperator(actor)) return everything;
  if (actor.kind !== 'person') return { tenantIds: [], environmentIds: [] };
  return { tenantIds: [...actor.orgAdminOf], environmentIds: [...actor.systemAdminOf.keys()] };
}

/** The reader's view of one tenant (its dashboard); 404 when they have no role in it. */
export function tenantViewer(actor: Actor, tenantId: string): Viewer {
  if (!canReadTenant(actor, tenantId)) throw notFound('tenant', tenantId);
  if (isOperator(actor) || (actor.kind === 'person' && actor.orgAdminOf.has(tenantId)))
    return { tenantIds: [tenantId], environmentIds: [] };
  if (actor.kind !== 'person') return { tenantIds: [], environmentIds: [] };
  return { tenantIds: [], environmentIds: [...actor.systemAdminOf].filter(([, t]) => t === tenantId).map(([e]) => e) };
}

export const seesAll = (v: Viewer): boolean => v.tenantIds === null;

/** Whether an environment of `tenantId` is in the viewer's sight. */
export const seesEnvironment = (v: Viewer, env: { environment_id: string; tenant_id: string }): boolean =>
  v.tenantIds === null || v.tenantIds.includes(env.tenant_id) || v.environmentIds.includes(env.environment_id);

/** A filter on `incident.id` keeping the incidents that touch what the viewer sees. */
export function touchesViewer(v: Viewer) {
  return (eb: ExpressionBuilder<DB, 'incident'>) => {
    if (seesAll(v)) return eb.lit(true);
    const tenants = v.tenantIds ?? [];
    if (!tenants.length && !v.environmentIds.length) return eb.lit(false);
    return eb(
      'incident.id',
      'in',
      eb
        .selectFrom('incident_environment')
        .select('incident_environment.incident_id')
        .where((w) =>
          w.or([
            ...(tenants.length ? [w('incident_environment.tenant_id', 'in', tenants)] : []),
            ...(v.environmentIds.length ? [w('incident_environment.environment_id', 'in', v.environmentIds)] : []),
          ]),
        ),
    );
  };
}

export async function findVisibleIncident(db: Kysely<DB>, viewer: Viewer, id: string): Promise<IncidentTable> {
  const row = await db
    .selectFrom('incident')
    .selectAll()
    .where('id', '=', id)
    .where(touchesViewer(viewer))
    .executeTakeFirst();
  if (!row) throw notFound('incident', id);
  return row;
}
