// Turns one event into delivery rows (the outbox): the policy (src/domain/policies.ts) names the
// rule; one INSERT … SELECT expands its audience selectors to people, applies their preferences
// and keeps one row per (person, channel), the first selector's, so a person with three roles
// gets one delivery per channel whose `reason` names the role that chose them. Planning happens
// only for a new event (its key is unique), so publishing the same event again adds nothing; and
// every insert skips a (event, channel, recipient) row that exists, so planning a part of an
// event twice adds nothing either. Webhook endpoints subscribed to the event type in the affected
// tenants get one delivery each.
//
// A large audience is not planned inside the publishing transaction, which would keep every
// message waiting until the last row is written: people are cut into PLAN_CHUNKS ranges of
// their (random, so evenly spread) ids; the first, a thousandth of them, is planned with the
// event, and a plan request commits with it. src/delivery/planQueue.ts plans the other chunks
// after the commit, each in its own transaction with the request's cursor, while the first
// messages are already being sent.
// A person their directory deactivated (SCIM) is told nothing. Public subscribers of the status
// page are planned by src/delivery/subscribers.ts, in the same chunks. An event published with
// `notified: false` (an incident post made without notifying, a correction) is planned as usual
// but every row is written as suppressed, so the delivery log shows whom it did not tell, and why.
import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { HeraldConfig } from '../config.js';
import type { EventScope, NewEvent } from '../domain/events.js';
import {
  ADDITIONAL_RECIPIENT_CHANNELS,
  decide,
  isSilence,
  isWebhookEventType,
  reasonOf,
  type AudienceSelector,
  type NoticeRule,
  type PersonChannel,
} from '../domain/policies.js';
import type { DialectName } from '../store/database.js';
import { deliveryIdSql, OUTBOX_CHANNEL } from '../store/outbox.js';
import { hasPlanRequestFor, insertPlanRequest } from '../store/planRequests.js';
import type { DB, EventTable } from '../store/schema.js';
import { affectedEnvironments, affectedTenants } from './scope.js';
import { hasMoreSubscribers, planForListedSubscribers, planForSubscribers, publicAudienceOf } from './subscribers.js';

export interface PlannerScope {
  trx: Transaction<DB>;
  dialect: DialectName;
  config: HeraldConfig;
}

export interface PlanResult {
  /** Rows written in this transaction. */
  planned: number;
  /** The rest of the audience is left to the plan queue, after the commit. */
  queued: boolean;
}

/** Why every delivery of an event published with `notified: false` is suppressed. */
export const NOT_NOTIFIED = 'posted without notifying';
const isSilent = (event: NewEvent): boolean => event.payload.notified === false;

/** The rule name on webhook deliveries: an endpoint chose the event type, not a policy. */
const WEBHOOK_RULE = 'webhook-subscription';

/**
 * Upper bounds of the person-id ranges a large audience is planned in (ids are 26 random
 * characters of `234567a…z`, in that order, so each range holds a known share of everybody):
 * chunk 0 is ids below "23" (1/1,024 of people: planned with the event, the first messages),
 * chunk 1 the rest of "2…" (1/32: soon after), then about quarters; the last chunk is open-ended,
 * so every id falls in exactly one chunk. Few chunks, because each one pays again for resolving
 * the scope and sorting its part.
 */
const CHUNK_UPPER_BOUNDS = ['23', '3', 'c', 'k', 's'];
export const PLAN_CHUNKS = CHUNK_UPPER_BOUNDS.length + 1;

interface PersonRange {
  /**
   * '' for the first chunk: below every id, so every chunk has both bounds and PostgreSQL, before
   * it has statistics on a newly filled directory, reads the narrow ones through the person index
   * (it counts a one-sided bound as a third of the table, a two-sided one as a sliver).
   */
  from: string;
  to: string | null;
  /** A thirty-second of people or less: worth finding through the person index. */
  narrow: boolean;
}

