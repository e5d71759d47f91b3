// What every use case gets besides its actor: the database, the configuration, the clock and
// the in-process signals. Built once by the server or the CLI; tests build their own.
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { HeraldConfig } from '../config.js';
import type { Database } from '../store/database.js';

export interface ChangeNotice {
  /** Tenants whose views changed; `null` means public data (status page) changed too. */
  tenantIds: string[] | null;
  topic: string;
}

/**
 * In-process signals, sent after a transaction commits. They are hints, never the source of
 * truth: the worker also polls the outbox, and pages re-read the database.
 * - 'outbox': deliveries are waiting;
 * - 'plan': a large audience waits to be planned in chunks (src/delivery/planQueue.ts);
 * - 'change': a ChangeNotice for live views (server-sent events) and the public snapshot; on
 *   PostgreSQL it also reaches every other node (store/changeChannel.ts, app/changeFeed.ts).
 */
export class Signals extends EventEmitter {}

export interface AppContext {
  database: Database;
  config: HeraldConfig;
  now: () => Date;
  signals: Signals;
  /** Names this process among the nodes sharing a database, so it can drop its own change notices. */
  nodeId: string;
}

export function createContext(
  database: Database,
  config: HeraldConfig,
  now: () => Date = () => new Date(),
): AppContext {
  const signals = new Signals();
  signals.setMaxListeners(0);
  return { database, config, now, signals, nodeId: randomUUID() };
}
