import { describe, expect, it } from 'vitest';
import { deriveSeverity, effectiveSeverity, type SeveritySignals } from '../../src/domain/severity.js';

const base: SeveritySignals = {
  classification: 'incident',
  interrupted: false,
  symptoms: [],
  significantDegradation: false,
  upstreamDegraded: false,
  tenantCount: 1,
  wholeRegion: false,
};

describe('severity from scope and signals (the policy’s definitions)', () => {
  it('keeps the policy’s minor examples minor for one organization', () => {
    for (const symptom of ['pageNotFound', 'cannotSignIn', 'slowPerformance', 'errors'] as const) {
      expect(deriveSeverity({ ...base, symptoms: [symptom] }).severity).toBe('minor');
    }
    expect(deriveSeverity({ ...base, interrupted: true }).severity).toBe('minor');
  });

  it('makes it major when several organizations cannot access the service', () => {
    const v = deriveSeverity({ ...base, tenantCount: 3, symptoms: ['cannotSignIn'] });
    expect(v).toEqual({ severity: 'major', reasons: ['3 organizations cannot access the service'] });
    expect(deriveSeverity({ ...base, tenantCount: 2, interrupted: true }).severity).toBe('major');
    expect(deriveSeverity({ ...base, wholeRegion: true, tenantCount: 0, symptoms: ['unavailable'] }).severity).toBe(
      'major',
    );
  });

  it('keeps several organizations that can still get in (slow, errors) minor', () => {
    expect(deriveSeverity({ ...base, tenantCount: 5, symptoms: ['slowPerformance', 'errors'] }).severity).toBe('minor');
  });

  it('makes significant degradation or a degraded upstream platform major, even for one organization', () => {
    expect(deriveSeverity({ ...base, significantDegradation: true }).reasons).toEqual(['significant degradation']);
    expect(deriveSeverity({ ...base, upstreamDegraded: true }).severity).toBe('major');
  });

  it('keeps advisories minor', () => {
    expect(
      deriveSeverity({ ...base, classification: 'advisory', upstreamDegraded: true, tenantCount: 9 }).severity,
    ).toBe('minor');
  });

  it('lets an override win', () => {
    expect(effectiveSeverity('minor', 'major')).toBe('major');
    expect(effectiveSeverity('major', null)).toBe('major');
  });
});
