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

/**
 * How many of a name's first words its key keeps. Text is searched by every run of up to this
 * many of its words, so a longer name is found by its first words, then matched whole.
 */
export const NAME_KEY_WORDS = 4;

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * What a directory name is looked up by, so that checking text needs only the few names it could
 * contain, not every name of a provider's millions: its first words, lower-cased, joined by one
 * space ("Fabrikam, Inc." → "fabrikam inc"). A name that occurs in text as whole words
 * (`privateNamesIn`) has its words as a run of the text's words, so its key is among
 * `privateNameKeysIn(text)`. '' for a name too short to be refused; null for one with no words
 * ("???"), which is then matched against every text.
 */
export function privateNameKey(name: string): string | null {
  const n = name.trim();
  if (n.length < MIN_PRIVATE_NAME_LENGTH) return '';
  const words = wordsOf(n);
  return words.length ? words.slice(0, NAME_KEY_WORDS).join(' ') : null;
}

/** Every key a name in `text` could have: each run of one to NAME_KEY_WORDS of its words. */
export function privateNameKeysIn(text: string): string[] {
  const words = wordsOf(text);
  const keys = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= NAME_KEY_WORDS && i + n <= words.length; n++) keys.add(words.slice(i, i + n).join(' '));
  }
  return [...keys];
}

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
