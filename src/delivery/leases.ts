// The rows a worker holds: claimed, not yet recorded. While it holds any, a heartbeat extends
// their lease (every third of the lease), so a slow receiver or a long queue behind the sends in
// flight never lets the lease run out under a live worker — the way graphile-worker keeps a job
// that is still running. A row the heartbeat finds taken over (this worker was frozen or cut off
// longer than the lease) is lost: it is not started, and its result would not be recorded anyway
// (the outbox fences every write on `locked_by`). Stopping gives back the rows not started.
//
// A heartbeat can come late (a stalled event loop, a slow database), and then a row's lease may
// have run out and another worker may have sent it before this one learns so. So a row is not
// started on the heartbeat's word alone: `mayStart` checks the lease this worker last secured for
// it (counted from when the claim or renewal was *asked*, the earliest the database could have
// set it) and, when less than half a lease is left, renews first and asks the database.
import type { Kysely } from 'kysely';
import { releaseClaims, renewLeases } from '../store/outbox.js';
import type { DB } from '../store/schema.js';

export class Leases {
  private readonly held = new Set<string>();
  /** When each held row's lease runs out at the earliest (ms since the epoch). */
  private readonly expires = new Map<string, number>();
  private readonly lost = new Set<string>();
  private heartbeat: NodeJS.Timeout | null = null;
  private renewing: Promise<void> | null = null;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly workerId: string,
    private readonly leaseMs: number,
    private readonly now: () => Date,
  ) {}

  /** Rows just claimed by a claim asked at `askedAt`. */
  hold(ids: readonly string[], askedAt: Date): void {
    const until = askedAt.getTime() + this.leaseMs;
    for (const id of ids) {
      this.held.add(id);
      this.expires.set(id, until);
    }
    if (this.held.size && !this.heartbeat) {
      this.heartbeat = setInterval(() => void this.renew(), Math.max(50, Math.floor(this.leaseMs / 3)));
      this.heartbeat.unref();
    }
  }

  /** The row's outcome is recorded (or it was given back): no more renewing. */
  done(id: string): void {
    this.held.delete(id);
    this.lost.delete(id);
    this.expires.delete(id);
    if (!this.held.size && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  /**
   * True when the row may be sent now: still this worker's, with at least half a lease to run.
   * A row this worker cannot vouch for is not started (and no longer renewed): if it is still
   * this worker's, another worker takes it once its lease has run out.
   */
  async mayStart(id: string): Promise<boolean> {
    const enough = () => (this.expires.get(id) ?? 0) - this.now().getTime() >= this.leaseMs / 2;
    if (!this.lost.has(id) && !enough()) {
      await this.renewing; // one that was asked before now may not cover the row for long enough
      await this.renew();
    }
    return !this.lost.has(id) && enough();
  }

  /** Extends the lease of every held row; one renewal at a time. */
  renew(): Promise<void> {
    this.renewing ??= (async () => {
      const ids = [...this.held].filter((id) => !this.lost.has(id));
      try {
        const asked = this.now().getTime();
        const until = new Date(asked + this.leaseMs).toISOString();
        for (let i = 0; i < ids.length; i += 1000) {
          const chunk = ids.slice(i, i + 1000);
          const kept = await renewLeases(this.db, this.workerId, chunk, until);
          for (const id of chunk) {
            if (!this.held.has(id)) continue;
            if (kept.has(id)) this.expires.set(id, asked + this.leaseMs);
            else this.lost.add(id);
          }
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
