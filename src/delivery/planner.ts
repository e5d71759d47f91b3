// Turns one event into delivery rows (the outbox), inside the publishing transaction.
import type { Transaction } from 'kysely';
import type { HeraldConfig } from '../config.js';
import type { NewEvent } from '../domain/events.js';
import type { DialectName } from '../store/database.js';
import type { DB, EventTable } from '../store/schema.js';

export interface PlannerScope {
  trx: Transaction<DB>;
  dialect: DialectName;
  config: HeraldConfig;
}

export async function planDeliveries(_scope: PlannerScope, _event: NewEvent, _row: EventTable, _now: Date): Promise<number> {
  return 0;
}