const chunkRange = (chunk: number): PersonRange => ({
  from: CHUNK_UPPER_BOUNDS[chunk - 1] ?? '',
  to: CHUNK_UPPER_BOUNDS[chunk] ?? null,
  narrow: chunk <= 1,
});

export async function planDeliveries(
  scope: PlannerScope,
  event: NewEvent,
  row: EventTable,
  now: Date,
): Promise<PlanResult> {
  const decision = decide(event);
  let planned = 0;
  let queued = false;
  if (!isSilence(decision)) {
    if (await isLarge(scope, event, row, decision)) {
      planned += await planForPeople(scope, event, row, decision, now, chunkRange(0));
      await insertPlanRequest(scope.trx, {
        event_id: row.id,
        subject_type: row.subject_type,
        subject_id: row.subject_id,
        next_chunk: 1,
        created_at: row.created_at,
        updated_at: row.created_at,
      });
      queued = true;
    } else {
      planned += await planForPeople(scope, event, row, decision, now, null);
    }
  }
  if (isWebhookEventType(event.type)) planned += await planForWebhooks(scope, event, row, now);
  // Public subscribers (src/delivery/subscribers.ts): a large audience in the same chunks as people.
  // A post made without notifying is not planned for them at all: a correction is not news to
  // the public, and suppressed rows for every subscriber would only fill the delivery log.
  const audience = isSilent(event) ? null : await publicAudienceOf(scope.trx, event, row);
  if (audience) {
    const large =
      queued ||
      (await hasPlanRequestFor(scope.trx, row.subject_type, row.subject_id)) ||
      (await hasMoreSubscribers(scope.trx, audience, scope.config.planInlinePeople));
    planned += await planForSubscribers(scope.trx, scope.dialect, row, audience, now, large ? chunkRange(0) : null);
    if (large && !queued) {
      await insertPlanRequest(scope.trx, {
        event_id: row.id,
        subject_type: row.subject_type,
        subject_id: row.subject_id,
        next_chunk: 1,
        created_at: row.created_at,
        updated_at: row.created_at,
      });
      queued = true;
    }
  }
  if (event.scope.subscriberIds?.length)
    planned += await planForListedSubscribers(scope.trx, scope.dialect, event, row, now);
  if (!isSilence(decision)) planned += await planForTeams(scope, event, row, decision, now);
  // Wakes workers in other processes once the transaction commits (NOTIFY is transactional).
  if ((planned > 0 || queued) && scope.dialect === 'postgres')
    await sql`select pg_notify(${OUTBOX_CHANNEL}, '')`.execute(scope.trx);
  return { planned, queued };
}

/** Plans one chunk of a queued event's audience (src/delivery/planQueue.ts); returns the rows written. */
export async function planChunk(scope: PlannerScope, row: EventTable, chunk: number, now: Date): Promise<number> {
  const event = eventOf(row);
  const decision = decide(event);
  // People planned whole with the event (only subscribers were many) add nothing here: their rows exist.
  const people = isSilence(decision) ? 0 : await planForPeople(scope, event, row, decision, now, chunkRange(chunk));
  const audience = isSilent(event) ? null : await publicAudienceOf(scope.trx, event, row);
  return (
    people + (audience ? await planForSubscribers(scope.trx, scope.dialect, row, audience, now, chunkRange(chunk)) : 0)
  );
}

/** The event as it was published, from its stored row (the payload keeps the scope). */
function eventOf(row: EventTable): NewEvent {
  const { scope, ...payload } = JSON.parse(row.payload) as { scope: EventScope } & Record<string, unknown>;
  return {
    type: row.type as NewEvent['type'],
    key: row.key,
    subject: { type: row.subject_type, id: row.subject_id },
    tenantId: row.tenant_id,
    scope,
    payload,
  };
}

/**
 * Whether the audience is planned in chunks: when it reaches more than `planInlinePeople`
 * people (counted only that far), or when an earlier event about the same subject is still
 * being planned (its recipients, which a follow-up reaches, are not all written yet).
 */
