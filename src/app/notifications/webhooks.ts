// A tenant's webhook endpoints: its org admins (and operators) register URLs with the event types
// they want. The URL is checked against private and internal addresses when it is registered or
// changed (and again by the worker at each connection). The signing secret is shown once, when
// created or rotated; a rotation keeps the previous secret signing for an overlap period.
import { canManageTenant, canReadTenant, type Actor } from '../../domain/actor.js';
import type { WebhookEventType } from '../../domain/policies.js';
import { forbidden, invalid, notFound } from '../../errors.js';
import { newWebhookSecret } from '../../delivery/channels/webhook.js';
import { checkTarget, systemResolver, type Resolver } from '../../delivery/channels/targets.js';
import type { Kysely } from 'kysely';
import type { DB, WebhookEndpointStatus, WebhookEndpointTable, WebhookFormat } from '../../store/schema.js';
import { newId } from '../../store/values.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';

export interface WebhookEndpointView extends Omit<WebhookEndpointTable, 'secret' | 'previous_secret'> {
  event_types: WebhookEventType[];
}

export interface WebhookInput {
  url: string;
  description?: string;
  eventTypes: WebhookEventType[];
  /** standard (Standard Webhooks JSON, the default), slack or teams: the shape each product's incoming webhook takes. */
  format?: WebhookFormat;
}

export interface WebhookPatch extends Partial<WebhookInput> {
  /** 'active' resumes a paused endpoint; 'paused' stops deliveries to it. */
  status?: WebhookEndpointStatus;
}

/** 404 for a tenant the actor cannot see, 403 for one they see but do not manage. */
function checkManager(actor: Actor, tenantId: string): void {
  if (!canReadTenant(actor, tenantId)) throw notFound('tenant', tenantId);
  if (!canManageTenant(actor, tenantId)) throw forbidden('problem.webhooks.orgAdminsOnly');
}

async function checkUrl(ctx: AppContext, url: string, resolve: Resolver): Promise<void> {
  const problem = await checkTarget(url, { allowPrivate: ctx.config.allowPrivateWebhookTargets, resolve });
  if (problem) throw invalid('body.url', problem);
}

async function view(db: Kysely<DB>, row: WebhookEndpointTable): Promise<WebhookEndpointView> {
  const types = await db
    .selectFrom('webhook_subscription')
    .select('event_type')
    .where('endpoint_id', '=', row.id)
    .orderBy('event_type')
    .execute();
  const { secret: _secret, previous_secret: _previous, ...rest } = row;
  return { ...rest, event_types: types.map((t) => t.event_type as WebhookEventType) };
}

async function load(db: Kysely<DB>, tenantId: string, id: string): Promise<WebhookEndpointTable> {
  const row = await db
    .selectFrom('webhook_endpoint')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  if (!row) throw notFound('webhookEndpoint', id);
  return row;
}

async function subscribe(s: CommandScope, endpointId: string, types: WebhookEventType[]): Promise<void> {
  await s.trx.deleteFrom('webhook_subscription').where('endpoint_id', '=', endpointId).execute();
  await s.trx
    .insertInto('webhook_subscription')
    .values([...new Set(types)].map((event_type) => ({ endpoint_id: endpointId, event_type })))
    .execute();
}

export async function createWebhook(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  input: WebhookInput,
  resolve: Resolver = systemResolver,
): Promise<WebhookEndpointView & { secret: string }> {
  checkManager(actor, tenantId);
  await checkUrl(ctx, input.url, resolve);
  return runCommand(ctx, actor, async (s) => {
    if (!(await s.trx.selectFrom('tenant').select('id').where('id', '=', tenantId).executeTakeFirst()))
      throw notFound('tenant', tenantId);
    const row: WebhookEndpointTable = {
      id: newId(),
      tenant_id: tenantId,
      url: input.url,
      description: input.description?.trim() ?? '',
      secret: newWebhookSecret(),
      previous_secret: null,
      previous_secret_expires_at: null,
      status: 'active',
      format: input.format ?? 'standard',
      paused_reason: null,
      last_success_at: null,
      last_failure_at: null,
      created_at: s.nowIso,
      updated_at: s.nowIso,
    };
    await s.trx.insertInto('webhook_endpoint').values(row).execute();
    await subscribe(s, row.id, input.eventTypes);
    const created = await view(s.trx, row);
    await s.audit({
      action: 'webhook.created',
      entityType: 'webhook_endpoint',
      entityId: row.id,
      tenantId,
      after: created,
    });
    s.changed({ tenantIds: [tenantId], topic: 'webhooks' });
    return { ...created, secret: row.secret };
  });
}

