// Post-incident reports (PIR). The policy: "When there is a major service incident that impacts
// multiple customers, [the provider] publishes a post-incident report after 5 business days",
// summarising the incident in six fixed sections.
import { addBusinessDays } from './businessDays.js';
import type { Classification } from './incidents.js';
import type { Severity } from './severity.js';
import { type Words } from '../shared/i18n/words.js';

export const PIR_BUSINESS_DAYS = 5;

/** Operators are reminded this long before a report is due. */
export const PIR_REMINDER_HOURS = 24;

/**
 * The report's sections, in order. Their headings are words people read, so they live in the
 * catalogues (`report.section.<key>`, src/shared/i18n/catalogue/).
 */
export const PIR_SECTIONS = [
  'summary',
  'userExperience',
  'startDateTime',
  'resolutionDateTime',
  'rootCause',
  'nextSteps',
] as const;
export type PirSection = (typeof PIR_SECTIONS)[number];

export interface PirSubject {
  classification: Classification;
  severity: Severity;
  tenantCount: number;
}

/** Why this incident cannot have a report at all, or null when it can. */
export function pirRefusal(i: PirSubject): Words | null {
  if (i.classification === 'advisory') return 'problem.pir.advisory';
  if (i.severity !== 'major') return 'problem.pir.minor';
  return null;
}

/** A report is owed (and gets a due date) for a major incident that touched several organizations. */
export const pirRequired = (i: PirSubject): boolean => pirRefusal(i) === null && i.tenantCount >= 2;

/** Due 5 business days after the service was restored, on the incident's region's calendar. */
export const pirDueAt = (restoredAt: Date, holidayCountry: string): Date =>
  addBusinessDays(restoredAt, PIR_BUSINESS_DAYS, holidayCountry);

/**
 * The one rule for an incident spanning regions with different holiday calendars: the report is
 * due on the latest of the regions' due dates, each counted as 5 business days of its own
 * calendar. So every affected region's customers get their full 5 business days (a holiday in
 * one region moves the date for all), and the date does not depend on the order regions were
 * named in. No region known: the US calendar, as for a single region without one.
 */
export function pirDueAcrossRegions(restoredAt: Date, holidayCountries: readonly string[]): Date {
  const countries = [...new Set(holidayCountries)];
  if (!countries.length) return pirDueAt(restoredAt, 'US');
  return new Date(Math.max(...countries.map((c) => pirDueAt(restoredAt, c).getTime())));
}

export type PirState = 'published' | 'overdue' | 'dueSoon' | 'due';

export function pirState(dueAt: Date, publishedAt: Date | null, now: Date): PirState {
  if (publishedAt) return 'published';
  const left = dueAt.getTime() - now.getTime();
  if (left <= 0) return 'overdue';
  return left <= PIR_REMINDER_HOURS * 3_600_000 ? 'dueSoon' : 'due';
}
