// A circuit per channel target (the SMTP server; each webhook host): when a send fails because
// the target did not answer at all, its circuit opens and the target is probed every
// CHANNEL_PROBE_SECONDS (a new SMTP connection; a TCP connection to the host). The moment it
// answers — a probe, or any send that gets through — the circuit closes and the target's
// deliveries waiting on their back-off are made due at once, incidents first. Without this, a
// 10-minute SMTP outage left the mail of its incidents waiting 30 minutes or more for the next
// step of the retry schedule; the schedule stays for targets that answer with errors.
//
// Each worker keeps its own circuits: probing is cheap, and releasing twice is harmless (a
// released row is due, and the release only touches rows that are not).

/** Templates that go first when a target comes back: what is happening now. */
export const URGENT_TEMPLATES = [
  'incident',
  'incident-updated',
  'service-restored',
  'unplanned-maintenance',
  'team-page',
] as const;

export interface CircuitTarget {
  /** 'smtp', or 'webhook:<origin>'. */
  key: string;
  /** Resolves when the target answers. */
  probe(): Promise<void>;
  /** Makes its waiting deliveries due now; returns how many. */
  release(): Promise<number>;
}

export class Circuits {
  private readonly open = new Map<string, { target: CircuitTarget; timer: NodeJS.Timeout; probing: boolean }>();

  constructor(private readonly probeMs: number) {}

  /** A send to the target failed for want of an answer. */
  failed(target: CircuitTarget): void {
    if (this.open.has(target.key)) return;
    const circuit = { target, probing: false, timer: setInterval(() => void this.probe(target.key), this.probeMs) };
    circuit.timer.unref();
    this.open.set(target.key, circuit);
  }

  /** A send to the target got through: it answers again. */
  succeeded(key: string): void {
    if (this.open.has(key)) void this.closeCircuit(key);
  }

  /** True while some target is being probed (a success then may close its circuit). */
  get anyOpen(): boolean {
    return this.open.size > 0;
  }

  private async probe(key: string): Promise<void> {
    const circuit = this.open.get(key);
    if (!circuit || circuit.probing) return;
    circuit.probing = true;
    try {
      await circuit.target.probe();
    } catch {
      return; // still down: the next probe will tell
    } finally {
      circuit.probing = false;
    }
    await this.closeCircuit(key);
  }

  private async closeCircuit(key: string): Promise<void> {
    const circuit = this.open.get(key);
    if (!circuit) return;
    this.open.delete(key);
    clearInterval(circuit.timer);
    try {
      const released = await circuit.target.release();
      if (released) console.log(`herald worker: ${key} answers again; ${released} waiting deliveries are due now`);
    } catch (err) {
      // The database is away: open again, so the next probe releases them.
      console.error(`herald worker: releasing the deliveries of ${key} failed: ${(err as Error).message}`);
      this.failed(circuit.target);
    }
  }

  close(): void {
    for (const c of this.open.values()) clearInterval(c.timer);
    this.open.clear();
  }
}
