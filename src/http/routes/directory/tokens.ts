// Personal API tokens, sent as "Authorization: Bearer <token>". The secret is shown once.
import { Type } from 'typebox';
import { createApiToken, listApiTokens, revokeApiToken } from '../../../app/auth.js';
import type { AppContext } from '../../../app/context.js';
import { presentApiToken, presentCreatedToken } from '../../presenters/directory.js';
import {
  ApiTokenSchema,
  CreatedTokenSchema,
  IdParams,
  TokenBody,
  TokensQuery,
} from '../../../shared/contracts/directory.js';
import type { HeraldServer } from '../../types.js';

const tags = ['directory'];

export function registerTokenRoutes(app: HeraldServer, ctx: AppContext): void {
  app.post(
    '/api/tokens',
    {
      schema: {
        tags,
        summary: 'Create a personal API token; its secret is in this answer only',
        body: TokenBody,
        response: { 201: CreatedTokenSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentCreatedToken(await createApiToken(ctx, request.actor, request.body))),
  );

  app.get(
    '/api/tokens',
    {
      schema: {
        tags,
        summary: 'Your tokens (never their secrets)',
        querystring: TokensQuery,
        response: { 200: Type.Array(ApiTokenSchema) },
      },
    },
    async (request) => (await listApiTokens(ctx, request.actor, request.query)).map(presentApiToken),
  );

  app.delete(
    '/api/tokens/:id',
    { schema: { tags, summary: 'Revoke a token; it stops working at once', params: IdParams } },
    async (request, reply) => {
      await revokeApiToken(ctx, request.actor, request.params.id);
      return reply.code(204).send();
    },
  );
}
