// Replaying dead deliveries (operators), once their cause is fixed (a receiver answering again, a
// paused endpoint resumed, an address corrected): one delivery, or every dead delivery of an
// event. Only dead rows move back to pending, due now; what was delivered, is pending or was
// suppressed is left alone, so a replay never sends anything twice. The row keeps its attempts
// and their history; a replayed delivery that fails again is retried no more (it is dead again
// at once), so the log shows each replay's outcome. Audited.
import { isOperator, type Actor } from '../../domain/actor.js';
import { conflict, forbidden, notFound, words } from '../../errors.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';

async function revive(s: CommandScope, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  const result = await s.trx
    .updateTable('delivery')
    .set({ status: 'pending', next_attempt_at: s.nowIso, locked_by: null, locked_until: null })
    .where('id', 'in', ids)
    .where('status', '=', 'dead')
    .executeTakeFirst();
  return Number(result.numUpdatedRows ?? 0n);
}

export async function replayDelivery(ctx: AppContext, actor: Actor, deliveryId: string): Promise<{ replayed: number }> {
  if (!isOperator(actor)) throw forbidden('problem.replay.operatorsOnly');
  return runCommand(ctx, actor, async (s) => {
    const delivery = await s.lock('delivery', deliveryId);
    if (!delivery) throw notFound('delivery', deliveryId);
    if (delivery.status !== 'dead')
      throw conflict(words('problem.replay.notDead', { status: delivery.status }), 'deliveryId');
    const replayed = await revive(s, [deliveryId]);
    await s.audit({
      action: 'delivery.replayed',
      entityType: 'delivery',
      entityId: deliveryId,
      tenantId: delivery.tenant_id,
      before: { status: 'dead', last_error: delivery.last_error },
      after: { status: 'pending' },
    });
    return { replayed };
  });
}

export async function replayEventDeliveries(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
): Promise<{ replayed: number }> {
  if (!isOperator(actor)) throw forbidden('problem.replay.operatorsOnly');
  return runCommand(ctx, actor, async (s) => {
    const event = await s.trx
      .selectFrom('event')
      .select(['id', 'tenant_id'])
      .where('id', '=', eventId)
      .executeTakeFirst();
    if (!event) throw notFound('event', eventId);
    const dead = await s.trx
      .selectFrom('delivery')
      .select('id')
      .where('event_id', '=', eventId)
      .where('status', '=', 'dead')
      .execute();
    const replayed = await revive(
      s,
      dead.map((d) => d.id),
    );
    await s.audit({
      action: 'event.deliveries_replayed',
      entityType: 'event',
      entityId: eventId,
      tenantId: event.tenant_id,
      after: { replayed },
    });
    return { replayed };
  });
}
