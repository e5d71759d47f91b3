import type { Transaction } from 'kysely';
import type { DB } from './schema.js';
import { newId, toJson } from './values.js';

export interface AuditRecord {
  at: string;
  actorId: string | null;
  actorLabel: string;
  tenantId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export async function insertAuditEntry(trx: Transaction<DB>, r: AuditRecord): Promise<void> {
  await trx
    .insertInto('audit_entry')
    .values({
      id: newId(),
      at: r.at,
      actor_id: r.actorId,
      actor_label: r.actorLabel,
      tenant_id: r.tenantId,
      action: r.action,
      entity_type: r.entityType,
      entity_id: r.entityId,
      before: r.before === undefined ? null : toJson(r.before),
      after: r.after === undefined ? null : toJson(r.after),
    })
    .execute();
}
