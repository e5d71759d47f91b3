// SCIM 2.0 at /scim/v2 for a tenant's directory: Users and Groups, with the discovery documents
// clients read first. An encapsulated plugin with its own bearer tokens (a tenant's SCIM token,
// not a person's API token), its own media type and its own error shape, so that Entra ID and
// Okta read every answer, failures included, as SCIM.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.js';
import {
  createGroup,
  createUser,
  deleteGroup,
  deleteUser,
  getGroup,
  getUser,
  listGroups,
  listUsers,
  patchGroup,
  patchUser,
  replaceGroup,
  replaceUser,
  scimClientFor,
  type ScimClient,
} from '../../../app/identity/scim.js';
import { MAX_SCIM_PAGE, pageBounds, ScimError, SCIM_GROUP, SCIM_LIST, SCIM_USER } from '../../../domain/scim.js';
import { HeraldError } from '../../../errors.js';
import {
  presentScimError,
  presentScimGroup,
  presentScimList,
  presentScimUser,
  SCIM_CONTENT_TYPE,
} from '../../presenters/scim.js';
import type { HeraldServer } from '../../types.js';

export const SCIM_PREFIX = '/scim/v2';

const clients = new WeakMap<FastifyRequest, ScimClient>();
const clientOf = (request: FastifyRequest): ScimClient => clients.get(request)!;

// SCIM answers in English: its clients are identity providers' provisioning engines (Entra ID,
// Okta), which log `detail` for an administrator who reads their console in English, and RFC 7644
// defines no language negotiation. A HeraldError's `message` is its English.
function sendScimError(request: FastifyRequest, reply: FastifyReply, error: Error): FastifyReply {
  let status = 500;
  let detail = 'Something went wrong on our side.';
  let scimType: ScimError['scimType'];
  const statusCode = (error as { statusCode?: number }).statusCode;
  if (error instanceof ScimError) {
    ({ status, scimType } = error);
    detail = error.message;
  } else if (error instanceof HeraldError) {
    status = error.status;
    detail = error.message;
    if (status === 400) scimType = 'invalidValue';
    if (status === 409) scimType = 'uniqueness';
  } else if (statusCode === 400) {
    // A body that is not JSON at all.
    status = 400;
    detail = error.message;
    scimType = 'invalidSyntax';
  } else if (statusCode && statusCode < 500) {
    status = statusCode;
    detail = error.message;
  } else {
    request.log.error({ err: error }, 'unhandled error');
  }
  if (status === 401) reply.header('www-authenticate', 'Bearer realm="scim"');
  return reply
    .code(status)
    .type(SCIM_CONTENT_TYPE)
    .send(presentScimError(status, detail, scimType));
}

type ListQuery = { filter?: string; startIndex?: string; count?: string };
type IdParams = { id: string };

