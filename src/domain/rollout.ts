import {
  FIRST_RELEASE_STATION,
  REGIONS,
  type RegionCode,
  type ServiceWindowRule,
  type StationDefinition,
} from './regions.js';
import { databaseWindowFor, nextServiceWindowStartingFrom, type TimeWindow } from './windows.js';

// The safe deployment process: stations go one after another, and a station only starts once the
// previous one has finished both its service and its database update, plus a pause to watch for
// trouble. Within a station every region waits for its own maintenance window.

export interface RolloutRegion {
  code: RegionCode;
  station: number;
  window: ServiceWindowRule;
}

export interface FirstReleaseEnvironment {
  environmentId: string;
  region: RegionCode;
}

export interface RolloutInput {
  start: Date;
  regions: RolloutRegion[];
  stations: StationDefinition[];
  pauseBetweenStationsHours: number;
  firstRelease?: FirstReleaseEnvironment[];
}

export interface RegionRollout {
  /** Always set by planRollout; null is kept for plans built elsewhere that target no region. */
  region: RegionCode | null;
  /** Present when only these environments of the region take part (First Release). */
  environmentIds?: string[];
  serviceWindow: TimeWindow;
  databaseWindow: TimeWindow;
}

export interface StationRollout {
  number: number;
  name: string;
  regions: RegionRollout[];
  /** Start of the earliest service window. */
  start: Date;
  /** End of the latest database window. */
  end: Date;
}

export interface RolloutPlan {
  stations: StationRollout[];
}

interface Target {
  region: RegionCode;
  environmentIds?: string[];
  window: ServiceWindowRule;
}

const HOUR_MS = 3_600_000;

function validate(input: RolloutInput): Map<RegionCode, RolloutRegion> {
  if (Number.isNaN(input.start.getTime())) throw new RangeError('Rollout start is not a valid date');
  if (!Number.isFinite(input.pauseBetweenStationsHours) || input.pauseBetweenStationsHours < 0) {
    throw new RangeError(`Pause between stations must be zero or more hours, got ${input.pauseBetweenStationsHours}`);
  }
  const stationNumbers = new Set<number>();
  for (const s of input.stations) {
    if (stationNumbers.has(s.number)) throw new RangeError(`Station ${s.number} is defined twice`);
    stationNumbers.add(s.number);
  }
  const regions = new Map<RegionCode, RolloutRegion>();
  for (const r of input.regions) {
    if (regions.has(r.code)) throw new RangeError(`Region ${r.code} is listed twice`);
    if (!stationNumbers.has(r.station)) {
      throw new RangeError(`Region ${r.code} is assigned to station ${r.station}, which is not defined`);
    }
    regions.set(r.code, r);
  }
  for (const env of input.firstRelease ?? []) {
    if (!regions.has(env.region)) {
      throw new RangeError(
        `First-release environment ${env.environmentId} is in region ${env.region}, which has no window in this rollout`,
      );
    }
  }
  return regions;
}

/** First-release environments grouped per region, in order of first appearance. */
function firstReleaseTargets(
  input: RolloutInput,
  regions: Map<RegionCode, RolloutRegion>,
  wholeRegions: Set<RegionCode>,
): Target[] {
  const groups = new Map<RegionCode, Set<string>>();
  for (const env of input.firstRelease ?? []) {
    // A region placed in station 1 as a whole already covers its flagged environments.
    if (wholeRegions.has(env.region)) continue;
    let ids = groups.get(env.region);
    if (!ids) groups.set(env.region, (ids = new Set()));
    ids.add(env.environmentId);
  }
  return [...groups].map(([region, ids]) => ({
    region,
    environmentIds: [...ids],
    window: regions.get(region)!.window,
  }));
}

function planStation(station: StationDefinition, targets: Target[], notBefore: Date): StationRollout {
  const entries: RegionRollout[] = targets.map((t) => {
    const serviceWindow = nextServiceWindowStartingFrom(t.window, notBefore);
    const entry: RegionRollout = { region: t.region, serviceWindow, databaseWindow: databaseWindowFor(serviceWindow) };
    if (t.environmentIds) entry.environmentIds = t.environmentIds;
    return entry;
  });
  entries.sort((a, b) => a.serviceWindow.start.getTime() - b.serviceWindow.start.getTime());
  const start = Math.min(...entries.map((e) => e.serviceWindow.start.getTime()));
  const end = Math.max(...entries.map((e) => e.databaseWindow.end.getTime()));
  return { number: station.number, name: station.name, regions: entries, start: new Date(start), end: new Date(end) };
}

/**
 * Plans one rollout from `start`. Every region gets the first of its windows that starts at or
 * after its station's gate; stations without regions are left out of the plan.
 */
export function planRollout(input: RolloutInput): RolloutPlan {
  const regions = validate(input);
  const stations = [...input.stations].sort((a, b) => a.number - b.number);
  const planned: StationRollout[] = [];
  let gate = input.start;
  for (const station of stations) {
    const whole = input.regions.filter((r) => r.station === station.number);
    const targets: Target[] = whole.map((r) => ({ region: r.code, window: r.window }));
    if (station.number === FIRST_RELEASE_STATION) {
      targets.push(...firstReleaseTargets(input, regions, new Set(whole.map((r) => r.code))));
    }
    if (targets.length === 0) continue;
    const plan = planStation(station, targets, gate);
    planned.push(plan);
    gate = new Date(plan.end.getTime() + input.pauseBetweenStationsHours * HOUR_MS);
  }
  return { stations: planned };
}

/** When a station fails, every later station of the plan is halted; returns their numbers. */
export function haltAfter(plan: RolloutPlan, failedStation: number): number[] {
  if (!plan.stations.some((s) => s.number === failedStation)) {
    throw new RangeError(`Station ${failedStation} is not part of this rollout plan`);
  }
  return plan.stations.filter((s) => s.number > failedStation).map((s) => s.number);
}

/** The policy's regions on their default stations, ready for planRollout. */
export function defaultRolloutRegions(): RolloutRegion[] {
  return REGIONS.map((r) => ({ code: r.code, station: r.station, window: { ...r.window, days: [...r.window.days] } }));
}
