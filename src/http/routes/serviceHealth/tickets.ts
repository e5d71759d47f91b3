// Support tickets: admins report a problem and follow it ("reported issues"); operators see every
// ticket and link one to its incident.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { fileTicket, linkTicket, listAllTickets, listTenantTickets } from '../../../app/serviceHealth/tickets.js';
import { presentTicket, TicketSchema } from '../../presenters/serviceHealth.js';
import type { HeraldServer } from '../../types.js';
import { IdParams, ListOf, PageQuery, TenantParams } from './schemas.js';

const tags = ['support tickets'];

export function registerTicketRoutes(app: HeraldServer, ctx: AppContext): void {
  app.post(
    '/api/tenants/:tenantId/tickets',
    {
      schema: {
        tags,
        summary: 'Report a problem the dashboard does not show; filed during maintenance, it says "Planned Maintenance Window"',
        params: TenantParams,
        body: Type.Object(
          {
            title: Type.String({ minLength: 1, maxLength: 200 }),
            description: Type.String({ minLength: 1, maxLength: 8000 }),
            environmentId: Type.Optional(Type.String({ description: 'required for system admins: their environment' })),
            serviceId: Type.Optional(Type.String()),
          },
          { additionalProperties: false },
        ),
        response: { 201: TicketSchema },
      },
    },
    async (request, reply) => reply.code(201).send(presentTicket(await fileTicket(ctx, request.actor, request.params.tenantId, request.body))),
  );

  app.get(
    '/api/tenants/:tenantId/tickets',
    {
      schema: {
        tags,
        summary: 'Reported issues, newest first, with the incident each is linked to',
        params: TenantParams,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: { 200: ListOf(TicketSchema) },
      },
    },
    async (request) => {
      const page = await listTenantTickets(ctx, request.actor, request.params.tenantId, request.query);
      return { items: page.items.map(presentTicket), total: page.total };
    },
  );

  app.get(
    '/api/tickets',
    {
      schema: {
        tags,
        summary: 'Every tenant’s tickets (operators)',
        querystring: Type.Object({ linked: Type.Optional(Type.Boolean()), tenantId: Type.Optional(Type.String()), ...PageQuery }, { additionalProperties: false }),
        response: { 200: ListOf(TicketSchema) },
      },
    },
    async (request) => {
      const page = await listAllTickets(ctx, request.actor, request.query);
      return { items: page.items.map(presentTicket), total: page.total };
    },
  );

  app.post(
    '/api/tickets/:id/link',
    {
      schema: {
        tags,
        summary: 'Link a ticket to the incident it is about (operators); the reporter is told',
        params: IdParams,
        body: Type.Object({ incidentId: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
        response: { 200: TicketSchema },
      },
    },
    async (request) => presentTicket(await linkTicket(ctx, request.actor, request.params.id, request.body.incidentId)),
  );
}
