// A reader's Message Center: their tenant's published posts, newest change first, with their own
// read / archived / favorite state, filtered and searched. Archived posts are left out unless
// asked for (state=archived), expired posts are left out of lists but still open by id.
import { sql } from 'kysely';
import type { Actor } from '../../domain/actor.js';
import { expiryCutoff, isExpired, releaseStatusOf, type ReleaseStatus } from '../../domain/messages.js';
import { invalid, notFound, words } from '../../errors.js';
import type { MessageTable } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { containsPattern, pageOf, type Page, type PageRequest } from '../directory/paging.js';
import { NO_VIEWPOINT, withAttachmentsAndServices, type ReaderMessageRecord, type Viewpoint } from './records.js';
import { readerScope, visibleMessages, type ReaderScope } from './readerScope.js';
import { originalLanguage, readerLanguage } from '../translations/language.js';
import { messageReadings } from '../translations/reading.js';

// Defined in src/shared, which the console imports too; re-exported here for the server.
import { MESSAGE_STATES } from '../../shared/messages.js';

export { MESSAGE_STATES };
export type MessageState = (typeof MESSAGE_STATES)[number];

export interface MyMessagesFilter extends PageRequest {
  /** Needed only by someone who reads several tenants. */
  tenantId?: string;
  /** Any of these service ids. */
  services?: string[];
  /** Any of these tags. */
  tags?: string[];
  categories?: string[];
  /** All of these states. */
  states?: MessageState[];
  /** Every word must appear in the title or the body. */
  q?: string;
}

/** The one tenant a list is for: the reader's only one, or the one they named among theirs. */
function listTenant(scope: ReaderScope, tenantId: string | undefined): string {
  if (tenantId) {
    if (!scope.tenantIds.includes(tenantId)) throw notFound('tenant', tenantId);
    return tenantId;
  }
  if (scope.tenantIds.length > 1)
    throw invalid('query.tenantId', words('problem.messages.tenantRequired', { tenants: scope.tenantIds.join(', ') }));
  return scope.tenantIds[0]!;
}

function toRecord(ctx: AppContext, message: MessageTable, viewpoint: Viewpoint, recorded: string | null) {
  return {
    message,
    viewpoint,
    releaseStatus: releaseStatusOf(
      { tiedToRelease: message.release_id !== null, startsAt: message.starts_at, endsAt: message.ends_at },
      recorded as ReleaseStatus | null,
      ctx.now(),
    ),
    isExpired: isExpired(message.ends_at, ctx.now(), ctx.config.messageExpiryDays),
  };
}

/** Each record with what its reader reads of it: the translation into their language, if any. */
async function inReaderLanguage<T extends Omit<ReaderMessageRecord, 'reading'>>(
  ctx: AppContext,
  actor: Actor,
  tenantId: string | undefined,
  records: T[],
): Promise<(T & Pick<ReaderMessageRecord, 'reading'>)[]> {
  const readings = await messageReadings(
    ctx.database.db,
    records.map((r) => r.message.id),
    await readerLanguage(ctx, actor, tenantId),
    originalLanguage(ctx),
  );
  return records.map((r) => ({ ...r, reading: readings.get(r.message.id)! }));
}

const viewpointOf = (r: {
  is_read: number | null;
  is_archived: number | null;
  is_favorited: number | null;
  feedback: string | null;
}): Viewpoint =>
  r.is_read === null
    ? NO_VIEWPOINT
    : ({
        is_read: r.is_read,
        is_archived: r.is_archived,
        is_favorited: r.is_favorited,
        feedback: r.feedback,
      } as Viewpoint);

