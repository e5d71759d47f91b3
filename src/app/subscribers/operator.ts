// What operators see of public subscribers: how many per region and service, the whole list as
// CSV, and removing one (an address that bounces or asked by other means). Operators only.
import { sql } from 'kysely';
import { isOperator, type Actor } from '../../domain/actor.js';
import { forbidden, notFound, unauthenticated } from '../../errors.js';
import type { WebhookFormat } from '../../store/schema.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { removeRow, subscribableComponents } from './subscriptions.js';

function requireOperator(actor: Actor): void {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (!isOperator(actor)) throw forbidden('problem.subscribers.operatorsOnly');
}

export interface ComponentCount {
  kind: 'region' | 'service';
  code: string;
  name: string;
  /** Active subscribers who chose it. */
  chosen: number;
  /** Those plus the subscribers of everything: who an incident there reaches. */
  reached: number;
}

export interface SubscriberSummary {
  active: number;
  pending: number;
  everything: number;
  byKind: { email: number; webhook: number };
  components: ComponentCount[];
}

export async function subscriberSummary(ctx: AppContext, actor: Actor): Promise<SubscriberSummary> {
  requireOperator(actor);
  const db = ctx.database.db;
  const totals = await db
    .selectFrom('subscriber')
    .select(['status', 'kind', 'everything', sql<number>`count(*)`.as('n')])
    .groupBy(['status', 'kind', 'everything'])
    .execute();
  const counts = await db
    .selectFrom('subscriber_component as c')
    .innerJoin('subscriber as s', 's.id', 'c.subscriber_id')
    .where('s.status', '=', 'active')
    .select(['c.kind', 'c.code', sql<number>`count(*)`.as('n')])
    .groupBy(['c.kind', 'c.code'])
    .execute();
  const active = totals.filter((t) => t.status === 'active');
  const sum = (rows: typeof totals) => rows.reduce((n, r) => n + Number(r.n), 0);
  const everything = sum(active.filter((t) => t.everything === 1));
  const known = await subscribableComponents(ctx);
  const chosen = (kind: string, code: string) => Number(counts.find((c) => c.kind === kind && c.code === code)?.n ?? 0);
  return {
    active: sum(active),
    pending: sum(totals.filter((t) => t.status === 'pending')),
    everything,
    byKind: {
      email: sum(active.filter((t) => t.kind === 'email')),
      webhook: sum(active.filter((t) => t.kind === 'webhook')),
    },
    components: [
      ...known.regions.map((r): ComponentCount => ({
        kind: 'region',
        code: r.code,
        name: r.name,
        chosen: chosen('region', r.code),
        reached: chosen('region', r.code) + everything,
      })),
      ...known.services.map((x): ComponentCount => ({
        kind: 'service',
        code: x.id,
        name: x.name,
        chosen: chosen('service', x.id),
        reached: chosen('service', x.id) + everything,
      })),
    ],
  };
}

export interface SubscriberRow {
  id: string;
  kind: 'email' | 'webhook';
  /** A webhook's payload: standard (Standard Webhooks), slack or teams; standard for email. */
  format: WebhookFormat;
  address: string;
  status: 'pending' | 'active';
  everything: boolean;
  regions: string[];
  services: string[];
  createdAt: string;
  confirmedAt: string | null;
}

/** Subscribers, oldest first; `search` narrows to addresses containing it. */
export async function listSubscribers(
  ctx: AppContext,
  actor: Actor,
  options: { search?: string; limit?: number } = {},
): Promise<SubscriberRow[]> {
  requireOperator(actor);
  const db = ctx.database.db;
  let q = db.selectFrom('subscriber').selectAll().orderBy('created_at').orderBy('id');
  if (options.search) q = q.where('address', 'like', `%${options.search.toLowerCase().replace(/[%_\\]/g, '')}%`);
  if (options.limit) q = q.limit(options.limit);
  const rows = await q.execute();
  const components = new Map<string, { kind: string; code: string }[]>();
  for (let i = 0; i < rows.length; i += 500) {
    const ids = rows.slice(i, i + 500).map((r) => r.id);
    for (const c of await db
      .selectFrom('subscriber_component')
      .selectAll()
      .where('subscriber_id', 'in', ids)
      .execute()) {
      components.set(c.subscriber_id, [...(components.get(c.subscriber_id) ?? []), c]);
    }
  }
  return rows.map((r) => {
    const mine = components.get(r.id) ?? [];
    return {
      id: r.id,
      kind: r.kind,
      format: r.format,
      address: r.address,
      status: r.status,
      everything: r.everything === 1,
      regions: mine.filter((c) => c.kind === 'region').map((c) => c.code),
      services: mine.filter((c) => c.kind === 'service').map((c) => c.code),
      createdAt: r.created_at,
      confirmedAt: r.confirmed_at,
    };
  });
}

/** RFC 4180 field: quoted, inner quotes doubled; a leading =, +, - or @ is prefixed so a spreadsheet keeps it text. */
const csvField = (value: string): string => `"${(/^[=+\-@]/.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`;

export async function exportSubscribersCsv(ctx: AppContext, actor: Actor): Promise<string> {
  const rows = await listSubscribers(ctx, actor);
  const lines = [
    [
      'id',
      'kind',
      'format',
      'address',
      'status',
      'everything',
      'regions',
      'services',
      'created_at',
      'confirmed_at',
    ].join(','),
  ];
  for (const r of rows) {
    lines.push(
      [
        r.id,
        r.kind,
        r.format,
        r.address,
        r.status,
        r.everything ? 'yes' : 'no',
        r.regions.join(' '),
        r.services.join(' '),
        r.createdAt,
        r.confirmedAt ?? '',
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export async function removeSubscriber(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  requireOperator(actor);
  await runCommand(ctx, actor, async (s) => {
    const row = await s.lock('subscriber', id);
    if (!row) throw notFound('subscriber', id);
    await removeRow(s, row, 'subscriber.removed');
    s.changed({ tenantIds: [], topic: 'subscribers' });
  });
}
