// Public subscriptions to the status page, from the subscribe form and the links in subscribers'
// mail. Nobody is signed in: the signed links (src/delivery/unsubscribe.ts) prove who may change
// what. Double opt-in: a new address is `pending` and gets only its confirmation until the link
// is used; a webhook is `pending` until it answers a signed verification event with a 2xx (its
// signing secret travels in that event, to the URL's owner only); a Slack or Teams webhook (its
// `format`, as for tenants' endpoints) cannot answer a challenge, so the 2xx to its first message,
// "subscribed", confirms it, and it is never signed. Subscribing an address that is
// already subscribed answers exactly as for a new one, and sends at most one "already subscribed"
// mail an hour (the event key is per hour), so the form tells nobody who is subscribed and cannot
// be used to flood an inbox.
import { words } from '../../shared/i18n/words.js';
import { randomBytes } from 'node:crypto';
import { verificationSecrets } from '../../config.js';
import { systemActor } from '../../domain/actor.js';
import {
  choiceProblem,
  normaliseSubscriberEmail,
  type SubscriberChoice,
  type SubscriberMail,
} from '../../domain/subscribers.js';
import { checkTarget, systemResolver, type Resolver } from '../../delivery/channels/targets.js';
import { newWebhookSecret } from '../../delivery/channels/webhook.js';
import { signSubscriberToken, verifySubscriberToken, type SubscriberLink } from '../../delivery/unsubscribe.js';
import { conflict, invalid, notFound } from '../../errors.js';
import { LANGUAGES, matchLocale } from '../../i18n/locales.js';
import type { SubscriberKind, SubscriberTable, WebhookFormat } from '../../store/schema.js';
import { WEBHOOK_FORMATS } from '../../store/tables/notifications.js';
import { newId } from '../../store/values.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';

export interface SubscribeInput extends SubscriberChoice {
  email?: string;
  url?: string;
  /** A webhook's payload: Standard Webhooks (the default), Slack or Microsoft Teams. */
  format?: string;
  /** The language of its mail: the subscribe page's (a catalogue locale, or a tag matched to one). */
  locale?: string;
}

export interface SubscriptionView {
  kind: SubscriberKind;
  format: WebhookFormat;
  address: string;
  status: SubscriberTable['status'];
  choice: SubscriberChoice;
  /** The language its mail is written in (a catalogue locale); null: the provider's. */
  locale: string | null;
}

/** A language Herald writes mail in, or a 400 naming the field. */
function checkLocale(locale: string | undefined, field: string): string | undefined {
  if (locale === undefined || locale === '') return undefined;
  const matched = matchLocale(locale);
  if (!matched || !(LANGUAGES as readonly string[]).includes(matched))
    throw invalid(field, words('problem.subscriber.locale', { languages: LANGUAGES.join(', '), locale }));
  return matched;
}

const HOUR_MS = 3_600_000;

/** The regions and services a subscriber may choose, in the page's order. */
export async function subscribableComponents(
  ctx: AppContext,
): Promise<{ regions: { code: string; name: string }[]; services: { id: string; name: string }[] }> {
  const db = ctx.database.db;
  const [regions, services] = await Promise.all([
    db.selectFrom('region').select(['code', 'name']).orderBy('sort').orderBy('code').execute(),
    db.selectFrom('service').select(['id', 'name']).orderBy('sort').orderBy('id').execute(),
  ]);
  return { regions, services };
}

async function checkChoice(ctx: AppContext, choice: SubscriberChoice, prefix: string): Promise<SubscriberChoice> {
  const clean = {
    everything: choice.everything,
    regions: [...new Set(choice.regions)],
    services: [...new Set(choice.services)],
  };
  const known = await subscribableComponents(ctx);
  const problem = choiceProblem(clean, {
    regions: known.regions.map((r) => r.code),
    services: known.services.map((s) => s.id),
  });
  if (problem) throw invalid(`${prefix}${problem.field}`, problem.message);
  return clean.everything ? { everything: true, regions: [], services: [] } : clean;
}

async function writeChoice(s: CommandScope, subscriberId: string, choice: SubscriberChoice): Promise<void> {
  await s.trx.deleteFrom('subscriber_component').where('subscriber_id', '=', subscriberId).execute();
  const rows = [
    ...choice.regions.map((code) => ({ subscriber_id: subscriberId, kind: 'region' as const, code })),
    ...choice.services.map((code) => ({ subscriber_id: subscriberId, kind: 'service' as const, code })),
  ];
  if (rows.length) await s.trx.insertInto('subscriber_component').values(rows).execute();
  await s.trx
    .updateTable('subscriber')
    .set({ everything: choice.everything ? 1 : 0, updated_at: s.nowIso })
    .where('id', '=', subscriberId)
    .execute();
}

