// Operators translate an incident: its title and its posts' text in another language (issue 15).
// Readers get the translation in their language from the incident routes, the dashboard and Graph.
import type { AppContext } from '../../../app/context.js';
import {
  listIncidentTranslations,
  removeIncidentTranslation,
  saveIncidentTranslation,
} from '../../../app/translations/incidentTranslations.js';
import {
  IncidentParams,
  IncidentTranslationBody,
  IncidentTranslationParams,
  IncidentTranslationSchema,
  IncidentTranslationsSchema,
} from '../../../shared/contracts/serviceHealth.js';
import { presentIncidentTranslation } from '../../presenters/translations.js';
import type { HeraldServer } from '../../types.js';

const tags = ['service health'];

export function registerIncidentTranslationRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/incidents/:id/translations',
    {
      schema: {
        tags,
        summary: 'An incident’s translations (operators), each marked when it may be out of date',
        params: IncidentParams,
        response: { 200: IncidentTranslationsSchema },
      },
    },
    async (request) => {
      const list = await listIncidentTranslations(ctx, request.actor, request.params.id);
      return { originalLanguage: list.originalLanguage, items: list.items.map(presentIncidentTranslation) };
    },
  );

  app.put(
    '/api/incidents/:id/translations/:language',
    {
      schema: {
        tags,
        summary: 'Add or replace an incident’s title and posts in a language (operators); posts left out stay original',
        params: IncidentTranslationParams,
        body: IncidentTranslationBody,
        response: { 200: IncidentTranslationSchema },
      },
    },
    async (request) =>
      presentIncidentTranslation(
        await saveIncidentTranslation(ctx, request.actor, request.params.id, request.params.language, request.body),
      ),
  );

  app.delete(
    '/api/incidents/:id/translations/:language',
    {
      schema: {
        tags,
        summary: 'Remove an incident’s translation (operators)',
        params: IncidentTranslationParams,
      },
    },
    async (request, reply) => {
      await removeIncidentTranslation(ctx, request.actor, request.params.id, request.params.language);
      return reply.code(204).send();
    },
  );
}
