// Records successful sends with a group commit: a sender waits until its success is written.
// Successes that arrive together (in one turn of the event loop, or while the previous write
// runs) are written in one statement; when idle, a success is written at the next turn.
// Writing promptly matters: a success not yet written when a worker dies is sent again.
// On SQLite the write is synchronous, so nothing gathers while it runs and the groups stay small
// (a few rows for a statement and commit each); there the recorder lingers for the successes close
// behind: up to `lingerMs` (2 ms), but no more than a tenth of the send's own time, because the
// sender's slot waits too. A 30 ms email gains fewer commits from waiting 2 ms; a 4 ms webhook
// loses more by holding its slot than it saves (bench:webhook: 66 % of the bare sender with a
// fixed 2 ms, 75 % with none). PostgreSQL's write is asynchronous: groups form while it runs.
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

  /** Resolves once the success is committed; `sendMs` is how long the send took. */
  add(deliveryId: string, sendMs: number): Promise<void> {
    return new Promise((done, failed) => {
      this.waiting.push({ deliveryId, done, failed });
      const linger = Math.min(this.lingerMs, Math.floor(sendMs / 10));
      this.writing ??= new Promise<void>((resolve) =>
        linger > 0 ? setTimeout(resolve, linger) : setImmediate(resolve),
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
