// End users (members, role 'member' on an environment) and what their tenant lets them see: a
// tenant setting, off until an org admin allows it, because a tenant may not want every user to
// read its incidents.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('member_setting')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey())
    .addColumn('members_see_health', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
