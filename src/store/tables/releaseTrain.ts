// Tables of the weekly release train (src/app/updates/releaseTrain.ts): one row per product line's
// cadence, and one per week an operator acted on or the train planned. Conventions as in
// foundation.ts (text ids, ISO UTC text times, JSON text).
import type { TrainWeekState } from '../../domain/releaseTrain.js';

export interface ReleaseTrainTable {
  id: string;
  /** The product line the train ships, such as "Dynamics 365"; one train each. */
  product_line: string;
  version_prefix: string;
  release_notes_pattern: string;
  weekday: number;
  start_hour: number;
  lead_days: number;
  /** JSON list of region codes, or null for every region. */
  regions: string | null;
  created_at: string;
  updated_at: string;
}

/** A week of a train: planned (with its release), held or skipped. Primary key (train_id, week). */
export interface ReleaseTrainWeekTable {
  train_id: string;
  /** The week's Monday, YYYY-MM-DD. */
  week: string;
  state: TrainWeekState;
  /** When its rollout starts: the cadence's day, or where an operator moved it. */
  starts_at: string;
  /** An operator moved it: the train keeps starts_at instead of the cadence's. */
  moved: number;
  release_id: string | null;
  updated_at: string;
}

export interface ReleaseTrainTables {
  release_train: ReleaseTrainTable;
  release_train_week: ReleaseTrainWeekTable;
}
