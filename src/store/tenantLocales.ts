// Whose organization's language a person reads when they chose none (issue 15): of the tenants
// they belong to (a role there, or a membership their directory made), the first by name that
// has a default. One query for a whole batch of readers, so the worker and the session agree.
import type { Kysely } from 'kysely';
import type { DB } from './schema.js';

/** person id → their tenant's locale; people whose tenants have none are absent. */
export async function tenantLocalesOf(db: Kysely<DB>, personIds: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (!personIds.length) return found;
  const ids = [...personIds];
  const rows = await db
    .selectFrom(
      db
        .selectFrom('role_assignment')
        .select(['person_id', 'tenant_id'])
        .where('person_id', 'in', ids)
        .where('tenant_id', 'is not', null)
        .union(db.selectFrom('tenant_member').select(['person_id', 'tenant_id']).where('person_id', 'in', ids))
        .as('m'),
    )
    .innerJoin('tenant', 'tenant.id', 'm.tenant_id')
    .select(['m.person_id', 'tenant.id', 'tenant.name', 'tenant.locale'])
    .where('tenant.locale', 'is not', null)
    .execute();
  // Ordered here, not in SQL: PostgreSQL's collation and SQLite's would not agree on "first by name".
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const r of rows) if (!found.has(r.person_id)) found.set(r.person_id, r.locale!);
  return found;
}
