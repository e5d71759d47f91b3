// The services a person hid from a tenant's service health dashboard, so the tiles show what they
// care about. Per person and tenant: one admin hiding a service does not hide it for another.
// Issues are still listed whatever is hidden — hiding is about the overview, never about missing
// an outage.
import { canReadTenant, type Actor } from '../../domain/actor.js';
import { invalid, notFound, words } from '../../errors.js';
import { requirePerson } from '../auth.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';

export async function getHiddenServices(ctx: AppContext, actor: Actor, tenantId: string): Promise<string[]> {
  const me = requirePerson(actor);
  if (!canReadTenant(actor, tenantId)) throw notFound('tenant', tenantId);
  const rows = await ctx.database.db
    .selectFrom('hidden_service')
    .select('service_id')
    .where('person_id', '=', me.personId)
    .where('tenant_id', '=', tenantId)
    .orderBy('service_id')
    .execute();
  return rows.map((r) => r.service_id);
}

/** Replaces the person's hidden services for the tenant with `serviceIds`. */
export async function setHiddenServices(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  serviceIds: string[],
): Promise<string[]> {
  const me = requirePerson(actor);
  if (!canReadTenant(actor, tenantId)) throw notFound('tenant', tenantId);
  const wanted = [...new Set(serviceIds)];
  await runCommand(ctx, actor, async (s) => {
    if (wanted.length) {
      const known = await s.trx.selectFrom('service').select('id').where('id', 'in', wanted).execute();
      const unknown = wanted.filter((id) => !known.some((k) => k.id === id));
      if (unknown.length)
        throw invalid('body.serviceIds', words('problem.services.unknownList', { unknown: unknown.join(', ') }));
    }
    await s.trx
      .deleteFrom('hidden_service')
      .where('person_id', '=', me.personId)
      .where('tenant_id', '=', tenantId)
      .execute();
    if (wanted.length) {
      await s.trx
        .insertInto('hidden_service')
        .values(
          wanted.map((service_id) => ({
            person_id: me.personId,
            tenant_id: tenantId,
            service_id,
            created_at: s.nowIso,
          })),
        )
        .execute();
    }
    await s.audit({
      action: 'dashboard.services_hidden',
      entityType: 'person',
      entityId: me.personId,
      tenantId,
      after: { serviceIds: wanted },
    });
  });
  return getHiddenServices(ctx, actor, tenantId);
}
