// A tenant's service health dashboard: per service a health overview, the issues to act on, the
// active issues, an issue history of 7 or 30 days, and every incident with a published report.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { listTenantIncidents, tenantHealthOverviews } from '../../../app/serviceHealth/readIncidents.js';
import { getHiddenServices, setHiddenServices } from '../../../app/serviceHealth/hiddenServices.js';
import { listReports } from '../../../app/serviceHealth/reports.js';
import { isOperator } from '../../../domain/actor.js';
import { CLASSIFICATIONS } from '../../../domain/incidents.js';
import { presentHealthOverview, presentIncident, presentReport } from '../../presenters/serviceHealth.js';
import {
  HealthOverviewSchema,
  IncidentSchema,
  ReportSchema,
  TenantParams,
  Items,
} from '../../../shared/contracts/serviceHealth.js';
import type { HeraldServer } from '../../types.js';

const tags = ['service health dashboard'];
export function registerDashboardRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/tenants/:tenantId/health-overviews',
    {
      schema: {
        tags,
        summary: 'Per service the tenant runs: its health from the active issues touching the tenant',
        params: TenantParams,
        response: { 200: Items(HealthOverviewSchema) },
      },
    },
    async (request) => ({
      items: (await tenantHealthOverviews(ctx, request.actor, request.params.tenantId)).map(presentHealthOverview),
    }),
  );

  const HiddenServices = Type.Object(
    { serviceIds: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 200 }) },
    { additionalProperties: false },
  );
  app.get(
    '/api/tenants/:tenantId/hidden-services',
    {
      schema: {
        tags,
        summary: 'The services you hid from this tenant’s dashboard (yours alone)',
        params: TenantParams,
        response: { 200: HiddenServices },
      },
    },
    async (request) => ({ serviceIds: await getHiddenServices(ctx, request.actor, request.params.tenantId) }),
  );
  app.put(
    '/api/tenants/:tenantId/hidden-services',
    {
      schema: {
        tags,
        summary: 'Hide services from this tenant’s dashboard tiles (replaces the list; issues are still listed)',
        params: TenantParams,
        body: HiddenServices,
        response: { 200: HiddenServices },
      },
    },
    async (request) => ({
      serviceIds: await setHiddenServices(ctx, request.actor, request.params.tenantId, request.body.serviceIds),
    }),
  );

  app.get(
    '/api/tenants/:tenantId/incidents',
    {
      schema: {
        tags,
        summary:
          'Issues touching the tenant: active, history (ended within 7 or 30 days) or actOn (caused on the organization’s side)',
        params: TenantParams,
        querystring: Type.Object(
          {
            view: Type.Optional(Type.Enum(['active', 'history', 'actOn'], { default: 'active' })),
            days: Type.Optional(
              Type.Union([Type.Literal(7), Type.Literal(30)], { description: 'for the history: 7 (default) or 30' }),
            ),
            classification: Type.Optional(Type.Enum([...CLASSIFICATIONS])),
          },
          { additionalProperties: false },
        ),
        response: { 200: Items(IncidentSchema) },
      },
    },
    async (request) => {
      const views = await listTenantIncidents(ctx, request.actor, request.params.tenantId, {
        view: request.query.view ?? 'active',
        ...(request.query.days ? { days: request.query.days } : {}),
        ...(request.query.classification ? { classification: request.query.classification } : {}),
      });
      return { items: views.map((v) => presentIncident(v, isOperator(request.actor))) };
    },
  );

  app.get(
    '/api/tenants/:tenantId/incident-reports',
    {
      schema: {
        tags,
        summary: 'Every incident touching the tenant that has a published post-incident report',
        params: TenantParams,
        response: { 200: Items(ReportSchema) },
      },
    },
    async (request) => ({
      items: (await listReports(ctx, request.actor, { tenantId: request.params.tenantId, state: 'published' })).map(
        (v) => presentReport(v, isOperator(request.actor)),
      ),
    }),
  );
}
