// What the public may see. The status page, its static backup, the feeds and the Statuspage API
// are read by anyone, so they carry only provider-wide items: incidents and maintenance scoped to
// regions (and services), never to tenants or environments — whatever their severity — and never
// an incident raised automatically from one tenant's maintenance or update (its title and timing
// would tell the world which customer is down). Everything else stays in the console and in mail
// to the people concerned. Pure: callers pass what they read.
import type { Severity } from './severity.js';

export interface ScopeFacts {
  regions: readonly string[];
  tenantIds: readonly string[];
  environmentIds: readonly string[];
}

/** Regions only: every organization there, named by nobody. */
export const isProviderWide = (scope: ScopeFacts): boolean =>
  scope.regions.length > 0 && scope.tenantIds.length === 0 && scope.environmentIds.length === 0;

export interface IncidentFacts {
  scope: ScopeFacts;
  severity: Severity;
  /** An operator asked for a minor incident to be shown. */
  markedPublic: boolean;
  /** Opened by Herald because maintenance or an update failed or overran. */
  raisedFromMaintenance: boolean;
}

/** Whether an incident could ever be shown: its scope and origin, not its severity. */
export const mayBePublic = (i: Pick<IncidentFacts, 'scope' | 'raisedFromMaintenance'>): boolean =>
  isProviderWide(i.scope) && !i.raisedFromMaintenance;

/** Shown publicly: provider-wide, not raised from maintenance, and major or marked public. */
export const isIncidentPublic = (i: IncidentFacts): boolean =>
  mayBePublic(i) && (i.severity === 'major' || i.markedPublic);

export interface MaintenanceFacts {
  impact: 'none' | 'degraded' | 'downtime';
  cancelled: boolean;
  /** The environments it was narrowed to (empty: every environment of its regions). */
  environmentIds: readonly string[];
}

/** Shown publicly: work with an impact on whole regions, not cancelled. */
export const isMaintenancePublic = (m: MaintenanceFacts): boolean =>
  m.impact !== 'none' && !m.cancelled && m.environmentIds.length === 0;

/** Names shorter than this are too likely to be ordinary words ("HR", "EU") to refuse text for. */
export const MIN_PRIVATE_NAME_LENGTH = 3;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The names (tenants', environments', people's) that occur in `text` as whole words, ignoring
 * case, in the order given. "Woodgrove" is found in "Woodgrove's sign-in fails" but not in
 * "Woodgroves".
 */
export function privateNamesIn(text: string, names: readonly string[]): string[] {
  const found: string[] = [];
  const lower = text.toLowerCase();
  for (const name of names) {
    const n = name.trim();
    if (n.length < MIN_PRIVATE_NAME_LENGTH || !lower.includes(n.toLowerCase())) continue;
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'iu').test(text)) found.push(n);
  }
  return [...new Set(found)];
}
