// Maintenance: operators schedule, change, cancel it and report how it goes; a tenant's admins read
// the schedule of their environments, in their own time zone.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import {
  cancelMaintenance,
  createMaintenance,
  getMaintenance,
  listMaintenance,
  updateMaintenance,
} from '../../../app/updates/maintenance.js';
import { previewMaintenanceAudience } from '../../../app/updates/maintenanceAudience.js';
import { reportMaintenance } from '../../../app/updates/maintenanceProgress.js';
import { listTenantMaintenance } from '../../../app/updates/schedule.js';
import { MAINTENANCE_KINDS, MAINTENANCE_REPORTS, MAINTENANCE_STATES } from '../../../domain/maintenance.js';
import type { HeraldServer } from '../../types.js';
import { presentMaintenance } from '../../presenters/updates.js';
import {
  MaintenanceAudienceInputSchema,
  MaintenanceAudienceSchema,
  MaintenanceInputSchema,
  MaintenancePatchSchema,
  MaintenanceSchema,
  PageQuery,
  UtcTime,
  IdParams,
} from '../../../shared/contracts/updates.js';

const tags = ['maintenance'];
export function registerMaintenanceRoutes(app: HeraldServer, ctx: AppContext): void {
  app.post(
    '/api/maintenance',
    {
      schema: {
        tags,
        summary: 'Schedule maintenance: planned, unplanned or security work (operators)',
        description:
          'Planned work with impact (and security work with impact) is announced to org admins and system admins of the affected environments the lead time before its first window, or at once when that is sooner. Unplanned work sends the "Unplanned Maintenance" email at once. Work without impact is only shown in the schedule.',
        body: MaintenanceInputSchema,
        response: { 201: MaintenanceSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentMaintenance(request.actor, await createMaintenance(ctx, request.actor, request.body))),
  );

  app.post(
    '/api/maintenance/audience-preview',
    {
      schema: {
        tags,
        summary: 'Who maintenance in these regions would reach, before it is scheduled (operators)',
        body: MaintenanceAudienceInputSchema,
        response: { 200: MaintenanceAudienceSchema },
      },
    },
    async (request) => previewMaintenanceAudience(ctx, request.actor, request.body),
  );

  app.get(
    '/api/maintenance',
    {
      schema: {
        tags,
        summary: 'All maintenance, newest first (operators)',
        querystring: Type.Object(
          {
            state: Type.Optional(Type.Enum([...MAINTENANCE_STATES])),
            kind: Type.Optional(Type.Enum([...MAINTENANCE_KINDS])),
            ...PageQuery,
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(MaintenanceSchema), total: Type.Integer() }) },
      },
    },
    async (request) => {
      const page = await listMaintenance(ctx, request.actor, request.query);
      return { items: page.items.map((v) => presentMaintenance(request.actor, v)), total: page.total };
    },
  );

  app.get(
    '/api/maintenance/:id',
    {
      schema: {
        tags,
        summary: 'One maintenance; a tenant sees its own environments and their windows',
        params: IdParams,
        response: { 200: MaintenanceSchema },
      },
    },
    async (request) => presentMaintenance(request.actor, await getMaintenance(ctx, request.actor, request.params.id)),
  );

  app.patch(
    '/api/maintenance/:id',
    {
      schema: {
        tags,
        summary: 'Change scheduled or running maintenance (operators); those told of it are told again',
        params: IdParams,
        body: MaintenancePatchSchema,
        response: { 200: MaintenanceSchema },
      },
    },
    async (request) =>
      presentMaintenance(request.actor, await updateMaintenance(ctx, request.actor, request.params.id, request.body)),
  );

  app.post(
    '/api/maintenance/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel maintenance that has not started (operators)',
        params: IdParams,
        // No body at all is fine: a reason is optional.
        body: Type.Union([
          Type.Object({ reason: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }),
          Type.Null(),
        ]),
        response: { 200: MaintenanceSchema },
      },
    },
    async (request) =>
      presentMaintenance(
        request.actor,
        await cancelMaintenance(ctx, request.actor, request.params.id, request.body?.reason),
      ),
  );

  app.post(
    '/api/maintenance/:id/progress',
    {
      schema: {
        tags,
        summary: 'Report how the work goes in some regions (operators)',
        description:
          'in_progress, completed or failed. Completed inside the window sends nothing; completed after it is an overrun. An overrun or a failure raises the highest-priority incident for exactly the environments of those regions. The periodic job also starts windows when they open and calls an overrun at their end.',
        params: IdParams,
        body: Type.Object(
          {
            status: Type.Enum([...MAINTENANCE_REPORTS]),
            regions: Type.Optional(
              Type.Array(Type.String({ maxLength: 20 }), {
                maxItems: 20,
                description: 'Every region still open by default',
              }),
            ),
            at: Type.Optional(UtcTime('When it happened; now by default')),
            note: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: MaintenanceSchema },
      },
    },
    async (request) =>
      presentMaintenance(request.actor, await reportMaintenance(ctx, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/api/tenants/:tenantId/maintenance',
    {
      schema: {
        tags,
        summary: 'The maintenance schedule of the tenant’s environments the reader may see, in their time zone',
        description:
          'Maintenance with a window overlapping [from, to): by default from a week ago to three months ahead.',
        params: Type.Object({ tenantId: Type.String({ maxLength: 100 }) }),
        querystring: Type.Object(
          { from: Type.Optional(UtcTime('From')), to: Type.Optional(UtcTime('Until')) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(MaintenanceSchema) }) },
      },
    },
    async (request) => ({
      items: (await listTenantMaintenance(ctx, request.actor, request.params.tenantId, request.query)).map((v) =>
        presentMaintenance(request.actor, v),
      ),
    }),
  );
}
