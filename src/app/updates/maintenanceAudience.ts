// Who scheduled maintenance would reach, before it is saved: the environments its regions,
// services and environment filter select (as resolveEnvironments does when it is written), their
// tenants, and the people the maintenance notice goes to (org admins of those tenants, system
// admins of those environments), counted by the database with the first few named.
import { isOperator, type Actor } from '../../domain/actor.js';
import {
  announcementFor,
  type Announcement,
  type MaintenanceImpact,
  type MaintenanceKind,
} from '../../domain/maintenance.js';
import { forbidden } from '../../errors.js';
import type { AppContext } from '../context.js';
import { isAnyOf } from '../../store/chunks.js';
import { runsAnyService } from '../../store/directory.js';

export interface MaintenanceAudience {
  environmentCount: number;
  tenantCount: number;
  tenants: { id: string; name: string }[];
  peopleCount: number;
  people: { id: string; name: string; email: string; reason: string }[];
  announcement: Announcement;
}

const SHOWN = 50;

export async function previewMaintenanceAudience(
  ctx: AppContext,
  actor: Actor,
  input: {
    kind: MaintenanceKind;
    impact: MaintenanceImpact;
    regions: string[];
    environmentIds?: string[];
    services?: string[];
  },
): Promise<MaintenanceAudience> {
  if (!isOperator(actor)) throw forbidden('problem.maintenance.operatorsSchedule');
  const db = ctx.database.db;
  const announcement = announcementFor(input.kind, input.impact);
  if (!input.regions.length)
    return { environmentCount: 0, tenantCount: 0, tenants: [], peopleCount: 0, people: [], announcement };
  let envs = db
    .selectFrom('environment as e')
    .select(['e.id', 'e.tenant_id'])
    .where('e.region_code', 'in', input.regions);
  if (input.environmentIds?.length) envs = envs.where(isAnyOf(db, 'e.id', input.environmentIds));
  if (input.services?.length) envs = envs.where(runsAnyService(db, 'e.id', input.services));
  const environments = await envs.execute();
  const tenantIds = [...new Set(environments.map((e) => e.tenant_id))];
  const tenants = tenantIds.length
    ? await db
        .selectFrom('tenant')
        .select(['id', 'name'])
        .where(isAnyOf(db, 'id', tenantIds))
        .orderBy('name')
        .execute()
    : [];
  const roles = environments.length
    ? await db
        .selectFrom('role_assignment as r')
        .innerJoin('person as p', 'p.id', 'r.person_id')
        .select(['p.id', 'p.name', 'p.email', 'r.role'])
        .where('p.deactivated_at', 'is', null)
        .where((eb) =>
          eb.or([
            eb.and([eb('r.role', '=', 'org_admin'), isAnyOf(db, 'r.tenant_id', tenantIds)]),
            eb.and([
              eb('r.role', '=', 'system_admin'),
              isAnyOf(
                db,
                'r.environment_id',
                environments.map((e) => e.id),
              ),
            ]),
          ]),
        )
        .orderBy('r.role')
        .orderBy('p.name')
        .execute()
    : [];
  // A person with both roles counts once, as an org admin (the first selector, as the planner does).
  const people = new Map<string, { id: string; name: string; email: string; reason: string }>();
  for (const r of roles)
    if (!people.has(r.id))
      people.set(r.id, { id: r.id, name: r.name, email: r.email, reason: r.role.replace('_', ' ') });
  return {
    environmentCount: environments.length,
    tenantCount: tenants.length,
    tenants: tenants.slice(0, SHOWN),
    peopleCount: announcement === 'none' ? 0 : people.size,
    people: announcement === 'none' ? [] : [...people.values()].slice(0, SHOWN),
    announcement,
  };
}