async function isLarge(scope: PlannerScope, event: NewEvent, row: EventTable, rule: NoticeRule): Promise<boolean> {
  const people = rule.audience
    .filter((s) => !('people' in s && s.people === 'listed'))
    .flatMap((s) => peopleOf(scope.trx, s, event, row) ?? []);
  if (!people.length) return false;
  if (await hasPlanRequestFor(scope.trx, row.subject_type, row.subject_id)) return true;
  const limit = scope.config.planInlinePeople;
  const counted = await sql<{
    n: number | string;
  }>`select count(*) as n from (select 1 as one from (${sql.join(people, sql` union all `)}) p limit ${limit + 1}) c`.execute(
    scope.trx,
  );
  return Number(counted.rows[0]?.n ?? 0) > limit;
}

/** (person_id, tenant_id) rows of the people a selector names; may repeat a person. */
function peopleOf(
  trx: Transaction<DB>,
  selector: AudienceSelector,
  event: NewEvent,
  row: EventTable,
  byPerson = false,
): RawBuilder<unknown> | null {
  // `+` keeps SQLite off the scope's indexes when a narrow range of people is to be found
  // through the person index instead (see rangeOf).
  const unindexed = byPerson ? sql`+` : sql``;
  const scope: EventScope = event.scope;
  if ('team' in selector) return null;
  if ('people' in selector) {
    if (selector.people === 'listed') {
      if (!scope.personIds?.length) return null;
      return sql`select p.id as person_id, ${row.tenant_id} as tenant_id from person p where p.id in (${sql.join(scope.personIds)})`;
    }
    return sql`select distinct d.recipient_id as person_id, d.tenant_id as tenant_id
      from delivery d join event e on e.id = d.event_id
      where e.subject_type = ${row.subject_type} and e.subject_id = ${row.subject_id} and e.id <> ${row.id}
        and d.recipient_kind = 'person' and d.status <> 'suppressed'`;
  }
  switch (selector.role) {
    case 'operator':
      return sql`select ra.person_id, cast(null as text) as tenant_id from role_assignment ra where ra.role = 'operator'`;
    case 'system_admin': {
      const environments = affectedEnvironments(trx, scope);
      if (!environments) return null;
      return sql`select ra.person_id, ra.tenant_id from role_assignment ra where ra.role = 'system_admin' and ${unindexed}ra.environment_id in (${environments})`;
    }
    case 'org_admin':
    case 'additional_recipient': {
      const tenants = affectedTenants(trx, scope);
      if (!tenants) return null;
      // Categories are a JSON array of known words, so the quoted word matches exactly one entry.
      const category =
        selector.role === 'additional_recipient' ? sql` and ra.categories like ${`%"${selector.category}"%`}` : sql``;
      return sql`select ra.person_id, ra.tenant_id from role_assignment ra where ra.role = ${selector.role} and ${unindexed}ra.tenant_id in (${tenants})${category}`;
    }
  }
}

/**
 * A selector's people narrowed to a chunk's range of person ids. On SQLite, which has no
 * statistics to choose by, the range says which index drives: a wide range is read through the
 * scope's indexes, which hold each tenant's or environment's role assignments in person order
 * (migration 026), so only the chunk's part of each is read, from the index; a narrow one (the
 * first chunks, planned with the event) is found fastest through the person index, and
 * peopleOf's `byPerson` keeps the scope's indexes out of its way. PostgreSQL chooses by itself.
 */
function rangeOf(
  scope: PlannerScope,
  selector: AudienceSelector,
  event: NewEvent,
  row: EventTable,
  range: PersonRange | null,
): RawBuilder<unknown> | null {
  const sqlite = scope.dialect === 'sqlite';
  const people = peopleOf(scope.trx, selector, event, row, sqlite && range?.narrow === true);
  if (!people || !range) return people;
  return sql`select r.person_id, r.tenant_id from (${people}) r where ${inRange(sql`r.person_id`, range)}`;
}

