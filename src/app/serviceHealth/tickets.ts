// Support tickets: "report an issue" the dashboard does not show, and follow it as a conversation
// with the provider. Both sides reply (each reply is emailed to the other side), the ticket moves
// open → in progress → waiting on customer → resolved → closed, and files can be attached.
// Operators see every ticket and link one to the incident it belongs to. The policy: a problem
// found while maintenance is going on is filed with "Planned Maintenance Window" in its title, so
// Herald appends it and links the ticket to that maintenance.
import { isOperator, type Actor } from '../../domain/actor.js';
import {
  allowedMoves,
  cleanFileName,
  isActiveTicket,
  isDoubleSubmission,
  looksLikeSameProblem,
  MAX_ATTACHMENT_BYTES,
  refusedMove,
  sniffAttachment,
  statusAfterReply,
  TICKET_SEVERITY_LABELS,
  TICKET_STATUS_LABELS,
  TICKET_STATUSES,
  type TicketSeverity,
  type TicketSide,
  type TicketStatus,
} from '../../domain/tickets.js';
import {
  conflict,
  forbidden,
  HeraldError,
  illegalTransition,
  invalid,
  notFound,
  unauthenticated,
  words,
} from '../../errors.js';
import type { SupportTicketTable, TicketAttachmentTable, TicketReplyTable } from '../../store/schema.js';
import { newId } from '../../store/values.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from '../directory/check.js';
import { pageOf, type Page, type PageRequest } from '../directory/paging.js';
import { findActiveMaintenanceForEnvironment } from '../updates/maintenanceLookup.js';
import { findVisibleIncident, tenantViewer } from './access.js';
import { incidentUrl } from './incidentEvents.js';

export const MAINTENANCE_TITLE_SUFFIX = ' - Planned Maintenance Window';

export interface TicketInput {
  title: string;
  description: string;
  environmentId?: string;
  serviceId?: string;
  severity?: TicketSeverity;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
  /** The incident the reporter believes it is about (one that touches their tenant). */
  incidentId?: string;
}

export interface TicketView {
  ticket: SupportTicketTable;
  incident: { id: string; title: string; status: string; isResolved: boolean } | null;
}

export interface TicketReplyView extends TicketReplyTable {
  authorName: string;
}

export type TicketAttachmentInfo = Omit<TicketAttachmentTable, 'content'>;

export interface TicketDetail extends TicketView {
  maintenance: { id: string; title: string } | null;
  reporter: { id: string; name: string; email: string } | null;
  replies: TicketReplyView[];
  attachments: TicketAttachmentInfo[];
  /** Where the reader may move the ticket from its status now. */
  moves: TicketStatus[];
}

export const ticketUrl = (publicUrl: string, id: string): string => `${publicUrl}/tickets/${id}`;

const sideOf = (actor: Actor): TicketSide => (isOperator(actor) ? 'operator' : 'tenant');

async function withIncidents(ctx: AppContext, tickets: SupportTicketTable[]): Promise<TicketView[]> {
  const ids = [...new Set(tickets.map((t) => t.incident_id).filter((id): id is string => !!id))];
  const incidents = ids.length
    ? await ctx.database.db
        .selectFrom('incident')
        .select(['id', 'title', 'status', 'is_resolved'])
        .where('id', 'in', ids)
        .execute()
    : [];
  return tickets.map((ticket) => {
    const i = incidents.find((x) => x.id === ticket.incident_id);
    return {
      ticket,
      incident: i ? { id: i.id, title: i.title, status: i.status, isResolved: i.is_resolved === 1 } : null,
    };
  });
}

/** Whether the actor may read this ticket: operators, the tenant's org admins, the environment's system admins, the reporter. */
function seesTicket(actor: Actor, t: SupportTicketTable): boolean {
  if (isOperator(actor)) return true;
  if (actor.kind !== 'person') return false;
  if (actor.orgAdminOf.has(t.tenant_id) || actor.personId === t.reported_by) return true;
  return t.environment_id !== null && actor.systemAdminOf.get(t.environment_id) === t.tenant_id;
}

