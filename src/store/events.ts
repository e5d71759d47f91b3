import type { Transaction } from 'kysely';
import type { NewEvent } from '../domain/events.js';
import type { DB, EventTable } from './schema.js';
import { newId, toJson } from './values.js';

/** Inserts the event unless its key is already known; returns the row only when it is new. */
export async function insertEventOnce(trx: Transaction<DB>, event: NewEvent, now: string): Promise<EventTable | null> {
  const row: EventTable = {
    id: newId(),
    type: event.type,
    key: event.key,
    occurred_at: now,
    tenant_id: event.tenantId ?? null,
    subject_type: event.subject.type,
    subject_id: event.subject.id,
    payload: toJson({ scope: event.scope, ...event.payload }),
    created_at: now,
  };
  const inserted = await trx
    .insertInto('event')
    .values(row)
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? row : null;
}
