// Web Push subscriptions: each browser or phone where a person installed the console and allowed
// notifications. The push service URL comes from the browser, so it is checked like a webhook URL
// (https, no internal addresses) before Herald ever sends to it.
import type { Actor } from '../../domain/actor.js';
import { invalid, notFound } from '../../errors.js';
import { loadVapidKeys } from '../../delivery/channels/push.js';
import { checkTarget, systemResolver, type Resolver } from '../../delivery/channels/targets.js';
import type { PushSubscriptionTable } from '../../store/schema.js';
import { newId } from '../../store/values.js';
import { requirePerson } from '../auth.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';

export interface PushSubscriptionInput {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  userAgent?: string;
}

export type PushSubscriptionView = Omit<PushSubscriptionTable, 'p256dh' | 'auth'>;

const present = ({ p256dh: _k, auth: _a, ...rest }: PushSubscriptionTable): PushSubscriptionView => rest;

/** The application server key a browser needs to subscribe. */
export async function vapidPublicKey(ctx: AppContext, actor: Actor): Promise<string> {
  requirePerson(actor);
  return (await loadVapidKeys(ctx.database.db, ctx.config, ctx.now().toISOString())).publicKey;
}

export async function listPushSubscriptions(ctx: AppContext, actor: Actor): Promise<PushSubscriptionView[]> {
  const me = requirePerson(actor);
  const rows = await ctx.database.db
    .selectFrom('push_subscription')
    .selectAll()
    .where('person_id', '=', me.personId)
    .orderBy('created_at')
    .execute();
  return rows.map(present);
}

/** Adds this browser; the same browser subscribing again (or for another person) replaces its row. */
export async function addPushSubscription(
  ctx: AppContext,
  actor: Actor,
  input: PushSubscriptionInput,
  resolve: Resolver = systemResolver,
): Promise<PushSubscriptionView> {
  const me = requirePerson(actor);
  const allowPrivate = ctx.config.allowPrivateWebhookTargets;
  const problem = await checkTarget(input.endpoint, { allowPrivate, resolve, httpsOnly: !allowPrivate });
  if (problem) throw invalid('body.endpoint', problem);
  return runCommand(ctx, actor, async (s) => {
    await s.trx.deleteFrom('push_subscription').where('endpoint', '=', input.endpoint).execute();
    const row: PushSubscriptionTable = {
      id: newId(),
      person_id: me.personId,
      endpoint: input.endpoint,
      p256dh: input.keys.p256dh,
      auth: input.keys.auth,
      user_agent: input.userAgent ?? null,
      created_at: s.nowIso,
      last_success_at: null,
    };
    await s.trx.insertInto('push_subscription').values(row).execute();
    await s.audit({
      action: 'push_subscription.added',
      entityType: 'push_subscription',
      entityId: row.id,
      tenantId: null,
      after: present(row),
    });
    return present(row);
  });
}

export async function removePushSubscription(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const me = requirePerson(actor);
  await runCommand(ctx, actor, async (s) => {
    const row = await s.trx
      .selectFrom('push_subscription')
      .selectAll()
      .where('id', '=', id)
      .where('person_id', '=', me.personId)
      .executeTakeFirst();
    if (!row) throw notFound('pushSubscription', id);
    await s.trx.deleteFrom('push_subscription').where('id', '=', id).execute();
    await s.audit({
      action: 'push_subscription.removed',
      entityType: 'push_subscription',
      entityId: id,
      tenantId: null,
      before: present(row),
    });
  });
}