/** `column` within a chunk's range of person ids. */
function inRange(column: RawBuilder<unknown>, range: PersonRange) {
  return range.to === null
    ? sql`${column} >= ${range.from}`
    : sql`${column} >= ${range.from} and ${column} < ${range.to}`;
}

/** The channels a selector's people are reached on: [channel, opt-in only]. */
function channelsOf(rule: NoticeRule, selector: AudienceSelector): [PersonChannel, boolean][] {
  if ('role' in selector && selector.role === 'additional_recipient') {
    // Being added for the category is their opt-in: they get its mail.
    return ADDITIONAL_RECIPIENT_CHANNELS.map((c) => [c, false]);
  }
  return [
    ...rule.channels.map((c): [PersonChannel, boolean] => [c, false]),
    ...rule.optIn.map((c): [PersonChannel, boolean] => [c, true]),
  ];
}

/**
 * One INSERT … SELECT for the rule's whole audience. Each selector's people are gathered into one
 * row per person (which selectors chose them, and the tenant each one chose them in), then
 * crossed with the rule's channels: a channel's row takes the first selector (by precedence) that
 * reaches the person on it — through their preference when it is opt-in. Folding to people first
 * sorts as many rows as there are people (by the GROUP BY, which hands them out in person order),
 * not one per (person, channel) pair per selector: sorting was most of planning's time. The rows
 * leave in person order with their channels in turn, so their ordinals (and thus ids) ascend
 * with the insert and the indexes fill in one pass instead of at random.
 */
