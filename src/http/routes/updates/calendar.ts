// The per-tenant iCal feed of maintenance and update windows. Calendar apps cannot send headers,
// so the feed also answers to `?token=` from the secret URL an org admin creates (and rotates).
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { rotateCalendarToken, tenantCalendar } from '../../../app/updates/calendar.js';
import type { HeraldServer } from '../../types.js';
import { TenantParams } from '../../../shared/contracts/updates.js';

const tags = ['maintenance'];
export function registerCalendarRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/tenants/:tenantId/calendar.ics',
    {
      schema: {
        tags,
        summary: 'iCal feed of the tenant’s upcoming maintenance and update windows',
        description:
          'Authenticated by a bearer token, or by the secret `token` of the calendar URL an org admin created.',
        params: TenantParams,
        querystring: Type.Object(
          { token: Type.Optional(Type.String({ maxLength: 200 })) },
          { additionalProperties: false },
        ),
        produces: ['text/calendar'],
      },
    },
    async (request, reply) => {
      const body = await tenantCalendar(ctx, request.actor, request.params.tenantId, request.query.token);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .header('content-disposition', 'inline; filename="maintenance.ics"')
        .send(body);
    },
  );

  app.post(
    '/api/tenants/:tenantId/calendar-url',
    {
      schema: {
        tags,
        summary: 'Create (or rotate) the tenant’s secret calendar URL; the previous one stops working (org admins)',
        params: TenantParams,
        response: {
          201: Type.Object({
            url: Type.String({ description: 'Shown once: paste it into a calendar app' }),
            createdAt: Type.String(),
          }),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await rotateCalendarToken(ctx, request.actor, request.params.tenantId)),
  );
}