export async function listMyMessages(
  ctx: AppContext,
  actor: Actor,
  filter: MyMessagesFilter,
): Promise<Page<ReaderMessageRecord>> {
  const scope = await readerScope(ctx, actor);
  if (!scope) {
    if (filter.tenantId) throw notFound('tenant', filter.tenantId);
    return { items: [], total: 0 };
  }
  const tenantId = listTenant(scope, filter.tenantId);
  const nowIso = ctx.now().toISOString();
  const states = new Set(filter.states ?? []);
  let query = ctx.database.db
    .selectFrom('message_tenant as mt')
    .innerJoin('message as m', 'm.id', 'mt.message_id')
    .leftJoin('message_viewpoint as v', (join) =>
      join.onRef('v.message_id', '=', 'm.id').on('v.person_id', '=', scope.personId),
    )
    .selectAll('m')
    .select(['mt.release_status', 'v.is_read', 'v.is_archived', 'v.is_favorited', 'v.feedback'])
    .where('mt.tenant_id', '=', tenantId)
    .where('m.status', '=', 'published')
    .where((eb) =>
      eb.or([eb('m.ends_at', 'is', null), eb('m.ends_at', '>', expiryCutoff(ctx.now(), ctx.config.messageExpiryDays))]),
    );
  if (!scope.privacyTenantIds.has(tenantId)) query = query.where('m.is_data_privacy', '=', 0);
  if (filter.categories?.length) query = query.where('m.category', 'in', filter.categories);
  // Tags and services are JSON arrays of known words; a quoted match is an exact element match.
  if (filter.tags?.length)
    query = query.where((eb) => eb.or(filter.tags!.map((t) => eb('m.tags', 'like', `%${JSON.stringify(t)}%`))));
  if (filter.services?.length)
    query = query.where((eb) => eb.or(filter.services!.map((s) => eb('m.services', 'like', `%${JSON.stringify(s)}%`))));
  for (const word of (filter.q ?? '').split(/\s+/).filter(Boolean)) {
    const pattern = containsPattern(word);
    query = query.where((eb) =>
      eb.or([eb(sql<string>`lower(m.title)`, 'like', pattern), eb(sql<string>`lower(m.body)`, 'like', pattern)]),
    );
  }
  query = states.has('archived')
    ? query.where('v.is_archived', '=', 1)
    : query.where((eb) => eb.or([eb('v.is_archived', 'is', null), eb('v.is_archived', '=', 0)]));
  if (states.has('unread')) query = query.where((eb) => eb.or([eb('v.is_read', 'is', null), eb('v.is_read', '=', 0)]));
  if (states.has('read')) query = query.where('v.is_read', '=', 1);
  if (states.has('favorite')) query = query.where('v.is_favorited', '=', 1);
  if (states.has('actionRequired')) query = query.where('m.action_required_by', '>', nowIso);

  const page = await pageOf(query.orderBy('m.last_modified_at', 'desc').orderBy('m.id', 'desc'), filter);
  const items = page.items.map(({ release_status, is_read, is_archived, is_favorited, feedback, ...message }) =>
    toRecord(
      ctx,
      message as MessageTable,
      viewpointOf({ is_read, is_archived, is_favorited, feedback }),
      release_status,
    ),
  );
  const records = await withAttachmentsAndServices(ctx.database.db, items);
  return { items: await inReaderLanguage(ctx, actor, tenantId, records), total: page.total };
}

/** One post as its reader sees it; 404 when it is not theirs to see. */
export async function getMyMessage(
  ctx: AppContext,
  actor: Actor,
  id: string,
  tenantId?: string,
): Promise<ReaderMessageRecord> {
  const scope = await readerScope(ctx, actor);
  const visible = scope && (await visibleMessages(ctx, scope, [id], tenantId)).get(id);
  if (!scope || !visible) throw notFound('message', id);
  const db = ctx.database.db;
  const [message, viewpoint] = await Promise.all([
    db.selectFrom('message').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    db
      .selectFrom('message_viewpoint')
      .select(['is_read', 'is_archived', 'is_favorited', 'feedback'])
      .where('person_id', '=', scope.personId)
      .where('message_id', '=', id)
      .executeTakeFirst(),
  ]);
  const records = await withAttachmentsAndServices(db, [
    toRecord(ctx, message, viewpoint ?? NO_VIEWPOINT, visible.releaseStatus),
  ]);
  return (await inReaderLanguage(ctx, actor, visible.tenantId, records))[0]!;
}
