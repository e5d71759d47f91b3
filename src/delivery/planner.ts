// Turns one event into delivery rows (the outbox), inside the publishing transaction: the policy
// (src/domain/policies.ts) names the rule; each of its audience selectors becomes one
// INSERT … SELECT that expands the scope to people, applies their preferences and skips anyone
// already chosen (ON CONFLICT on (event, channel, recipient) DO NOTHING). So a person with three
// roles gets one delivery per channel, whose `reason` is the first selector that chose them, and
// planning the same event again adds nothing. Webhook endpoints subscribed to the event type in
// the affected tenants get one delivery each.
import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { HeraldConfig } from '../config.js';
import type { EventScope, NewEvent } from '../domain/events.js';
import { ADDITIONAL_RECIPIENT_CHANNELS, decide, isSilence, isWebhookEventType, reasonOf, type AudienceSelector, type NoticeRule, type PersonChannel } from '../domain/policies.js';
import type { DialectName } from '../store/database.js';
import { OUTBOX_CHANNEL } from '../store/outbox.js';
import type { DB, EventTable } from '../store/schema.js';
import { affectedEnvironments, affectedTenants } from './scope.js';

export interface PlannerScope {
  trx: Transaction<DB>;
  dialect: DialectName;
  config: HeraldConfig;
}

/** The rule name on webhook deliveries: an endpoint chose the event type, not a policy. */
export const WEBHOOK_RULE = 'webhook-subscription';

/** A random 32-hex-digit id made by the database, so that rows can be made by INSERT … SELECT. */
export const newIdSql = (dialect: DialectName): RawBuilder<string> =>
  dialect === 'postgres' ? sql<string>`replace(gen_random_uuid()::text, '-', '')` : sql<string>`lower(hex(randomblob(16)))`;

export async function planDeliveries(scope: PlannerScope, event: NewEvent, row: EventTable, now: Date): Promise<number> {
  const decision = decide(event);
  let planned = 0;
  if (!isSilence(decision)) {
    for (const selector of decision.audience) planned += await planForSelector(scope, event, row, decision, selector, now.toISOString());
  }
  if (isWebhookEventType(event.type)) planned += await planForWebhooks(scope, event, row, now.toISOString());
  // Wakes workers in other processes once the transaction commits (NOTIFY is transactional).
  if (planned > 0 && scope.dialect === 'postgres') await sql`select pg_notify(${OUTBOX_CHANNEL}, '')`.execute(scope.trx);
  return planned;
}

/** (person_id, tenant_id) rows of the people a selector names; may repeat a person. */
function peopleOf(trx: Transaction<DB>, selector: AudienceSelector, event: NewEvent, row: EventTable): RawBuilder<unknown> | null {
  const scope: EventScope = event.scope;
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
      return sql`select ra.person_id, ra.tenant_id from role_assignment ra where ra.role = 'system_admin' and ra.environment_id in (${environments})`;
    }
    case 'org_admin':
    case 'additional_recipient': {
      const tenants = affectedTenants(trx, scope);
      if (!tenants) return null;
      // Categories are a JSON array of known words, so the quoted word matches exactly one entry.
      const category = selector.role === 'additional_recipient' ? sql` and ra.categories like ${`%"${selector.category}"%`}` : sql``;
      return sql`select ra.person_id, ra.tenant_id from role_assignment ra where ra.role = ${selector.role} and ra.tenant_id in (${tenants})${category}`;
    }
  }
}

/** The channels a selector's people are reached on: [channel, opt-in only]. */
function channelsOf(rule: NoticeRule, selector: AudienceSelector): [PersonChannel, boolean][] {
  if ('role' in selector && selector.role === 'additional_recipient') {
    // Being added for the category is their opt-in: they get its mail.
    return ADDITIONAL_RECIPIENT_CHANNELS.map((c) => [c, false]);
  }
  return [...rule.channels.map((c): [PersonChannel, boolean] => [c, false]), ...rule.optIn.map((c): [PersonChannel, boolean] => [c, true])];
}

async function planForSelector(scope: PlannerScope, event: NewEvent, row: EventTable, rule: NoticeRule, selector: AudienceSelector, now: string): Promise<number> {
  const people = peopleOf(scope.trx, selector, event, row);
  const channels = channelsOf(rule, selector);
  if (!people || !channels.length) return 0;
  const channelList = sql.join(channels.map(([c, optIn]) => sql`(${sql.lit(c)}, ${sql.lit(optIn ? 1 : 0)})`));
  // A switched-off channel is still recorded, as 'suppressed', so the delivery log can say why
  // someone was not told; critical notices ignore the switch. In-app rows are delivered by
  // being written.
  const suppressed = rule.critical ? sql`1 = 0` : sql`np.enabled = 0`;
  const result = await sql`
    insert into delivery (id, event_id, channel, recipient_kind, recipient_id, tenant_id, rule, reason, template, status, attempts, next_attempt_at, sent_at, created_at)
    select ${newIdSql(scope.dialect)}, ${row.id}, ch.column1, 'person', a.person_id, a.tenant_id, ${rule.rule}, ${reasonOf(selector)}, ${rule.template},
      case when ${suppressed} then 'suppressed' when ch.column1 = 'in_app' then 'sent' else 'pending' end,
      0, ${now},
      case when ${suppressed} then null when ch.column1 = 'in_app' then ${now} else null end,
      ${now}
    from (${people}) a
    cross join (values ${channelList}) ch
    left join notification_preference np on np.person_id = a.person_id and np.category = ${rule.category} and np.channel = ch.column1
    where (ch.column2 = 0 or np.enabled = 1)
      and (ch.column1 <> 'push' or exists (select 1 from push_subscription ps where ps.person_id = a.person_id))
    on conflict (event_id, channel, recipient_id) do nothing`.execute(scope.trx);
  return Number(result.numAffectedRows ?? 0n);
}

async function planForWebhooks(scope: PlannerScope, event: NewEvent, row: EventTable, now: string): Promise<number> {
  const tenants = affectedTenants(scope.trx, event.scope);
  if (!tenants) return 0;
  const result = await sql`
    insert into delivery (id, event_id, channel, recipient_kind, recipient_id, tenant_id, rule, reason, template, status, attempts, next_attempt_at, created_at)
    select ${newIdSql(scope.dialect)}, ${row.id}, 'webhook', 'webhook', we.id, we.tenant_id, ${WEBHOOK_RULE}, 'subscribed', 'webhook', 'pending', 0, ${now}, ${now}
    from webhook_endpoint we join webhook_subscription ws on ws.endpoint_id = we.id
    where ws.event_type = ${event.type} and we.status = 'active' and we.tenant_id in (${tenants})
    on conflict (event_id, channel, recipient_id) do nothing`.execute(scope.trx);
  return Number(result.numAffectedRows ?? 0n);
}
