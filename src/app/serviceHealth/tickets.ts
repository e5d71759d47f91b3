// Support tickets: "report an issue" the dashboard does not show, and follow it in "reported
// issues". Operators see every ticket and link one to the incident it belongs to. The policy: a
// problem found while maintenance is going on is filed with "Planned Maintenance Window" in its
// title, so Herald appends it and links the ticket to that maintenance.
import { isOperator, type Actor } from '../../domain/actor.js';
import { conflict, forbidden, invalid, notFound, unauthenticated } from '../../errors.js';
import type { SupportTicketTable } from '../../store/schema.js';
import { newId } from '../../store/values.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from '../directory/check.js';
import { pageOf, type Page, type PageRequest } from '../directory/paging.js';
import { findActiveMaintenanceForEnvironment } from '../updates/maintenanceLookup.js';
import { tenantViewer } from './access.js';
import { incidentUrl } from './incidentEvents.js';

export const MAINTENANCE_TITLE_SUFFIX = ' - Planned Maintenance Window';

export interface TicketInput {
  title: string;
  description: string;
  environmentId?: string;
  serviceId?: string;
}

export interface TicketView {
  ticket: SupportTicketTable;
  incident: { id: string; title: string; status: string; isResolved: boolean } | null;
}

async function withIncidents(ctx: AppContext, tickets: SupportTicketTable[]): Promise<TicketView[]> {
  const ids = [...new Set(tickets.map((t) => t.incident_id).filter((id): id is string => !!id))];
  const incidents = ids.length ? await ctx.database.db.selectFrom('incident').select(['id', 'title', 'status', 'is_resolved']).where('id', 'in', ids).execute() : [];
  return tickets.map((ticket) => {
    const i = incidents.find((x) => x.id === ticket.incident_id);
    return { ticket, incident: i ? { id: i.id, title: i.title, status: i.status, isResolved: i.is_resolved === 1 } : null };
  });
}

export async function fileTicket(ctx: AppContext, actor: Actor, tenantId: string, input: TicketInput): Promise<TicketView> {
  const viewer = tenantViewer(actor, tenantId);
  if (actor.kind !== 'person') throw unauthenticated();
  new InputCheck()
    .require('body.title', input.title)
    .require('body.description', input.description)
    .field('body.title', input.title, (v) => (v.length <= 200 ? null : 'is longer than 200 characters'))
    .done();
  // A system admin reports about their own environment; an org admin about any of the tenant's, or none.
  if (!viewer.tenantIds?.length && !input.environmentId) throw invalid('body.environmentId', 'name the environment the problem is in');
  const reporter = actor.personId;
  return runCommand(ctx, actor, async (s) => {
    // An operator may file for any tenant, so the tenant in the path must exist.
    if (!(await s.trx.selectFrom('tenant').select('id').where('id', '=', tenantId).executeTakeFirst())) throw notFound('tenant', tenantId);
    if (input.environmentId !== undefined) {
      const env = await s.trx.selectFrom('environment').select(['id', 'tenant_id']).where('id', '=', input.environmentId).executeTakeFirst();
      const visible = env && env.tenant_id === tenantId && (viewer.tenantIds?.includes(tenantId) || viewer.environmentIds.includes(env.id));
      if (!visible) throw notFound('environment', input.environmentId, 'body.environmentId');
    }
    if (input.serviceId !== undefined && !(await s.trx.selectFrom('service').select('id').where('id', '=', input.serviceId).executeTakeFirst())) {
      throw invalid('body.serviceId', `is not a known service`);
    }
    const maintenance = input.environmentId !== undefined ? await findActiveMaintenanceForEnvironment(s.trx, input.environmentId, s.nowIso) : null;
    const title = input.title.trim();
    const ticket: SupportTicketTable = {
      id: newId(),
      tenant_id: tenantId,
      environment_id: input.environmentId ?? null,
      service_id: input.serviceId ?? null,
      title: maintenance && !/planned maintenance window/i.test(title) ? `${title}${MAINTENANCE_TITLE_SUFFIX}` : title,
      description: input.description.trim(),
      reported_by: reporter,
      incident_id: null,
      maintenance_id: maintenance?.id ?? null,
      linked_at: null,
      created_at: s.nowIso,
      updated_at: s.nowIso,
    };
    await s.trx.insertInto('support_ticket').values(ticket).execute();
    await s.audit({ action: 'ticket.filed', entityType: 'support_ticket', entityId: ticket.id, tenantId, after: ticket });
    s.changed({ tenantIds: [tenantId], topic: 'ticket' });
    return { ticket, incident: null };
  });
}

