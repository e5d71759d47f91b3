// Who a post reaches. The audience rule is turned into one message_tenant row per tenant when
// the post is published (and again when it changes), so reading a tenant's posts is one indexed
// join; and into the scope of the events that tell those tenants' people about it.
import type { Transaction } from 'kysely';
import type { EventScope } from '../../domain/events.js';
import type { MessageAudienceRule } from '../../domain/messages.js';
import { hasAny } from '../../shared/messages.js';
import type { DB, MessageTable } from '../../store/schema.js';
import { insertInChunks, isAnyOf } from '../../store/chunks.js';
import { fromJson } from '../../store/values.js';
import type { CommandScope } from '../command.js';
import { runsAnyService } from '../../store/directory.js';

/** True when the rule names its tenants outright, so the directory cannot change whom it reaches. */
export const isFixedAudience = (a: MessageAudienceRule): boolean =>
  !a.allTenants && !hasAny(a.environmentIds) && !hasAny(a.regionCodes) && !hasAny(a.serviceIds);

/**
 * The tenants a post reaches, sorted. "Who" selectors add up (all tenants, these tenants, the
 * tenants of these environments); "where/what" filters narrow them to tenants with an environment
 * in one of the regions and using one of the services. Filters alone mean "every tenant that
 * matches". Example: { regionCodes: ['EUR'], serviceIds: ['sales'] } reaches tenants running Sales
 * in EUR. Tenants chosen by name are reached even before they have an environment. Asked of the
 * database, not of the directory read into memory: a post to every tenant of a provider's
 * directory would otherwise read 500,000 environments and their services on each publication.
 */
export async function audienceTenantIds(trx: Transaction<DB>, a: MessageAudienceRule): Promise<string[]> {
  const chosenTenants = [...new Set(a.tenantIds ?? [])];
  // The common generated case ("these tenants"): nothing to look up.
  if (isFixedAudience(a)) return chosenTenants.sort();
  const chosenEnvironments = a.environmentIds ?? [];
  const filtered = hasAny(a.regionCodes) || hasAny(a.serviceIds);
  const anyWho = !!a.allTenants || chosenTenants.length > 0 || chosenEnvironments.length > 0;
  let environments = trx.selectFrom('environment as e').select('e.tenant_id as id');
  if (anyWho && !a.allTenants)
    environments = environments.where((eb) =>
      eb.or([
        ...(chosenTenants.length ? [isAnyOf(trx, 'e.tenant_id', chosenTenants)] : []),
        ...(chosenEnvironments.length ? [isAnyOf(trx, 'e.id', chosenEnvironments)] : []),
      ]),
    );
  if (hasAny(a.regionCodes)) environments = environments.where(isAnyOf(trx, 'e.region_code', a.regionCodes));
  if (hasAny(a.serviceIds)) environments = environments.where(runsAnyService(trx, 'e.id', a.serviceIds));
  let rows: { id: string }[];
  if (filtered) rows = await environments.execute();
  else if (a.allTenants)
    rows = await trx.selectFrom('tenant').select('id').execute(); // every environment's tenant too
  else {
    const named = chosenTenants.length
      ? await trx
          .selectFrom('tenant')
          .select('id')
          .where(isAnyOf(trx, 'id', chosenTenants))
          .execute()
      : [];
    rows = [...named, ...(await environments.execute())];
  }
  return [...new Set(rows.map((r) => r.id))].sort();
}

/**
 * Makes message_tenant match the audience rule. Tenants that stay keep their release status.
 * Returns every tenant in the audience, those that were not in it before and those that left.
 */
export async function materialiseAudience(
  s: CommandScope,
  messageId: string,
  audience: MessageAudienceRule,
): Promise<{ tenantIds: string[]; added: string[]; removed: string[] }> {
  const tenantIds = await audienceTenantIds(s.trx, audience);
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
