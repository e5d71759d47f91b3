// Records successful sends with a group commit: a sender waits until its success is written.
// Successes that arrive together (in one turn of the event loop, or while the previous write
// runs) are written in one statement; when idle, a success is written at the next turn.
// Writing promptly matters: a success not yet written when a worker dies is sent again.
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
  ) {}

  /** Resolves once the success is committed. */
  add(deliveryId: string): Promise<void> {
    return new Promise((done, failed) => {
      this.waiting.push({ deliveryId, done, failed });
      this.writing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.writeAll());
    });
  }

  private async writeAll(): Promise<void> {
    while (this.waiting.length) {
      const group = this.waiting;
      this.waiting = [];
      try {
        await recordSent(this.db, this.workerId, group.map((w) => w.deliveryId), this.now().toISOString());
        for (const w of group) w.done();
      } catch (err) {
        for (const w of group) w.failed(err);
      }
    }
    this.writing = null;
  }
}
