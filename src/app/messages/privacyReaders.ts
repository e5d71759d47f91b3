// The "data privacy reader" permission: an org admin lets someone of their organization read its
// data-privacy posts (org admins always may). Other tenants' data answers 404, as everywhere.
import { canManageTenant, canReadTenant, type Actor } from '../../domain/actor.js';
import { forbidden, invalid, notFound } from '../../errors.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';

export interface PrivacyReader {
  personId: string;
  email: string;
  name: string;
  grantedBy: string;
  grantedAt: string;
}

function requireTenantManager(actor: Actor, tenantId: string): void {
  if (!canReadTenant(actor, tenantId)) throw notFound('tenant', tenantId);
  if (!canManageTenant(actor, tenantId)) throw forbidden('problem.privacy.orgAdminsOnly');
}

export async function listPrivacyReaders(ctx: AppContext, actor: Actor, tenantId: string): Promise<PrivacyReader[]> {
  requireTenantManager(actor, tenantId);
  const rows = await ctx.database.db
    .selectFrom('message_privacy_reader as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .select(['r.person_id', 'p.email', 'p.name', 'r.granted_by', 'r.granted_at'])
    .where('r.tenant_id', '=', tenantId)
    .orderBy('p.email')
    .execute();
  return rows.map((r) => ({
    personId: r.person_id,
    email: r.email,
    name: r.name,
    grantedBy: r.granted_by,
    grantedAt: r.granted_at,
  }));
}

/** Idempotent: granting twice keeps the first grant. */
export async function grantPrivacyReader(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  personId: string,
): Promise<PrivacyReader[]> {
  requireTenantManager(actor, tenantId);
  await runCommand(ctx, actor, async (s) => {
    const member = await s.trx
      .selectFrom('role_assignment')
      .select('id')
      .where('person_id', '=', personId)
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    if (!member) throw invalid('params.personId', 'problem.privacy.notMember');
    const inserted = await s.trx
      .insertInto('message_privacy_reader')
      .values({
        tenant_id: tenantId,
        person_id: personId,
        granted_by: actor.kind === 'person' ? actor.email : 'system',
        granted_at: s.nowIso,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'person_id']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0)) {
      await s.audit({ action: 'message.privacy_reader_granted', entityType: 'person', entityId: personId, tenantId });
      s.changed({ tenantIds: [tenantId], topic: 'messages' });
    }
  });
  return listPrivacyReaders(ctx, actor, tenantId);
}

export async function revokePrivacyReader(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  personId: string,
): Promise<void> {
  requireTenantManager(actor, tenantId);
  await runCommand(ctx, actor, async (s) => {
    const removed = await s.trx
      .deleteFrom('message_privacy_reader')
      .where('tenant_id', '=', tenantId)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    if (!Number(removed.numDeletedRows)) throw notFound('dataPrivacyReader', personId);
    await s.audit({ action: 'message.privacy_reader_revoked', entityType: 'person', entityId: personId, tenantId });
    s.changed({ tenantIds: [tenantId], topic: 'messages' });
  });
}
