// The windows API: when a region's service updates and database updates (24 h later) happen, in
// UTC, and for a signed-in person also in their own time zone.
import type { Actor } from '../../domain/actor.js';
import { parseUtc } from '../../domain/maintenance.js';
import { databaseWindowFor, formatWindowInZone, serviceWindowsBetween, type TimeWindow } from '../../domain/windows.js';
import { type FieldProblem, invalid, invalidMany, words } from '../../errors.js';
import type { AppContext } from '../context.js';
import { getRegion, windowOf } from '../directory/regions.js';

/** A quarter: enough for any planning view, small enough to answer at once. */
export const MAX_WINDOW_RANGE_DAYS = 92;
const DEFAULT_RANGE_DAYS = 14;
const DAY_MS = 86_400_000;

export interface ShownWindow {
  startsAt: string;
  endsAt: string;
  /** The window in the reader's time zone and regional format; null for anonymous readers. */
  local: string | null;
}

export interface RegionWindowsView {
  region: { code: string; name: string; serviceUrl: string; window: { start: string; end: string; days: number[] } };
  timeZone: string | null;
  windows: { service: ShownWindow; database: ShownWindow }[];
}

/** How a window reads for this actor: UTC always, their own zone when signed in. */
export function showWindow(actor: Actor, w: TimeWindow): ShownWindow {
  return {
    startsAt: w.start.toISOString(),
    endsAt: w.end.toISOString(),
    local: actor.kind === 'person' ? formatWindowInZone(w, actor.timeZone, actor.formatLocale) : null,
  };
}

/** Reads `from`/`to` (ISO UTC) into a range, defaulting to the next two weeks from now. */
export function readRange(
  now: Date,
  query: { from?: string; to?: string },
  maxDays: number,
  defaultDays = DEFAULT_RANGE_DAYS,
): { from: Date; to: Date } {
  const from = query.from === undefined ? now : parseUtc(query.from);
  const to =
    query.to === undefined ? (from ? new Date(from.getTime() + defaultDays * DAY_MS) : null) : parseUtc(query.to);
  const problems: FieldProblem[] = [];
  if (!from) problems.push({ field: 'query.from', message: 'problem.utc.invalid' });
  if (!to) problems.push({ field: 'query.to', message: 'problem.utc.invalid' });
  if (problems.length) throw invalidMany(problems);
  if (to!.getTime() <= from!.getTime()) throw invalid('query.to', 'problem.range.afterFrom');
  if (to!.getTime() - from!.getTime() > maxDays * DAY_MS)
    throw invalid('query.to', words('problem.range.tooLong', { days: maxDays }));
  return { from: from!, to: to! };
}

export async function listRegionWindows(
  ctx: AppContext,
  actor: Actor,
  code: string,
  query: { from?: string; to?: string },
): Promise<RegionWindowsView> {
  const region = await getRegion(ctx, code);
  const { from, to } = readRange(ctx.now(), query, MAX_WINDOW_RANGE_DAYS);
  const rule = windowOf(region);
  return {
    region: {
      code: region.code,
      name: region.name,
      serviceUrl: region.service_url,
      window: { start: rule.start, end: rule.end, days: rule.days },
    },
    timeZone: actor.kind === 'person' ? actor.timeZone : null,
    windows: serviceWindowsBetween(rule, from, to).map((w) => ({
      service: showWindow(actor, w),
      database: showWindow(actor, databaseWindowFor(w)),
    })),
  };
}
