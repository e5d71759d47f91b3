// Sends claimed deliveries through their channel and records what happened: a success (through the
// group-committing recorder), a failure with its retry time or death, or a suppression (nothing
// to send to any more). The worker decides when and how many; this decides how.
import { sql } from 'kysely';
import type { AppContext } from '../app/context.js';
import { getBranding, type Branding } from '../app/branding.js';
import { runCommand } from '../app/command.js';
import { deliveryTeams, recordPages } from '../app/teams/paging.js';
import { systemActor } from '../domain/actor.js';
import type { EventScope } from '../domain/events.js';
import { decide, isSilence, TEMPLATES, type NoticeCategory, type TemplateName } from '../domain/policies.js';
import { recordSend, type SendOutcome } from '../observability/metrics.js';
import { claimDue, recordFailure, recordSuppressed, releaseWaiting, type ClaimedDelivery } from '../store/outbox.js';
import type {
  EventTable,
  PersonTable,
  ProductTeamTable,
  PushSubscriptionTable,
  SubscriberTable,
  WebhookEndpointTable,
} from '../store/schema.js';
import { SUBSCRIBER_NOTICE } from '../domain/subscribers.js';
import { fromJson } from '../store/values.js';
import { createMailer, mailDomain, type Mailer } from './channels/email.js';
import { isConnectionFailure, isPermanent, isPermanentHttpStatus, PermanentFailure } from './channels/failures.js';
import { createOutboundHttp, type OutboundHttp } from './channels/http.js';
import { pagerDutyEvent } from './channels/pagerDuty.js';
import { isGone, loadVapidKeys, pushRequest, type VapidKeys } from './channels/push.js';
import type { Resolver } from './channels/targets.js';
import { liveSecrets, signedHeaders, type WebhookEnvelope } from './channels/webhook.js';
import { Circuits, URGENT_TEMPLATES, type CircuitTarget } from './circuits.js';
import { SentRecorder } from './recorder.js';
import { MAX_ATTEMPTS, retryDelayMs } from './retry.js';
import { affectedEnvironments } from './scope.js';
import { NoticeRenderer } from './templates/cache.js';
import { readerTranslator } from '../i18n/translator.js';
import { personWishes } from '../i18n/locales.js';
import { translator } from '../i18n/translator.js';
import { tenantLocalesOf } from '../store/tenantLocales.js';
import { slackMessage, teamsMessage } from './templates/chat.js';
import { warmUpRendering, type NoticeInput } from './templates/render.js';
import { SubscriberRenderer } from './templates/subscriberCache.js';
import {
  publicFields,
  subscriberChatContext,
  subscriberNoticeCard,
  fieldsIn,
  subscriberWelcomeCard,
  type SubscriberLinks,
} from './templates/subscriber.js';
import { signSubscriberToken, signUnsubscribeToken } from './unsubscribe.js';

export interface DispatchOptions {
  workerId: string;
  /** Renders notices, once per event, language and zone (tests pass their own to count the renders). */
  renderer?: NoticeRenderer;
  /** Renders public subscribers' mail, once per event and language (tests pass their own to count). */
  subscriberRenderer?: SubscriberRenderer;
  /** Resolves webhook and push host names (tests point names at chosen addresses). */
  resolve: Resolver;
  /** In [0, 1): the retry jitter. */
  random: () => number;
  /** Connections in the SMTP pool. */
  connections: number;
  /** HTTP connections kept per host (webhook receivers, push services): as many as sends in flight. */
  socketsPerHost: number;
  /** How long a claim holds a delivery before another worker may take it. */
  leaseMs: number;
  httpTimeoutMs: number;
  /** How often a target that stopped answering is probed. */
  probeMs: number;
}

/** Nothing to send to: the delivery is suppressed, not retried. */
class NoRecipient extends Error {}

/** What a failed try comes to, as `failed` below records it (for the metrics). */
function outcomeOf(err: unknown, attempt: number): SendOutcome {
  if (err instanceof NoRecipient) return 'suppressed';
  return isPermanent(err) || attempt >= MAX_ATTEMPTS ? 'dead' : 'failed';
}

interface LoadedEvent {
  row: EventTable;
  payload: Record<string, unknown>;
  scope: EventScope;
  category: NoticeCategory | null;
  /** The event's page in the console, absolute. */
  link: string;
  /** The webhook body: the same for every endpoint an event goes to, so made once. */
  webhookBody?: string;
  /** The Slack and Teams bodies, made once per event, format and language likewise. */
  chatBodies?: Map<string, string>;
}

type Person = Pick<PersonTable, 'id' | 'email' | 'name' | 'locale' | 'time_zone'>;
type Organization = NonNullable<NoticeInput['organization']>;
/** A tenant and every affected environment of it, before narrowing to what one reader may see. */
type AffectedOrganization = { name: string; environments: { id: string; name: string; url: string }[] };

/**
 * What a reader may see in the console, for narrowing organization-specific mail to it: operators
 * and a tenant's org admins see all its environments, a system admin only their own. Additional
 * recipients are the org admins' chosen readers of the organization's mail and read it as they do.
 */
interface Reach {
  operator: boolean;
  tenantIds: Set<string>;
  environmentIds: Set<string>;
}

