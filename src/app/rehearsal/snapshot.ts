// A rehearsal over "the live directory" works on a copy: the directory's tables (tenants,
// environments, people, roles, preferences, webhook endpoints) are read from the live database
// and written into the rehearsal's private one, which the rehearsal may then change freely.
import type { Kysely } from 'kysely';
import type { DB } from '../../store/schema.js';

// In dependency order (a row's parents first).
const DIRECTORY_TABLES = [
  'tenant',
  'environment',
  'environment_service',
  'person',
  'role_assignment',
  'notification_preference',
  'webhook_endpoint',
  'webhook_subscription',
] as const satisfies readonly (keyof DB)[];

const CHUNK = 200;

export async function copyDirectory(from: Kysely<DB>, to: Kysely<DB>): Promise<void> {
  await to.transaction().execute(async (trx) => {
    for (const table of DIRECTORY_TABLES) {
      const rows = (await from.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
      for (let i = 0; i < rows.length; i += CHUNK) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one generic copy for every table
        await trx
          .insertInto(table)
          .values(rows.slice(i, i + CHUNK) as any)
          .execute();
      }
    }
  });
}
