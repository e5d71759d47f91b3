// Planning for public subscribers of the status page. An event about an incident or maintenance
// that is public now (src/domain/publicity.ts, through the same helpers the status page uses)
// reaches every active subscriber who chose everything, one of its regions or one of its
// services: one INSERT … SELECT, through the index from a region or service to its subscribers,
// in the same id ranges as people when the audience is large (src/delivery/planner.ts). Nothing
// tenant- or environment-scoped qualifies, so nothing private can reach a subscriber. Their own
// mail (confirmation, "already subscribed", a webhook's verification) is a `subscriber.mail`
// event naming them in `scope.subscriberIds`.
import { sql, type RawBuilder, type Transaction } from 'kysely';
import { isPublicIncident } from '../app/serviceHealth/scope.js';
import { isPublicMaintenance } from '../app/updates/maintenanceLookup.js';
import type { NewEvent } from '../domain/events.js';
import { isSubscriberEventType, SUBSCRIBER_MAIL, SUBSCRIBER_NOTICE } from '../domain/subscribers.js';
import type { DialectName } from '../store/database.js';
import { deliveryIdSql } from '../store/outbox.js';
import type { DB, EventTable } from '../store/schema.js';
import { fromJson } from '../store/values.js';

/** Where an event is felt: its regions, and its services (null: every service). */
export interface PublicAudience {
  regions: string[];
  services: string[] | null;
}

export interface IdRange {
  from: string | null;
  to: string | null;
}

const RULE = 'public-subscription';

/** The public places an event touches, or null when subscribers are not to hear of it. */
export async function publicAudienceOf(
  trx: Transaction<DB>,
  event: Pick<NewEvent, 'type'>,
  row: EventTable,
): Promise<PublicAudience | null> {
  if (!isSubscriberEventType(event.type)) return null;
  if (row.subject_type === 'incident') {
    const incident = await trx
      .selectFrom('incident')
      .select(['scope', 'severity', 'is_public', 'maintenance_id', 'service_ids'])
      .where('id', '=', row.subject_id)
      .executeTakeFirst();
    if (!incident || !isPublicIncident(incident)) return null;
    const { regions } = fromJson<{ regions: string[] }>(incident.scope, { regions: [] });
    return { regions, services: fromJson<string[]>(incident.service_ids, []) };
  }
  if (row.subject_type === 'maintenance') {
    const m = await trx
      .selectFrom('maintenance')
      .select(['impact', 'state', 'environment_filter', 'services'])
      .where('id', '=', row.subject_id)
      .executeTakeFirst();
    // A cancellation is told to those who heard of the work, though the page no longer shows it.
    const state = event.type === 'maintenance.cancelled' ? 'scheduled' : m?.state;
    if (!m || !state || !isPublicMaintenance({ ...m, state })) return null;
    const windows = await trx
      .selectFrom('maintenance_window')
      .select('region_code')
      .distinct()
      .where('maintenance_id', '=', row.subject_id)
      .execute();
    const services = fromJson<string[]>(m.services, []);
    return { regions: windows.map((w) => w.region_code), services: services.length ? services : null };
  }
  return null;
}

function inRange(column: RawBuilder<unknown>, range: IdRange | null): RawBuilder<unknown> {
  if (!range) return sql``;
  const from = range.from === null ? sql`` : sql` and ${column} >= ${range.from}`;
  const to = range.to === null ? sql`` : sql` and ${column} < ${range.to}`;
  return sql`${from}${to}`;
}

/** (id, kind) of the active subscribers an audience reaches, each once. */
function subscribersOf(audience: PublicAudience, range: IdRange | null): RawBuilder<unknown> {
  const chosen = [
    ...(audience.regions.length ? [sql`(c.kind = 'region' and c.code in (${sql.join(audience.regions)}))`] : []),
    ...(audience.services === null
      ? [sql`c.kind = 'service'`]
      : audience.services.length
        ? [sql`(c.kind = 'service' and c.code in (${sql.join(audience.services)}))`]
        : []),
  ];
  const everyone = sql`select s.id, s.kind from subscriber s
    where s.status = 'active' and s.everything = 1${inRange(sql`s.id`, range)}`;
  if (!chosen.length) return everyone;
  return sql`${everyone} union
    select s.id, s.kind from subscriber_component c join subscriber s on s.id = c.subscriber_id
    where s.status = 'active' and (${sql.join(chosen, sql` or `)})${inRange(sql`c.subscriber_id`, range)}`;
}

/** Whether more than `limit` subscribers would be told (counted only that far). */
export async function hasMoreSubscribers(
  trx: Transaction<DB>,
  audience: PublicAudience,
  limit: number,
): Promise<boolean> {
  const counted = await sql<{ n: number | string }>`select count(*) as n
    from (select 1 as one from (${subscribersOf(audience, null)}) a limit ${limit + 1}) c`.execute(trx);
  return Number(counted.rows[0]?.n ?? 0) > limit;
}

/** One delivery per subscriber of the audience (in the range): email or webhook, by its kind. */
export async function planForSubscribers(
  trx: Transaction<DB>,
  dialect: DialectName,
  row: EventTable,
  audience: PublicAudience,
  plannedAt: Date,
  range: IdRange | null,
): Promise<number> {
  return insertFor(trx, dialect, row, subscribersOf(audience, range), SUBSCRIBER_NOTICE, 'subscribed', plannedAt);
}

/** A `subscriber.mail` event's deliveries: its template to the subscribers it names, pending or not. */
export async function planForListedSubscribers(
  trx: Transaction<DB>,
  dialect: DialectName,
  event: NewEvent,
  row: EventTable,
  plannedAt: Date,
): Promise<number> {
  const ids = event.scope.subscriberIds ?? [];
  const template = String(event.payload.template);
  if (!ids.length || !(SUBSCRIBER_MAIL as readonly string[]).includes(template)) return 0;
  const listed = sql`select s.id, s.kind from subscriber s where s.id in (${sql.join(ids)})`;
  return insertFor(trx, dialect, row, listed, template, 'asked', plannedAt);
}

async function insertFor(
  trx: Transaction<DB>,
  dialect: DialectName,
  row: EventTable,
  subscribers: RawBuilder<unknown>,
  template: string,
  reason: string,
  plannedAt: Date,
): Promise<number> {
  const now = plannedAt.toISOString();
  const result = await sql`
    insert into delivery (id, event_id, channel, recipient_kind, recipient_id, tenant_id, rule, reason, template,
      status, attempts, next_attempt_at, created_at)
    select ${deliveryIdSql(dialect, plannedAt, sql`row_number() over (order by a.id)`)}, ${row.id},
      case when a.kind = 'email' then 'email' else 'webhook' end,
      'subscriber', a.id, null, ${RULE}, ${reason}, ${template}, 'pending', 0, ${now}, ${now}
    from (${subscribers}) a
    order by a.id
    on conflict do nothing`.execute(trx);
  return Number(result.numAffectedRows ?? 0n);
}
