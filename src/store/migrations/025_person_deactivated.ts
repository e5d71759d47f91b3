// The people their directory deactivated, found without reading every person: the planner leaves
// them out of each chunk of a large audience with `not in` this short list (src/delivery/planner.ts),
// which otherwise scanned the whole person table per chunk, on the first notice's path too.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index person_deactivated on person (id) where deactivated_at is not null`.execute(db);
}
