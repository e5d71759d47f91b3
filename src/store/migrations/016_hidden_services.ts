// Services a person hid from their tenant's service health dashboard (as Microsoft 365's
// dashboard lets one do): one row per (person, tenant, service).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('hidden_service')
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id').onDelete('cascade'))
    .addColumn('service_id', 'text', (c) => c.notNull().references('service.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('hidden_service_pk', ['person_id', 'tenant_id', 'service_id'])
    .execute();
}