export async function listWebhooks(ctx: AppContext, actor: Actor, tenantId: string): Promise<WebhookEndpointView[]> {
  checkManager(actor, tenantId);
  const db = ctx.database.db;
  const rows = await db
    .selectFrom('webhook_endpoint')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return Promise.all(rows.map((r) => view(db, r)));
}

export async function getWebhook(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  id: string,
): Promise<WebhookEndpointView> {
  checkManager(actor, tenantId);
  const db = ctx.database.db;
  return view(db, await load(db, tenantId, id));
}

export async function updateWebhook(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  id: string,
  patch: WebhookPatch,
  resolve: Resolver = systemResolver,
): Promise<WebhookEndpointView> {
  checkManager(actor, tenantId);
  if (patch.url !== undefined) await checkUrl(ctx, patch.url, resolve);
  return runCommand(ctx, actor, async (s) => {
    const before = await load(s.trx, tenantId, id);
    const beforeView = await view(s.trx, before);
    const resumed = patch.status === 'active' && before.status !== 'active';
    const after: WebhookEndpointTable = {
      ...before,
      url: patch.url ?? before.url,
      description: patch.description?.trim() ?? before.description,
      format: patch.format ?? before.format,
      status: patch.status ?? before.status,
      paused_reason:
        patch.status === 'paused' && before.status !== 'paused'
          ? `Paused by ${actor.kind === 'person' ? actor.email : 'an operator'}.`
          : resumed
            ? null
            : before.paused_reason,
      updated_at: s.nowIso,
    };
    await s.trx.updateTable('webhook_endpoint').set(after).where('id', '=', id).execute();
    if (patch.eventTypes) await subscribe(s, id, patch.eventTypes);
    const afterView = await view(s.trx, after);
    await s.audit({
      action: resumed ? 'webhook.resumed' : 'webhook.updated',
      entityType: 'webhook_endpoint',
      entityId: id,
      tenantId,
      before: beforeView,
      after: afterView,
    });
    s.changed({ tenantIds: [tenantId], topic: 'webhooks' });
    return afterView;
  });
}

export async function deleteWebhook(ctx: AppContext, actor: Actor, tenantId: string, id: string): Promise<void> {
  checkManager(actor, tenantId);
  await runCommand(ctx, actor, async (s) => {
    const before = await view(s.trx, await load(s.trx, tenantId, id));
    await s.trx.deleteFrom('webhook_endpoint').where('id', '=', id).execute();
    await s.audit({ action: 'webhook.deleted', entityType: 'webhook_endpoint', entityId: id, tenantId, before });
    s.changed({ tenantIds: [tenantId], topic: 'webhooks' });
  });
}

/** A new secret; the previous one keeps signing (alongside) for `overlapHours`, so receivers can switch without a gap. */
export async function rotateWebhookSecret(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  id: string,
  overlapHours: number,
): Promise<{ secret: string; previousSecretExpiresAt: string | null }> {
  checkManager(actor, tenantId);
  return runCommand(ctx, actor, async (s) => {
    const before = await load(s.trx, tenantId, id);
    const secret = newWebhookSecret();
    const previousSecretExpiresAt =
      overlapHours > 0 ? new Date(s.now.getTime() + overlapHours * 3600_000).toISOString() : null;
    await s.trx
      .updateTable('webhook_endpoint')
      .set({
        secret,
        previous_secret: previousSecretExpiresAt ? before.secret : null,
        previous_secret_expires_at: previousSecretExpiresAt,
        updated_at: s.nowIso,
      })
      .where('id', '=', id)
      .execute();
    await s.audit({
      action: 'webhook.secret_rotated',
      entityType: 'webhook_endpoint',
      entityId: id,
      tenantId,
      after: { previousSecretExpiresAt },
    });
    return { secret, previousSecretExpiresAt };
  });
}
