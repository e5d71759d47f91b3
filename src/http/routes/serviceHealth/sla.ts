// SLA: a tenant's monthly uptime per service, credit claims by its org admins, and the operators'
// decisions on them.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import {
  claimCredit,
  decideClaim,
  listAllClaims,
  listTenantClaims,
  tenantUptime,
} from '../../../app/serviceHealth/sla.js';
import { presentClaim, presentUptime } from '../../presenters/serviceHealth.js';
import {
  ClaimSchema,
  UptimeSchema,
  IdParams,
  ListOf,
  PageQuery,
  TenantParams,
  Month,
} from '../../../shared/contracts/serviceHealth.js';
import type { HeraldServer } from '../../types.js';

const tags = ['SLA and credits'];
export function registerSlaRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/tenants/:tenantId/uptime',
    {
      schema: {
        tags,
        summary: 'Uptime of each service the tenant runs for a month, with the credit tier it falls in',
        params: TenantParams,
        querystring: Type.Object({ month: Month }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(UptimeSchema) }) },
      },
    },
    async (request) => ({
      items: (await tenantUptime(ctx, request.actor, request.params.tenantId, request.query.month)).map(presentUptime),
    }),
  );

  app.post(
    '/api/tenants/:tenantId/sla-claims',
    {
      schema: {
        tags,
        summary: 'Claim a service credit for a month and service (org admins); 409 when nothing is owed',
        params: TenantParams,
        body: Type.Object({ month: Month, serviceId: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
        response: { 201: ClaimSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentClaim(await claimCredit(ctx, request.actor, request.params.tenantId, request.body))),
  );

  app.get(
    '/api/tenants/:tenantId/sla-claims',
    {
      schema: {
        tags,
        summary: 'The tenant’s claims, newest first',
        params: TenantParams,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: { 200: ListOf(ClaimSchema) },
      },
    },
    async (request) => {
      const page = await listTenantClaims(ctx, request.actor, request.params.tenantId, request.query);
      return { items: page.items.map(presentClaim), total: page.total };
    },
  );

  app.get(
    '/api/sla-claims',
    {
      schema: {
        tags,
        summary: 'Every tenant’s claims, oldest first (operators)',
        querystring: Type.Object(
          { status: Type.Optional(Type.Enum(['pending', 'approved', 'rejected'])), ...PageQuery },
          { additionalProperties: false },
        ),
        response: { 200: ListOf(ClaimSchema) },
      },
    },
    async (request) => {
      const page = await listAllClaims(ctx, request.actor, request.query);
      return { items: page.items.map(presentClaim), total: page.total };
    },
  );

  app.post(
    '/api/sla-claims/:id/decision',
    {
      schema: {
        tags,
        summary: 'Approve or reject a claim with a reason (operators); the claimant is told',
        params: IdParams,
        body: Type.Object(
          { decision: Type.Enum(['approved', 'rejected']), reason: Type.String({ minLength: 1, maxLength: 4000 }) },
          { additionalProperties: false },
        ),
        response: { 200: ClaimSchema },
      },
    },
    async (request) => presentClaim(await decideClaim(ctx, request.actor, request.params.id, request.body)),
  );
}
