// Environments and their About page. Operators create and change them; an org admin sees all of
// the tenant's and may switch early access; a system admin sees their own.
import type { AppContext } from '../../../app/context.js';
import {
  createEnvironment,
  getEnvironment,
  getEnvironmentAbout,
  listEnvironments,
  updateEnvironment,
} from '../../../app/directory/environments.js';
import { presentAbout, presentEnvironment } from '../../presenters/directory.js';
import {
  AboutSchema,
  EnvironmentSchema,
  pageSchema,
  EnvironmentBody,
  EnvironmentPatch,
  EnvironmentsQuery,
  IdParams,
  TenantEnvironmentsQuery,
  TenantParams,
} from '../../../shared/contracts/directory.js';
import type { HeraldServer } from '../../types.js';

const tags = ['directory'];
const EnvironmentPage = pageSchema(EnvironmentSchema);

export function registerEnvironmentRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/environments',
    {
      schema: {
        tags,
        summary: 'Environments you may see',
        querystring: EnvironmentsQuery,
        response: { 200: EnvironmentPage },
      },
    },
    async (request) => {
      const page = await listEnvironments(ctx, request.actor, request.query);
      return { items: page.items.map(presentEnvironment), total: page.total };
    },
  );

  app.get(
    '/api/tenants/:tenantId/environments',
    {
      schema: {
        tags,
        summary: 'A tenant’s environments',
        params: TenantParams,
        querystring: TenantEnvironmentsQuery,
        response: { 200: EnvironmentPage },
      },
    },
    async (request) => {
      const page = await listEnvironments(ctx, request.actor, { ...request.query, tenantId: request.params.tenantId });
      return { items: page.items.map(presentEnvironment), total: page.total };
    },
  );

  app.post(
    '/api/tenants/:tenantId/environments',
    {
      schema: {
        tags,
        summary: 'Create an environment of a tenant (operators)',
        params: TenantParams,
        body: EnvironmentBody,
        response: { 201: EnvironmentSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          presentEnvironment(
            await createEnvironment(ctx, request.actor, { ...request.body, tenantId: request.params.tenantId }),
          ),
        ),
  );

  app.get(
    '/api/environments/:id',
    { schema: { tags, summary: 'One environment', params: IdParams, response: { 200: EnvironmentSchema } } },
    async (request) => presentEnvironment(await getEnvironment(ctx, request.actor, request.params.id)),
  );

  app.patch(
    '/api/environments/:id',
    {
      schema: {
        tags,
        summary: 'Change an environment (operators; org admins may switch earlyAccess)',
        params: IdParams,
        body: EnvironmentPatch,
        response: { 200: EnvironmentSchema },
      },
    },
    async (request) => presentEnvironment(await updateEnvironment(ctx, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/api/environments/:id/about',
    {
      schema: {
        tags,
        summary: 'The About page: name, URL, region and version',
        params: IdParams,
        response: { 200: AboutSchema },
      },
    },
    async (request) => presentAbout(await getEnvironmentAbout(ctx, request.actor, request.params.id)),
  );
}
