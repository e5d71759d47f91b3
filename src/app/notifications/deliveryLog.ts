// The delivery log: for each event, the rule the policy applied, who was chosen and why (rule and
// role), and for each delivery its status, attempts and last error. Operators see everything; a
// tenant's org admins see the events that concern their tenant and only their tenant's deliveries.
import { isOperator, type Actor } from '../../domain/actor.js';
import type { EventType } from '../../domain/events.js';
import { decide, type PolicyDecision } from '../../domain/policies.js';
import { notFound, unauthenticated } from '../../errors.js';
import type {
  DeliveryAttemptTable,
  DeliveryChannel,
  DeliveryStatus,
  DeliveryTable,
  EventTable,
} from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import { DEFAULT_PAGE, MAX_PAGE, type Page, type PageRequest } from '../directory/paging.js';
import type { AppContext } from '../context.js';

export interface EventView {
  event: EventTable;
  payload: Record<string, unknown>;
  /** Only operators see the scope: it names other tenants. */
  scope: Record<string, unknown> | null;
  /** What the policy says today for this event (deliveries keep the rule that chose them). */
  decision: PolicyDecision;
  counts: Record<DeliveryStatus, number>;
}

export interface AttemptView {
  attempt: number;
  /** Unknown for the successful try, which is recorded on the delivery itself (sent_at). */
  startedAt: string | null;
  finishedAt: string;
  ok: boolean;
  error: string | null;
}

export interface DeliveryView extends DeliveryTable {
  recipientLabel: string;
  /** The failed tries, then the successful one for a sent delivery. */
  history: AttemptView[];
}

function historyOf(d: DeliveryTable, failed: DeliveryAttemptTable[]): AttemptView[] {
  const history: AttemptView[] = failed.map((a) => ({
    attempt: a.attempt,
    startedAt: a.started_at,
    finishedAt: a.finished_at,
    ok: a.ok === 1,
    error: a.error,
  }));
  if (d.status === 'sent' && d.channel !== 'in_app' && d.sent_at)
    history.push({ attempt: d.attempts, startedAt: null, finishedAt: d.sent_at, ok: true, error: null });
  return history;
}

/** Tenants whose delivery log the actor reads; null: all of them (operators). */
function logTenants(actor: Actor): string[] | null {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (isOperator(actor)) return null;
  return actor.kind === 'person' ? [...actor.orgAdminOf] : [];
}

export { DELIVERY_STATUSES } from '../../shared/notifications.js';

const emptyCounts = (): Record<DeliveryStatus, number> => ({ pending: 0, sent: 0, failed: 0, dead: 0, suppressed: 0 });

function present(event: EventTable, operator: boolean, counts: Record<DeliveryStatus, number>): EventView {
  const { scope, ...payload } = fromJson<Record<string, unknown>>(event.payload, {});
  return {
    event,
    payload,
    scope: operator ? ((scope as Record<string, unknown>) ?? {}) : null,
    decision: decide({ type: event.type as EventType, payload }),
    counts,
  };
}

function visibleEvents(ctx: AppContext, tenants: string[] | null) {
  const query = ctx.database.db.selectFrom('event').selectAll('event');
  if (tenants === null) return query;
  return query.where((eb) =>
    eb.or([
      eb('event.tenant_id', 'in', tenants),
      eb.exists(
        eb
          .selectFrom('delivery')
          .select('delivery.id')
          .whereRef('delivery.event_id', '=', 'event.id')
          .where('delivery.tenant_id', 'in', tenants),
      ),
    ]),
  );
}

async function countsOf(
  ctx: AppContext,
  eventIds: string[],
  tenants: string[] | null,
  channel?: DeliveryChannel,
): Promise<Map<string, Record<DeliveryStatus, number>>> {
  const counts = new Map(eventIds.map((id) => [id, emptyCounts()]));
  if (!eventIds.length) return counts;
  let query = ctx.database.db
    .selectFrom('delivery')
    .select((eb) => ['event_id', 'status', eb.fn.countAll<number>().as('n')])
    .where('event_id', 'in', eventIds)
    .groupBy(['event_id', 'status']);
  if (tenants !== null) query = query.where('tenant_id', 'in', tenants);
  if (channel) query = query.where('channel', '=', channel);
  for (const row of await query.execute()) counts.get(row.event_id)![row.status] = Number(row.n);
  return counts;
}

