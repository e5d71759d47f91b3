// A tenant's maintenance schedule: what touches the environments the reader may see, in a range
// of time (by default from a week ago to three months ahead). Shown in the reader's time zone by
// the presenter; the calendar feed (calendar.ts) reads the same rows.
import { canReadTenant, type Actor } from '../../domain/actor.js';
import { notFound } from '../../errors.js';
import type { AppContext } from '../context.js';
import { viewsOf, visibilityOf, type MaintenanceView, type Visibility } from './maintenance.js';
import { readRange } from './windows.js';

const DAY_MS = 86_400_000;
export const MAX_SCHEDULE_DAYS = 366;

/** Maintenance of a tenant's visible environments with a window overlapping [from, to), earliest first. */
export async function tenantMaintenance(
  ctx: AppContext,
  tenantId: string,
  visible: Visibility | null,
  range: { from: Date; to: Date },
  withCancelled: boolean,
): Promise<MaintenanceView[]> {
  let ids = ctx.database.db
    .selectFrom('maintenance_environment as me')
    .innerJoin('maintenance_window as w', (j) =>
      j.onRef('w.maintenance_id', '=', 'me.maintenance_id').onRef('w.region_code', '=', 'me.region_code'),
    )
    .select('me.maintenance_id')
    .distinct()
    .where('me.tenant_id', '=', tenantId)
    .where('w.ends_at', '>', range.from.toISOString())
    .where('w.starts_at', '<', range.to.toISOString());
  if (!withCancelled) ids = ids.where('w.state', '!=', 'cancelled');
  if (visible) {
    const { orgTenantIds, environmentIds } = visible;
    ids = ids.where((eb) =>
      eb.or([
        ...(orgTenantIds.includes(tenantId) ? [eb('me.tenant_id', '=', tenantId)] : []),
        ...(environmentIds.length ? [eb('me.environment_id', 'in', environmentIds)] : []),
      ]),
    );
  }
  const found = (await ids.execute()).map((r) => r.maintenance_id);
  if (!found.length) return [];
  const rows = await ctx.database.db.selectFrom('maintenance').selectAll().where('id', 'in', found).execute();
  const views = await viewsOf(ctx, rows, visible, tenantId);
  const first = (v: MaintenanceView): string => v.windows.map((w) => w.starts_at).sort()[0] ?? '';
  return views.sort((a, b) => first(a).localeCompare(first(b)) || a.maintenance.id.localeCompare(b.maintenance.id));
}

export async function listTenantMaintenance(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  query: { from?: string; to?: string },
): Promise<MaintenanceView[]> {
  if (!canReadTenant(actor, tenantId)) throw notFound('tenant', tenantId);
  const now = ctx.now();
  const range = readRange(
    now,
    { from: query.from ?? new Date(now.getTime() - 7 * DAY_MS).toISOString(), to: query.to },
    MAX_SCHEDULE_DAYS,
    97,
  );
  return tenantMaintenance(ctx, tenantId, visibilityOf(actor), range, true);
}
