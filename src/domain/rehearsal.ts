// A rehearsal replays a scenario of timed events on a simulated clock (src/app/rehearsal/). The
// pure part: which event kinds a scenario may list, and when an event happens — an ISO 8601 UTC
// time, or an ISO 8601 duration after the scenario's start ("PT2H", "P1DT6H").

export const SCENARIO_EVENT_KINDS = [
  'incident.opened',
  'incident.updated',
  'incident.restored',
  'maintenance.scheduled',
  'maintenance.started',
  'maintenance.completed',
  'maintenance.overran',
  'maintenance.failed',
  'maintenance.unplanned',
  'maintenance.cancelled',
  'release.created',
  'rollout.progress',
  'wave.enabled',
  'message.posted',
  'lifecycle.purchased',
] as const;
export type ScenarioEventKind = (typeof SCENARIO_EVENT_KINDS)[number];

export const isScenarioEventKind = (v: string): v is ScenarioEventKind =>
  (SCENARIO_EVENT_KINDS as readonly string[]).includes(v);

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]00:00)$/;

/** Milliseconds of an ISO 8601 duration of weeks, days, hours, minutes and seconds; null when it is not one. */
export function parseDuration(text: string): number | null {
  const m = DURATION.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) return null;
  const [w, d, h, min, s] = m.slice(1).map((v) => Number(v ?? 0));
  return ((((w! * 7 + d!) * 24 + h!) * 60 + min!) * 60 + s!) * 1000;
}

/** An ISO 8601 UTC time; null when it is not one. */
export function parseUtcTime(text: string): Date | null {
  if (!UTC_TIME.test(text)) return null;
  const t = Date.parse(text);
  return Number.isNaN(t) ? null : new Date(t);
}

/** When `at` falls: a UTC time as it is, a duration after `start`; null when it is neither. */
export function resolveAt(start: Date, at: string): Date | null {
  const offset = parseDuration(at);
  if (offset !== null) return new Date(start.getTime() + offset);
  return parseUtcTime(at);
}