async function planForPeople(
  scope: PlannerScope,
  event: NewEvent,
  row: EventTable,
  rule: NoticeRule,
  plannedAt: Date,
  range: PersonRange | null,
): Promise<number> {
  const now = plannedAt.toISOString();
  const selectors = rule.audience.flatMap((selector, precedence) => {
    const people = rangeOf(scope, selector, event, row, range);
    const channels = channelsOf(rule, selector);
    return people && channels.length ? [{ selector, precedence, people, channels: new Map(channels) }] : [];
  });
  if (!selectors.length) return 0;
  const arms = selectors.map(
    ({ people, precedence }) => sql`select a.person_id, a.tenant_id, ${sql.lit(precedence)} as s from (${people}) a`,
  );
  const flags = selectors.map(
    ({ precedence: i }) =>
      sql`max(case when k.s = ${sql.lit(i)} then 1 end) as ${sql.ref(`s${i}`)}, max(case when k.s = ${sql.lit(i)} then k.tenant_id end) as ${sql.ref(`t${i}`)}`,
  );
  const channels = [...new Set(selectors.flatMap(({ channels }) => [...channels.keys()]))];
  // For each channel: the first selector that chose the person and reaches them on it.
  const first = (value: (i: number, selector: AudienceSelector) => RawBuilder<unknown>) =>
    sql`case ch.column1 ${sql.join(
      channels.map(
        (c) =>
          sql`when ${sql.lit(c)} then case ${sql.join(
            selectors.flatMap(({ selector, precedence: i, channels: reach }) =>
              reach.has(c)
                ? [
                    sql`when p.${sql.ref(`s${i}`)} = 1${reach.get(c) ? sql` and np.enabled = 1` : sql``} then ${value(i, selector)}`,
                  ]
                : [],
            ),
            sql` `,
          )} end`,
      ),
      sql` `,
    )} end`;
  const reason = first((_, selector) => sql.lit(reasonOf(selector)));
  const tenant = first((i) => sql`p.${sql.ref(`t${i}`)}`);
  // A switched-off channel is still recorded, as 'suppressed', so the delivery log can say why
  // someone was not told; critical notices ignore the switch. In-app rows are delivered by
  // being written.
  const silent = isSilent(event);
  const suppressed = silent ? sql`1 = 1` : rule.critical ? sql`1 = 0` : sql`np.enabled = 0`;
  // Newcomers only: nobody already told of the subject on this channel (by another event).
  const newcomers = rule.newcomersOnly
    ? sql`and not exists (select 1 from delivery od join event oe on oe.id = od.event_id
        where oe.subject_type = ${row.subject_type} and oe.subject_id = ${row.subject_id} and oe.id <> ${row.id}
          and od.recipient_id = p.person_id and od.channel = ch.column1 and od.status <> 'suppressed')`
    : sql``;
  // Rows that exist are skipped: by the conflict clause, but only when there are any to skip.
  // On PostgreSQL ON CONFLICT makes every row a speculative insertion (a probe of the key first,
  // one more WAL record after), a quarter of a chunk's time; a part not planned yet — every
  // part, unless it is planned again — has nothing of this event on these channels in its range,
  // which one probe of the key per channel shows, and takes a plain insert. Nobody else writes
  // this event's rows meanwhile (the event is new in this transaction, or its plan request is
  // claimed), and should anybody, the unique key refuses the duplicate instead of skipping it.
  const skipExisting = await anyPlanned(scope, row, channels, range);
  const result = await sql`
    insert into delivery (id, event_id, channel, recipient_kind, recipient_id, tenant_id, rule, reason, template, status, attempts, next_attempt_at, sent_at, last_error, created_at)
    select ${deliveryIdSql(scope.dialect, plannedAt, sql`row_number() over ()`)}, ${row.id}, ch.column1, 'person', p.person_id, ${tenant}, ${rule.rule}, ${reason}, ${rule.template},
      case when ${suppressed} then 'suppressed' when ch.column1 = 'in_app' then 'sent' else 'pending' end,
      0, ${now},
      case when ${suppressed} then null when ch.column1 = 'in_app' then ${now} else null end,
      ${silent ? NOT_NOTIFIED : null},
      ${now}
    from (
      select k.person_id, ${sql.join(flags)}
      from (${sql.join(arms, sql` union all `)}) k
      group by k.person_id
      order by k.person_id
    ) p
    cross join (values ${sql.join(channels.map((c) => sql`(${sql.lit(c)})`))}) ch
    left join notification_preference np on np.person_id = p.person_id and np.category = ${rule.category} and np.channel = ch.column1
    where ${reason} is not null
      and p.person_id not in (select dp.id from person dp where dp.deactivated_at is not null)
      and (ch.column1 <> 'push' or p.person_id in (select ps.person_id from push_subscription ps))
      ${newcomers}
    ${skipExisting ? sql`on conflict (event_id, channel, recipient_id) do nothing` : sql``}`.execute(scope.trx);
  return Number(result.numAffectedRows ?? 0n);
}

/** Whether the event has a row on one of these channels for someone in the range (all people when null). */
async function anyPlanned(
  scope: PlannerScope,
  row: EventTable,
  channels: PersonChannel[],
  range: PersonRange | null,
): Promise<boolean> {
  const inChunk = range ? sql` and ${inRange(sql`recipient_id`, range)}` : sql``;
  const found = await sql`select 1 as one from delivery
    where event_id = ${row.id} and channel in (${sql.join(channels)})${inChunk} limit 1`.execute(scope.trx);
  return found.rows.length > 0;
}

async function planForWebhooks(
  scope: PlannerScope,
  event: NewEvent,
  row: EventTable,
  plannedAt: Date,
): Promise<number> {
  const now = plannedAt.toISOString();
  const silent = isSilent(event);
  const tenants = affectedTenants(scope.trx, event.scope);
  if (!tenants) return 0;
  const result = await sql`
    insert into delivery (id, event_id, channel, recipient_kind, recipient_id, tenant_id, rule, reason, template, status, attempts, next_attempt_at, last_error, created_at)
    select ${deliveryIdSql(scope.dialect, plannedAt, sql`row_number() over (order by we.id)`)}, ${row.id}, 'webhook', 'webhook', we.id, we.tenant_id, ${WEBHOOK_RULE}, 'subscribed', 'webhook',
      ${silent ? 'suppressed' : 'pending'}, 0, ${now}, ${silent ? NOT_NOTIFIED : null}, ${now}
    from webhook_endpoint we join webhook_subscription ws on ws.endpoint_id = we.id
    where ws.event_type = ${event.type} and we.status = 'active' and we.tenant_id in (${tenants})
    order by we.id
    on conflict do nothing`.execute(scope.trx);
  return Number(result.numAffectedRows ?? 0n);
}