/** "Reported issues": an org admin sees the tenant's tickets; a system admin those of their environments and their own. */
export async function listTenantTickets(ctx: AppContext, actor: Actor, tenantId: string, page: PageRequest): Promise<Page<TicketView>> {
  const viewer = tenantViewer(actor, tenantId);
  let q = ctx.database.db.selectFrom('support_ticket').selectAll().where('tenant_id', '=', tenantId);
  if (!viewer.tenantIds?.length) {
    // A system admin (tenantViewer gave them at least one environment of this tenant).
    const me = actor.kind === 'person' ? actor.personId : '';
    q = q.where((eb) => eb.or([eb('environment_id', 'in', viewer.environmentIds), eb('reported_by', '=', me)]));
  }
  const result = await pageOf(q.orderBy('created_at', 'desc').orderBy('id'), page);
  return { items: await withIncidents(ctx, result.items), total: result.total };
}

export async function listAllTickets(ctx: AppContext, actor: Actor, filter: PageRequest & { linked?: boolean; tenantId?: string }): Promise<Page<TicketView>> {
  if (!isOperator(actor)) throw forbidden('Only operators see every tenant’s tickets; admins see theirs under /api/tenants/{tenantId}/tickets.');
  let q = ctx.database.db.selectFrom('support_ticket').selectAll();
  if (filter.linked !== undefined) q = q.where('incident_id', filter.linked ? 'is not' : 'is', null);
  if (filter.tenantId) q = q.where('tenant_id', '=', filter.tenantId);
  const result = await pageOf(q.orderBy('created_at', 'desc').orderBy('id'), filter);
  return { items: await withIncidents(ctx, result.items), total: result.total };
}

/** Links a ticket to the incident it is about; the reporter hears of it (ticket.updated). */
export async function linkTicket(ctx: AppContext, actor: Actor, ticketId: string, incidentId: string): Promise<TicketView> {
  if (!isOperator(actor)) throw forbidden('Only operators link tickets to incidents.');
  return runCommand(ctx, actor, async (s) => {
    const before = await s.lock('support_ticket', ticketId);
    if (!before) throw notFound('ticket', ticketId);
    const incident = await s.trx.selectFrom('incident').selectAll().where('id', '=', incidentId).executeTakeFirst();
    if (!incident) throw invalid('body.incidentId', `is not a known incident`);
    const touches = await s.trx.selectFrom('incident_environment').select('incident_id').where('incident_id', '=', incidentId).where('tenant_id', '=', before.tenant_id).executeTakeFirst();
    if (!touches) {
      throw conflict(`${incidentId} does not touch this tenant's environments, so its admins could not see it; add them to the incident's scope first.`, 'body.incidentId');
    }
    const after: SupportTicketTable = { ...before, incident_id: incidentId, linked_at: s.nowIso, updated_at: s.nowIso };
    await s.trx.updateTable('support_ticket').set(after).where('id', '=', ticketId).execute();
    await s.audit({ action: 'ticket.linked', entityType: 'support_ticket', entityId: ticketId, tenantId: before.tenant_id, before, after });
    await s.publish({
      type: 'ticket.updated',
      key: `ticket:${ticketId}:linked:${incidentId}`,
      subject: { type: 'support_ticket', id: ticketId },
      tenantId: before.tenant_id,
      scope: { tenantIds: [before.tenant_id], personIds: [before.reported_by] },
      payload: {
        title: after.title,
        summary: `Your reported issue is being handled as ${incident.id}: ${incident.title}.`,
        url: incidentUrl(ctx.config.publicUrl, incident.id),
        status: incident.status,
        incidentId: incident.id,
      },
    });
    s.changed({ tenantIds: [before.tenant_id], topic: 'ticket' });
    return { ticket: after, incident: { id: incident.id, title: incident.title, status: incident.status, isResolved: incident.is_resolved === 1 } };
  });
}
