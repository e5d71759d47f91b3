// Releases and their rollouts: operators publish a release (version, release notes, features)
// and roll it out; hold, resume and stop it; and report each environment's progress.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { reportProgress } from '../../../app/updates/progress.js';
import { createRelease, getRelease, listReleases } from '../../../app/updates/releases.js';
import {
  actOnRollout,
  createRollout,
  getRollout,
  listRollouts,
  MAX_PAUSE_HOURS,
} from '../../../app/updates/rollouts.js';
import { PROGRESS_STEPS, RELEASE_KINDS, ROLLOUT_ACTIONS, ROLLOUT_STATES } from '../../../domain/releases.js';
import type { HeraldServer } from '../../types.js';
import { presentProgress, presentRelease, presentRollout } from '../../presenters/updates.js';
import {
  PageQuery,
  ProgressSchema,
  ReleaseInputSchema,
  ReleaseSchema,
  RolloutSchema,
  UtcTime,
  IdParams,
} from '../../../shared/contracts/updates.js';

const tags = ['updates'];
export function registerReleaseRoutes(app: HeraldServer, ctx: AppContext): void {
  app.post(
    '/api/releases',
    {
      schema: {
        tags,
        summary: 'Publish a release: weekly update, major wave or security update (operators)',
        body: ReleaseInputSchema,
        response: { 201: ReleaseSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentRelease(await createRelease(ctx, request.actor, request.body))),
  );

  app.get(
    '/api/releases',
    {
      schema: {
        tags,
        summary: 'Releases, newest first (any signed-in person)',
        querystring: Type.Object(
          { kind: Type.Optional(Type.Enum([...RELEASE_KINDS])), ...PageQuery },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(ReleaseSchema), total: Type.Integer() }) },
      },
    },
    async (request) => {
      const page = await listReleases(ctx, request.actor, request.query);
      return { items: page.items.map(presentRelease), total: page.total };
    },
  );

  app.get(
    '/api/releases/:id',
    {
      schema: {
        tags,
        summary: 'One release with its features and rollout',
        params: IdParams,
        response: { 200: ReleaseSchema },
      },
    },
    async (request) => presentRelease(await getRelease(ctx, request.actor, request.params.id)),
  );

  app.post(
    '/api/releases/:id/rollout',
    {
      schema: {
        tags,
        summary: 'Plan and start the release’s safe deployment (operators)',
        description:
          'Station by station, First Release first (for a wave also the environments opted into early access), each region in its own window, the database update 24 hours later. Posts in the Message Center, per region, when the deployment reaches it.',
        params: IdParams,
        body: Type.Object(
          {
            startsAt: UtcTime('Not before'),
            pauseHours: Type.Optional(
              Type.Integer({
                description: `Hours between stations, 0–${MAX_PAUSE_HOURS}; the station table’s longest pause when left out`,
              }),
            ),
            regions: Type.Optional(
              Type.Array(Type.String({ maxLength: 20 }), {
                maxItems: 50,
                description: 'Only these regions (all by default)',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: RolloutSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentRollout(request.actor, await createRollout(ctx, request.actor, request.params.id, request.body))),
  );

  app.get(
    '/api/rollouts',
    {
      schema: {
        tags,
        summary: 'Rollouts, latest first (operators)',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                releaseId: Type.String(),
                state: Type.Enum([...ROLLOUT_STATES]),
                startsAt: Type.String(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      items: (await listRollouts(ctx, request.actor)).map((r) => ({
        id: r.id,
        releaseId: r.release_id,
        state: r.state,
        startsAt: r.starts_at,
      })),
    }),
  );

  app.get(
    '/api/rollouts/:id',
    {
      schema: {
        tags,
        summary: 'A rollout per station and region, with its environments’ progress (operators)',
        params: IdParams,
        response: { 200: RolloutSchema },
      },
    },
    async (request) => presentRollout(request.actor, await getRollout(ctx, request.actor, request.params.id)),
  );

  app.post(
    '/api/rollouts/:id/:action',
    {
      schema: {
        tags,
        summary: 'Hold, resume or stop a rollout (operators)',
        description:
          'hold: no new region starts (work in flight goes on); resume: re-plans what has not started from now; stop: ends the rollout.',
        params: Type.Object({ id: Type.String({ maxLength: 100 }), action: Type.Enum([...ROLLOUT_ACTIONS]) }),
        response: { 200: RolloutSchema },
      },
    },
    async (request) =>
      presentRollout(request.actor, await actOnRollout(ctx, request.actor, request.params.id, request.params.action)),
  );

  app.post(
    '/api/rollouts/:id/progress',
    {
      schema: {
        tags,
        summary: 'Report an environment’s deployment progress (operators and their automation)',
        description:
          'started, service_done (the version changes), database_done (the version changes again) or failed. A part finished after its window, or a failure, raises the highest-priority incident for that environment and halts the stations after it.',
        params: IdParams,
        body: Type.Object(
          {
            environmentId: Type.String({ maxLength: 100 }),
            step: Type.Enum([...PROGRESS_STEPS]),
            at: Type.Optional(UtcTime('When it happened; now by default')),
            note: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: ProgressSchema },
      },
    },
    async (request) => presentProgress(await reportProgress(ctx, request.actor, request.params.id, request.body)),
  );
}