/** The ticket if the actor may read it; another tenant's ticket is "not found". */
async function visibleTicket(
  ctx: AppContext,
  actor: Actor,
  id: string,
  row?: SupportTicketTable,
): Promise<SupportTicketTable> {
  if (actor.kind === 'anonymous') throw unauthenticated();
  const ticket =
    row ?? (await ctx.database.db.selectFrom('support_ticket').selectAll().where('id', '=', id).executeTakeFirst());
  if (!ticket || !seesTicket(actor, ticket)) throw notFound('ticket', id);
  return ticket;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ().-]{5,30}$/;

export async function fileTicket(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  input: TicketInput,
): Promise<TicketView> {
  const viewer = tenantViewer(actor, tenantId);
  if (actor.kind !== 'person') throw unauthenticated();
  new InputCheck()
    .require('body.title', input.title)
    .require('body.description', input.description)
    .field('body.title', input.title, (v) => (v.length <= 200 ? null : 'problem.tooLong200'))
    .field('body.contactEmail', input.contactEmail, (v) =>
      !v || EMAIL.test(v.trim()) ? null : 'problem.email.notAddress',
    )
    .field('body.contactPhone', input.contactPhone, (v) =>
      !v || PHONE.test(v.trim()) ? null : 'problem.phone.invalid',
    )
    .done();
  // A system admin reports about their own environment; an org admin about any of the tenant's, or none.
  if (!viewer.tenantIds?.length && !input.environmentId)
    throw invalid('body.environmentId', 'problem.tickets.environment');
  const reporter = actor.personId;
  return runCommand(ctx, actor, async (s) => {
    // An operator may file for any tenant, so the tenant in the path must exist.
    if (!(await s.trx.selectFrom('tenant').select('id').where('id', '=', tenantId).executeTakeFirst()))
      throw notFound('tenant', tenantId);
    if (input.environmentId !== undefined) {
      const env = await s.trx
        .selectFrom('environment')
        .select(['id', 'tenant_id'])
        .where('id', '=', input.environmentId)
        .executeTakeFirst();
      const visible =
        env &&
        env.tenant_id === tenantId &&
        (viewer.tenantIds?.includes(tenantId) || viewer.environmentIds.includes(env.id));
      if (!visible) throw notFound('environment', input.environmentId, 'body.environmentId');
    }
    if (
      input.serviceId !== undefined &&
      !(await s.trx.selectFrom('service').select('id').where('id', '=', input.serviceId).executeTakeFirst())
    ) {
      throw invalid('body.serviceId', 'problem.services.notKnown');
    }
    if (input.incidentId !== undefined) {
      await findVisibleIncident(s.trx, viewer, input.incidentId).catch((e: unknown) => {
        throw e instanceof HeraldError && e.status === 404
          ? notFound('incident', input.incidentId, 'body.incidentId')
          : e;
      });
    }
    const title = input.title.trim();
    // The same person sending the same ticket again (a double click, a retry): refused, naming the first.
    const recent = await s.trx
      .selectFrom('support_ticket')
      .select(['id', 'title', 'reported_by', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('reported_by', '=', reporter)
      .where('created_at', '>=', new Date(s.now.getTime() - 60 * 60_000).toISOString())
      .execute();
    const twin = recent.find((r) =>
      isDoubleSubmission(
        { title, by: reporter, now: s.now },
        { title: r.title, by: r.reported_by, createdAt: r.created_at },
      ),
    );
    if (twin) throw conflict(words('problem.tickets.twin', { id: twin.id }), 'body.title');

    const maintenance =
      input.environmentId !== undefined
        ? await findActiveMaintenanceForEnvironment(s.trx, input.environmentId, s.nowIso)
        : null;
    const person = await s.trx
      .selectFrom('person')
      .select(['name', 'email'])
      .where('id', '=', reporter)
      .executeTakeFirst();
    const ticket: SupportTicketTable = {
      id: newId(),
      tenant_id: tenantId,
      environment_id: input.environmentId ?? null,
      service_id: input.serviceId ?? null,
      title: maintenance && !/planned maintenance window/i.test(title) ? `${title}${MAINTENANCE_TITLE_SUFFIX}` : title,
      description: input.description.trim(),
      reported_by: reporter,
      incident_id: input.incidentId ?? null,
      maintenance_id: maintenance?.id ?? null,
      linked_at: input.incidentId ? s.nowIso : null,
      created_at: s.nowIso,
      updated_at: s.nowIso,
      status: 'open',
      severity: input.severity ?? 'C',
      contact_name: input.contactName?.trim() || person?.name || null,
      contact_email: input.contactEmail?.trim().toLowerCase() || person?.email || null,
      contact_phone: input.contactPhone?.trim() || null,
    };
    await s.trx.insertInto('support_ticket').values(ticket).execute();
    await s.audit({
      action: 'ticket.filed',
      entityType: 'support_ticket',
      entityId: ticket.id,
      tenantId,
      after: ticket,
    });
    s.changed({ tenantIds: [tenantId], topic: 'ticket' });
    const [view] = await withIncidentsIn(s, [ticket]);
    return view!;
  });
}

async function withIncidentsIn(s: CommandScope, tickets: SupportTicketTable[]): Promise<TicketView[]> {
  const ids = tickets.map((t) => t.incident_id).filter((id): id is string => !!id);
  const incidents = ids.length
    ? await s.trx
        .selectFrom('incident')
        .select(['id', 'title', 'status', 'is_resolved'])
        .where('id', 'in', ids)
        .execute()
    : [];
  return tickets.map((ticket) => {
    const i = incidents.find((x) => x.id === ticket.incident_id);
    return {
      ticket,
      incident: i ? { id: i.id, title: i.title, status: i.status, isResolved: i.is_resolved === 1 } : null,
    };
  });
}

export interface SimilarQuery {
  title: string;
  serviceId?: string;
  environmentId?: string;
  incidentId?: string;
}

/**
 * Open tickets of the tenant, visible to the reader, that are probably the problem being filed:
 * linked to the same incident, or about the same service or region with a similar title.
 */
export async function findSimilarTickets(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  q: SimilarQuery,
): Promise<TicketView[]> {
  tenantViewer(actor, tenantId);
  const db = ctx.database.db;
  const regionOf = async (environmentId: string | null | undefined) =>
    environmentId
      ? ((await db.selectFrom('environment').select('region_code').where('id', '=', environmentId).executeTakeFirst())
          ?.region_code ?? null)
      : null;
  const filing = {
    title: q.title,
    serviceId: q.serviceId ?? null,
    region: await regionOf(q.environmentId),
    incidentId: q.incidentId ?? null,
  };
  const open = await db
    .selectFrom('support_ticket')
    .leftJoin('environment', 'environment.id', 'support_ticket.environment_id')
    .selectAll('support_ticket')
    .select('environment.region_code')
    .where('support_ticket.tenant_id', '=', tenantId)
    .where('support_ticket.status', 'in', TICKET_STATUSES.filter(isActiveTicket))
    .orderBy('support_ticket.created_at', 'desc')
    .limit(500)
    .execute();
  const similar = open
    .filter(({ region_code, ...t }) => seesTicket(actor, t))
    .filter((t) =>
      looksLikeSameProblem(filing, {
        title: t.title,
        serviceId: t.service_id,
        region: t.region_code,
        incidentId: t.incident_id,
      }),
    )
    .slice(0, 5)
    .map(({ region_code: _, ...t }) => t);
  return withIncidents(ctx, similar);
}

/** "Reported issues": an org admin sees the tenant's tickets; a system admin those of their environments and their own. */
export async function listTenantTickets(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  page: PageRequest,
): Promise<Page<TicketView>> {
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

export async function listAllTickets(
  ctx: AppContext,
  actor: Actor,
  filter: PageRequest & { linked?: boolean; tenantId?: string; status?: TicketStatus },
): Promise<Page<TicketView>> {
  if (!isOperator(actor))
    throw forbidden(words('problem.tickets.listScope', { path: '/api/tenants/{tenantId}/tickets' }));
  let q = ctx.database.db.selectFrom('support_ticket').selectAll();
  if (filter.linked !== undefined) q = q.where('incident_id', filter.linked ? 'is not' : 'is', null);
  if (filter.tenantId) q = q.where('tenant_id', '=', filter.tenantId);
  if (filter.status) q = q.where('status', '=', filter.status);
  const result = await pageOf(q.orderBy('created_at', 'desc').orderBy('id'), filter);
  return { items: await withIncidents(ctx, result.items), total: result.total };
}

/** The ticket page: the ticket, its conversation, its files, and what the reader may do with it. */
export async function getTicket(ctx: AppContext, actor: Actor, id: string): Promise<TicketDetail> {
  const ticket = await visibleTicket(ctx, actor, id);
  const db = ctx.database.db;
  const [[view], replies, attachments, maintenance] = await Promise.all([
    withIncidents(ctx, [ticket]),
    db.selectFrom('ticket_reply').selectAll().where('ticket_id', '=', id).orderBy('seq').execute(),
    db
      .selectFrom('ticket_attachment')
      .select(['id', 'ticket_id', 'file_name', 'content_type', 'size', 'uploaded_by', 'created_at'])
      .where('ticket_id', '=', id)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    ticket.maintenance_id
      ? db.selectFrom('maintenance').select(['id', 'title']).where('id', '=', ticket.maintenance_id).executeTakeFirst()
      : undefined,
  ]);
  const personIds = [...new Set([ticket.reported_by, ...replies.map((r) => r.author_id)])];
  const people = await db.selectFrom('person').select(['id', 'name', 'email']).where('id', 'in', personIds).execute();
  const nameOf = (pid: string) => people.find((p) => p.id === pid)?.name ?? 'Someone no longer here';
  return {
    ...view!,
    maintenance: maintenance ?? null,
    reporter: people.find((p) => p.id === ticket.reported_by) ?? null,
    replies: replies.map((r) => ({ ...r, authorName: nameOf(r.author_id) })),
    attachments,
    moves: allowedMoves(sideOf(actor), ticket.status),
  };
}

/** The event that tells the other side of a reply (or the reporter of a move an operator made). */
function ticketPayload(
  ctx: AppContext,
  t: SupportTicketTable,
  extra: Record<string, unknown>,
): Record<string, unknown> {
  return {
    title: t.title,
    url: ticketUrl(ctx.config.publicUrl, t.id),
    status: TICKET_STATUS_LABELS[t.status],
    severity: TICKET_SEVERITY_LABELS[t.severity],
    ticketId: t.id,
    ...extra,
  };
}

export async function replyToTicket(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { body: string },
): Promise<TicketDetail> {
  if (actor.kind !== 'person') throw unauthenticated();
  new InputCheck().require('body.body', input.body).done();
  const side = sideOf(actor);
  await runCommand(ctx, actor, async (s) => {
    const before = await s.lock('support_ticket', id);
    if (!before || !seesTicket(actor, before)) throw notFound('ticket', id);
    if (before.status === 'closed') throw illegalTransition('problem.ticket.closed', 'body.body');
    const last = await s.trx
      .selectFrom('ticket_reply')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('ticket_id', '=', id)
      .executeTakeFirst();
    const reply: TicketReplyTable = {
      id: newId(),
      ticket_id: id,
      author_id: actor.personId,
      side,
      body: input.body.trim(),
      created_at: s.nowIso,
      seq: Number(last?.seq ?? 0) + 1,
    };
    await s.trx.insertInto('ticket_reply').values(reply).execute();
    const after: SupportTicketTable = {
      ...before,
      status: statusAfterReply(side, before.status),
      updated_at: s.nowIso,
    };
    await s.trx
      .updateTable('support_ticket')
      .set({ status: after.status, updated_at: after.updated_at })
      .where('id', '=', id)
      .execute();
    await s.audit({
      action: 'ticket.replied',
      entityType: 'support_ticket',
      entityId: id,
      tenantId: before.tenant_id,
      after: reply,
    });
    // The tenant side of the conversation: the reporter and everyone of the tenant who replied.
    const tenantSide = await s.trx
      .selectFrom('ticket_reply')
      .select('author_id')
      .distinct()
      .where('ticket_id', '=', id)
      .where('side', '=', 'tenant')
      .execute();
    await s.publish({
      type: 'ticket.replied',
      key: `ticket:${id}:reply:${reply.id}`,
      subject: { type: 'support_ticket', id },
      tenantId: before.tenant_id,
      scope:
        side === 'operator'
          ? {
              tenantIds: [before.tenant_id],
              personIds: [...new Set([before.reported_by, ...tenantSide.map((r) => r.author_id)])],
            }
          : {},
      payload: ticketPayload(ctx, after, { side, reply: reply.body, summary: reply.body.slice(0, 240) }),
    });
    s.changed({ tenantIds: [before.tenant_id], topic: 'ticket' });
  });
  return getTicket(ctx, actor, id);
}

/**
 * Moves a ticket's status. `from` is the status the reader saw: when someone else moved it
 * meanwhile, the move is refused (409) instead of overwriting theirs.
 */
export async function moveTicket(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { status: TicketStatus; from?: TicketStatus },
): Promise<TicketDetail> {
  if (actor.kind !== 'person') throw unauthenticated();
  const side = sideOf(actor);
  await runCommand(ctx, actor, async (s) => {
    const before = await s.lock('support_ticket', id);
    if (!before || !seesTicket(actor, before)) throw notFound('ticket', id);
    if (input.from !== undefined && input.from !== before.status) {
      throw conflict(words('problem.tickets.movedMeanwhile', { status: before.status }), 'body.from');
    }
    const refused = refusedMove(side, before.status, input.status);
    if (refused) throw illegalTransition(refused);
    const after: SupportTicketTable = { ...before, status: input.status, updated_at: s.nowIso };
    await s.trx
      .updateTable('support_ticket')
      .set({ status: after.status, updated_at: after.updated_at })
      .where('id', '=', id)
      .execute();
    await s.audit({
      action: 'ticket.status_changed',
      entityType: 'support_ticket',
      entityId: id,
      tenantId: before.tenant_id,
      before,
      after,
    });
    if (side === 'operator') {
      await s.publish({
        type: 'ticket.updated',
        key: `ticket:${id}:status:${after.status}:${s.nowIso}`,
        subject: { type: 'support_ticket', id },
        tenantId: before.tenant_id,
        scope: { tenantIds: [before.tenant_id], personIds: [before.reported_by] },
        payload: ticketPayload(ctx, after, {
          summary: `Your support ticket is now ${TICKET_STATUS_LABELS[after.status].toLowerCase()}.`,
        }),
      });
    }
    s.changed({ tenantIds: [before.tenant_id], topic: 'ticket' });
  });
  return getTicket(ctx, actor, id);
}

/** Attaches a file, accepted only when its first bytes say PNG, JPEG or PDF (or it is plain text named .txt/.log). */
export async function attachToTicket(
  ctx: AppContext,
  actor: Actor,
  id: string,
  fileName: string,
  bytes: Buffer,
): Promise<TicketAttachmentInfo> {
  if (actor.kind !== 'person') throw unauthenticated();
  await visibleTicket(ctx, actor, id);
  const name = cleanFileName(fileName);
  if (bytes.length === 0) throw invalid('body', words('problem.tickets.fileEmpty', { name }));
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new HeraldError(
      'HERALD_PAYLOAD_TOO_LARGE',
      words('problem.tickets.fileTooLarge', { name, size: bytes.length / 1024 / 1024 }),
      [{ field: 'body', message: words('problem.tickets.fileOver5', { name }) }],
    );
  }
  const type = sniffAttachment(name, bytes);
  if (!type) {
    throw new HeraldError('HERALD_UNSUPPORTED_MEDIA_TYPE', words('problem.tickets.fileKind', { name }), [
      { field: 'body', message: words('problem.tickets.fileKindField', { name }) },
    ]);
  }
  return runCommand(ctx, actor, async (s) => {
    const ticket = await s.lock('support_ticket', id);
    if (!ticket || !seesTicket(actor, ticket)) throw notFound('ticket', id);
    if (ticket.status === 'closed') throw illegalTransition('problem.ticket.closed', 'body');
    const row: TicketAttachmentTable = {
      id: newId(),
      ticket_id: id,
      file_name: name,
      content_type: type,
      size: bytes.length,
      content: bytes.toString('base64'),
      uploaded_by: actor.personId,
      created_at: s.nowIso,
    };
    await s.trx.insertInto('ticket_attachment').values(row).execute();
    await s.trx.updateTable('support_ticket').set({ updated_at: s.nowIso }).where('id', '=', id).execute();
    const { content: _, ...info } = row;
    await s.audit({
      action: 'ticket.attached',
      entityType: 'support_ticket',
      entityId: id,
      tenantId: ticket.tenant_id,
      after: info,
    });
    s.changed({ tenantIds: [ticket.tenant_id], topic: 'ticket' });
    return info;
  });
}

export async function readAttachment(
  ctx: AppContext,
  actor: Actor,
  ticketId: string,
  attachmentId: string,
): Promise<TicketAttachmentInfo & { bytes: Buffer }> {
  await visibleTicket(ctx, actor, ticketId);
  const row = await ctx.database.db
    .selectFrom('ticket_attachment')
    .selectAll()
    .where('id', '=', attachmentId)
    .where('ticket_id', '=', ticketId)
    .executeTakeFirst();
  if (!row) throw notFound('attachment', attachmentId);
  const { content, ...info } = row;
  return { ...info, bytes: Buffer.from(content, 'base64') };
}

/** Links a ticket to the incident it is about; the reporter hears of it (ticket.updated). */
export async function linkTicket(
  ctx: AppContext,
  actor: Actor,
  ticketId: string,
  incidentId: string,
): Promise<TicketView> {
  if (!isOperator(actor)) throw forbidden('problem.tickets.operatorsLink');
  return runCommand(ctx, actor, async (s) => {
    const before = await s.lock('support_ticket', ticketId);
    if (!before) throw notFound('ticket', ticketId);
    const incident = await s.trx.selectFrom('incident').selectAll().where('id', '=', incidentId).executeTakeFirst();
    if (!incident) throw invalid('body.incidentId', 'problem.incidents.notKnown');
    const touches = await s.trx
      .selectFrom('incident_environment')
      .select('incident_id')
      .where('incident_id', '=', incidentId)
      .where('tenant_id', '=', before.tenant_id)
      .executeTakeFirst();
    if (!touches) {
      throw conflict(words('problem.tickets.incidentElsewhere', { id: incidentId }), 'body.incidentId');
    }
    // Linking an open ticket is the operator taking it up.
    const status = before.status === 'open' ? 'inProgress' : before.status;
    const after: SupportTicketTable = {
      ...before,
      incident_id: incidentId,
      linked_at: s.nowIso,
      updated_at: s.nowIso,
      status,
    };
    await s.trx.updateTable('support_ticket').set(after).where('id', '=', ticketId).execute();
    await s.audit({
      action: 'ticket.linked',
      entityType: 'support_ticket',
      entityId: ticketId,
      tenantId: before.tenant_id,
      before,
      after,
    });
    await s.publish({
      type: 'ticket.updated',
      key: `ticket:${ticketId}:linked:${incidentId}`,
      subject: { type: 'support_ticket', id: ticketId },
      tenantId: before.tenant_id,
      scope: { tenantIds: [before.tenant_id], personIds: [before.reported_by] },
      payload: ticketPayload(ctx, after, {
        summary: `Your reported issue is being handled as ${incident.id}: ${incident.title}.`,
        url: incidentUrl(ctx.config.publicUrl, incident.id),
        incidentId: incident.id,
      }),
    });
    s.changed({ tenantIds: [before.tenant_id], topic: 'ticket' });
    return {
      ticket: after,
      incident: {
        id: incident.id,
        title: incident.title,
        status: incident.status,
        isResolved: incident.is_resolved === 1,
      },
    };
  });
}