/** Claimed deliveries with what sending them needs, loaded in a few queries for the whole batch. */
export interface ClaimedBatch {
  deliveries: ClaimedDelivery[];
  events: Map<string, LoadedEvent>;
  people: Map<string, Person>;
  reach: Map<string, Reach>;
  /** Person id → their tenant's default language (tenantLocalesOf), where one is set. */
  tenantLocales: Map<string, string>;
  /** With their tenant's default language (null: none set), which their chat messages speak. */
  endpoints: Map<string, WebhookEndpointTable & { tenant_locale: string | null }>;
  pushSubscriptions: Map<string, PushSubscriptionTable[]>;
  /** Public subscribers of the status page (src/delivery/subscribers.ts). */
  subscribers: Map<string, SubscriberTable>;
  /** The page's branding for subscribers' mail and chat, read once per batch when first needed. */
  branding?: Promise<Branding>;
  /** Product teams paged in this batch (deliveries with recipient_kind 'team'). */
  teams: Map<string, ProductTeamTable>;
}

const EVENT_CACHE = 500;
/** How long noted webhook endpoint successes wait to be written with the others of the moment. */
const SUCCESS_LINGER_MS = 100;
/** How long SQLite's recorder waits for more successes to write with one (src/delivery/recorder.ts). */
const SQLITE_RECORD_LINGER_MS = 2;

/** The notice a chat message is made from when no people rule names one for the event. */
function chatTemplateOf(type: string): TemplateName {
  if (type.startsWith('incident.'))
    return type === 'incident.pir_published' ? 'post-incident-report' : 'incident-updated';
  if (type.startsWith('maintenance.')) return 'maintenance-updated';
  if (type.startsWith('release.')) return 'release';
  return 'message-center-post';
}

export class Dispatcher {
  private readonly mailer: Mailer;
  private readonly http: OutboundHttp;
  private readonly recorder: SentRecorder;
  /** Events outlive batches: one event is often sent to thousands of people. */
  private readonly events = new Map<string, LoadedEvent>();
  private readonly organizations = new Map<string, AffectedOrganization>();
  private readonly renderer: NoticeRenderer;
  private readonly subscriberRenderer: SubscriberRenderer;
  private vapid: VapidKeys | null = null;
  /** When each endpoint's last success was written, so a busy endpoint is not updated per message. */
  private readonly successNoted = new Map<string, number>();
  /** Endpoints whose success is still to be written, in one statement for all of them. */
  private successesToWrite = new Set<string>();
  private writingSuccesses: Promise<void> | null = null;
  /** Cuts the wait before writing the noted successes short (flush). */
  private writeSuccessesNow: (() => void) | null = null;
  private readonly domain: string;
  private readonly circuits: Circuits;
  /** Each webhook endpoint's origin (scheme, host, port): its circuit. */
  private readonly origins = new Map<string, string>();

  constructor(
    private readonly ctx: AppContext,
    private readonly options: DispatchOptions,
  ) {
    const db = ctx.database.db;
    this.mailer = createMailer(ctx.config, db, { maxConnections: options.connections });
    this.http = createOutboundHttp(
      { allowPrivate: ctx.config.allowPrivateWebhookTargets, resolve: options.resolve },
      { timeoutMs: options.httpTimeoutMs, maxSockets: options.socketsPerHost },
    );
    this.recorder = new SentRecorder(
      db,
      options.workerId,
      ctx.now,
      ctx.database.dialect === 'sqlite' ? SQLITE_RECORD_LINGER_MS : 0,
    );
    this.domain = mailDomain(ctx.config.mailFrom);
    this.circuits = new Circuits(options.probeMs);
    this.renderer = options.renderer ?? new NoticeRenderer();
    this.subscriberRenderer = options.subscriberRenderer ?? new SubscriberRenderer();
    warmUpRendering();
  }

