// Wraps Kysely's own SQLite or PostgreSQL dialect so that every statement, on every path (use
// cases, the worker, the snapshot, migrations), meets a database failure the same way:
// - it fails at once with DatabaseUnavailable while the database is known to be away, and is
//   abandoned when the database is found frozen while it runs (see availability.ts);
// - a connection or disk error becomes DatabaseUnavailable carrying the driver's error as its cause;
// - a failed ROLLBACK after a failed statement never hides that statement's error. SQLite rolls a
//   transaction back by itself on SQLITE_FULL or an I/O error, and Kysely's ROLLBACK then failed
//   with "cannot rollback - no transaction is active", which replaced the real cause; on
//   PostgreSQL the same happened with "Connection terminated" after 57P01.
import { performance } from 'node:perf_hooks';
import type {
  DatabaseConnection,
  Dialect,
  Driver,
  Kysely,
  QueryCompiler,
  QueryResult,
  TransactionSettings,
} from 'kysely';
import type { CompiledQuery } from 'kysely';
import type { DatabaseAvailability } from './availability.js';
import { databaseFailureOf, unavailableError } from './failures.js';

export interface GuardOptions {
  availability: DatabaseAvailability;
  /** Abandon statements when the database is found frozen (PostgreSQL; an embedded SQLite cannot freeze apart from Herald). */
  watchSlowStatements: boolean;
  log: (line: string) => void;
}

export class GuardedDialect implements Dialect {
  constructor(
    private readonly inner: Dialect,
    private readonly options: GuardOptions,
  ) {}

  createDriver(): Driver {
    return new GuardedDriver(this.inner.createDriver(), this.options);
  }
  createQueryCompiler(): QueryCompiler {
    return this.inner.createQueryCompiler();
  }
  createAdapter() {
    return this.inner.createAdapter();
  }
  createIntrospector(db: Kysely<any>) {
    return this.inner.createIntrospector(db);
  }
}

class GuardedConnection implements DatabaseConnection {
  inTransaction = false;

  constructor(
    readonly inner: DatabaseConnection,
    private readonly driver: GuardedDriver,
  ) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.driver.guard(async () => {
      const result = await this.inner.executeQuery<R>(query);
      // A change outside a transaction is committed now: writes work.
      if (!this.inTransaction && result.numAffectedRows !== undefined)
        this.driver.options.availability.reportWriteSuccess();
      return result;
    });
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

/** A statement on its way, as the watch over frozen servers sees it. */
interface InFlight {
  startedAt: number;
  abandon(error: unknown): void;
}

class GuardedDriver implements Driver {
  private readonly inFlight = new Set<InFlight>();
  private watch: NodeJS.Timeout | null = null;

  constructor(
    private readonly inner: Driver,
    readonly options: GuardOptions,
  ) {
    // Found unavailable: every statement still waiting fails now (database.ts closes their connections).
    options.availability.on('unavailable', (failure) => {
      const waiting = [...this.inFlight];
      this.inFlight.clear();
      for (const f of waiting) f.abandon(unavailableError(failure));
    });
  }

  /** Runs one step against the database under the rules at the top of this file. */
  guard<T>(step: () => Promise<T>): Promise<T> {
    const { availability } = this.options;
    const away = availability.unavailable;
    if (away) return Promise.reject(unavailableError(away));
    if (!this.options.watchSlowStatements) return step().catch((err: unknown) => Promise.reject(this.translate(err)));
    // One timer for all statements rather than one each: this is on every statement's path.
    return new Promise<T>((resolve, reject) => {
      const entry: InFlight = { startedAt: performance.now(), abandon: reject };
      this.inFlight.add(entry);
      this.watchSlowStatements();
      step().then(
        (value) => {
          this.inFlight.delete(entry);
          availability.noteAnswer(entry.startedAt);
          resolve(value);
        },
        (err: unknown) => {
          this.inFlight.delete(entry);
          reject(this.translate(err));
        },
      );
    });
  }

  /** While statements are in flight, looks for one older than the slow mark and then has the database probed. */
  private watchSlowStatements(): void {
    if (this.watch) return;
    const slowMs = this.options.availability.slowStatementMs;
    this.watch = setInterval(() => {
      if (this.inFlight.size === 0) {
        clearInterval(this.watch!);
        this.watch = null;
        return;
      }
      const now = performance.now();
      for (const f of this.inFlight) {
        if (now - f.startedAt >= slowMs) {
          this.options.availability.suspect();
          break;
        }
      }
    }, slowMs / 4);
    this.watch.unref();
  }

  private translate(err: unknown): unknown {
    const failure = databaseFailureOf(err);
    if (!failure) return err;
    if (failure.kind === 'cannot-write') this.options.availability.reportWriteFailure(failure);
    else this.options.availability.suspect();
    return unavailableError(failure, err);
  }

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const away = this.options.availability.unavailable;
    if (away) throw unavailableError(away);
    const acquiring = this.inner.acquireConnection();
    try {
      return new GuardedConnection(await this.guard(() => acquiring), this);
    } catch (err) {
      // Given up while the pool was still connecting: hand the connection back if it ever comes.
      acquiring.then((c) => this.inner.releaseConnection(c)).catch(() => {});
      throw err;
    }
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const c = connection as GuardedConnection;
    await this.guard(() => this.inner.beginTransaction(c.inner, settings));
    c.inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as GuardedConnection;
    await this.guard(() => this.inner.commitTransaction(c.inner));
    c.inTransaction = false;
    this.options.availability.reportWriteSuccess();
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as GuardedConnection;
    c.inTransaction = false;
    // Found unavailable: the connection has been closed (database.ts), and the server undoes
    // what a closed connection left open; a ROLLBACK would only wait on a frozen server.
    if (this.options.availability.unavailable) return;
    try {
      await this.inner.rollbackTransaction(c.inner);
    } catch (err) {
      // Kysely rethrows the error that caused the rollback once this returns; a rollback that
      // cannot happen (nothing left to undo, the connection gone) must not take its place. On
      // PostgreSQL Kysely has already marked the connection to be discarded.
      this.options.log(
        `rollback after a failed transaction did not run (${(err as Error).message}); the transaction's own error follows`,
      );
    }
  }

  savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.guard(() => this.inner.savepoint!((connection as GuardedConnection).inner, name, compile));
  }

  rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.guard(() => this.inner.rollbackToSavepoint!((connection as GuardedConnection).inner, name, compile));
  }

  releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.guard(() => this.inner.releaseSavepoint!((connection as GuardedConnection).inner, name, compile));
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection((connection as GuardedConnection).inner);
  }

  destroy(): Promise<void> {
    if (this.watch) clearInterval(this.watch);
    this.watch = null;
    this.options.availability.close();
    return this.inner.destroy();
  }
}
