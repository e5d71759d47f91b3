// The delivery worker: claims due outbox rows, sends them, records the result; also runs the
// periodic jobs. `herald serve` runs one in-process; `herald worker` runs only this, as many
// processes as you like against PostgreSQL.
//
// It wakes when a command in this process signals 'outbox', when PostgreSQL NOTIFYs that another
// process planned deliveries, and otherwise polls. Claimed rows are sent with bounded
// concurrency; the next batch is claimed while the last sends are still in flight, so the
// channels never wait on the database. Claimed rows stay leased while they wait and while they
// are sent (leases.ts); stopping gives back the rows not started, at once, and finishes and
// records what is in flight.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { AppContext } from '../app/context.js';
import { PERIODIC_JOBS, type PeriodicJob } from '../app/jobs/index.js';
import { timeJob } from '../observability/metrics.js';
import { claimJobTick, finishJobClaim, renewJobClaim, tickOf } from '../store/jobClaims.js';
import { listen } from '../store/listen.js';
import { OUTBOX_CHANNEL } from '../store/outbox.js';
import { systemResolver } from './channels/targets.js';
import { Dispatcher, type ClaimedBatch, type DispatchOptions } from './dispatch.js';
import { Leases } from './leases.js';

export interface RunningWorker {
  /** Stops claiming new work and waits for what is in flight. */
  stop(): Promise<void>;
}

export interface WorkerOptions extends Partial<Omit<DispatchOptions, 'socketsPerHost'>> {
  /** Deliveries claimed at once. */
  batchSize?: number;
  /** Sends in flight at once. */
  concurrency?: number;
  /** Polling interval when nothing wakes the worker. */
  pollMs?: number;
  /** The periodic jobs to run on their intervals (default: src/app/jobs' PERIODIC_JOBS; false: none). */
  jobs?: readonly PeriodicJob[] | false;
}

