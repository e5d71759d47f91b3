// Opens the one database Herald runs on: an embedded SQLite file by default, PostgreSQL at scale.
// Everything above this file speaks Kysely and does not care which, except where a statement
// has to differ (claiming outbox rows, generating ids in bulk): those places ask `dialect`.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { DB } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  url: string;
  /** PostgreSQL's connection pool (for the pool-usage metrics); absent on SQLite. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export function openDatabase(url: string): Database {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PG_POOL_SIZE ?? 10) });
    // A pool error (server restarted, connection dropped) must not crash the process: the next
    // query reconnects, and /readyz reports the outage meanwhile.
    pool.on('error', () => {});
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', url, pool, close: () => db.destroy() };
  }
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length) || ':memory:';
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const sqlite = new SQLite(file);
    // WAL lets readers (status page, dashboard) go on while the worker writes.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, dialect: 'sqlite', url, close: () => db.destroy() };
  }
  throw new Error(`DATABASE_URL must start with "sqlite:" or "postgres://", not "${url}"`);
}

/** True when the database answers a trivial query (for /readyz). */
export async function isReachable(database: Database): Promise<boolean> {
  try {
    await sql`select 1`.execute(database.db);
    return true;
  } catch {
    return false;
  }
}
