// Who a post reaches. The audience rule is turned into one message_tenant row per tenant when
// the post is published (and again when it changes), so reading a tenant's posts is one indexed
// join; and into the scope of the events that tell those tenants' people about it.
import type { Transaction } from 'kysely';
import type { EventScope } from '../../domain/events.js';
import { audienceTenantIds, type AudienceDirectory, type MessageAudienceRule } from '../../domain/messages.js';
import type { DB, MessageTable } from '../../store/schema.js';
import { insertInChunks, isAnyOf } from '../../store/chunks.js';
import { fromJson } from '../../store/values.js';
import type { CommandScope } from '../command.js';

/** True when the rule names its tenants outright, so the directory cannot change whom it reaches. */
export const isFixedAudience = (a: MessageAudienceRule): boolean =>
  !a.allTenants && !a.environmentIds?.length && !a.regionCodes?.length && !a.serviceIds?.length;

export async function loadAudienceDirectory(
  trx: Transaction<DB>,
  audience: MessageAudienceRule,
): Promise<AudienceDirectory> {
  // The common generated case ("these tenants") needs no scan of every environment.
  if (isFixedAudience(audience)) return { tenantIds: audience.tenantIds ?? [], environments: [] };
  const [tenants, environments, links] = await Promise.all([
    trx.selectFrom('tenant').select('id').execute(),
    trx.selectFrom('environment').select(['id', 'tenant_id', 'region_code']).execute(),
    trx.selectFrom('environment_service').select(['environment_id', 'service_id']).execute(),
  ]);
  const servicesOf = new Map<string, string[]>();
  for (const l of links) servicesOf.set(l.environment_id, [...(servicesOf.get(l.environment_id) ?? []), l.service_id]);
  return {
    tenantIds: tenants.map((t) => t.id),
    environments: environments.map((e) => ({
      id: e.id,
      tenantId: e.tenant_id,
      regionCode: e.region_code,
      serviceIds: servicesOf.get(e.id) ?? [],
    })),
  };
}

/**
 * Makes message_tenant match the audience rule. Tenants that stay keep their release status.
 * Returns every tenant in the audience, those that were not in it before and those that left.
 */
export async function materialiseAudience(
  s: CommandScope,
  messageId: string,
  audience: MessageAudienceRule,
  directory?: AudienceDirectory,
): Promise<{ tenantIds: string[]; added: string[]; removed: string[] }> {
  const tenantIds = audienceTenantIds(audience, directory ?? (await loadAudienceDirectory(s.trx, audience)));
  const current = new Set(
    (await s.trx.selectFrom('message_tenant').select('tenant_id').where('message_id', '=', messageId).execute()).map(
      (r) => r.tenant_id,
    ),
  );
  const wanted = new Set(tenantIds);
  const removed = [...current].filter((t) => !wanted.has(t));
  const added = tenantIds.filter((t) => !current.has(t));
  if (removed.length)
    await s.trx
      .deleteFrom('message_tenant')
      .where('message_id', '=', messageId)
      .where(isAnyOf(s.trx, 'tenant_id', removed))
      .execute();
  await insertInChunks(
    s.trx,
    'message_tenant',
    added.map((tenant_id) => ({ tenant_id, message_id: messageId, release_status: null })),
  );
  return { tenantIds, added, removed };
}

export async function audienceTenantsOf(trx: Transaction<DB>, messageId: string): Promise<string[]> {
  return (
    await trx
      .selectFrom('message_tenant')
      .select('tenant_id')
      .where('message_id', '=', messageId)
      .orderBy('tenant_id')
      .execute()
  ).map((r) => r.tenant_id);
}

/** The people of these tenants allowed to read data-privacy posts: org admins and granted readers. */
export async function privacyReaderIds(trx: Transaction<DB>, tenantIds: string[]): Promise<string[]> {
  if (!tenantIds.length) return [];
  const [admins, granted] = await Promise.all([
    trx
      .selectFrom('role_assignment')
      .select('person_id')
      .where('role', '=', 'org_admin')
      .where(isAnyOf(trx, 'tenant_id', tenantIds))
      .execute(),
    trx
      .selectFrom('message_privacy_reader')
      .select('person_id')
      .where(isAnyOf(trx, 'tenant_id', tenantIds))
      .execute(),
  ]);
  return [...new Set([...admins, ...granted].map((r) => r.person_id))].sort();
}

/**
 * The scope of an event about a post, for these of its tenants. A data-privacy post names its
 * allowed readers one by one instead of the tenants, so no policy can reach a system admin who
 * may not read it.
 */
export async function audienceScope(
  trx: Transaction<DB>,
  message: Pick<MessageTable, 'is_data_privacy' | 'audience'>,
  tenantIds: string[],
): Promise<EventScope> {
  if (message.is_data_privacy) return { personIds: await privacyReaderIds(trx, tenantIds) };
  // The post's "where/what" filters narrow the environments it concerns, so its system admins
  // are those of environments in its regions and using its services, not every environment of
  // its tenants (a post for Europe does not reach the admin of the tenant's American environment).
  const rule = fromJson<MessageAudienceRule>(message.audience, {});
  return {
    tenantIds,
    ...(rule.regionCodes?.length ? { regionCodes: rule.regionCodes } : {}),
    ...(rule.serviceIds?.length ? { serviceIds: rule.serviceIds } : {}),
  };
}