  /** Claims up to `limit` due deliveries and loads what sending them needs. */
  async claim(limit: number): Promise<ClaimedBatch | null> {
    const now = this.ctx.now();
    const claimed = await claimDue(this.ctx.database.db, this.ctx.database.dialect, {
      workerId: this.options.workerId,
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + this.options.leaseMs).toISOString(),
      limit,
    });
    return claimed.length ? this.load(claimed) : null;
  }

  /**
   * What the batch needs, in two rounds: everything that depends only on the claimed rows at once
   * (events, people, their roles with their tenants' languages, endpoints, teams, push
   * subscriptions, subscribers), then the affected organizations, which need the events' scopes.
   * On PostgreSQL the statements of a round run side by side on the pool, so the first send of a
   * large announcement waits for two round trips instead of one per statement; SQLite runs them
   * one after another as before.
   */
  private async load(deliveries: ClaimedDelivery[]): Promise<ClaimedBatch> {
    const db = this.ctx.database.db;
    if (this.events.size > EVENT_CACHE) {
      this.events.clear();
      this.organizations.clear();
    }
    const eventIds = [...new Set(deliveries.map((d) => d.event_id))].filter((id) => !this.events.has(id));
    const personIds = [...new Set(deliveries.filter((d) => d.recipient_kind === 'person').map((d) => d.recipient_id))];
    const endpointIds = [
      ...new Set(
        deliveries.filter((d) => d.channel === 'webhook' && d.recipient_kind === 'webhook').map((d) => d.recipient_id),
      ),
    ];
    const teamIds = [...new Set(deliveries.filter((d) => d.recipient_kind === 'team').map((d) => d.recipient_id))];
    const pushPeople = [...new Set(deliveries.filter((d) => d.channel === 'push').map((d) => d.recipient_id))];
    const subscriberIds = [
      ...new Set(deliveries.filter((d) => d.recipient_kind === 'subscriber').map((d) => d.recipient_id)),
    ];
    const none = Promise.resolve([]);
    const [eventRows, personRows, roles, teamRows, endpointRows, pushRows, subscriberRows, tenantLocales] =
      await Promise.all([
        eventIds.length ? db.selectFrom('event').selectAll().where('id', 'in', eventIds).execute() : none,
        personIds.length
          ? db
              .selectFrom('person')
              .select(['id', 'email', 'name', 'locale', 'time_zone'])
              .where('id', 'in', personIds)
              .execute()
          : none,
        personIds.length
          ? db
              .selectFrom('role_assignment')
              .select(['person_id', 'role', 'tenant_id', 'environment_id'])
              .where('person_id', 'in', personIds)
              .execute()
          : none,
        teamIds.length ? db.selectFrom('product_team').selectAll().where('id', 'in', teamIds).execute() : none,
        endpointIds.length
          ? db
              .selectFrom('webhook_endpoint')
              .leftJoin('tenant', 'tenant.id', 'webhook_endpoint.tenant_id')
              .selectAll('webhook_endpoint')
              .select('tenant.locale as tenant_locale')
              .where('webhook_endpoint.id', 'in', endpointIds)
              .execute()
          : none,
        pushPeople.length
          ? db.selectFrom('push_subscription').selectAll().where('person_id', 'in', pushPeople).execute()
          : none,
        subscriberIds.length
          ? db.selectFrom('subscriber').selectAll().where('id', 'in', subscriberIds).execute()
          : none,
        tenantLocalesOf(db, personIds),
      ]);
    for (const row of eventRows) {
      const { scope, ...payload } = fromJson<Record<string, unknown>>(row.payload, {});
      const decision = decide({ type: row.type as never, payload });
      const link = new URL(
        typeof payload.url === 'string' ? payload.url : '/',
        `${this.ctx.config.publicUrl}/`,
      ).toString();
      this.events.set(row.id, {
        row,
        payload,
        scope: (scope ?? {}) as EventScope,
        category: isSilence(decision) ? null : decision.category,
        link,
      });
    }
    const events = new Map(
      deliveries.flatMap((d) =>
        this.events.has(d.event_id) ? [[d.event_id, this.events.get(d.event_id)!] as const] : [],
      ),
    );
    const people = new Map(personRows.map((p) => [p.id, p]));
    const reach = new Map<string, Reach>(
      personIds.map((id) => [id, { operator: false, tenantIds: new Set(), environmentIds: new Set() }]),
    );
    for (const r of roles) {
      const of = reach.get(r.person_id)!;
      if (r.role === 'operator') of.operator = true;
      else if (r.role === 'system_admin' && r.environment_id) of.environmentIds.add(r.environment_id);
      else if (r.tenant_id) of.tenantIds.add(r.tenant_id);
    }
    const teams = new Map(teamRows.map((t) => [t.id, t]));
    const endpoints = new Map(endpointRows.map((e) => [e.id, e]));
    const pushSubscriptions = new Map<string, PushSubscriptionTable[]>();
    for (const s of pushRows) pushSubscriptions.set(s.person_id, [...(pushSubscriptions.get(s.person_id) ?? []), s]);
    const subscribers = new Map(subscriberRows.map((x) => [x.id, x]));
    await this.loadOrganizations(deliveries);
    return { deliveries, events, people, reach, tenantLocales, endpoints, pushSubscriptions, subscribers, teams };
  }

  /**
   * The affected organizations the batch's readers belong to, for every (event, tenant) not yet
   * known, in one statement per event (side by side on PostgreSQL) rather than two per tenant as
   * each send would ask: a large announcement's batch names a different tenant in almost every
   * row, and those queries wait ahead of the first send.
   */
  private async loadOrganizations(deliveries: ClaimedDelivery[]): Promise<void> {
    const wanted = new Map<string, Set<string>>();
    for (const d of deliveries) {
      if (!d.tenant_id || !this.events.has(d.event_id)) continue;
      if (this.organizations.has(`${d.event_id}:${d.tenant_id}`)) continue;
      let tenants = wanted.get(d.event_id);
      if (!tenants) wanted.set(d.event_id, (tenants = new Set()));
      tenants.add(d.tenant_id);
    }
    await Promise.all(
      [...wanted].map(([eventId, tenantIds]) => this.fetchOrganizations(this.events.get(eventId)!, [...tenantIds])),
    );
  }

  /** Loads and keeps the affected organization of each of these tenants for the event: its name and affected environments. */
  private async fetchOrganizations(event: LoadedEvent, tenantIds: string[]): Promise<void> {
    const db = this.ctx.database.db;
    const affected = affectedEnvironments(db, event.scope);
    const rows = await db
      .selectFrom('tenant as t')
      .leftJoin('environment as e', (join) =>
        affected
          ? join.onRef('e.tenant_id', '=', 't.id').on('e.id', 'in', affected)
          : join.onRef('e.tenant_id', '=', 't.id').on(sql<boolean>`1 = 0`),
      )
      .select(['t.id as tenant_id', 't.name as tenant_name', 'e.id', 'e.name', 'e.url'])
      .where('t.id', 'in', tenantIds)
      .orderBy('e.name')
      .execute();
    const found = new Map<string, AffectedOrganization>();
    for (const r of rows) {
      let org = found.get(r.tenant_id);
      if (!org) found.set(r.tenant_id, (org = { name: r.tenant_name, environments: [] }));
      if (r.id !== null && r.name !== null && r.url !== null)
        org.environments.push({ id: r.id, name: r.name, url: r.url });
    }
    for (const tenantId of tenantIds)
      this.organizations.set(`${event.row.id}:${tenantId}`, found.get(tenantId) ?? { name: '', environments: [] });
  }

  /** Sends one delivery and records the outcome; never throws. */
  async deliver(d: ClaimedDelivery, batch: ClaimedBatch): Promise<void> {
    const attempt = d.attempts + 1;
    const startedAt = this.ctx.now().toISOString();
    const sendStarted = performance.now(); // a duration for the metrics, not a time of day
    try {
      await this.send(d, batch);
    } catch (err) {
      recordSend(d.channel, outcomeOf(err, attempt), (performance.now() - sendStarted) / 1000);
      if (isConnectionFailure(err)) {
        const target = this.target(d, batch);
        if (target) this.circuits.failed(target);
      }
      await this.failed(d, attempt, startedAt, err).catch((e: Error) =>
        console.error(`herald worker: could not record the failure of delivery ${d.id}: ${e.message}`),
      );
      return;
    }
    const sendMs = performance.now() - sendStarted;
    recordSend(d.channel, 'sent', sendMs / 1000);
    if (this.circuits.anyOpen) {
      const key = this.targetKey(d, batch);
      if (key) this.circuits.succeeded(key);
    }
    // A success that cannot be written is sent again when the lease runs out: at least once.
    await this.recorder
      .add(d.id, sendMs)
      .catch((e: Error) => console.error(`herald worker: could not record delivery ${d.id} as sent: ${e.message}`));
  }

  private targetKey(d: ClaimedDelivery, batch: ClaimedBatch): string | null {
    if (d.channel === 'email') return 'smtp';
    if (d.channel !== 'webhook') return null;
    const url =
      d.recipient_kind === 'subscriber'
        ? batch.subscribers.get(d.recipient_id)?.address
        : batch.endpoints.get(d.recipient_id)?.url;
    if (!url) return null;
    let origin = this.origins.get(url);
    if (!origin) {
      origin = new URL(url).origin;
      if (this.origins.size > 10_000) this.origins.clear();
      this.origins.set(url, origin);
    }
    return `webhook:${origin}`;
  }

  /** The delivery's target as a circuit sees it: how to probe it, what to release when it answers. */
  private target(d: ClaimedDelivery, batch: ClaimedBatch): CircuitTarget | null {
    const key = this.targetKey(d, batch);
    if (!key) return null;
    const db = this.ctx.database.db;
    const release = (recipientIds?: string[]) => {
      const now = this.ctx.now();
      return releaseWaiting(db, {
        channel: d.channel,
        recipientIds,
        now: now.toISOString(),
        urgentTemplates: URGENT_TEMPLATES,
        urgentAt: new Date(now.getTime() - 1000).toISOString(),
      });
    };
    if (d.channel === 'email') return { key, probe: () => this.mailer.verify(), release: () => release() };
    const origin = key.slice('webhook:'.length);
    if (d.recipient_kind === 'subscriber') {
      const url = batch.subscribers.get(d.recipient_id)!.address;
      return {
        key,
        probe: () => this.http.reachable(url),
        release: async () => {
          const hooks = await db
            .selectFrom('subscriber')
            .select(['id', 'address'])
            .where('kind', '=', 'webhook')
            .execute();
          return release(
            hooks.filter((h) => URL.canParse(h.address) && new URL(h.address).origin === origin).map((h) => h.id),
          );
        },
      };
    }
    const url = batch.endpoints.get(d.recipient_id)!.url;
    return {
      key,
      probe: () => this.http.reachable(url),
      release: async () => {
        const endpoints = await db
          .selectFrom('webhook_endpoint')
          .select(['id', 'url'])
          .where('status', '=', 'active')
          .execute();
        return release(
          endpoints.filter((e) => URL.canParse(e.url) && new URL(e.url).origin === origin).map((e) => e.id),
        );
      },
    };
  }

  private send(d: ClaimedDelivery, batch: ClaimedBatch): Promise<void> {
    if (d.recipient_kind === 'subscriber') return this.sendToSubscriber(d, batch);
    if (d.recipient_kind === 'team') return this.sendPage(d, batch);
    switch (d.channel) {
      case 'email':
        return this.sendEmail(d, batch);
      case 'webhook':
        return this.sendWebhook(d, batch);
      case 'push':
        return this.sendPush(d, batch);
      case 'in_app':
        // Written as sent when planned; nothing travels.
        return Promise.resolve();
    }
  }

  private event(d: ClaimedDelivery, batch: ClaimedBatch): LoadedEvent {
    const event = batch.events.get(d.event_id);
    if (!event) throw new NoRecipient('the event no longer exists');
    return event;
  }

  private person(d: ClaimedDelivery, batch: ClaimedBatch): Person {
    const person = batch.people.get(d.recipient_id);
    if (!person) throw new NoRecipient('the person no longer exists');
    return person;
  }

  private async affectedOrganization(event: LoadedEvent, tenantId: string): Promise<AffectedOrganization> {
    const key = `${event.row.id}:${tenantId}`;
    if (!this.organizations.has(key)) await this.fetchOrganizations(event, [tenantId]);
    return this.organizations.get(key)!;
  }

  /**
   * The reader's organization and the affected environments they may see, with a key naming that
   * set: readers who see the same share one rendering.
   */
  private async organization(
    event: LoadedEvent,
    tenantId: string | null,
    reach: Reach | undefined,
  ): Promise<{ org: Organization | null; key: string }> {
    if (!tenantId) return { org: null, key: '' };
    const all = await this.affectedOrganization(event, tenantId);
    if (reach?.operator || reach?.tenantIds.has(tenantId))
      return {
        org: { name: all.name, environments: all.environments.map(({ name, url }) => ({ name, url })) },
        key: `${tenantId}:*`,
      };
    const visible = all.environments.filter((e) => reach?.environmentIds.has(e.id));
    return {
      org: { name: all.name, environments: visible.map(({ name, url }) => ({ name, url })) },
      key: `${tenantId}:${visible.map((e) => e.id).join(',')}`,
    };
  }

  private async render(d: ClaimedDelivery, batch: ClaimedBatch, person: Person) {
    const event = this.event(d, batch);
    if (!(TEMPLATES as readonly string[]).includes(d.template))
      throw new PermanentFailure(`unknown template ${d.template}`);
    const base = this.ctx.config.publicUrl;
    const category = event.category;
    const unsubscribe = category
      ? `${base}/unsubscribe/${signUnsubscribeToken(this.ctx.config.secret, { personId: person.id, category })}`
      : null;
    const reach = batch.reach.get(person.id);
    const { org, key } = await this.organization(event, d.tenant_id, reach);
    // The renderer adds the reader's language and time zone to the key: one render per language, not per person.
    const shapeKey = `${event.row.id}|${d.template}|${d.rule}|${key}`;
    // Who reads in what: the same order as the session's `language` (personWishes).
    const [locale, ...fallbackLocales] = personWishes(
      { locale: person.locale, tenantLocale: batch.tenantLocales.get(person.id) ?? null },
      this.ctx.config.defaultLocale,
    );
    const rendered = this.renderer.render(shapeKey, {
      template: d.template as TemplateName,
      rule: d.rule,
      payload: event.payload,
      recipient: {
        name: person.name,
        locale,
        timeZone: person.time_zone,
        fallbackLocales,
      },
      organization: org,
      links: { open: event.link, preferences: `${base}/preferences`, unsubscribe },
    });
    return { rendered, unsubscribe };
  }

  private async sendEmail(d: ClaimedDelivery, batch: ClaimedBatch): Promise<void> {
    const person = this.person(d, batch);
    const { rendered, unsubscribe } = await this.render(d, batch, person);
    const headers: Record<string, string> = { 'Auto-Submitted': 'auto-generated', 'X-Herald-Rule': d.rule };
    if (unsubscribe) {
      const token = unsubscribe.slice(unsubscribe.lastIndexOf('/') + 1);
      // RFC 8058: the https link accepts a one-click POST; the mailto is for clients that only do mail.
      headers['List-Unsubscribe'] =
        `<${unsubscribe}>, <mailto:unsubscribe@${this.domain}?subject=unsubscribe%20${token}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    await this.mailer.send(
      {
        deliveryId: d.id,
        from: this.ctx.config.mailFrom,
        to: person.email,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId: `<${d.id}@${this.domain}>`,
        headers,
      },
      this.ctx.now().toISOString(),
    );
  }

  /** A product team's page: its on-call email, or its PagerDuty Events API v2 webhook. */
  private async sendPage(d: ClaimedDelivery, batch: ClaimedBatch): Promise<void> {
    const team = batch.teams.get(d.recipient_id);
    if (!team) throw new NoRecipient('the product team no longer exists');
    const event = this.event(d, batch);
    if (d.channel === 'webhook') {
      if (!team.webhook_url) throw new NoRecipient('the team has no on-call webhook any more');
      const body = JSON.stringify(
        pagerDutyEvent(event.row, event.payload, team.routing_key ?? '', new URL(this.ctx.config.publicUrl).host),
      );
      const result = await this.http.post(team.webhook_url, { 'content-type': 'application/json' }, body);
      if (result.status < 200 || result.status > 299) {
        const failure = isPermanentHttpStatus(result.status) ? PermanentFailure : Error;
        throw new failure(`HTTP ${result.status}${result.body ? `: ${result.body.slice(0, 200)}` : ''}`);
      }
      return;
    }
    if (!team.email) throw new NoRecipient('the team has no on-call email any more');
    // A provider's on-call team reads the provider's language.
    const reader = {
      id: team.id,
      email: team.email,
      name: team.name,
      locale: this.ctx.config.defaultLocale,
      time_zone: 'UTC',
    };
    const rendered = this.renderer.render(`${event.row.id}|${d.template}|${d.rule}|team`, {
      template: d.template as TemplateName,
      rule: d.rule,
      payload: event.payload,
      recipient: { name: reader.name, locale: reader.locale, timeZone: reader.time_zone },
      organization: null,
      links: { open: event.link, preferences: `${this.ctx.config.publicUrl}/teams`, unsubscribe: null },
    });
    await this.mailer.send(
      {
        deliveryId: d.id,
        from: this.ctx.config.mailFrom,
        to: team.email,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId: `<${d.id}@${this.domain}>`,
        headers: {
          'Auto-Submitted': 'auto-generated',
          'X-Herald-Rule': d.rule,
          'X-Herald-Dedup-Key': String(event.payload.dedupKey ?? event.payload.incidentId ?? ''),
        },
      },
      this.ctx.now().toISOString(),
    );
  }

  private async sendWebhook(d: ClaimedDelivery, batch: ClaimedBatch): Promise<void> {
    const endpoint = batch.endpoints.get(d.recipient_id);
    if (!endpoint) throw new NoRecipient('the webhook endpoint was deleted');
    if (endpoint.status !== 'active') throw new NoRecipient('the webhook endpoint is paused');
    const event = this.event(d, batch);
    const now = this.ctx.now();
    const envelope = (): WebhookEnvelope => ({
      type: event.row.type,
      timestamp: event.row.occurred_at,
      data: {
        eventId: event.row.id,
        subject: { type: event.row.subject_type, id: event.row.subject_id },
        ...event.payload,
      },
    });
    let result;
    if (endpoint.format === 'standard') {
      const body = (event.webhookBody ??= JSON.stringify(envelope()));
      result = await this.http.post(
        endpoint.url,
        signedHeaders(liveSecrets(endpoint, now.toISOString()), d.id, now, body),
        body,
      );
    } else {
      const body = this.chatBody(event, endpoint.format, endpoint.tenant_locale);
      result = await this.http.post(
        endpoint.url,
        { 'content-type': 'application/json', 'user-agent': 'Herald-Webhooks/1' },
        body,
      );
    }
    if (result.status < 200 || result.status > 299) {
      const failure = isPermanentHttpStatus(result.status) ? PermanentFailure : Error;
      throw new failure(
        `HTTP ${result.status}${result.status >= 300 && result.status < 400 ? ' (redirects are not followed)' : ''}${result.body ? `: ${result.body.slice(0, 200)}` : ''}`,
      );
    }
    this.noteSuccess(endpoint.id, now);
  }

  /**
   * A Slack or Teams message for the event: the notice its people rule renders (or the nearest
   * one for an event no rule mails), in UTC since a channel has no one reader, and in the language
   * of the endpoint's tenant (its default; else the provider's): a post translated into it reads
   * translated, as its people's mail does. Slack answers a wrong request with a 4xx and a reason
   * (invalid_payload, no_service…): dead at once.
   */
  private chatBody(event: LoadedEvent, format: 'slack' | 'teams', tenantLocale: string | null): string {
    const bodies = (event.chatBodies ??= new Map());
    const key = `${format}|${tenantLocale ?? ''}`;
    const made = bodies.get(key);
    if (made) return made;
    const decision = decide({ type: event.row.type as never, payload: event.payload });
    const template = isSilence(decision) ? chatTemplateOf(event.row.type) : decision.template;
    const { card } = this.renderer.render(`${event.row.id}|chat|${template}`, {
      template,
      rule: 'webhook-subscription',
      payload: event.payload,
      recipient: {
        name: '',
        locale: tenantLocale,
        timeZone: 'UTC',
        fallbackLocales: [this.ctx.config.defaultLocale],
      },
      organization: null,
      links: { open: event.link, preferences: `${this.ctx.config.publicUrl}/preferences`, unsubscribe: null },
    });
    const context = `Herald · ${event.row.type} · ${event.row.occurred_at.slice(0, 16).replace('T', ' ')} UTC`;
    const body = JSON.stringify(format === 'slack' ? slackMessage(card, context) : teamsMessage(card, context));
    bodies.set(key, body);
    return body;
  }

  /**
   * Notes an endpoint's success (at most every 10 s per endpoint), written in the background for
   * all the endpoints noted within SUCCESS_LINGER_MS at once: a send does not wait for it, and
   * 1,000 endpoints do not cost 1,000 updates (written at the next turn instead, they cost about
   * 600 in bench:webhook: a turn sees one or two new endpoints).
   */
  private noteSuccess(endpointId: string, now: Date): void {
    const last = this.successNoted.get(endpointId) ?? 0;
    if (now.getTime() - last <= 10_000) return;
    this.successNoted.set(endpointId, now.getTime());
    this.successesToWrite.add(endpointId);
    this.writingSuccesses ??= new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, SUCCESS_LINGER_MS);
      this.writeSuccessesNow = () => {
        clearTimeout(timer);
        resolve();
      };
    }).then(async () => {
      this.writeSuccessesNow = null;
      while (this.successesToWrite.size) {
        const ids = [...this.successesToWrite];
        this.successesToWrite = new Set();
        await this.ctx.database.db
          .updateTable('webhook_endpoint')
          .set({ last_success_at: this.ctx.now().toISOString() })
          .where('id', 'in', ids)
          .execute()
          .catch((err: Error) => console.error(`herald worker: could not note webhook successes: ${err.message}`));
      }
      this.writingSuccesses = null;
    });
  }

  private async sendPush(d: ClaimedDelivery, batch: ClaimedBatch): Promise<void> {
    const person = this.person(d, batch);
    const subscriptions = batch.pushSubscriptions.get(person.id) ?? [];
    if (!subscriptions.length) throw new NoRecipient('the person has no push subscription any more');
    this.vapid ??= await loadVapidKeys(this.ctx.database.db, this.ctx.config, this.ctx.now().toISOString());
    const { rendered } = await this.render(d, batch, person);
    const message = JSON.stringify({ ...rendered.short, tag: d.event_id });
    let delivered = 0;
    const errors: string[] = [];
    for (const s of subscriptions) {
      const request = pushRequest(s, message, this.vapid);
      const result = await this.http
        .post(request.url, request.headers, request.body)
        .catch((err: Error) => ({ status: 0, body: err.message }));
      if (result.status >= 200 && result.status < 300) {
        delivered++;
        await this.ctx.database.db
          .updateTable('push_subscription')
          .set({ last_success_at: this.ctx.now().toISOString() })
          .where('id', '=', s.id)
          .execute();
      } else if (isGone(result.status))
        await this.ctx.database.db.deleteFrom('push_subscription').where('id', '=', s.id).execute();
      else errors.push(`HTTP ${result.status} ${result.body.slice(0, 100)}`);
    }
    if (delivered) return;
    if (!errors.length) throw new NoRecipient('every push subscription of the person has expired');
    throw new Error(errors.join('; '));
  }

  private async failed(d: ClaimedDelivery, attempt: number, startedAt: string, err: unknown): Promise<void> {
    const db = this.ctx.database.db;
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof NoRecipient) return recordSuppressed(db, this.options.workerId, d.id, message);
    const now = this.ctx.now();
    const delay = isPermanent(err) ? null : retryDelayMs(attempt, this.options.random());
    const retryAt = delay === null ? null : new Date(now.getTime() + delay).toISOString();
    // Another worker took the delivery over after this one's lease ran out: its result stands.
    if (
      !(await recordFailure(db, this.options.workerId, {
        deliveryId: d.id,
        attempt,
        startedAt,
        finishedAt: now.toISOString(),
        error: message,
        retryAt,
      }))
    )
      return;
    if (d.channel === 'webhook' && d.recipient_kind === 'webhook') {
      await db
        .updateTable('webhook_endpoint')
        .set({ last_failure_at: now.toISOString() })
        .where('id', '=', d.recipient_id)
        .execute();
      if (retryAt === null) await this.pauseIfFailing(d);
    }
  }

  /**
   * An endpoint is paused when a delivery to it exhausts its retries (about a day and a half)
   * without any delivery to it succeeding meanwhile; its tenant's org admins are told.
   */
  private async pauseIfFailing(d: ClaimedDelivery): Promise<void> {
    await runCommand(this.ctx, systemActor('worker'), async (s) => {
      const endpoint = await s.trx
        .selectFrom('webhook_endpoint')
        .selectAll()
        .where('id', '=', d.recipient_id)
        .executeTakeFirst();
      if (!endpoint || endpoint.status !== 'active') return;
      if (endpoint.last_success_at && endpoint.last_success_at >= d.created_at) return;
      const reason = `Every delivery since ${d.created_at} failed; the last one gave up after all its retries.`;
      await s.trx
        .updateTable('webhook_endpoint')
        .set({ status: 'paused', paused_reason: reason, updated_at: s.nowIso })
        .where('id', '=', endpoint.id)
        .execute();
      await s.audit({
        action: 'webhook.paused',
        entityType: 'webhook_endpoint',
        entityId: endpoint.id,
        tenantId: endpoint.tenant_id,
        before: { status: 'active' },
        after: { status: 'paused', reason },
      });
      // The team that runs notifications is paged too (PagerDuty dedup_key: the endpoint).
      const teamIds = await deliveryTeams(s.trx);
      const key = `webhook:${endpoint.id}:paused:${s.nowIso}`;
      const dedupKey = `webhook:${endpoint.id}`;
      const pageSummary = `A tenant's webhook endpoint ${endpoint.id} died and was paused`;
      await s.publish({
        type: 'webhook.endpoint_paused',
        key,
        subject: { type: 'webhook_endpoint', id: endpoint.id },
        tenantId: endpoint.tenant_id,
        scope: { tenantIds: [endpoint.tenant_id], teamIds },
        payload: {
          title: endpoint.url,
          summary: `${reason} Fix the receiver, then resume the endpoint in Herald; nothing is sent to it meanwhile.`,
          url: `/tenants/${endpoint.tenant_id}/webhooks/${endpoint.id}`,
          dedupKey,
          pageSummary,
          pageSeverity: 'warning',
          pageReason: 'webhook_dead',
        },
      });
      await recordPages(s, {
        teamIds,
        eventKey: key,
        dedupKey,
        incidentId: null,
        reason: 'webhook_dead',
        summary: pageSummary,
      });
      s.changed({ tenantIds: [endpoint.tenant_id], topic: 'webhooks' });
    });
  }

  /**
   * A public subscriber's mail or webhook: a notice of a public incident or maintenance, or their
   * own confirmation, "already subscribed" or (webhook) verification; its answer confirms a webhook.
   */
  private async sendToSubscriber(d: ClaimedDelivery, batch: ClaimedBatch): Promise<void> {
    const subscriber = batch.subscribers.get(d.recipient_id);
    if (!subscriber) throw new NoRecipient('the subscriber unsubscribed or was removed');
    const event = this.event(d, batch);
    const config = this.ctx.config;
    const base = config.publicUrl;
    // The subscriber's language (from the page they subscribed on, or their manage page), else the provider's.
    const words = readerTranslator([subscriber.locale, config.defaultLocale]);
    const manage = signSubscriberToken(config.secret, { subscriberId: subscriber.id, purpose: 'manage' });
    // The manage pages their links open speak the same language as the mail (the status page
    // link stays as it was: it is also in webhook payloads, and the page reads Accept-Language).
    const links: SubscriberLinks = {
      page: `${base}/status`,
      manage: `${base}/subscriptions/manage/${manage}?lang=${words.locale}`,
      unsubscribe: `${base}/subscriptions/unsubscribe/${manage}?lang=${words.locale}`,
    };
    if (d.template === 'subscriber-confirm' || d.template === 'subscriber-verify') {
      if (subscriber.status !== 'pending' || !subscriber.confirm_nonce)
        throw new NoRecipient('the subscription is already confirmed');
      links.confirm = `${base}/subscriptions/confirm/${signSubscriberToken(config.secret, { subscriberId: subscriber.id, purpose: 'confirm', nonce: subscriber.confirm_nonce })}?lang=${words.locale}`;
    }
    const fields =
      d.template === SUBSCRIBER_NOTICE
        ? publicFields(
            event.row.type,
            { type: event.row.subject_type, id: event.row.subject_id },
            event.payload,
            links.page,
          )
        : null;
    const brand = await (batch.branding ??= getBranding(this.ctx.database.db, config));
    if (subscriber.kind === 'webhook' && subscriber.format !== 'standard') {
      // Slack and Teams: the product's message, unsigned (as for tenants' endpoints). The first
      // one, "subscribed", confirms the subscription when the URL answers it with a 2xx.
      const card = fields
        ? subscriberNoticeCard(fieldsIn(fields, event.payload, words), event.row.type, words)
        : subscriberWelcomeCard(brand.pageName, links, words);
      const context = subscriberChatContext(brand.pageName, links, words);
      const body = JSON.stringify(
        subscriber.format === 'slack' ? slackMessage(card, context) : teamsMessage(card, context),
      );
      const result = await this.http.post(
        subscriber.address,
        { 'content-type': 'application/json', 'user-agent': 'Herald-Webhooks/1' },
        body,
      );
      if (result.status < 200 || result.status > 299) {
        const failure = isPermanentHttpStatus(result.status) ? PermanentFailure : Error;
        throw new failure(`HTTP ${result.status}${result.body ? `: ${result.body.slice(0, 200)}` : ''}`);
      }
      if (d.template === 'subscriber-verify') await this.activateWebhook(subscriber.id);
      return;
    }
    if (subscriber.kind === 'webhook') {
      const now = this.ctx.now();
      const body = JSON.stringify(
        fields
          ? { type: event.row.type, timestamp: event.row.occurred_at, data: fields }
          : {
              type: 'subscription.verification',
              timestamp: now.toISOString(),
              data: {
                subscriberId: subscriber.id,
                secret: subscriber.secret,
                manageUrl: links.manage,
                statusPage: links.page,
              },
            },
      );
      const result = await this.http.post(
        subscriber.address,
        signedHeaders([subscriber.secret ?? ''], d.id, now, body),
        body,
      );
      if (result.status < 200 || result.status > 299) {
        const failure = isPermanentHttpStatus(result.status) ? PermanentFailure : Error;
        throw new failure(`HTTP ${result.status}${result.body ? `: ${result.body.slice(0, 200)}` : ''}`);
      }
      if (d.template === 'subscriber-verify') await this.activateWebhook(subscriber.id);
      return;
    }
    const rendered = fields
      ? this.subscriberRenderer.notice(
          `${event.row.id}|${d.template}`,
          brand,
          fieldsIn(fields, event.payload, words),
          links,
          event.row.type,
          words,
        )
      : d.template === 'subscriber-already' || d.template === 'subscriber-confirm'
        ? this.subscriberRenderer.mail(d.template, brand, links, words)
        : null;
    if (!rendered) throw new PermanentFailure(`unknown template ${d.template}`);
    await this.mailer.send(
      {
        deliveryId: d.id,
        from: config.mailFrom,
        to: subscriber.address,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId: `<${d.id}@${this.domain}>`,
        // RFC 8058: a one-click POST to the link unsubscribes; no mailto, which nothing here reads.
        headers: {
          'Auto-Submitted': 'auto-generated',
          'List-Unsubscribe': `<${links.unsubscribe}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      },
      this.ctx.now().toISOString(),
    );
  }

  /** A webhook subscriber that answered its signed verification (chat: its first message) with a 2xx is confirmed. */
  private async activateWebhook(subscriberId: string): Promise<void> {
    await runCommand(this.ctx, systemActor('webhook-verification'), async (s) => {
      const subscriber = await s.lock('subscriber', subscriberId);
      if (!subscriber || subscriber.status !== 'pending') return;
      await s.trx
        .updateTable('subscriber')
        .set({ status: 'active', confirm_nonce: null, confirmed_at: s.nowIso, updated_at: s.nowIso })
        .where('id', '=', subscriberId)
        .execute();
      await s.audit({
        action: 'subscriber.confirmed',
        entityType: 'subscriber',
        entityId: subscriberId,
        tenantId: null,
        after: { kind: 'webhook', format: subscriber.format, status: 'active' },
      });
    });
  }

  /** Writes the endpoint successes still noted, and waits for them. */
  async flush(): Promise<void> {
    this.writeSuccessesNow?.();
    await this.writingSuccesses;
  }

  close(): void {
    this.circuits.close();
    this.mailer.close();
    this.http.close();
  }
}
