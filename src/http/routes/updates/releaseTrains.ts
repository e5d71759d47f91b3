// The weekly release train: operators set up a cadence per product line and hold, release, skip
// or move a week before it is planned; the train plans the rest by itself.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { actOnTrainWeek, createTrain, getTrain, listTrains } from '../../../app/updates/releaseTrain.js';
import { TRAIN_WEEK_ACTIONS } from '../../../domain/releaseTrain.js';
import { presentTrain } from '../../presenters/releaseTrain.js';
import { TrainSchema, IdParams } from '../../../shared/contracts/releaseTrain.js';
import type { HeraldServer } from '../../types.js';
import { UtcTime } from '../../../shared/contracts/updates.js';

const tags = ['updates'];
export function registerReleaseTrainRoutes(app: HeraldServer, ctx: AppContext): void {
  app.post(
    '/api/release-trains',
    {
      schema: {
        tags,
        summary: 'Set up the weekly release train of a product line (operators)',
        description:
          'Every week the train plans a minor version by itself, leadDays before its start: version major.minor.YYDDD.revision (year and day of the year the week starts), the release notes link from the pattern ({version}, {week}), the rollout from First Release through the stations in each region’s window with the database part 24 h later, and the Message Center post per region. The first week of April and of October carries the major wave.',
        body: Type.Object(
          {
            productLine: Type.String({ minLength: 1, maxLength: 100 }),
            versionPrefix: Type.String({ maxLength: 9, description: 'major.minor, such as 9.2' }),
            releaseNotesPattern: Type.String({
              maxLength: 500,
              description: 'https link; {version} and {week} are filled in',
            }),
            weekday: Type.Integer({ description: 'Day the rollout starts: 0 Sunday … 6 Saturday' }),
            startHour: Type.Integer({ description: 'UTC hour the rollout starts' }),
            leadDays: Type.Integer({ description: 'Days before the start a week is planned and announced (1–28)' }),
            regions: Type.Optional(
              Type.Array(Type.String({ maxLength: 20 }), {
                maxItems: 50,
                description: 'Only these regions (all by default)',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: TrainSchema },
      },
    },
    async (request, reply) => reply.code(201).send(presentTrain(await createTrain(ctx, request.actor, request.body))),
  );

  app.get(
    '/api/release-trains',
    {
      schema: {
        tags,
        summary: 'Release trains with their coming weeks (operators)',
        response: { 200: Type.Object({ items: Type.Array(TrainSchema) }) },
      },
    },
    async (request) => ({ items: (await listTrains(ctx, request.actor)).map(presentTrain) }),
  );

  app.get(
    '/api/release-trains/:id',
    {
      schema: {
        tags,
        summary: 'One release train with its coming weeks (operators)',
        params: IdParams,
        response: { 200: TrainSchema },
      },
    },
    async (request) => presentTrain(await getTrain(ctx, request.actor, request.params.id)),
  );

  app.post(
    '/api/release-trains/:id/weeks/:week/:action',
    {
      schema: {
        tags,
        summary: 'Hold, release, skip or move a week not yet planned (operators)',
        description:
          'A held week is not planned until released; a skipped week is never planned; a moved week is planned by its new start. A week already planned is held or stopped through its rollout.',
        params: Type.Object({
          id: Type.String({ maxLength: 100 }),
          week: Type.String({ maxLength: 10 }),
          action: Type.Enum([...TRAIN_WEEK_ACTIONS]),
        }),
        body: Type.Optional(
          Type.Object({ startsAt: Type.Optional(UtcTime('The new start, for move')) }, { additionalProperties: false }),
        ),
        response: { 200: TrainSchema },
      },
    },
    async (request) =>
      presentTrain(
        await actOnTrainWeek(
          ctx,
          request.actor,
          request.params.id,
          request.params.week,
          request.params.action,
          request.body ?? {},
        ),
      ),
  );
}