export async function registerScimRoutes(app: HeraldServer, ctx: AppContext): Promise<void> {
  await app.register(
    async (scim) => {
      const base = () => `${ctx.config.publicUrl}${SCIM_PREFIX}`;
      // Herald's own authentication step leaves these routes alone: their bearer is a SCIM token.
      scim.addHook('onRoute', (route) => {
        route.config = { ...(route.config as object), ownBearer: true } as typeof route.config;
        route.schema = { ...route.schema, hide: true };
      });
      scim.addContentTypeParser(
        'application/scim+json',
        { parseAs: 'string' },
        scim.getDefaultJsonParser('error', 'ignore'),
      );
      scim.setErrorHandler((error, request, reply) => sendScimError(request, reply, error as Error));
      scim.addHook('onRequest', async (request) => {
        const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
        const client = match ? await scimClientFor(ctx, match[1]!, request.ip) : null;
        if (!client)
          throw new ScimError(
            401,
            'Send the tenant’s SCIM token as "Authorization: Bearer <token>"; this one is unknown or revoked.',
          );
        clients.set(request, client);
      });
      scim.addHook('onSend', async (_request, reply, payload) => {
        if (payload !== undefined && payload !== null && payload !== '')
          reply.header('content-type', SCIM_CONTENT_TYPE);
        return payload;
      });

      scim.get('/ServiceProviderConfig', async () => ({
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
        patch: { supported: true },
        bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
        filter: { supported: true, maxResults: MAX_SCIM_PAGE },
        changePassword: { supported: false },
        sort: { supported: false },
        etag: { supported: false },
        authenticationSchemes: [
          {
            type: 'oauthbearertoken',
            name: 'Bearer token',
            description: 'A SCIM token issued by the organisation’s admin in Herald',
            primary: true,
          },
        ],
        meta: { resourceType: 'ServiceProviderConfig', location: `${base()}/ServiceProviderConfig` },
      }));
      scim.get('/ResourceTypes', async () => ({
        schemas: [SCIM_LIST],
        totalResults: 2,
        Resources: [
          {
            schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
            id: 'User',
            name: 'User',
            endpoint: '/Users',
            schema: SCIM_USER,
          },
          {
            schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
            id: 'Group',
            name: 'Group',
            endpoint: '/Groups',
            schema: SCIM_GROUP,
          },
        ],
      }));

      scim.get('/Users', async (request) => {
        const q = request.query as ListQuery;
        const page = await listUsers(ctx, clientOf(request), {
          filter: q.filter,
          ...pageBounds(q.startIndex, q.count),
        });
        return presentScimList(page, (u) => presentScimUser(base(), u));
      });
      scim.post('/Users', async (request, reply) =>
        reply.code(201).send(presentScimUser(base(), await createUser(ctx, clientOf(request), request.body))),
      );
      scim.get('/Users/:id', async (request) =>
        presentScimUser(base(), await getUser(ctx, clientOf(request), (request.params as IdParams).id)),
      );
      scim.put('/Users/:id', async (request) =>
        presentScimUser(
          base(),
          await replaceUser(ctx, clientOf(request), (request.params as IdParams).id, request.body),
        ),
      );
      scim.patch('/Users/:id', async (request) =>
        presentScimUser(base(), await patchUser(ctx, clientOf(request), (request.params as IdParams).id, request.body)),
      );
      scim.delete('/Users/:id', async (request, reply) => {
        await deleteUser(ctx, clientOf(request), (request.params as IdParams).id);
        return reply.code(204).send();
      });

      scim.get('/Groups', async (request) => {
        const q = request.query as ListQuery;
        const page = await listGroups(ctx, clientOf(request), {
          filter: q.filter,
          ...pageBounds(q.startIndex, q.count),
        });
        return presentScimList(page, (g) => presentScimGroup(base(), g));
      });
      scim.post('/Groups', async (request, reply) =>
        reply.code(201).send(presentScimGroup(base(), await createGroup(ctx, clientOf(request), request.body))),
      );
      scim.get('/Groups/:id', async (request) =>
        presentScimGroup(base(), await getGroup(ctx, clientOf(request), (request.params as IdParams).id)),
      );
      scim.put('/Groups/:id', async (request) =>
        presentScimGroup(
          base(),
          await replaceGroup(ctx, clientOf(request), (request.params as IdParams).id, request.body),
        ),
      );
      scim.patch('/Groups/:id', async (request) =>
        presentScimGroup(
          base(),
          await patchGroup(ctx, clientOf(request), (request.params as IdParams).id, request.body),
        ),
      );
      scim.delete('/Groups/:id', async (request, reply) => {
        await deleteGroup(ctx, clientOf(request), (request.params as IdParams).id);
        return reply.code(204).send();
      });

      scim.all('/*', async (request) => {
        throw new ScimError(404, `There is no ${request.method} ${request.url.split('?')[0]} in SCIM here`);
      });
    },
    { prefix: SCIM_PREFIX },
  );
}
