// Operators' incident templates: reusable title, first post, kind and services for the composer.
import type { AppContext } from '../../../app/context.js';
import {
  createIncidentTemplate,
  deleteIncidentTemplate,
  getIncidentTemplate,
  listIncidentTemplates,
  updateIncidentTemplate,
} from '../../../app/serviceHealth/incidentTemplates.js';
import { presentIncidentTemplate } from '../../presenters/incidentTemplates.js';
import {
  IncidentTemplateSchema,
  TemplateBody,
  TemplatePatch,
  TemplateList,
} from '../../../shared/contracts/incidentTemplates.js';
import type { HeraldServer } from '../../types.js';
import { IdParams } from '../../../shared/contracts/directory.js';

const tags = ['incident templates'];

export function registerIncidentTemplateRoutes(app: HeraldServer, ctx: AppContext): void {
  const one = { 200: IncidentTemplateSchema };
  app.get(
    '/api/incident-templates',
    { schema: { tags, summary: 'Incident templates, by name (operators)', response: { 200: TemplateList } } },
    async (request) => ({ items: (await listIncidentTemplates(ctx, request.actor)).map(presentIncidentTemplate) }),
  );
  app.post(
    '/api/incident-templates',
    {
      schema: {
        tags,
        summary: 'Keep a template (operators); a name already used is 409',
        body: TemplateBody,
        response: { 201: IncidentTemplateSchema },
      },
    },
    async (request, reply) => {
      const created = await createIncidentTemplate(ctx, request.actor, request.body);
      return reply.code(201).send(presentIncidentTemplate(created));
    },
  );
  app.get(
    '/api/incident-templates/:id',
    { schema: { tags, summary: 'One incident template (operators)', params: IdParams, response: one } },
    async (request) => presentIncidentTemplate(await getIncidentTemplate(ctx, request.actor, request.params.id)),
  );
  app.patch(
    '/api/incident-templates/:id',
    {
      schema: { tags, summary: 'Change a template (operators)', params: IdParams, body: TemplatePatch, response: one },
    },
    async (request) => {
      const changed = await updateIncidentTemplate(ctx, request.actor, request.params.id, request.body);
      return presentIncidentTemplate(changed);
    },
  );
  app.delete(
    '/api/incident-templates/:id',
    { schema: { tags, summary: 'Delete a template (operators)', params: IdParams } },
    async (request, reply) => {
      await deleteIncidentTemplate(ctx, request.actor, request.params.id);
      return reply.code(204).send();
    },
  );
}
