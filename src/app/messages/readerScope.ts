// Which posts a person may read: those of the tenants they are org admin or system admin in,
// data-privacy posts only where they are org admin or were made a data-privacy reader, and only
// published posts not yet deleted by the expiry job.
import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/actor.js';
import { readableTenantIds } from '../../domain/actor.js';
import { retentionCutoff } from '../../domain/messages.js';
import { unauthenticated } from '../../errors.js';
import type { DB } from '../../store/schema.js';
import type { AppContext } from '../context.js';

export interface ReaderScope {
  personId: string;
  tenantIds: string[];
  /** Tenants whose data-privacy posts this person may read. */
  privacyTenantIds: Set<string>;
}

export async function privacyTenantsOf(db: Kysely<DB>, personId: string): Promise<string[]> {
  return (
    await db.selectFrom('message_privacy_reader').select('tenant_id').where('person_id', '=', personId).execute()
  ).map((r) => r.tenant_id);
}

/** Null for anyone without a role in some tenant; signing in comes first. */
export async function readerScope(ctx: AppContext, actor: Actor): Promise<ReaderScope | null> {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (actor.kind !== 'person') return null;
  const tenantIds = [...readableTenantIds(actor)].sort();
  if (!tenantIds.length) return null;
  const granted = await privacyTenantsOf(ctx.database.db, actor.personId);
  const privacyTenantIds = new Set([...actor.orgAdminOf, ...granted.filter((t) => tenantIds.includes(t))]);
  return { personId: actor.personId, tenantIds, privacyTenantIds };
}

export interface VisibleMessage {
  id: string;
  tenantId: string;
  releaseStatus: string | null;
}

/**
 * The tenant through which each of `ids` is visible to the reader (the preferred tenant when it
 * is one of them). Ids absent from the result are not visible: another tenant's, a draft, a
 * data-privacy post the reader may not see, or deleted.
 */
export async function visibleMessages(
  ctx: AppContext,
  scope: ReaderScope,
  ids: string[],
  preferredTenantId?: string,
): Promise<Map<string, VisibleMessage>> {
  const found = new Map<string, VisibleMessage>();
  if (!ids.length) return found;
  const privacy = [...scope.privacyTenantIds];
  const rows = await ctx.database.db
    .selectFrom('message as m')
    .innerJoin('message_tenant as mt', 'mt.message_id', 'm.id')
    .select(['m.id', 'mt.tenant_id', 'mt.release_status'])
    .where('m.id', 'in', [...new Set(ids)])
    .where('m.status', '=', 'published')
    .where('mt.tenant_id', 'in', scope.tenantIds)
    .where((eb) =>
      eb.or([eb('m.is_data_privacy', '=', 0), ...(privacy.length ? [eb('mt.tenant_id', 'in', privacy)] : [])]),
    )
    .where((eb) =>
      eb.or([
        eb('m.ends_at', 'is', null),
        eb('m.ends_at', '>', retentionCutoff(ctx.now(), ctx.config.messageExpiryDays, ctx.config.messageRetentionDays)),
      ]),
    )
    .orderBy('mt.tenant_id')
    .execute();
  for (const r of rows) {
    if (!found.has(r.id) || r.tenant_id === preferredTenantId)
      found.set(r.id, { id: r.id, tenantId: r.tenant_id, releaseStatus: r.release_status });
  }
  return found;
}
