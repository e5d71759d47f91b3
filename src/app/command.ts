// The one path from a use case to the database and the outbox. A command runs in one
// transaction; the change, its audit entries and its events (with their planned deliveries) are
// committed together or not at all. Signals go out only after the commit, in this process and,
// on PostgreSQL, to the other nodes.
import type { Selectable, Transaction } from 'kysely';
import { actorId, actorLabel, type Actor } from '../domain/actor.js';
import type { NewEvent } from '../domain/events.js';
import { planDeliveries } from '../delivery/planner.js';
import { insertAuditEntry } from '../store/audit.js';
import { notifyChanges } from '../store/changeChannel.js';
import { insertEventOnce } from '../store/events.js';
import { lockRow, type TableWithId } from '../store/locks.js';
import type { DB } from '../store/schema.js';
import type { AppContext, ChangeNotice } from './context.js';

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  tenantId: string | null;
  before?: unknown;
  after?: unknown;
}

export interface CommandScope {
  trx: Transaction<DB>;
  ctx: AppContext;
  actor: Actor;
  /** One instant for the whole command, so every row it writes carries the same time. */
  now: Date;
  nowIso: string;
  audit(change: AuditChange): Promise<void>;
  /**
   * Records the event and plans its deliveries in this transaction (of a large audience, the
   * first chunk; the plan queue plans the rest after the commit). Returns how many were planned.
   */
  publish(event: NewEvent): Promise<number>;
  /** Tells live views, after the commit, that these tenants' data (or public data) changed. */
  changed(notice: ChangeNotice): void;
  /**
   * Reads a row and holds it until the commit (FOR UPDATE on PostgreSQL; see store/locks.ts):
   * the first read of every read-check-write, so two nodes cannot both pass the check.
   */
  lock<T extends TableWithId>(table: T, id: string): Promise<Selectable<DB[T]> | undefined>;
}

export async function runCommand<T>(
  ctx: AppContext,
  actor: Actor,
  fn: (scope: CommandScope) => Promise<T>,
): Promise<T> {
  const now = ctx.now();
  const nowIso = now.toISOString();
  const notices: ChangeNotice[] = [];
  let planned = 0;
  let queued = false;
  const result = await ctx.database.db.transaction().execute(async (trx) => {
    const scope: CommandScope = {
      trx,
      ctx,
      actor,
      now,
      nowIso,
      audit: (change) =>
        insertAuditEntry(trx, {
          at: nowIso,
          actorId: actorId(actor),
          actorLabel: actorLabel(actor),
          ...change,
        }),
      publish: async (event) => {
        const row = await insertEventOnce(trx, event, nowIso);
        if (!row) return 0;
        const plan = await planDeliveries({ trx, dialect: ctx.database.dialect, config: ctx.config }, event, row, now);
        planned += plan.planned;
        queued ||= plan.queued;
        return plan.planned;
      },
      changed: (notice) => notices.push(notice),
      lock: (table, id) => lockRow(trx, ctx.database.dialect, table, id),
    };
    const result = await fn(scope);
    // Other nodes hear of the change when this commits (NOTIFY is transactional), not before.
    if (notices.length && ctx.database.dialect === 'postgres') await notifyChanges(trx, ctx.nodeId, notices);
    return result;
  });
  if (planned > 0) ctx.signals.emit('outbox');
  // The rest of a large audience is planned in chunks by the plan queue (src/delivery/planQueue.ts).
  if (queued) ctx.signals.emit('plan');
  for (const n of notices) ctx.signals.emit('change', n);
  return result;
}

/** Reads run outside a transaction; this keeps the signature of queries uniform. */
export interface QueryScope {
  ctx: AppContext;
  actor: Actor;
  now: Date;
}

export function queryScope(ctx: AppContext, actor: Actor): QueryScope {
  return { ctx, actor, now: ctx.now() };
}
