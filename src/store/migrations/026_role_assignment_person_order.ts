// The scope's indexes on role assignments carry the person too, in order: a chunk of a large
// audience (a range of person ids, src/delivery/planner.ts) is then read from each affected
// tenant's or environment's entries for just that range, instead of every role assignment in
// scope per chunk, each filtered after a table lookup. The environment's index also carries the
// tenant, which the planner writes on each system admin's rows, so that arm (most of a large
// audience) is read from the index alone. Lookups by tenant or environment (and role) read them
// as before.
//
// The new indexes are built before the old ones go: building one blocks only writes to
// role_assignment (on PostgreSQL), while dropping one blocks reads too, until the migration
// commits — which is then at once, not after the builds.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('role_assignment_tenant_person')
    .on('role_assignment')
    .columns(['tenant_id', 'role', 'person_id'])
    .execute();
  await db.schema
    .createIndex('role_assignment_environment_person')
    .on('role_assignment')
    .columns(['environment_id', 'role', 'person_id', 'tenant_id'])
    .execute();
  await db.schema.dropIndex('role_assignment_tenant').execute();
  await db.schema.dropIndex('role_assignment_environment').execute();
}
