// The Microsoft Graph-compatible tenant API, /v1.0/admin/serviceAnnouncement: healthOverviews,
// issues (with incidentReport) and messages (with their actions and attachments), read through
// the same use cases as Herald's own API. An encapsulated plugin, so that its errors leave in
// Graph's shape ({ error: { code, message, innerError } }) while the rest of Herald answers
// problem+json, and so that every answer carries Graph's request-id headers.
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.js';
import { DatabaseUnavailable, graphEnglish, HeraldError } from '../../../errors.js';
import { presentGraphError } from '../../presenters/graph.js';
import { toHeraldError } from '../../problem.js';
import type { HeraldServer } from '../../types.js';
import { registerGraphAttachmentRoutes } from './attachments.js';
import { registerGraphHealthRoutes } from './healthOverviews.js';
import { registerGraphIssueRoutes } from './issues.js';
import { registerGraphMessageRoutes } from './messages.js';

export const GRAPH_PREFIX = '/v1.0/admin/serviceAnnouncement';

// Graph gives every request a GUID, returned as a header and inside errors; the Graph client logs it.
const requestIds = new WeakMap<FastifyRequest, string>();
function requestIdOf(request: FastifyRequest): string {
  let id = requestIds.get(request);
  if (!id) {
    id = randomUUID();
    requestIds.set(request, id);
  }
  return id;
}

const clientRequestIdOf = (request: FastifyRequest): string | undefined => {
  const v = request.headers['client-request-id'];
  return typeof v === 'string' && v.length <= 100 ? v : undefined;
};

function sendGraphError(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, error: Error): FastifyReply {
  // Graph's shape, in English as Graph itself answers: `message` is the English of every error
  // (native problem+json is what speaks the reader's language).
  const known = toHeraldError(error);
  if (!known) request.log.error({ err: error }, 'unhandled error');
  const status = known?.status ?? 500;
  const message = known?.message ?? `Something went wrong on our side; the request id is ${requestIdOf(request)}.`;
  if (status === 401) reply.header('www-authenticate', 'Bearer');
  if (known instanceof DatabaseUnavailable) reply.header('retry-after', String(known.retryAfterSeconds));
  return reply
    .code(status)
    .type('application/json')
    .send(presentGraphError(status, message, requestIdOf(request), clientRequestIdOf(request), ctx.now()));
}

export async function registerGraphRoutes(app: HeraldServer, ctx: AppContext): Promise<void> {
  await app.register(
    async (graph) => {
      graph.setErrorHandler((error, request, reply) => sendGraphError(ctx, request, reply, error as Error));
      // A route of its own rather than a not-found handler: the console's catch-all GET would
      // otherwise claim unknown paths here and answer them with problem+json.
      graph.all('/*', { schema: { hide: true } }, async (request) => {
        throw new HeraldError(
          'HERALD_NOT_FOUND',
          graphEnglish(
            `Resource not found for the segment '${request.url.split('?')[0]!.slice(GRAPH_PREFIX.length + 1)}'.`,
          ),
        );
      });
      graph.addHook('onSend', async (request, reply) => {
        reply.header('request-id', requestIdOf(request));
        const client = clientRequestIdOf(request);
        if (client) reply.header('client-request-id', client);
      });
      registerGraphHealthRoutes(graph, ctx);
      registerGraphIssueRoutes(graph, ctx);
      registerGraphMessageRoutes(graph, ctx);
      registerGraphAttachmentRoutes(graph, ctx);
    },
    { prefix: GRAPH_PREFIX },
  );
}
