// The rows a worker holds: claimed, not yet recorded. While it holds any, a heartbeat extends
// their lease (every third of the lease), so a slow receiver or a long queue behind the sends in
// flight never lets the lease run out under a live worker — the way graphile-worker keeps a job
// that is still running. A row the heartbeat finds taken over (this worker was frozen or cut off
// longer than the lease) is lost: it is not started, and its result would not be recorded anyway
// (the outbox fences every write on `locked_by`). Stopping gives back the rows not started.
import type { Kysely } from 'kysely';
import { releaseClaims, renewLeases } from '../store/outbox.js';
import type { DB } from '../store/schema.js';

export class Leases {
  private readonly held = new Set<string>();
  private readonly lost = new Set<string>();
  private heartbeat: NodeJS.Timeout | null = null;
  private renewing: Promise<void> | null = null;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly workerId: string,
    private readonly leaseMs: number,
    private readonly now: () => Date,
  ) {}

  /** Rows just claimed. */
  hold(ids: readonly string[]): void {
    for (const id of ids) this.held.add(id);
    if (this.held.size && !this.heartbeat) {
      this.heartbeat = setInterval(() => void this.renew(), Math.max(50, Math.floor(this.leaseMs / 3)));
      this.heartbeat.unref();
    }
  }

  /** The row's outcome is recorded (or it was given back): no more renewing. */
  done(id: string): void {
    this.held.delete(id);
    this.lost.delete(id);
    if (!this.held.size && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  /** True when another worker took the row over: do not start it. */
  isLost(id: string): boolean {
    return this.lost.has(id);
  }

  /** Extends the lease of every held row; one renewal at a time. */
  renew(): Promise<void> {
    this.renewing ??= (async () => {
      const ids = [...this.held].filter((id) => !this.lost.has(id));
      try {
        const until = new Date(this.now().getTime() + this.leaseMs).toISOString();
        for (let i = 0; i < ids.length; i += 1000) {
          const chunk = ids.slice(i, i + 1000);
          const kept = await renewLeases(this.db, this.workerId, chunk, until);
          for (const id of chunk) if (!kept.has(id) && this.held.has(id)) this.lost.add(id);
        }
      } catch (err) {
        // The database is away: the next beat tries again; the lease has two more beats to go.
        console.error(`herald worker: renewing leases failed: ${(err as Error).message}`);
      } finally {
        this.renewing = null;
      }
    })();
    return this.renewing;
  }

  /** Gives rows back at once (the worker is stopping before starting them). */
  async release(ids: readonly string[]): Promise<void> {
    try {
      for (let i = 0; i < ids.length; i += 1000) await releaseClaims(this.db, this.workerId, ids.slice(i, i + 1000));
    } finally {
      for (const id of ids) this.done(id);
    }
  }

  close(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }
}
