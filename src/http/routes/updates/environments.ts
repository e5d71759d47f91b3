// An environment's side of releases: its version as the About page shows it and its update
// history, and the features of the releases reaching it (org admins turn disruptive ones on).
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import {
  environmentUpdates,
  listEnvironmentFeatures,
  switchEnvironmentFeature,
} from '../../../app/updates/environmentUpdates.js';
import type { HeraldServer } from '../../types.js';
import { presentEnvironmentUpdates, presentFeature } from '../../presenters/updates.js';
import { EnvironmentFeatureSchema, EnvironmentUpdatesSchema, IdParams } from '../../../shared/contracts/updates.js';

const tags = ['updates'];
export function registerEnvironmentUpdateRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/environments/:id/updates',
    {
      schema: {
        tags,
        summary:
          'The environment’s version (two-part: "(background update pending)" until the database part is done) and its updates',
        params: IdParams,
        response: { 200: EnvironmentUpdatesSchema },
      },
    },
    async (request) =>
      presentEnvironmentUpdates(request.actor, await environmentUpdates(ctx, request.actor, request.params.id)),
  );

  app.get(
    '/api/environments/:id/features',
    {
      schema: {
        tags,
        summary:
          'Features of the releases reaching the environment; disruptive ones stay off until an org admin turns them on',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(EnvironmentFeatureSchema) }) },
      },
    },
    async (request) => ({
      items: (await listEnvironmentFeatures(ctx, request.actor, request.params.id)).map(presentFeature),
    }),
  );

  app.put(
    '/api/environments/:id/features/:featureId',
    {
      schema: {
        tags,
        summary: 'Turn a disruptive feature on or off for the environment, after testing (org admins)',
        params: Type.Object({ id: Type.String({ maxLength: 100 }), featureId: Type.String({ maxLength: 100 }) }),
        body: Type.Object({ enabled: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: EnvironmentFeatureSchema },
      },
    },
    async (request) =>
      presentFeature(
        await switchEnvironmentFeature(
          ctx,
          request.actor,
          request.params.id,
          request.params.featureId,
          request.body.enabled,
        ),
      ),
  );
}
