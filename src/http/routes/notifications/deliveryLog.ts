// The delivery log (who was told what, and why) and the mail kept without SMTP.
import type { AppContext } from '../../../app/context.js';
import { getEventDeliveries, listEvents } from '../../../app/notifications/deliveryLog.js';
import { replayDelivery, replayEventDeliveries } from '../../../app/notifications/replay.js';
import { listSentMail, listTenantSentMail } from '../../../app/notifications/sentMail.js';
import { pageSchema, IdParams } from '../../../shared/contracts/directory.js';
import type { HeraldServer } from '../../types.js';
import { Type } from 'typebox';
import { presentDelivery, presentEvent, presentSentMail, presentTenantMail } from '../../presenters/notifications.js';
import {
  DeliverySchema,
  EventSchema,
  SentMailSchema,
  TenantMailSchema,
  DeliveriesQuery,
  EventsQuery,
  SentMailQuery,
  TenantMailQuery,
} from '../../../shared/contracts/notifications.js';

const tags = ['delivery log'];

export function registerDeliveryLogRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/events',
    {
      schema: {
        tags,
        summary:
          'Events, newest first, with the rule applied and their deliveries by status (operators: all; org admins: their tenant’s)',
        querystring: EventsQuery,
        response: { 200: pageSchema(EventSchema) },
      },
    },
    async (request) => {
      const page = await listEvents(ctx, request.actor, request.query);
      return { items: page.items.map(presentEvent), total: page.total };
    },
  );

  app.get(
    '/api/events/:id/deliveries',
    {
      schema: {
        tags,
        summary:
          'Who was chosen for an event and why (rule and role), with each delivery’s attempts, status and last error',
        params: IdParams,
        querystring: DeliveriesQuery,
        response: {
          200: Type.Object({ event: EventSchema, items: Type.Array(DeliverySchema), total: Type.Integer() }),
        },
      },
    },
    async (request) => {
      const { event, deliveries } = await getEventDeliveries(ctx, request.actor, request.params.id, request.query);
      return { event: presentEvent(event), items: deliveries.items.map(presentDelivery), total: deliveries.total };
    },
  );

  const Replayed = Type.Object({ replayed: Type.Integer({ description: 'dead deliveries made due again' }) });
  app.post(
    '/api/deliveries/:id/replay',
    {
      schema: {
        tags,
        summary: 'Send a dead delivery again, once its cause is fixed (operators; audited)',
        params: IdParams,
        response: { 200: Replayed },
      },
    },
    async (request) => replayDelivery(ctx, request.actor, request.params.id),
  );
  app.post(
    '/api/events/:id/replay',
    {
      schema: {
        tags,
        summary: 'Send every dead delivery of an event again; delivered ones are not resent (operators; audited)',
        params: IdParams,
        response: { 200: Replayed },
      },
    },
    async (request) => replayEventDeliveries(ctx, request.actor, request.params.id),
  );

  app.get(
    '/api/sent-mail',
    {
      schema: {
        tags,
        summary: 'Mail kept instead of sent while no SMTP_URL is set (operators)',
        querystring: SentMailQuery,
        response: { 200: pageSchema(SentMailSchema) },
      },
    },
    async (request) => {
      const page = await listSentMail(ctx, request.actor, request.query);
      return { items: page.items.map(presentSentMail), total: page.total };
    },
  );

  app.get(
    '/api/tenants/:tenantId/sent-mail',
    {
      schema: {
        tags,
        summary:
          'The email Herald sent to the tenant’s people, newest first, with its status (org admins of the tenant, operators)',
        params: Type.Object({ tenantId: Type.String({ minLength: 1 }) }),
        querystring: TenantMailQuery,
        response: { 200: pageSchema(TenantMailSchema) },
      },
    },
    async (request) => {
      const page = await listTenantSentMail(ctx, request.actor, request.params.tenantId, request.query);
      return { items: page.items.map(presentTenantMail), total: page.total };
    },
  );
}
