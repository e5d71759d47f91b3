// The "Sent mail" views: with no SMTP_URL, mail is kept in the database instead of sent, and an
// operator can read it here (what a new installation would have told whom); a tenant's org admins
// read the email sent to their people.
import { canManageTenant, canReadTenant, isOperator, type Actor } from '../../domain/actor.js';
import { forbidden, notFound, unauthenticated } from '../../errors.js';
import type { DeliveryStatus, DeliveryTable, SentMailTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import { pageOf, type Page, type PageRequest } from '../directory/paging.js';
import type { AppContext } from '../context.js';

export async function listSentMail(
  ctx: AppContext,
  actor: Actor,
  filter: PageRequest & { to?: string },
): Promise<Page<SentMailTable>> {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (!isOperator(actor)) throw forbidden('problem.sentMail.operatorsOnly');
  let query = ctx.database.db.selectFrom('sent_mail').selectAll();
  if (filter.to) query = query.where('mail_to', '=', filter.to.trim().toLowerCase());
  return pageOf(query.orderBy('created_at', 'desc').orderBy('id'), filter);
}

export interface TenantMailView {
  delivery: DeliveryTable;
  to: string;
  eventType: string;
  title: string;
  /** The mail as sent when Herald kept a copy (no SMTP_URL); null when it went through SMTP. */
  kept: Pick<SentMailTable, 'subject' | 'text'> | null;
}

/**
 * "Sent mail" for a tenant: the email Herald sent (or tried to send) to the tenant's people, newest
 * first. Org admins of the tenant and operators; another tenant's mail is never in it, since the
 * delivery row carries the recipient's tenant.
 */
export async function listTenantSentMail(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  filter: PageRequest & { to?: string; status?: DeliveryStatus; type?: string },
): Promise<Page<TenantMailView>> {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (!canManageTenant(actor, tenantId)) {
    if (canReadTenant(actor, tenantId)) throw forbidden('problem.sentMail.orgAdminsOnly');
    throw notFound('tenant', tenantId);
  }
  let query = ctx.database.db
    .selectFrom('delivery')
    .innerJoin('event', 'event.id', 'delivery.event_id')
    .innerJoin('person', 'person.id', 'delivery.recipient_id')
    .leftJoin('sent_mail', 'sent_mail.delivery_id', 'delivery.id')
    .selectAll('delivery')
    .select([
      'person.email as to',
      'event.type as event_type',
      'event.payload',
      'sent_mail.subject as kept_subject',
      'sent_mail.text as kept_text',
    ])
    .where('delivery.tenant_id', '=', tenantId)
    .where('delivery.channel', '=', 'email')
    .where('delivery.recipient_kind', '=', 'person');
  if (filter.to) query = query.where('person.email', '=', filter.to.trim().toLowerCase());
  if (filter.status) query = query.where('delivery.status', '=', filter.status);
  if (filter.type) query = query.where('event.type', '=', filter.type);
  const page = await pageOf(query.orderBy('delivery.created_at', 'desc').orderBy('delivery.id'), filter);
  return {
    total: page.total,
    items: page.items.map(({ to, event_type, payload, kept_subject, kept_text, ...delivery }) => {
      const p = fromJson<Record<string, unknown>>(payload, {});
      return {
        delivery,
        to,
        eventType: event_type,
        title: typeof p.title === 'string' ? p.title : event_type,
        kept: kept_subject !== null && kept_text !== null ? { subject: kept_subject, text: kept_text } : null,
      };
    }),
  };
}