/** Their own mail, through the outbox; one per kind and hour whatever the form is sent. */
async function mail(s: CommandScope, subscriberId: string, template: SubscriberMail): Promise<void> {
  const hour = new Date(Math.floor(s.now.getTime() / HOUR_MS) * HOUR_MS).toISOString();
  await s.publish({
    type: 'subscriber.mail',
    key: `subscriber:${subscriberId}:${template}:${hour}`,
    subject: { type: 'subscriber', id: subscriberId },
    tenantId: null,
    scope: { subscriberIds: [subscriberId] },
    payload: { template },
  });
}

/** The subscribe form. Answers nothing about the address: the caller shows the same page whatever happened. */
export async function subscribe(
  ctx: AppContext,
  input: SubscribeInput,
  resolve: Resolver = systemResolver,
): Promise<void> {
  const email = input.email?.trim() ? input.email : undefined;
  const url = input.url?.trim() ? input.url.trim() : undefined;
  if (!email && !url) throw invalid('email', 'problem.subscribe.emailRequired');
  if (email && url) throw invalid('url', 'problem.subscribe.notBoth');
  const format = (input.format?.trim() || 'standard') as WebhookFormat;
  if (!WEBHOOK_FORMATS.includes(format)) throw invalid('format', 'problem.subscribe.format');
  if (email && format !== 'standard')
    throw invalid('url', format === 'slack' ? 'problem.subscribe.slackUrl' : 'problem.subscribe.teamsUrl');
  let kind: SubscriberKind;
  let address: string;
  if (email) {
    const normalised = normaliseSubscriberEmail(email);
    if (!normalised) throw invalid('email', 'problem.email.invalid');
    kind = 'email';
    address = normalised;
  } else {
    const problem = await checkTarget(url!, { allowPrivate: ctx.config.allowPrivateWebhookTargets, resolve });
    if (problem) throw invalid('url', problem);
    kind = 'webhook';
    address = url!;
  }
  const locale = checkLocale(input.locale, 'locale') ?? null;
  const choice = await checkChoice(ctx, input, '');
  await runCommand(ctx, systemActor('public-subscribe'), async (s) => {
    const existing = await s.trx
      .selectFrom('subscriber')
      .selectAll()
      .where('kind', '=', kind)
      .where('address', '=', address)
      .executeTakeFirst();
    const confirmMail: SubscriberMail = kind === 'email' ? 'subscriber-confirm' : 'subscriber-verify';
    if (!existing) {
      const id = newId();
      await s.trx
        .insertInto('subscriber')
        .values({
          id,
          kind,
          address,
          everything: choice.everything ? 1 : 0,
          status: 'pending',
          confirm_nonce: randomBytes(9).toString('base64url'),
          format,
          secret: kind === 'webhook' && format === 'standard' ? newWebhookSecret() : null,
          locale,
          created_at: s.nowIso,
          confirmed_at: null,
          updated_at: s.nowIso,
        })
        .execute();
      await writeChoice(s, id, choice);
      await s.audit({
        action: 'subscriber.requested',
        entityType: 'subscriber',
        entityId: id,
        tenantId: null,
        after: { kind, format, locale, status: 'pending', ...choice },
      });
      await mail(s, id, confirmMail);
    } else if (existing.status === 'pending') {
      // Not confirmed yet: the latest choice (a webhook's format, the language) is the one confirmed.
      await writeChoice(s, existing.id, choice);
      if (locale && existing.locale !== locale)
        await s.trx.updateTable('subscriber').set({ locale }).where('id', '=', existing.id).execute();
      if (existing.format !== format) {
        const secret = format === 'standard' ? (existing.secret ?? newWebhookSecret()) : null;
        await s.trx.updateTable('subscriber').set({ format, secret }).where('id', '=', existing.id).execute();
      }
      await mail(s, existing.id, confirmMail);
    } else if (kind === 'email') {
      // Confirmed: the choice changes only through the manage link; the owner is told how.
      await mail(s, existing.id, 'subscriber-already');
    }
  });
}

function readLink(ctx: AppContext, token: string, purpose: SubscriberLink['purpose']): SubscriberLink {
  const link = verifySubscriberToken(verificationSecrets(ctx.config), token);
  if (!link || link.purpose !== purpose) throw invalid('token', 'problem.subscribe.badLink');
  return link;
}

