// The weekly release train and its weeks.
// The schemas are the contract: Fastify validates requests and serialises responses with them,
// /openapi.json documents them, and the console's types are their Static types (src/web/lib/types.ts),
// so a field renamed here fails the console's type check. Depends on TypeBox and src/shared alone.
import { Type } from 'typebox';
import { TRAIN_WEEK_STATES } from '../updates.js';

export const TrainWeekSchema = Type.Object({
  week: Type.String({ description: 'The Monday of the week, YYYY-MM-DD' }),
  state: Type.Enum([...TRAIN_WEEK_STATES]),
  startsAt: Type.String(),
  moved: Type.Boolean(),
  version: Type.String(),
  releaseId: Type.Union([Type.String(), Type.Null()]),
  kind: Type.Union([Type.Literal('weekly'), Type.Literal('wave')]),
});

export const TrainSchema = Type.Object({
  id: Type.String(),
  productLine: Type.String(),
  versionPrefix: Type.String(),
  releaseNotesPattern: Type.String(),
  weekday: Type.Integer(),
  startHour: Type.Integer(),
  leadDays: Type.Integer(),
  regions: Type.Union([Type.Array(Type.String()), Type.Null()]),
  weeks: Type.Array(TrainWeekSchema),
});

export const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