/** Names the worker in `locked_by` and job claims: which host and process, and which run of it. */
const newWorkerId = () => `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

const DEFAULTS = { batchSize: 200, concurrency: 32, pollMs: 1000, httpTimeoutMs: 10_000, connections: 5 };

class DeliveryWorker {
  private readonly dispatcher: Dispatcher;
  private readonly leases: Leases;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly pollMs: number;
  private stopping = false;
  private wakeUp: (() => void) | null = null;
  private woken = false;
  private readonly inFlight = new Set<Promise<void>>();
  /** Resolves the wait of `start` for a free slot. */
  private slotFreed: (() => void) | null = null;

  constructor(
    private readonly ctx: AppContext,
    options: WorkerOptions,
  ) {
    this.batchSize = options.batchSize ?? DEFAULTS.batchSize;
    this.concurrency = options.concurrency ?? DEFAULTS.concurrency;
    this.pollMs = options.pollMs ?? DEFAULTS.pollMs;
    const workerId = options.workerId ?? newWorkerId();
    const leaseMs = options.leaseMs ?? ctx.config.workerLeaseMs;
    this.leases = new Leases(ctx.database.db, workerId, leaseMs, ctx.now);
    this.dispatcher = new Dispatcher(ctx, {
      workerId,
      resolve: options.resolve ?? systemResolver,
      random: options.random ?? Math.random,
      connections: options.connections ?? DEFAULTS.connections,
      socketsPerHost: this.concurrency,
      leaseMs,
      probeMs: options.probeMs ?? ctx.config.channelProbeMs,
      httpTimeoutMs: options.httpTimeoutMs ?? DEFAULTS.httpTimeoutMs,
      renderer: options.renderer,
      subscriberRenderer: options.subscriberRenderer,
    });
  }

  readonly wake = (): void => {
    this.woken = true;
    this.wakeUp?.();
  };

  private sleep(ms: number): Promise<void> {
    if (this.woken || this.stopping) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.wakeUp = finish;
    });
  }

  private async claim(): Promise<ClaimedBatch | null> {
    const asked = this.ctx.now();
    const batch = await this.dispatcher.claim(this.batchSize);
    if (batch)
      this.leases.hold(
        batch.deliveries.map((d) => d.id),
        asked,
      );
    return batch;
  }

  /**
   * Starts each delivery of the batch as soon as fewer than `concurrency` are in flight; skips
   * those another worker took over meanwhile; gives back the rest when stopping.
   */
  private async start(batch: ClaimedBatch): Promise<void> {
    for (const [i, d] of batch.deliveries.entries()) {
      if (this.inFlight.size >= this.concurrency) await new Promise<void>((resolve) => (this.slotFreed = resolve));
      if (this.stopping) {
        await this.leases.release(batch.deliveries.slice(i).map((r) => r.id));
        return;
      }
      if (!(await this.leases.mayStart(d.id))) {
        this.leases.done(d.id);
        continue;
      }
      const sending: Promise<void> = this.dispatcher.deliver(d, batch).then(() => {
        this.leases.done(d.id);
        this.inFlight.delete(sending);
        const freed = this.slotFreed;
        this.slotFreed = null;
        freed?.();
      });
      this.inFlight.add(sending);
      // Let the sends already started reach the network before rendering the next: otherwise a
      // batch renders all its first `concurrency` messages before the first byte leaves, and the
      // first notice of a large announcement waits for the thirty-second one's rendering.
      if (i < this.concurrency) await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /** Sends everything due now, then returns (tests, benchmarks, and each turn of the loop). */
  async runUntilIdle(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.claim();
      if (!batch) break;
      sent += batch.deliveries.length;
      await this.start(batch);
    }
    await Promise.all(this.inFlight);
    return sent;
  }

  async loop(): Promise<void> {
    while (!this.stopping) {
      try {
        const batch = await this.claim();
        if (batch) {
          await this.start(batch);
          continue;
        }
      } catch (err) {
        // The database is away: try again after the poll interval.
        console.error(`herald worker: claiming failed: ${(err as Error).message}`);
      }
      await this.sleep(this.pollMs);
    }
    await Promise.all(this.inFlight);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    // A batch waiting for a free slot gives its rows back now, not after the sends in flight.
    const waiting = this.slotFreed;
    this.slotFreed = null;
    waiting?.();
  }

  /** Writes what is still noted in the background, then closes the channels. */
  async close(): Promise<void> {
    await this.dispatcher.flush();
    this.leases.close();
    this.dispatcher.close();
  }
}

/** Sends what is due now and returns how many deliveries were tried. */
export async function deliverDue(ctx: AppContext, options: WorkerOptions = {}): Promise<number> {
  const worker = new DeliveryWorker(ctx, { ...options, jobs: false });
  try {
    return await worker.runUntilIdle();
  } finally {
    await worker.close();
  }
}

/**
 * Wakes the worker on the outbox channel's notices (src/store/listen.ts keeps the connection and
 * reconnects it). Notices sent while it was down are lost, so a reconnect wakes the worker too.
 */
function listenForOutbox(url: string, connectTimeoutMs: number, onNotify: () => void): { close(): Promise<void> } {
  let lost = false;
  return listen(url, OUTBOX_CHANNEL, {
    connectTimeoutMs,
    onPayload: onNotify,
    onError(err: Error & { code?: string }) {
      if (!lost)
        console.error(
          `herald worker: LISTEN connection lost (${err.code ? `${err.code} ` : ''}${err.message}); reconnecting`,
        );
      lost = true;
    },
    onReconnect() {
      lost = false;
      console.error('herald worker: LISTEN connection back');
      onNotify();
    },
  });
}

/**
 * Runs each periodic job on its interval, one run at a time, until stopped. Each tick of a job is
 * claimed first (src/store/jobClaims.ts): of all the nodes, one runs it; the claim is renewed
 * while the job runs, so a node that dies mid-run leaves the tick to another after the lease.
 */
function runPeriodicJobs(
  ctx: AppContext,
  jobs: readonly PeriodicJob[],
  holder: string,
  leaseMs: number,
): { stop(): Promise<void> } {
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  const db = ctx.database.db;
  const leaseEnd = () => new Date(ctx.now().getTime() + leaseMs).toISOString();
  let stopped = false;
  async function runOnce(job: PeriodicJob): Promise<void> {
    const now = ctx.now();
    if (
      !(await claimJobTick(db, {
        name: job.name,
        tick: tickOf(now, job.everyMs),
        holder,
        now: now.toISOString(),
        heldUntil: leaseEnd(),
      }))
    )
      return;
    const heartbeat = setInterval(
      () => {
        renewJobClaim(db, job.name, holder, leaseEnd()).catch((err: Error) =>
          console.error(`herald worker: renewing job ${job.name} failed: ${err.message}`),
        );
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    try {
      await timeJob(job.name, () => job.run(ctx));
    } finally {
      clearInterval(heartbeat);
      await finishJobClaim(db, job.name, holder, ctx.now().toISOString());
    }
  }
  for (const job of jobs) {
    const tick = () => {
      if (stopped) return;
      const run: Promise<void> = runOnce(job)
        .catch((err: Error) => console.error(`herald worker: job ${job.name} failed: ${err.message}`))
        .finally(() => {
          running.delete(run);
          if (!stopped) timers.set(job.name, setTimeout(tick, job.everyMs));
        });
      running.add(run);
    };
    tick();
  }
  return {
    async stop() {
      stopped = true;
      for (const t of timers.values()) clearTimeout(t);
      await Promise.all(running);
    },
  };
}

export function startWorker(ctx: AppContext, options: WorkerOptions = {}): RunningWorker {
  const workerId = options.workerId ?? newWorkerId();
  const worker = new DeliveryWorker(ctx, { ...options, workerId });
  ctx.signals.on('outbox', worker.wake);
  const listener =
    ctx.database.dialect === 'postgres'
      ? listenForOutbox(ctx.database.url, ctx.config.database.connectTimeoutMs, worker.wake)
      : null;
  const jobs =
    options.jobs === false
      ? null
      : runPeriodicJobs(ctx, options.jobs ?? PERIODIC_JOBS, workerId, options.leaseMs ?? ctx.config.workerLeaseMs);
  const loop = worker.loop();
  return {
    async stop() {
      ctx.signals.off('outbox', worker.wake);
      await worker.stop();
      await Promise.all([loop, jobs?.stop(), listener?.close()]);
      await worker.close();
    },
  };
}
