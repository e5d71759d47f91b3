// Services and their features. Everyone may read them; operators add new ones.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { createFeature, createService, listServices } from '../../../app/directory/services.js';
import { presentFeature, presentService } from '../../presenters/directory.js';
import {
  FeatureSchema,
  ServiceSchema,
  FeatureBody,
  ServiceBody,
  ServiceParams,
} from '../../../shared/contracts/directory.js';
import type { HeraldServer } from '../../types.js';

const tags = ['directory'];

export function registerServiceRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/services',
    { schema: { tags, summary: 'Services with their features', response: { 200: Type.Array(ServiceSchema) } } },
    async () => (await listServices(ctx)).map(presentService),
  );

  app.post(
    '/api/services',
    { schema: { tags, summary: 'Add a service (operators)', body: ServiceBody, response: { 201: ServiceSchema } } },
    async (request, reply) =>
      reply.code(201).send(presentService(await createService(ctx, request.actor, request.body))),
  );

  app.post(
    '/api/services/:serviceId/features',
    {
      schema: {
        tags,
        summary: 'Add a feature to a service (operators)',
        params: ServiceParams,
        body: FeatureBody,
        response: { 201: FeatureSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentFeature(await createFeature(ctx, request.actor, request.params.serviceId, request.body))),
  );
}
