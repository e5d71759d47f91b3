// Opens the one database Herald runs on: an embedded SQLite file by default, PostgreSQL at scale.
// Everything above this file speaks Kysely and does not care which, except where a statement
// has to differ (claiming outbox rows, generating ids in bulk): those places ask `dialect`.
//
// The database is allowed to fail: every connection has an error listener (an unhandled `error`
// on a pg client ends the process), PostgreSQL gets connection, statement and idle-in-transaction
// timeouts, SQLite a busy timeout, and `availability` knows whether the database answers — see
// availability.ts and guardedDialect.ts for what requests meet while it does not.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { DatabaseAvailability, type DatabaseProbe } from './availability.js';
import { GuardedDialect } from './guardedDialect.js';
import type { DB } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  url: string;
  /** Whether the database answers and can write, known without waiting on it (for /readyz and fail-fast). */
  availability: DatabaseAvailability;
  /** PostgreSQL's connection pool (for the pool-usage metrics); absent on SQLite. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

/** The timeouts and sizes of DATABASE_URL's connections (README, "Configuration"). */
export interface DatabaseSettings {
  /** PostgreSQL connections in the pool (PG_POOL_SIZE). */
  poolSize: number;
  /** PostgreSQL: longest wait for a connection, new or from the pool (DB_CONNECT_TIMEOUT_MS). */
  connectTimeoutMs: number;
  /** PostgreSQL's statement_timeout (DB_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs: number;
  /** PostgreSQL's idle_in_transaction_session_timeout (DB_IDLE_IN_TRANSACTION_TIMEOUT_MS). */
  idleInTransactionTimeoutMs: number;
  /** How long the database may take to answer `select 1` before it counts as unavailable (DB_PROBE_TIMEOUT_MS). */
  probeTimeoutMs: number;
  /** SQLite's busy_timeout: how long a write waits for another process's lock (DB_BUSY_TIMEOUT_MS). */
  busyTimeoutMs: number;
}

export const DEFAULT_DATABASE_SETTINGS: DatabaseSettings = {
  poolSize: 10,
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 60_000,
  idleInTransactionTimeoutMs: 60_000,
  probeTimeoutMs: 600,
  busyTimeoutMs: 5_000,
};

export interface DatabaseOptions extends Partial<DatabaseSettings> {
  /** Where the database's comings and goings are reported (default: stderr). */
  log?: (line: string) => void;
}

const stderrLog = (line: string) => console.error(`herald database: ${line}`);

/** The cause a pg error carries, for the log: "57P01 terminating connection due to administrator command". */
const describe = (err: Error & { code?: string }) => `${err.code ? `${err.code} ` : ''}${err.message}`;

export function openDatabase(url: string, options: DatabaseOptions = {}): Database {
  const settings = { ...DEFAULT_DATABASE_SETTINGS, ...options };
  const log = options.log ?? stderrLog;
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return openPostgres(url, settings, log);
  if (url.startsWith('sqlite:')) return openSqlite(url, settings, log);
  throw new Error(`DATABASE_URL must start with "sqlite:" or "postgres://", not "${url}"`);
}

function openPostgres(url: string, settings: DatabaseSettings, log: (line: string) => void): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: settings.poolSize,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    statement_timeout: settings.statementTimeoutMs,
    idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs,
    // Notices a peer that vanished without closing (a dead host, a dropped network).
    keepAlive: true,
  });
  // pg-pool listens for errors only on idle clients; one checked out (a transaction between two
  // statements when the server shuts down: 57P01) would emit `error` to nobody, which ends the
  // process. So every client gets its own listener for its whole life. The statement it was
  // running, if any, fails with the same error, and the pool drops the client on release.
  pool.on('connect', (client) => {
    client.on('error', (err: Error) => log(`a connection failed: ${describe(err)}`));
  });
  pool.on('error', (err: Error) => log(`an idle connection failed: ${describe(err)}`));

  // Found unavailable (frozen): close the connections in use, so that their statements end now
  // instead of whenever the server wakes up; the pool makes new ones when it answers again.
  const inUse = new Set<pg.PoolClient>();
  pool.on('acquire', (client) => inUse.add(client));
  pool.on('release', (_err: Error | undefined, client: pg.PoolClient) => inUse.delete(client));
  pool.on('remove', (client) => inUse.delete(client as pg.PoolClient));

  const availability = new DatabaseAvailability({
    probe: postgresProbe(url, settings.probeTimeoutMs),
    probeTimeoutMs: settings.probeTimeoutMs,
    log,
  });
  availability.on('unavailable', () => {
    for (const client of inUse) void client.end().catch(() => {});
  });
  const db = new Kysely<DB>({
    dialect: new GuardedDialect(new PostgresDialect({ pool }), { availability, watchSlowStatements: true, log }),
  });
  return { db, dialect: 'postgres', url, availability, pool, close: () => db.destroy() };
}

