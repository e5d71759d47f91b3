// `npm run bench:messages`: the Message Center's two hot paths on a fresh SQLite file (or
// BENCH_DATABASE_URL=postgres://… for a fresh PostgreSQL database), each with a baseline from the
// same run:
// 1. a reader's list (GET /api/me/messages' use case: join, marks, filters, count, attachments)
//    against the bare read of the same 100 rows by primary key — the floor for that page;
// 2. publishing a post to every tenant (audience materialised, event and deliveries planned)
//    against inserting the same message_tenant rows alone.
import { sql } from 'kysely';
import { runCommand } from '../src/app/command.js';
import { createContext, type AppContext } from '../src/app/context.js';
import { insertMessage } from '../src/app/messages/insertMessage.js';
import { listMyMessages } from '../src/app/messages/readMessages.js';
import { loadConfig } from '../src/config.js';
import { systemActor } from '../src/domain/actor.js';
import { loadPersonActor } from '../src/store/actors.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { ensureReferenceData } from '../src/store/referenceData.js';
import { newId } from '../src/store/values.js';
import { createTestDatabase } from '../test/support/database.js';
import { privateNameKey } from '../src/domain/publicity.js';

const TENANTS = 5_000;
const POSTS = 2_000;
/** Each post reaches this share of the tenants, so a tenant sees about POSTS × SHARE posts. */
const SHARE = 0.1;
const READS = 200;

/** A fresh, migrated database: PostgreSQL when BENCH_DATABASE_URL names a server, else SQLite. */
const freshDatabase = () => createTestDatabase(process.env.BENCH_DATABASE_URL);

async function seed(ctx: AppContext): Promise<{ readerId: string; tenantIds: string[] }> {
  const db = ctx.database.db;
  const now = new Date().toISOString();
  const tenantIds = Array.from({ length: TENANTS }, () => newId());
  const readerId = newId();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < TENANTS; i += 500) {
      await trx
        .insertInto('tenant')
        .values(
          tenantIds.slice(i, i + 500).map((id, j) => ({
            id,
            name: `Tenant ${i + j}`,
            name_key: privateNameKey(`Tenant ${i + j}`),
            domain: `t${i + j}.example.com`,
            purchase_date: '2024-01-01',
            support_plan: 'standard',
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
    }
    await trx
      .insertInto('person')
      .values({
        id: readerId,
        email: 'reader@t0.example.com',
        name: 'Reader',
        name_key: privateNameKey('Reader'),
        locale: 'en-US',
        time_zone: 'UTC',
        password_hash: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto('role_assignment')
      .values({
        id: newId(),
        person_id: readerId,
        role: 'org_admin',
        tenant_id: tenantIds[0]!,
        environment_id: null,
        scope_id: tenantIds[0]!,
        categories: '[]',
        created_at: now,
      })
      .execute();
    for (let p = 0; p < POSTS; p++) {
      const id = `MC${String(1_000_000 + p)}`;
      const at = new Date(Date.now() - p * 60_000).toISOString();
      await trx
        .insertInto('message')
        .values({
          id,
          key: null,
          status: 'published',
          title: `Post ${p} about ${p % 2 ? 'forecasting' : 'routing'}`,
          body: `Body of post ${p}.`,
          body_html: `<p>Body of post ${p}.</p>`,
          category: 'stayInformed',
          severity: 'normal',
          tags: p % 3 ? '["New feature"]' : '["Retirement"]',
          is_major_change: 0,
          is_data_privacy: 0,
          action_required_by: null,
          services: '["sales"]',
          starts_at: at,
          ends_at: null,
          details: '[]',
          audience: '{"allTenants":true}',
          release_id: null,
          revision: 1,
          created_at: at,
          published_at: at,
          last_modified_at: at,
          materially_changed_at: null,
        })
        .execute();
      const audience = tenantIds.filter((_, i) => (i * 7 + p * 13) % Math.round(1 / SHARE) === 0 || i === 0);
      for (let i = 0; i < audience.length; i += 500) {
        await trx
          .insertInto('message_tenant')
          .values(audience.slice(i, i + 500).map((tenant_id) => ({ tenant_id, message_id: id, release_status: null })))
          .execute();
      }
    }
  });
  return { readerId, tenantIds };
}

async function time<T>(runs: number, fn: () => Promise<T>): Promise<number> {
  await fn(); // warm up
  const started = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return (performance.now() - started) / runs;
}

async function main(): Promise<void> {
  const database = await freshDatabase();
  const { drop } = database;
  try {
    await migrateToLatest(database);
    await ensureReferenceData(database.db);
    const ctx = createContext(database, loadConfig({}));
    const seeded = await seed(ctx);
    // Statistics as autovacuum (PostgreSQL) or a long-running database would have them.
    await sql`analyze`.execute(database.db);
    const reader = (await loadPersonActor(database.db, seeded.readerId, ctx.config.defaultLocale))!;
    const page = await listMyMessages(ctx, reader, { limit: 100 });
    const pageIds = page.items.map((i) => i.message.id);

    const listMs = await time(READS, () => listMyMessages(ctx, reader, { limit: 100 }));
    const filteredMs = await time(READS, () =>
      listMyMessages(ctx, reader, { limit: 100, tags: ['Retirement'], q: 'routing', states: ['unread'] }),
    );
    const floorMs = await time(READS, () =>
      database.db.selectFrom('message').selectAll().where('id', 'in', pageIds).execute(),
    );

    let n = 0;
    const publishMs = await time(3, () =>
      runCommand(ctx, systemActor('bench'), (s) =>
        insertMessage(s, {
          title: `Everyone ${n++}`,
          body: 'To all tenants.',
          category: 'stayInformed',
          severity: 'normal',
          tags: [],
          isMajorChange: false,
          actionRequiredBy: null,
          services: [],
          startsAt: new Date().toISOString(),
          endsAt: null,
          audience: { allTenants: true },
        }),
      ),
    );
    const rowsMs = await time(3, () =>
      database.db.transaction().execute(async (trx) => {
        const id = `MC9${String(n++).padStart(6, '0')}`;
        await trx
          .insertInto('message')
          .values({ ...page.items[0]!.message, id })
          .execute();
        for (let i = 0; i < seeded.tenantIds.length; i += 500) {
          await trx
            .insertInto('message_tenant')
            .values(
              seeded.tenantIds
                .slice(i, i + 500)
                .map((tenant_id) => ({ tenant_id, message_id: id, release_status: null })),
            )
            .execute();
        }
      }),
    );

    console.log(
      `Message Center on ${database.dialect}: ${TENANTS} tenants, ${POSTS} posts, ${page.total} visible to the reader`,
    );
    console.log(
      `reader's list, 100 of ${page.total}:   ${listMs.toFixed(2)} ms  (floor: 100 rows by key ${floorMs.toFixed(2)} ms; ratio ${(listMs / floorMs).toFixed(1)}×)`,
    );
    console.log(
      `same, filtered and searched:  ${filteredMs.toFixed(2)} ms  (ratio ${(filteredMs / floorMs).toFixed(1)}×)`,
    );
    console.log(
      `publish to all ${TENANTS} tenants: ${publishMs.toFixed(1)} ms  (floor: the audience rows alone ${rowsMs.toFixed(1)} ms; ratio ${(publishMs / rowsMs).toFixed(1)}×)`,
    );
  } finally {
    await drop();
  }
}

await main();
