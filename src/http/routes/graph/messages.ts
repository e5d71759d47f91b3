// Graph serviceUpdateMessage: GET messages and messages/{id} (archived posts included, as Graph
// lists them, with the reader's viewPoint), and the actions markRead, markUnread, archive,
// unarchive, favorite and unfavorite ({ messageIds } in, { value: true } out, all or nothing).
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { getMyMessage, listMyMessages } from '../../../app/messages/readMessages.js';
import type { ReaderMessageRecord } from '../../../app/messages/records.js';
import { changeViewpoint, VIEWPOINT_ACTIONS, type ViewpointAction } from '../../../app/messages/viewpoint.js';
import { sortBy, type OrderBy } from '../../../domain/odata.js';
import {
  GraphBooleanSchema,
  GraphCollectionSchema,
  GraphEntitySchema,
  GraphMessageSchema,
  MESSAGE_FIELDS,
  presentGraphMessage,
  selectableOf,
  type GraphMessage,
} from '../../presenters/graph.js';
import type { HeraldServer } from '../../types.js';
import { MessageIdsBody } from '../../../shared/contracts/messages.js';
import {
  answerCollection,
  answerEntity,
  CollectionQuerySchema,
  EntityQuerySchema,
  everyPage,
  metadataUrl,
  parseCollectionQuery,
} from './collection.js';
import { graphCaller, type GraphCaller } from './tenant.js';

const tags = ['Microsoft Graph: message center'];
const security = [{ bearer: [] }];
export const MessageParams = Type.Object({ id: Type.String({ maxLength: 40 }) });
const SELECTABLE = selectableOf(GraphMessageSchema);

// The Message Center's own order: the latest change first.
const NEWEST_FIRST: OrderBy[] = [
  { path: ['lastModifiedDateTime'], descending: true, type: 'datetime' },
  { path: ['id'], descending: true, type: 'string' },
];

/**
 * Every post of the caller's organization they may read. Herald's list leaves archived posts out
 * unless asked for them; Graph lists both, so both are read and merged.
 */
async function tenantMessages(ctx: AppContext, caller: GraphCaller): Promise<GraphMessage[]> {
  const read = (archived: boolean) =>
    everyPage((page) =>
      listMyMessages(ctx, caller.actor, {
        tenantId: caller.tenantId,
        ...(archived ? { states: ['archived' as const] } : {}),
        ...page,
      }),
    );
  const [current, archived] = await Promise.all([read(false), read(true)]);
  return sortBy([...current, ...archived].map(presentGraphMessage), NEWEST_FIRST);
}

/** One post of the caller's organization; another organization's is "not found". */
export const tenantMessage = (ctx: AppContext, caller: GraphCaller, id: string): Promise<ReaderMessageRecord> =>
  getMyMessage(ctx, caller.actor, id, caller.tenantId);

export function registerGraphMessageRoutes(graph: HeraldServer, ctx: AppContext): void {
  graph.get(
    '/messages',
    {
      schema: {
        tags,
        security,
        summary: 'Message Center posts for your organization, with your read / archived / favorite marks',
        querystring: CollectionQuerySchema,
        response: { 200: GraphCollectionSchema(GraphMessageSchema) },
      },
    },
    async (request, reply) => {
      const caller = graphCaller(request);
      const q = parseCollectionQuery<GraphMessage>(request, request.query, MESSAGE_FIELDS, SELECTABLE);
      return answerCollection(request, reply, await tenantMessages(ctx, caller), q, 'messages');
    },
  );

  graph.get(
    '/messages/:id',
    {
      schema: {
        tags,
        security,
        summary: 'One post',
        params: MessageParams,
        querystring: EntityQuerySchema,
        response: { 200: GraphEntitySchema(GraphMessageSchema) },
      },
    },
    async (request) => {
      const caller = graphCaller(request);
      const message = presentGraphMessage(await tenantMessage(ctx, caller, request.params.id));
      return answerEntity(request, message, 'messages', request.query.$select, SELECTABLE);
    },
  );

  for (const action of Object.keys(VIEWPOINT_ACTIONS) as ViewpointAction[]) {
    graph.post(
      `/messages/${action}`,
      {
        schema: {
          tags,
          security,
          summary: `${action} posts for yourself; all or nothing, 404 naming a post you cannot see`,
          body: MessageIdsBody,
          response: { 200: GraphBooleanSchema },
        },
      },
      async (request) => {
        const caller = graphCaller(request);
        await changeViewpoint(ctx, caller.actor, action, request.body.messageIds);
        return { '@odata.context': metadataUrl(request, 'Edm.Boolean'), value: true };
      },
    );
  }
}