/**
 * `select 1` on one connection kept for the purpose: a round trip costs the server nothing, and
 * the probe does not queue behind the pool's work. A connection that failed or was given up is
 * dropped; the next probe connects anew.
 */
function postgresProbe(url: string, timeoutMs: number): DatabaseProbe {
  let client: pg.Client | null = null;
  let connected: Promise<unknown> | null = null;
  let connecting = false;
  const drop = (c: pg.Client) => {
    if (client !== c) return;
    client = connected = null;
    connecting = false;
    void c.end().catch(() => {});
  };
  return {
    connecting: () => connecting,
    async run(signal) {
      if (!client) {
        const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, keepAlive: true });
        c.on('error', () => drop(c));
        c.on('end', () => drop(c));
        client = c;
        connecting = true;
        connected = c.connect().then(() => {
          if (client === c) connecting = false;
        });
      }
      const c = client;
      const giveUp = () => drop(c);
      signal.addEventListener('abort', giveUp);
      try {
        await connected;
        await c.query('select 1');
      } catch (err) {
        drop(c);
        throw err;
      } finally {
        signal.removeEventListener('abort', giveUp);
      }
    },
    close() {
      if (client) drop(client);
    },
  };
}

function openSqlite(url: string, settings: DatabaseSettings, log: (line: string) => void): Database {
  const file = url.slice('sqlite:'.length) || ':memory:';
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers (status page, dashboard) go on while the worker writes.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  // Copy the WAL back into the database file every 10,000 pages (40 MB) instead of SQLite's 1,000.
  // A large announcement is planned in several committed chunks (src/delivery/planQueue.ts), each
  // several thousand pages: at 1,000 every chunk's commit copied back, with two syncs, the index
  // pages every chunk touches again (delivery ids are random), which made a planned row cost up to
  // 1.8× a bare INSERT … SELECT of the same rows (bench:plan); now about two chunks share one copy.
  sqlite.pragma('wal_autocheckpoint = 10000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${Math.round(settings.busyTimeoutMs)}`);
  // Embedded: it answers whenever Herald runs. What can fail is writing (disk full, read-only),
  // which availability learns from the writes themselves.
  const availability = new DatabaseAvailability({
    probe: { run: async () => void sqlite.prepare('select 1').get(), connecting: () => false, close: () => {} },
    probeTimeoutMs: settings.probeTimeoutMs,
    log,
  });
  const db = new Kysely<DB>({
    dialect: new GuardedDialect(new SqliteDialect({ database: withStatementCache(sqlite) }), {
      availability,
      watchSlowStatements: false,
      log,
    }),
  });
  return { db, dialect: 'sqlite', url, availability, close: () => db.destroy() };
}

/** Prepared statements kept per SQLite database (the worker's few shapes, the API's many). */
const STATEMENT_CACHE = 500;

/**
 * The database as Kysely's SQLite driver sees it, with its prepared statements kept: the driver
 * prepares every statement it runs, and preparing costs more than running the worker's small
 * statements (the claim, a group of successes recorded). A statement is compiled against the
 * schema of its time; SQLite prepares it again by itself when the schema changes. One still
 * running (an iterator) is not handed out again: that one call prepares a new one.
 */
function withStatementCache(sqlite: SQLite.Database): { prepare(sql: string): SQLite.Statement; close(): void } {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql) {
      const kept = statements.get(sql);
      if (kept && !kept.busy) return kept;
      const statement = sqlite.prepare(sql);
      if (!kept) {
        if (statements.size >= STATEMENT_CACHE) statements.delete(statements.keys().next().value!);
        statements.set(sql, statement);
      }
      return statement;
    },
    close: () => sqlite.close(),
  };
}

/** Why the database cannot serve Herald now ("unreachable" or "cannot write"), or null when it can (for /readyz, within the probe timeout). */
export async function readiness(database: Database): Promise<{ ready: true } | { ready: false; reason: string }> {
  const failure = (await database.availability.check()) ?? database.availability.cannotWrite;
  if (!failure) return { ready: true };
  return {
    ready: false,
    reason: `${failure.kind === 'cannot-write' ? 'database cannot write' : 'database unreachable'}: ${failure.code}`,
  };
}