/**
 * The product teams the event names, on the routes the rule's team selector asks for and the team
 * has: one 'email' row (to the team's on-call mailbox) and one 'webhook' row (its PagerDuty-shaped
 * endpoint) per team. Critical by nature: a page is never suppressed by a preference.
 */
async function planForTeams(
  scope: PlannerScope,
  event: NewEvent,
  row: EventTable,
  rule: NoticeRule,
  plannedAt: Date,
): Promise<number> {
  const teamIds = event.scope.teamIds ?? [];
  const routes = [...new Set(rule.audience.flatMap((s) => ('team' in s ? s.routes : [])))];
  if (!teamIds.length || !routes.length) return 0;
  const now = plannedAt.toISOString();
  const wanted = sql.join(routes.map((r) => sql`(${sql.lit(r)})`));
  const result = await sql`
    insert into delivery (id, event_id, channel, recipient_kind, recipient_id, tenant_id, rule, reason, template, status, attempts, next_attempt_at, created_at)
    select ${deliveryIdSql(scope.dialect, plannedAt, sql`row_number() over (order by t.id, r.column1)`)}, ${row.id}, r.column1, 'team', t.id, null, ${rule.rule}, 'owning_team', ${rule.template}, 'pending', 0, ${now}, ${now}
    from product_team t cross join (values ${wanted}) r
    where t.id in (${sql.join(teamIds)})
      and ((r.column1 = 'email' and t.email is not null) or (r.column1 = 'webhook' and t.webhook_url is not null))
    order by t.id, r.column1
    on conflict do nothing`.execute(scope.trx);
  return Number(result.numAffectedRows ?? 0n);
}

/**
 * Who a rule would reach, without writing anything: one row per person with the reason of the
 * first selector that chose them, expanded exactly as planForPeople does (the same selectors and
 * scope, deactivated people left out, newcomers only when the rule says so). For the composers'
 * "who will be told" previews.
 */
export function audienceOf(
  trx: Transaction<DB>,
  event: NewEvent,
  row: Pick<EventTable, 'id' | 'subject_type' | 'subject_id' | 'tenant_id'>,
  rule: NoticeRule,
): RawBuilder<{ person_id: string; tenant_id: string | null; reason: string }> | null {
  const candidates = rule.audience.flatMap((selector, precedence) => {
    const people = peopleOf(trx, selector, event, row as EventTable);
    if (!people || !channelsOf(rule, selector).length) return [];
    return [
      sql`select a.person_id, a.tenant_id, ${sql.lit(precedence)} as precedence, ${sql.lit(reasonOf(selector))} as reason from (${people}) a`,
    ];
  });
  if (!candidates.length) return null;
  const newcomers = rule.newcomersOnly
    ? sql`and not exists (select 1 from delivery od join event oe on oe.id = od.event_id
        where oe.subject_type = ${row.subject_type} and oe.subject_id = ${row.subject_id} and oe.id <> ${row.id}
          and od.recipient_id = k.person_id and od.status <> 'suppressed')`
    : sql``;
  return sql<{ person_id: string; tenant_id: string | null; reason: string }>`
    select c.person_id, c.tenant_id, c.reason from (
      select k.person_id, k.tenant_id, k.reason, row_number() over (partition by k.person_id order by k.precedence) as pick
      from (${sql.join(candidates, sql` union all `)}) k
      where not exists (select 1 from person dp where dp.id = k.person_id and dp.deactivated_at is not null)
        ${newcomers}
    ) c
    where c.pick = 1`;
}
