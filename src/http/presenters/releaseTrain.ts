// Release trains (src/app/updates/releaseTrain.ts) in the API's shape.
import { Type, type Static } from 'typebox';
import type { TrainView } from '../../app/updates/releaseTrain.js';
import { TRAIN_WEEK_STATES } from '../../domain/releaseTrain.js';
import { fromJson } from '../../store/values.js';

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

export function presentTrain(v: TrainView): Static<typeof TrainSchema> {
  const t = v.train;
  return {
    id: t.id,
    productLine: t.product_line,
    versionPrefix: t.version_prefix,
    releaseNotesPattern: t.release_notes_pattern,
    weekday: t.weekday,
    startHour: t.start_hour,
    leadDays: t.lead_days,
    regions: fromJson<string[] | null>(t.regions, null),
    weeks: v.weeks,
  };
}
