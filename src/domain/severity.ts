// Minor or major, as the service-incident policy defines them:
// - minor: "your organization is inaccessible or you're unable to use the service or one of its
//   components", e.g. a 404, cannot sign in, slow performance, errors;
// - major: "multiple organizations can't access the service, there is significant degradation,
//   or Microsoft Azure [the upstream cloud platform] is experiencing degraded functionality".
// Herald derives the severity from the scope and these signals; an operator may override it.
import type { Classification } from './incidents.js';

// Defined in src/shared, which the console imports too; re-exported here for the server.
import { SEVERITIES, type Severity, SYMPTOMS, type Symptom } from '../shared/incidents.js';

export { SEVERITIES, type Severity, SYMPTOMS, type Symptom };

const SYMPTOM_WORDS: Record<Symptom, string> = {
  pageNotFound: 'page not found (404)',
  cannotSignIn: 'cannot sign in',
  slowPerformance: 'slow performance',
  errors: 'errors',
  unavailable: 'unavailable',
};

/** Symptoms meaning people cannot get in at all, as opposed to getting in and having trouble. */
const NO_ACCESS: readonly Symptom[] = ['pageNotFound', 'cannotSignIn', 'unavailable'];

export interface SeveritySignals {
  classification: Classification;
  /** The timeline reached serviceInterruption at some point: people could not get in. */
  interrupted: boolean;
  symptoms: readonly Symptom[];
  significantDegradation: boolean;
  upstreamDegraded: boolean;
  /** Tenants with an affected environment. */
  tenantCount: number;
  /** The scope names whole regions: every organization there, now or later. */
  wholeRegion: boolean;
}

export interface SeverityVerdict {
  severity: Severity;
  /** Why, in words an operator can check against the policy. */
  reasons: string[];
}

export function deriveSeverity(s: SeveritySignals): SeverityVerdict {
  if (s.classification === 'advisory')
    return { severity: 'minor', reasons: ['an advisory: limited impact, often with a workaround'] };
  const reasons: string[] = [];
  const noAccess = s.interrupted || s.symptoms.some((x) => NO_ACCESS.includes(x));
  const several = s.wholeRegion || s.tenantCount >= 2;
  if (noAccess && several) {
    reasons.push(
      s.wholeRegion
        ? 'organizations across a whole region cannot access the service'
        : `${s.tenantCount} organizations cannot access the service`,
    );
  }
  if (s.significantDegradation) reasons.push('significant degradation');
  if (s.upstreamDegraded) reasons.push('an upstream dependency (the cloud platform) is degraded');
  if (reasons.length) return { severity: 'major', reasons };
  const seen = s.symptoms.map((x) => SYMPTOM_WORDS[x]);
  return {
    severity: 'minor',
    reasons: [
      several ? 'several organizations affected, but they can still access the service' : 'one organization affected',
      ...(seen.length ? [`symptoms: ${seen.join(', ')}`] : []),
    ],
  };
}

/** The severity in force: the operator's override when there is one. */
export const effectiveSeverity = (derived: Severity, override: Severity | null): Severity => override ?? derived;
