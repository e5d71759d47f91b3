// A database that cannot write or drops a connection: requests get 503 problem+json with
// Retry-After naming the real cause, nothing is half written, /readyz says so, the public status
// keeps answering, and everything works again once the database does — without a restart.
// Stopping and freezing a whole PostgreSQL server is test/chaos/database.test.ts.
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { testDialect } from '../support/database.js';

let t: TestApp;
let ops: { authorization: string };
beforeAll(async () => {
  t = await createTestApp();
  ops = await t.auth('ops@herald.example');
});
afterAll(() => t.close());

const tenantCount = async () =>
  Number(
    (
      await t.ctx.database.db
        .selectFrom('tenant')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const messageCount = async () =>
  Number(
    (
      await t.ctx.database.db
        .selectFrom('message')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** A draft Message Center post whose body alone needs several new pages. */
const bigPost = {
  title: 'A long post',
  body: 'Long. '.repeat(5_000),
  category: 'stayInformed',
  startDateTime: '2026-12-01T00:00:00.000Z',
  audience: { allTenants: true },
};

/** An import big enough to need new pages on disk. */
const bigImport = (prefix: string) => ({
  tenants: Array.from({ length: 300 }, (_, i) => ({
    name: `${prefix} ${i} ${'x'.repeat(200)}`,
    domain: `${prefix}${i}.example`,
    purchaseDate: '2026-04-01',
  })),
});

/** A server connection of the test's own, beside Herald's pool. */
async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: t.database.url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * Ends every connection Herald has to its database (as a server restart or an admin would), so the
 * next ones are new. It returns once the pool has seen its idle connections end: before that, a
 * statement may still be handed a connection whose server process is on its way out (57P01), which
 * is what the first request after a restart meets, not what these tests rehearse.
 */
async function dropHeraldConnections(): Promise<void> {
  await admin((c) =>
    c.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    ),
  );
  const pool = t.ctx.database.pool!;
  await vi.waitFor(() => expect(pool.idleCount).toBe(0), { timeout: 10_000, interval: 20 });
}

/**
 * Makes writes fail the way a full disk does: SQLite may use no more pages than it has
 * (SQLITE_FULL, after which SQLite has already rolled the transaction back itself); PostgreSQL's
 * database turns read-only for new connections (25006).
 */
async function stopWrites(): Promise<string> {
  if (testDialect() === 'sqlite') {
    const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(t.ctx.database.db);
    await sql.raw(`pragma max_page_count = ${rows[0]!.page_count}`).execute(t.ctx.database.db);
    return 'SQLITE_FULL';
  }
  await admin((c) =>
    c.query(`alter database "${new URL(t.database.url).pathname.slice(1)}" set default_transaction_read_only = on`),
  );
  await dropHeraldConnections();
  return '25006';
}

async function resumeWrites(): Promise<void> {
  if (testDialect() === 'sqlite') {
    await sql.raw('pragma max_page_count = 1073741823').execute(t.ctx.database.db);
    return;
  }
  await admin(async (c) => {
    await c.query('set default_transaction_read_only = off');
    await c.query(`alter database "${new URL(t.database.url).pathname.slice(1)}" reset default_transaction_read_only`);
  });
  await dropHeraldConnections();
}

describe('a database that cannot write', () => {
  it('answers 503 naming the cause, saves nothing, and /readyz reports it until writes work again', async () => {
    const before = await tenantCount();
    const cause = await stopWrites();

    const res = await t.app.inject({ method: 'POST', url: '/api/import', headers: ops, payload: bigImport('full') });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toMatchObject({ code: 'HERALD_DATABASE_UNAVAILABLE', status: 503 });
    // The real cause, not "cannot rollback - no transaction is active".
    expect(res.json().detail).toContain(cause);
    expect(res.json().detail).not.toMatch(/rollback/i);

    // One row too big for the pages left: SQLite rolls back the whole transaction by itself here,
    // and the ROLLBACK that followed used to replace SQLITE_FULL with "no transaction is active".
    const messagesBefore = await messageCount();
    const post = await t.app.inject({ method: 'POST', url: '/api/messages', headers: ops, payload: bigPost });
    expect(post.statusCode, post.body).toBe(503);
    expect(post.json().detail).toContain(cause);
    expect(await messageCount()).toBe(messagesBefore);

    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().status).toBe(`database cannot write: ${cause}`);
    // Reads and the public status go on.
    expect((await t.app.inject({ url: '/api/v2/summary.json' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/incidents', headers: ops })).statusCode).toBe(200);

    await resumeWrites();
    expect(await tenantCount()).toBe(before);
    const again = await t.app.inject({ method: 'POST', url: '/api/import', headers: ops, payload: bigImport('after') });
    expect(again.statusCode).toBe(200);
    expect(await tenantCount()).toBe(before + 300);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/messages', headers: ops, payload: bigPost })).statusCode,
    ).toBe(201);
    expect((await t.app.inject({ url: '/readyz' })).statusCode).toBe(200);
  });
});

describe('a dropped connection', () => {
  it.skipIf(testDialect() !== 'postgres')(
    'fails the transaction it cut with 503, logs 57P01, and the process and the next request carry on',
    async () => {
      const before = await tenantCount();
      // A transaction waiting between two statements when its connection is terminated: pg emits
      // `error` on a client the pool has lent out, which used to end the process.
      const cut = t.ctx.database.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('tenant')
          .values({
            id: 'cut-tenant',
            name: 'Cut',
            domain: 'cut.example',
            purchase_date: '2026-04-01',
            support_plan: 'standard',
            created_at: t.clock.now.toISOString(),
            updated_at: t.clock.now.toISOString(),
          })
          .execute();
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
        await admin((c) => c.query('select pg_terminate_backend($1)', [rows[0]!.pid]));
        await new Promise((resolve) => setTimeout(resolve, 200));
        await sql`select 1`.execute(trx);
      });
      const logged = vi.spyOn(console, 'error');
      try {
        await expect(cut).rejects.toMatchObject({ code: 'HERALD_DATABASE_UNAVAILABLE' });
        // The server's reason reaches the log, not only "connection lost".
        expect(logged.mock.calls.map((c) => String(c[0]))).toContainEqual(
          expect.stringMatching(/57P01 terminating connection due to administrator command/),
        );
      } finally {
        logged.mockRestore();
      }
      expect(await tenantCount()).toBe(before);
      expect((await t.app.inject({ url: '/api/tenants', headers: ops })).statusCode).toBe(200);
    },
  );
});

describe('public routes', () => {
  it('do not authenticate: a visitor with a stale token or cookie gets the status page', async () => {
    for (const headers of [{ authorization: 'Bearer not-a-token' }, { cookie: 'herald_session=stale' }]) {
      for (const url of ['/status', '/api/v2/summary.json', '/api/v2/history.atom', '/api/v2/maintenance.ics']) {
        const res = await t.app.inject({ url, headers });
        expect(res.statusCode, url).toBe(200);
        expect(res.headers['set-cookie'], url).toBeUndefined();
      }
    }
    // The API still refuses the bad token.
    expect(
      (await t.app.inject({ url: '/api/incidents', headers: { authorization: 'Bearer not-a-token' } })).statusCode,
    ).toBe(401);
  });
});
