// Which services run in which region is what the public status page lists (src/app/serviceHealth/
// publicStatus.ts). It was read as the distinct (region, service) pairs of every environment's
// services: a join over 500,000 environments and 1.5 million links at a provider's size, about a
// second on every rebuild of the public snapshot — longer than the second within which a change
// must reach every node's page. Each link now carries its environment's region (an environment
// never moves region), indexed with the service, so each of the few region × service pairs is
// answered by one index probe.
//
// The column keeps its default '': a node of the previous release, still running during a rolling
// upgrade, writes links without a region, and the public status reads those ('' is indexed too)
// through their environment, so no service drops off the page.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('environment_service')
    .addColumn('region_code', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`update environment_service set region_code =
    (select e.region_code from environment e where e.id = environment_service.environment_id)`.execute(db);
  await db.schema
    .createIndex('environment_service_region')
    .on('environment_service')
    .columns(['region_code', 'service_id'])
    .execute();
}
