// Records successful sends with a group commit: a sender waits until its success is written.
// Successes that arrive together (in one turn of the event loop, or while the previous write
// runs) are written in one statement; when idle, a success is written at the next turn.
// Writing promptly matters: a success not yet written when a worker dies is sent again.
// On SQLite the write is synchronous, so nothing gathers while it runs and the groups stay small
// (a few rows for a statement and commit each); there the recorder lingers `lingerMs` (2 ms) for
// the successes close behind. PostgreSQL's write is asynchronous: groups form while it runs.
// The write is fenced (src/store/outbox.ts): it records only rows this worker still holds.
import type { Kysely } from 'kysely';
import { recordSent } from '../store/outbox.js';
import type { DB } from '../store/schema.js';

interface Waiting {
  deliveryId: string;
  done: () => void;
  failed: (err: unknown) => void;
}

export class SentRecorder {
  private waiting: Waiting[] = [];
  private writing: Promise<void> | null = null;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly workerId: string,
    private readonly now: () => Date,
    private readonly lingerMs = 0,
  ) {}

  /** Resolves once the success is committed. */
  add(deliveryId: string): Promise<void> {
    return new Promise((done, failed) => {
      this.waiting.push({ deliveryId, done, failed });
      this.writing ??= new Promise<void>((resolve) =>
        this.lingerMs > 0 ? setTimeout(resolve, this.lingerMs) : setImmediate(resolve),
      ).then(() => this.writeAll());
    });
  }

  private async writeAll(): Promise<void> {
    while (this.waiting.length) {
      const group = this.waiting;
      this.waiting = [];
      try {
        await recordSent(
          this.db,
          this.workerId,
          group.map((w) => w.deliveryId),
          this.now().toISOString(),
        );
        for (const w of group) w.done();
      } catch (err) {
        for (const w of group) w.failed(err);
      }
    }
    this.writing = null;
  }
}