export async function listEvents(
  ctx: AppContext,
  actor: Actor,
  filter: PageRequest & {
    type?: string;
    subjectType?: string;
    subjectId?: string;
    channel?: DeliveryChannel;
    status?: DeliveryStatus;
  },
): Promise<Page<EventView>> {
  const tenants = logTenants(actor);
  if (tenants !== null && !tenants.length) return { items: [], total: 0 };
  let query = visibleEvents(ctx, tenants);
  if (filter.type) query = query.where('event.type', '=', filter.type);
  const { channel, status } = filter;
  if (channel || status) {
    // An event is listed when one of its deliveries the reader may see is on that channel and in
    // that status: an org admin's filter never matches on another tenant's deliveries.
    query = query.where((eb) => {
      let match = eb.selectFrom('delivery').select('delivery.id').whereRef('delivery.event_id', '=', 'event.id');
      if (channel) match = match.where('delivery.channel', '=', channel);
      if (status) match = match.where('delivery.status', '=', status);
      if (tenants !== null) match = match.where('delivery.tenant_id', 'in', tenants);
      return eb.exists(match);
    });
  }
  if (filter.subjectType) query = query.where('event.subject_type', '=', filter.subjectType);
  if (filter.subjectId) query = query.where('event.subject_id', '=', filter.subjectId);
  const limit = Math.min(Math.max(filter.limit ?? DEFAULT_PAGE, 1), MAX_PAGE);
  const [rows, total] = await Promise.all([
    query
      .orderBy('event.occurred_at', 'desc')
      .orderBy('event.id')
      .limit(limit)
      .offset(Math.max(filter.offset ?? 0, 0))
      .execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
  ]);
  // Filtered by channel, the counts are that channel's: what the reader asked about.
  const counts = await countsOf(
    ctx,
    rows.map((r) => r.id),
    tenants,
    channel,
  );
  return { items: rows.map((r) => present(r, tenants === null, counts.get(r.id)!)), total: Number(total?.n ?? 0) };
}

export async function getEventDeliveries(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  filter: PageRequest & { status?: DeliveryStatus; channel?: string },
): Promise<{ event: EventView; deliveries: Page<DeliveryView> }> {
  const tenants = logTenants(actor);
  const event =
    tenants !== null && !tenants.length
      ? undefined
      : await visibleEvents(ctx, tenants).where('event.id', '=', eventId).executeTakeFirst();
  if (!event) throw notFound('event', eventId);
  const db = ctx.database.db;
  let query = db.selectFrom('delivery').selectAll().where('event_id', '=', eventId);
  if (tenants !== null) query = query.where('tenant_id', 'in', tenants);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.channel) query = query.where('channel', '=', filter.channel as never);
  const limit = Math.min(Math.max(filter.limit ?? DEFAULT_PAGE, 1), MAX_PAGE);
  const [rows, total, counts] = await Promise.all([
    query
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit)
      .offset(Math.max(filter.offset ?? 0, 0))
      .execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
    countsOf(ctx, [eventId], tenants),
  ]);
  const personIds = rows.filter((r) => r.recipient_kind === 'person').map((r) => r.recipient_id);
  const endpointIds = rows.filter((r) => r.recipient_kind === 'webhook').map((r) => r.recipient_id);
  const subscriberIds = rows.filter((r) => r.recipient_kind === 'subscriber').map((r) => r.recipient_id);
  const [people, endpoints, subscribers, attempts] = await Promise.all([
    personIds.length ? db.selectFrom('person').select(['id', 'email']).where('id', 'in', personIds).execute() : [],
    endpointIds.length
      ? db.selectFrom('webhook_endpoint').select(['id', 'url']).where('id', 'in', endpointIds).execute()
      : [],
    subscriberIds.length
      ? db.selectFrom('subscriber').select(['id', 'address']).where('id', 'in', subscriberIds).execute()
      : [],
    rows.length
      ? db
          .selectFrom('delivery_attempt')
          .selectAll()
          .where(
            'delivery_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('attempt')
          .execute()
      : [],
  ]);
  const labels = new Map<string, string>([
    ...people.map((p) => [p.id, p.email] as const),
    ...endpoints.map((e) => [e.id, e.url] as const),
    ...subscribers.map((x) => [x.id, x.address] as const),
  ]);
  return {
    event: present(event, tenants === null, counts.get(eventId)!),
    deliveries: {
      items: rows.map((r) => ({
        ...r,
        recipientLabel: labels.get(r.recipient_id) ?? '(deleted)',
        history: historyOf(
          r,
          attempts.filter((a) => a.delivery_id === r.id),
        ),
      })),
      total: Number(total?.n ?? 0),
    },
  };
}
