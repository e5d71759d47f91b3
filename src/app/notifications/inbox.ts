// The in-app notification list: a person's in_app deliveries, newest first, with the unread count
// the console shows on its bell.
import type { Actor } from '../../domain/actor.js';
import { fromJson } from '../../store/values.js';
import { requirePerson } from '../auth.js';
import { DEFAULT_PAGE, MAX_PAGE, type PageRequest } from '../directory/paging.js';
import type { AppContext } from '../context.js';

export interface InboxItem {
  id: string;
  eventId: string;
  eventType: string;
  title: string;
  summary: string;
  url: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface Inbox {
  items: InboxItem[];
  total: number;
  unreadCount: number;
}

function mine(ctx: AppContext, personId: string) {
  return ctx.database.db
    .selectFrom('delivery')
    .where('recipient_id', '=', personId)
    .where('channel', '=', 'in_app')
    .where('status', '=', 'sent');
}

export async function unreadCount(ctx: AppContext, personId: string): Promise<number> {
  const row = await mine(ctx, personId)
    .where('read_at', 'is', null)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function listInbox(
  ctx: AppContext,
  actor: Actor,
  request: PageRequest & { unreadOnly?: boolean },
): Promise<Inbox> {
  const me = requirePerson(actor);
  let query = mine(ctx, me.personId);
  if (request.unreadOnly) query = query.where('read_at', 'is', null);
  const limit = Math.min(Math.max(request.limit ?? DEFAULT_PAGE, 1), MAX_PAGE);
  const [rows, total, unread] = await Promise.all([
    query
      .innerJoin('event', 'event.id', 'delivery.event_id')
      .select([
        'delivery.id',
        'delivery.event_id',
        'delivery.created_at',
        'delivery.read_at',
        'event.type',
        'event.payload',
      ])
      .orderBy('delivery.created_at', 'desc')
      .orderBy('delivery.id')
      .limit(limit)
      .offset(Math.max(request.offset ?? 0, 0))
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    unreadCount(ctx, me.personId),
  ]);
  return {
    items: rows.map((r) => {
      const p = fromJson<Record<string, unknown>>(r.payload, {});
      return {
        id: r.id,
        eventId: r.event_id,
        eventType: r.type,
        title: typeof p.title === 'string' ? p.title : r.type,
        summary: typeof p.summary === 'string' ? p.summary : '',
        url: typeof p.url === 'string' ? p.url : null,
        createdAt: r.created_at,
        readAt: r.read_at,
      };
    }),
    total: Number(total?.n ?? 0),
    unreadCount: unread,
  };
}

// Defined in src/shared, which the console imports too; re-exported here for the server.
import { READABLE_SUBJECTS, type ReadableSubject } from '../../shared/notifications.js';

export { READABLE_SUBJECTS, type ReadableSubject };

/**
 * Marks the given notifications (or all) read; others' ids are ignored. With `subject`, marks read
 * every notification about that thing: opening an incident, a post or a ticket clears its notices
 * however the person got there. Returns the unread count.
 */
export async function markRead(
  ctx: AppContext,
  actor: Actor,
  input: { ids?: string[]; all?: boolean; subject?: { type: ReadableSubject; id: string } },
): Promise<number> {
  const me = requirePerson(actor);
  const now = ctx.now().toISOString();
  if (input.all || input.ids?.length || input.subject) {
    const db = ctx.database.db;
    let update = db
      .updateTable('delivery')
      .set({ read_at: now })
      .where('recipient_id', '=', me.personId)
      .where('channel', '=', 'in_app')
      .where('read_at', 'is', null);
    if (!input.all && input.ids?.length) update = update.where('id', 'in', input.ids);
    if (!input.all && input.subject) {
      const { type, id } = input.subject;
      update = update.where(
        'event_id',
        'in',
        db.selectFrom('event').select('id').where('subject_type', '=', type).where('subject_id', '=', id),
      );
    }
    await update.execute();
  }
  return unreadCount(ctx, me.personId);
}
