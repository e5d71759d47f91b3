// Service health: incidents and advisories, the tenant dashboard, post-incident reports, support
// tickets, SLA credits. The public status (./public.ts) is registered by server.ts, outside the
// hooks these routes run through.
import type { AppContext } from '../../../app/context.js';
import type { HeraldServer } from '../../types.js';
import { registerBrandingRoutes } from './branding.js';
import { registerDashboardRoutes } from './dashboard.js';
import { registerIncidentRoutes } from './incidents.js';
import { registerIncidentTemplateRoutes } from './incidentTemplates.js';
import { registerReportRoutes } from './reports.js';
import { registerSlaRoutes } from './sla.js';
import { registerTicketRoutes } from './tickets.js';
import { registerIncidentTranslationRoutes } from './translations.js';

export async function registerServiceHealthRoutes(app: HeraldServer, ctx: AppContext): Promise<void> {
  registerIncidentRoutes(app, ctx);
  registerIncidentTranslationRoutes(app, ctx);
  registerIncidentTemplateRoutes(app, ctx);
  registerDashboardRoutes(app, ctx);
  registerReportRoutes(app, ctx);
  registerTicketRoutes(app, ctx);
  registerSlaRoutes(app, ctx);
  registerBrandingRoutes(app, ctx);
}