async function viewOf(ctx: AppContext, subscriber: SubscriberTable): Promise<SubscriptionView> {
  const components = await ctx.database.db
    .selectFrom('subscriber_component')
    .select(['kind', 'code'])
    .where('subscriber_id', '=', subscriber.id)
    .execute();
  return {
    kind: subscriber.kind,
    format: subscriber.format,
    address: subscriber.address,
    status: subscriber.status,
    locale: subscriber.locale,
    choice: {
      everything: subscriber.everything === 1,
      regions: components.filter((c) => c.kind === 'region').map((c) => c.code),
      services: components.filter((c) => c.kind === 'service').map((c) => c.code),
    },
  };
}

const gone = () => notFound('subscription');
const used = () => conflict('problem.subscribe.alreadyConfirmed');

/** What a confirmation link would confirm (the page asks first: link scanners must not subscribe anyone). */
export async function describeConfirmation(ctx: AppContext, token: string): Promise<SubscriptionView> {
  const link = readLink(ctx, token, 'confirm');
  const subscriber = await ctx.database.db
    .selectFrom('subscriber')
    .selectAll()
    .where('id', '=', link.subscriberId)
    .executeTakeFirst();
  if (!subscriber) throw gone();
  if (link.purpose !== 'confirm' || subscriber.confirm_nonce !== link.nonce) throw used();
  return viewOf(ctx, subscriber);
}

export async function confirmSubscription(
  ctx: AppContext,
  token: string,
): Promise<{ view: SubscriptionView; manageToken: string }> {
  const link = readLink(ctx, token, 'confirm');
  const subscriber = await runCommand(ctx, systemActor('subscriber-link'), async (s) => {
    const row = await s.lock('subscriber', link.subscriberId);
    if (!row) throw gone();
    if (link.purpose !== 'confirm' || row.confirm_nonce !== link.nonce) throw used();
    await s.trx
      .updateTable('subscriber')
      .set({ status: 'active', confirm_nonce: null, confirmed_at: s.nowIso, updated_at: s.nowIso })
      .where('id', '=', row.id)
      .execute();
    await s.audit({
      action: 'subscriber.confirmed',
      entityType: 'subscriber',
      entityId: row.id,
      tenantId: null,
      before: { status: 'pending' },
      after: { status: 'active' },
    });
    return { ...row, status: 'active' as const, confirm_nonce: null };
  });
  return {
    view: await viewOf(ctx, subscriber),
    manageToken: signSubscriberToken(ctx.config.secret, { subscriberId: subscriber.id, purpose: 'manage' }),
  };
}

export async function describeSubscription(ctx: AppContext, token: string): Promise<SubscriptionView> {
  const link = readLink(ctx, token, 'manage');
  const subscriber = await ctx.database.db
    .selectFrom('subscriber')
    .selectAll()
    .where('id', '=', link.subscriberId)
    .executeTakeFirst();
  if (!subscriber) throw gone();
  return viewOf(ctx, subscriber);
}

export async function changeSubscription(
  ctx: AppContext,
  token: string,
  input: SubscriberChoice & { locale?: string },
): Promise<SubscriptionView> {
  const link = readLink(ctx, token, 'manage');
  const locale = checkLocale(input.locale, 'locale');
  const choice = await checkChoice(ctx, input, '');
  const subscriber = await runCommand(ctx, systemActor('subscriber-link'), async (s) => {
    const row = await s.lock('subscriber', link.subscriberId);
    if (!row) throw gone();
    await writeChoice(s, row.id, choice);
    if (locale && locale !== row.locale)
      await s.trx.updateTable('subscriber').set({ locale }).where('id', '=', row.id).execute();
    await s.audit({
      action: 'subscriber.changed',
      entityType: 'subscriber',
      entityId: row.id,
      tenantId: null,
      after: { ...choice, ...(locale ? { locale } : {}) },
    });
    return { ...row, locale: locale ?? row.locale };
  });
  return viewOf(ctx, subscriber);
}

/** The unsubscribe link and RFC 8058 one-click POST: the subscriber is deleted; unsent mail to it is suppressed. */
export async function unsubscribeSubscriber(ctx: AppContext, token: string): Promise<{ address: string } | null> {
  const link = readLink(ctx, token, 'manage');
  return runCommand(ctx, systemActor('subscriber-link'), async (s) => {
    const row = await s.lock('subscriber', link.subscriberId);
    if (!row) return null;
    await removeRow(s, row, 'subscriber.unsubscribed');
    return { address: row.address };
  });
}

export async function removeRow(s: CommandScope, row: SubscriberTable, action: string): Promise<void> {
  await s.trx.deleteFrom('subscriber_component').where('subscriber_id', '=', row.id).execute();
  await s.trx.deleteFrom('subscriber').where('id', '=', row.id).execute();
  await s.audit({
    action,
    entityType: 'subscriber',
    entityId: row.id,
    tenantId: null,
    before: { kind: row.kind, status: row.status },
  });
}
