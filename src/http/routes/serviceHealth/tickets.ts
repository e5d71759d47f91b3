// Support tickets: admins report a problem and follow it as a conversation ("reported issues");
// operators see every ticket, answer it, move its status and link it to its incident.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import {
  attachToTicket,
  fileTicket,
  findSimilarTickets,
  getTicket,
  linkTicket,
  listAllTickets,
  listTenantTickets,
  moveTicket,
  readAttachment,
  replyToTicket,
} from '../../../app/serviceHealth/tickets.js';
import { MAX_ATTACHMENT_BYTES, TICKET_SEVERITIES, TICKET_STATUSES } from '../../../domain/tickets.js';
import { presentTicket, presentTicketAttachment, presentTicketDetail } from '../../presenters/serviceHealth.js';
import {
  TicketAttachmentSchema,
  TicketDetailSchema,
  TicketSchema,
  IdParams,
  ListOf,
  PageQuery,
  TenantParams,
} from '../../../shared/contracts/serviceHealth.js';
import type { HeraldServer } from '../../types.js';

const tags = ['support tickets'];

export function registerTicketRoutes(app: HeraldServer, ctx: AppContext): void {
  app.post(
    '/api/tenants/:tenantId/tickets',
    {
      schema: {
        tags,
        summary:
          'Report a problem the dashboard does not show; filed during maintenance, it says "Planned Maintenance Window"',
        params: TenantParams,
        body: Type.Object(
          {
            title: Type.String({ minLength: 1, maxLength: 200 }),
            description: Type.String({ minLength: 1, maxLength: 8000 }),
            environmentId: Type.Optional(Type.String({ description: 'required for system admins: their environment' })),
            serviceId: Type.Optional(Type.String()),
            severity: Type.Optional(
              Type.Enum([...TICKET_SEVERITIES], {
                description: 'A critical business impact, B moderate, C minimum (default)',
              }),
            ),
            contactName: Type.Optional(
              Type.String({ maxLength: 200, description: 'whom to reach; the reporter when not given' }),
            ),
            contactEmail: Type.Optional(Type.String({ maxLength: 320 })),
            contactPhone: Type.Optional(Type.String({ maxLength: 40 })),
            incidentId: Type.Optional(
              Type.String({ description: 'the incident it is about, when the reporter knows' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: TicketSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentTicket(await fileTicket(ctx, request.actor, request.params.tenantId, request.body))),
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
    '/api/tenants/:tenantId/tickets/similar',
    {
      schema: {
        tags,
        summary:
          'Open tickets of the tenant that look like the one being filed (same incident, or same service or region and a similar title)',
        params: TenantParams,
        querystring: Type.Object(
          {
            title: Type.String({ minLength: 1, maxLength: 200 }),
            serviceId: Type.Optional(Type.String()),
            environmentId: Type.Optional(Type.String()),
            incidentId: Type.Optional(Type.String()),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(TicketSchema) }) },
      },
    },
    async (request) => ({
      items: (await findSimilarTickets(ctx, request.actor, request.params.tenantId, request.query)).map(presentTicket),
    }),
  );

  app.get(
    '/api/tickets/:id',
    {
      schema: {
        tags,
        summary: 'One ticket with its conversation, files and the moves the reader may make',
        params: IdParams,
        response: { 200: TicketDetailSchema },
      },
    },
    async (request) => presentTicketDetail(await getTicket(ctx, request.actor, request.params.id)),
  );

  app.post(
    '/api/tickets/:id/replies',
    {
      schema: {
        tags,
        summary: 'Reply on a ticket; the other side is emailed (the reporter, or the operators)',
        params: IdParams,
        body: Type.Object({ body: Type.String({ minLength: 1, maxLength: 8000 }) }, { additionalProperties: false }),
        response: { 201: TicketDetailSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentTicketDetail(await replyToTicket(ctx, request.actor, request.params.id, request.body))),
  );

  app.post(
    '/api/tickets/:id/status',
    {
      schema: {
        tags,
        summary:
          'Move a ticket (open, inProgress, waitingOnCustomer, resolved, closed); 409 when the move is not allowed or it moved meanwhile',
        params: IdParams,
        body: Type.Object(
          {
            status: Type.Enum([...TICKET_STATUSES]),
            from: Type.Optional(
              Type.Enum([...TICKET_STATUSES], { description: 'the status you saw; refused if it has changed since' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: TicketDetailSchema },
      },
    },
    async (request) => presentTicketDetail(await moveTicket(ctx, request.actor, request.params.id, request.body)),
  );

  // Files come as the raw body (any content type; what the bytes are is checked, not the header).
  void app.register(async (plugin) => {
    const files = plugin.withTypeProvider<TypeBoxTypeProvider>();
    files.removeAllContentTypeParsers();
    files.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES * 2 },
      (_request, body, done) => done(null, body),
    );
    files.post(
      '/api/tickets/:id/attachments',
      {
        bodyLimit: MAX_ATTACHMENT_BYTES * 2,
        schema: {
          tags,
          summary:
            'Attach a file (PNG, JPEG, PDF, .txt or .log; at most 5 MB) sent as the raw body; 413 too large, 415 another kind',
          params: IdParams,
          querystring: Type.Object(
            { fileName: Type.String({ minLength: 1, maxLength: 255 }) },
            { additionalProperties: false },
          ),
          response: { 201: TicketAttachmentSchema },
        },
      },
      async (request, reply) => {
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        return reply
          .code(201)
          .send(
            presentTicketAttachment(
              await attachToTicket(ctx, request.actor, request.params.id, request.query.fileName, body),
            ),
          );
      },
    );
  });

  app.get(
    '/api/tickets/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Download an attached file (only for those who see the ticket)',
        params: Type.Object({ id: Type.String({ minLength: 1 }), attachmentId: Type.String({ minLength: 1 }) }),
      },
    },
    async (request, reply) => {
      const file = await readAttachment(ctx, request.actor, request.params.id, request.params.attachmentId);
      // Always a download, never rendered in our origin: a PDF or an image cannot run as a page of the console.
      return reply
        .header('content-type', file.content_type)
        .header(
          'content-disposition',
          `attachment; filename="${file.file_name}"; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );

  app.get(
    '/api/tickets',
    {
      schema: {
        tags,
        summary: 'Every tenant’s tickets (operators)',
        querystring: Type.Object(
          {
            linked: Type.Optional(Type.Boolean()),
            tenantId: Type.Optional(Type.String()),
            status: Type.Optional(Type.Enum([...TICKET_STATUSES])),
            ...PageQuery,
          },
          { additionalProperties: false },
        ),
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
