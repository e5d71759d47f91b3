// A provider's first start: every node of the cluster is started at once on a new, empty
// PostgreSQL database, as an orchestrator starts them. Each one migrates at start-up, so they race
// to create the schema, write the reference data and (for a demo) load the demo data. All of them
// must come up, with each migration applied once, the 17 regions once, one demo directory and one
// Web Push key.
// PostgreSQL only: on SQLite Herald is one process.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/auth.js';
import { createContext } from '../../src/app/context.js';
import { loadConfig } from '../../src/config.js';
import { systemActor } from '../../src/domain/actor.js';
import { REGIONS } from '../../src/domain/regions.js';
import { createTestDatabase, testDialect, type TestDatabase } from '../support/database.js';
import { startHerald, type HeraldProcess } from '../support/processes.js';
import { startServe, type ServeProcess } from '../support/serveProcess.js';

describe.runIf(testDialect() === 'postgres')('nodes started at once on an empty PostgreSQL database', () => {
  let database: TestDatabase | undefined;
  let processes: HeraldProcess[] = [];

  afterEach(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    processes = [];
    await database?.drop();
  });

  it('all come up, having migrated the schema and written the reference data once', async () => {
    database = await createTestDatabase(undefined, { empty: true });
    const workers = [1, 2].map(() => startHerald('worker', { DATABASE_URL: database!.url, STATIC_SITE_DIR: '' }));
    processes.push(...workers);
    const nodes = await Promise.all([1, 2].map(() => startServe(database!.url)));
    processes.push(...nodes);
    await Promise.all(workers.map((w) => w.printed(/herald worker: delivering/, 120_000)));

    // Kysely's own table, outside Herald's schema types.
    const { rows: applied } = await sql<{ name: string }>`select name from kysely_migration`.execute(database.db);
    expect(applied.length).toBeGreaterThan(0);
    expect(new Set(applied.map((m) => m.name)).size).toBe(applied.length);
    const regions = await database.db.selectFrom('region').select('code').execute();
    expect(regions.map((r) => r.code).sort()).toEqual(REGIONS.map((r) => r.code).sort());
    for (const node of nodes) expect((await fetch(`${node.url}/api/v2/components.json`)).status).toBe(200);
  }, 400_000);

  it('loads the demo once when every node is started with --demo', async () => {
    database = await createTestDatabase(undefined, { empty: true });
    const nodes: ServeProcess[] = await Promise.all([1, 2].map(() => startServe(database!.url, { HERALD_DEMO: 'on' })));
    processes.push(...nodes);
    const contoso = await database.db.selectFrom('tenant').select('id').where('name', '=', 'Contoso').execute();
    expect(contoso).toHaveLength(1);
    const operators = await database.db
      .selectFrom('person')
      .select('id')
      .where('email', '=', 'ops@herald.example')
      .execute();
    expect(operators).toHaveLength(1);
    // Each node answers with the one demo: the same public incidents from both.
    const summaries = await Promise.all(
      nodes.map(
        async (n) =>
          ((await (await fetch(`${n.url}/api/v2/incidents.json`)).json()) as { incidents: unknown[] }).incidents.length,
      ),
    );
    expect(summaries[0]).toBeGreaterThan(0);
    expect(summaries[1]).toBe(summaries[0]);
    // The Web Push key is made on first use: asked of both nodes at once, both hand out the same one.
    const ctx = createContext(database, { ...loadConfig({}), databaseUrl: database.url });
    const { token } = await createApiToken(ctx, systemActor('test'), { email: 'alice@contoso.com', name: 'test' });
    const keys = await Promise.all(
      nodes.map(async (n) => {
        const res = await fetch(`${n.url}/api/push/vapid-public-key`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(res.status).toBe(200);
        return ((await res.json()) as { publicKey: string }).publicKey;
      }),
    );
    expect(keys[1]).toBe(keys[0]);
  }, 400_000);
});
