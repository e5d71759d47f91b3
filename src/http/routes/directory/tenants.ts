// Tenants: operators create and change them; a tenant's admins read their own.
import type { AppContext } from '../../../app/context.js';
import { createTenant, getTenant, listTenants, updateTenant } from '../../../app/directory/tenants.js';
import { presentTenant } from '../../presenters/directory.js';
import {
  pageSchema,
  TenantSchema,
  TenantBody,
  TenantParams,
  TenantPatch,
  TenantsQuery,
} from '../../../shared/contracts/directory.js';
import type { HeraldServer } from '../../types.js';

const tags = ['directory'];

export function registerTenantRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/tenants',
    {
      schema: {
        tags,
        summary: 'Tenants you may see, by name',
        querystring: TenantsQuery,
        response: { 200: pageSchema(TenantSchema) },
      },
    },
    async (request) => {
      const page = await listTenants(ctx, request.actor, request.query);
      return { items: page.items.map(presentTenant), total: page.total };
    },
  );

  app.post(
    '/api/tenants',
    { schema: { tags, summary: 'Create a tenant (operators)', body: TenantBody, response: { 201: TenantSchema } } },
    async (request, reply) => reply.code(201).send(presentTenant(await createTenant(ctx, request.actor, request.body))),
  );

  app.get(
    '/api/tenants/:tenantId',
    { schema: { tags, summary: 'One tenant', params: TenantParams, response: { 200: TenantSchema } } },
    async (request) => presentTenant(await getTenant(ctx, request.actor, request.params.tenantId)),
  );

  app.patch(
    '/api/tenants/:tenantId',
    {
      schema: {
        tags,
        summary: 'Change a tenant (operators)',
        params: TenantParams,
        body: TenantPatch,
        response: { 200: TenantSchema },
      },
    },
    async (request) => presentTenant(await updateTenant(ctx, request.actor, request.params.tenantId, request.body)),
  );
}
