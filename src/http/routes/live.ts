// GET /api/live: server-sent events that tell the console which views changed, so it refetches
// them instead of polling. The events are hints (the topic and the tenants), never data: the
// console reads the data itself through the API, with the same rights checks as always.
//
// A listener hears only what they may read: operators every change; anyone else the changes of
// the tenants they have a role in (readableTenantIds) and public changes. Rights are looked up
// again at every heartbeat, so a signed-out session or a removed role stops the stream.
import type { ServerResponse } from 'node:http';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { actorFromApiToken, actorFromSession } from '../../app/auth.js';
import type { AppContext, ChangeNotice } from '../../app/context.js';
import { isOperator, readableTenantIds, type Actor } from '../../domain/actor.js';
import { unauthenticated } from '../../errors.js';
import type { HeraldServer } from '../types.js';

/** What one listener is told of a change. `tenantIds: null` is a public change. */
export interface LiveNotice {
  topic: string;
  tenantIds: string[] | null;
}

/** The part of a change notice an actor may hear of, or null when it is none of their business. */
export function noticeFor(actor: Actor, notice: ChangeNotice): LiveNotice | null {
  if (notice.tenantIds === null) return { topic: notice.topic, tenantIds: null };
  if (isOperator(actor)) return { topic: notice.topic, tenantIds: notice.tenantIds };
  const readable = readableTenantIds(actor);
  const tenantIds = notice.tenantIds.filter((id) => readable.has(id));
  return tenantIds.length ? { topic: notice.topic, tenantIds } : null;
}

/** The actor behind the request's credential now (null once the session or token is gone). */
async function currentActor(ctx: AppContext, request: FastifyRequest): Promise<Actor | null> {
  if (request.authMethod === 'session' && request.sessionToken) return actorFromSession(ctx, request.sessionToken);
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  if (request.authMethod === 'token' && bearer) return actorFromApiToken(ctx, bearer[1]!);
  return null;
}

export function registerLiveRoutes(app: HeraldServer, ctx: AppContext): void {
  // Open streams never finish on their own; ending them lets the server close without waiting.
  const open = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
  });

  app.get(
    '/api/live',
    {
      schema: {
        tags: ['live'],
        summary:
          'Server-sent events: `change` events ({ topic, tenantIds }) for the views you may read, and heartbeats',
        description:
          'A `text/event-stream`. Each `change` event names a topic (incident, maintenance, message, environment, …) and the tenants it concerns (`null` for public data); refetch the views that show them. A comment line is sent as a heartbeat.',
        produces: ['text/event-stream'],
        response: { 200: Type.String({ description: 'text/event-stream' }) },
      },
    },
    async (request, reply) => {
      if (request.actor.kind !== 'person') throw unauthenticated('problem.live.signIn');
      let actor: Actor = request.actor;

      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // Tells nginx and similar proxies not to hold events back in a buffer.
        'x-accel-buffering': 'no',
      });
      // A browser reconnects on its own after a drop; five seconds spares a restarting server.
      res.write('retry: 5000\n: connected\n\n');

      const onChange = (notice: ChangeNotice) => {
        const heard = noticeFor(actor, notice);
        if (heard) res.write(`event: change\ndata: ${JSON.stringify(heard)}\n\n`);
      };
      let checking = false;
      const heartbeat = setInterval(() => {
        res.write(': heartbeat\n\n');
        if (checking) return;
        checking = true;
        currentActor(ctx, request)
          .then((now) => {
            if (now) actor = now;
            else res.end();
          })
          .catch((error: unknown) => request.log.warn({ err: error }, 'live: could not re-check the listener'))
          .finally(() => {
            checking = false;
          });
      }, ctx.config.liveHeartbeatSeconds * 1000);

      ctx.signals.on('change', onChange);
      open.add(res);
      res.on('close', () => {
        open.delete(res);
        clearInterval(heartbeat);
        ctx.signals.off('change', onChange);
      });
    },
  );
}
