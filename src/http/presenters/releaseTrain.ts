// Release trains (src/app/updates/releaseTrain.ts) in the API's shape.
import { type Static } from 'typebox';
import type { TrainView } from '../../app/updates/releaseTrain.js';
import { fromJson } from '../../store/values.js';
import { TrainSchema } from '../../shared/contracts/releaseTrain.js';

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
