// Whether the database answers, known without waiting on it. A stopped database refuses at once,
// but a frozen one (a stalled disk, a paused VM, SIGSTOP) accepts connections and never answers:
// without this, every request would wait for TCP to give up. So a statement that runs longer than
// a third of the probe timeout makes Herald ask, on a connection of its own, whether the database still
// answers `select 1` within the probe timeout. If it does not, the database counts as unavailable:
// statements in flight are abandoned and new ones fail at once with DatabaseUnavailable (503 with
// Retry-After) instead of queueing, and a probe every second notices its return.
//
// It also remembers the last write that failed for lack of space or a read-only disk, so that
// /readyz can say "cannot write" while reads still work; a successful write clears it.
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import { databaseFailureOf, type DatabaseFailure } from './failures.js';

export interface DatabaseProbe {
  /** One round trip on a connection of its own (not the pool's, which may be busy with slow work); `signal` says it was given up. */
  run(signal: AbortSignal): Promise<void>;
  /** Whether the probe is still making its connection (slow on a busy machine) rather than waiting for an answer. */
  connecting(): boolean;
  close(): void;
}

export interface AvailabilityOptions {
  probe: DatabaseProbe;
  /** How long the probe may take before the database counts as unavailable. */
  probeTimeoutMs: number;
  /** Where state changes are reported (the database going away and coming back). */
  log: (line: string) => void;
}

/** While unavailable, how often the probe looks for the database's return. */
const RETRY_MS = 1_000;
/** How long a failed write keeps /readyz at "cannot write" when no write has succeeded since. */
const WRITE_FAILURE_MEMORY_MS = 60_000;

export declare interface DatabaseAvailability {
  on(event: 'unavailable', listener: (failure: DatabaseFailure) => void): this;
  on(event: 'available', listener: () => void): this;
}

export class DatabaseAvailability extends EventEmitter {
  private failure: DatabaseFailure | null = null;
  private unavailableSince = 0;
  private probing: Promise<DatabaseFailure | null> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private writeFailure: { failure: DatabaseFailure; at: number } | null = null;
  private closed = false;
  private lastAnswerAt = -Infinity;
  /** When the newest statement that succeeded had started: evidence that the database answers. */
  private lastAnsweredStart = -Infinity;

  constructor(private readonly options: AvailabilityOptions) {
    super();
    this.setMaxListeners(0);
  }

  /** Why the database counts as unavailable now, or null when it answers. */
  get unavailable(): DatabaseFailure | null {
    return this.failure;
  }

  /** A statement running this long makes Herald check that the database still answers (a third: found frozen within about 1.5 × the probe timeout). */
  get slowStatementMs(): number {
    return this.options.probeTimeoutMs / 3;
  }

  /** Why writes fail (a failed write in the last minute and none succeeded since), or null. */
  get cannotWrite(): DatabaseFailure | null {
    if (!this.writeFailure || performance.now() - this.writeFailure.at > WRITE_FAILURE_MEMORY_MS) return null;
    return this.writeFailure.failure;
  }

  /** Probes now (one probe at a time) and resolves with the failure, or null when the database answered. */
  check(): Promise<DatabaseFailure | null> {
    this.probing ??= this.probeOnce().finally(() => (this.probing = null));
    return this.probing;
  }

  /**
   * Something looked wrong (a slow statement, a lost connection): probe in the background, unless
   * the database answered a probe a moment ago (a long report must not set off a probe per tick).
   */
  suspect(): void {
    if (this.closed) return;
    if (!this.failure && performance.now() - this.lastAnswerAt < this.slowStatementMs) return;
    void this.check();
  }

  /** A statement that started at `startedAt` (performance.now()) succeeded; called on every one, so it is cheap. */
  noteAnswer(startedAt: number): void {
    if (startedAt > this.lastAnsweredStart) this.lastAnsweredStart = startedAt;
  }

  reportWriteFailure(failure: DatabaseFailure): void {
    if (!this.writeFailure) this.options.log(`writes fail: ${failure.code} ${failure.message}`);
    this.writeFailure = { failure, at: performance.now() };
  }

  reportWriteSuccess(): void {
    if (!this.writeFailure) return;
    this.writeFailure = null;
    this.options.log('writes work again');
  }

  close(): void {
    this.closed = true;
    this.options.probe.close();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private async probeOnce(): Promise<DatabaseFailure | null> {
    const ms = this.options.probeTimeoutMs;
    const given = new AbortController();
    const probeStart = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      // setImmediate: after a busy stretch of Herald's own event loop the timer and the answer
      // are due together; the answer, read in the poll phase before it, must win.
      timer = setTimeout(
        () =>
          setImmediate(() =>
            reject(Object.assign(new Error(`no answer to "select 1" within ${ms} ms`), { code: 'probe timeout' })),
          ),
        ms,
      );
    });
    try {
      await Promise.race([this.options.probe.run(given.signal), deadline]);
      this.lastAnswerAt = performance.now();
      this.markAvailable();
      return null;
    } catch (err) {
      // Only making its own new connection was slow, and a statement sent after the probe began
      // was answered: the database is busy, not away. (An established probe connection that gets
      // no answer to `select 1` is never excused: answers to statements sent earlier may have
      // left the server just before it froze.)
      const busy = this.options.probe.connecting() && !this.failure && this.lastAnsweredStart > probeStart;
      given.abort();
      if (busy) return null;
      const e = err as Error & { code?: string };
      const failure = databaseFailureOf(err) ?? {
        kind: 'unreachable' as const,
        code: e.code ?? 'probe failed',
        message: e.message,
      };
      this.markUnavailable(failure);
      return failure;
    } finally {
      clearTimeout(timer);
    }
  }

  private markUnavailable(failure: DatabaseFailure): void {
    if (this.closed) return;
    const first = !this.failure;
    this.failure = failure;
    if (first) {
      this.unavailableSince = performance.now();
      this.options.log(`unavailable: ${failure.code} ${failure.message}; requests get 503 until it answers again`);
      this.emit('unavailable', failure);
    }
    this.retryTimer ??= setTimeout(() => {
      this.retryTimer = null;
      this.suspect();
    }, RETRY_MS);
    this.retryTimer.unref();
  }

  private markAvailable(): void {
    if (!this.failure) return;
    const seconds = ((performance.now() - this.unavailableSince) / 1000).toFixed(1);
    this.failure = null;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.options.log(`available again after ${seconds} s`);
    this.emit('available');
  }
}
