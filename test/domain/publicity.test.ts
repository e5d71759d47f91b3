import { describe, expect, it } from 'vitest';
import {
  isIncidentPublic,
  isMaintenancePublic,
  privateNameKey,
  privateNameKeysIn,
  privateNamesIn,
} from '../../src/domain/publicity.js';

const regions = { regions: ['NAM'], tenantIds: [], environmentIds: [] };
const incident = { scope: regions, severity: 'major' as const, markedPublic: false, raisedFromMaintenance: false };

describe('what the public may see', () => {
  it('shows a provider-wide incident when it is major or marked public', () => {
    expect(isIncidentPublic(incident)).toBe(true);
    expect(isIncidentPublic({ ...incident, severity: 'minor' })).toBe(false);
    expect(isIncidentPublic({ ...incident, severity: 'minor', markedPublic: true })).toBe(true);
  });

  it('never shows an incident scoped to tenants or environments, whatever its severity or marking', () => {
    expect(isIncidentPublic({ ...incident, scope: { regions: [], tenantIds: ['t1', 't2'], environmentIds: [] } })).toBe(
      false,
    );
    expect(
      isIncidentPublic({
        ...incident,
        scope: { regions: ['NAM'], tenantIds: ['t1'], environmentIds: [] },
        markedPublic: true,
      }),
    ).toBe(false);
    expect(isIncidentPublic({ ...incident, scope: { regions: ['NAM'], tenantIds: [], environmentIds: ['e1'] } })).toBe(
      false,
    );
  });

  it('never shows an incident raised from maintenance or an update', () => {
    expect(isIncidentPublic({ ...incident, raisedFromMaintenance: true, markedPublic: true })).toBe(false);
  });

  it('shows maintenance with impact on whole regions only', () => {
    expect(isMaintenancePublic({ impact: 'downtime', cancelled: false, environmentIds: [] })).toBe(true);
    expect(isMaintenancePublic({ impact: 'none', cancelled: false, environmentIds: [] })).toBe(false);
    expect(isMaintenancePublic({ impact: 'degraded', cancelled: true, environmentIds: [] })).toBe(false);
    expect(isMaintenancePublic({ impact: 'downtime', cancelled: false, environmentIds: ['e1'] })).toBe(false);
  });

  it('finds private names as whole words, ignoring case', () => {
    const names = ['Woodgrove', 'Fabrikam Japan', 'Wendy Walker', 'HR'];
    expect(privateNamesIn('Sign-in fails for WOODGROVE users', names)).toEqual(['Woodgrove']);
    expect(privateNamesIn('Woodgroves and fabrikam japanese apps', names)).toEqual([]);
    expect(privateNamesIn('Reported by wendy walker (Fabrikam Japan).', names)).toEqual([
      'Fabrikam Japan',
      'Wendy Walker',
    ]);
    expect(privateNamesIn('HR module slow', names)).toEqual([]); // too short to be told from a word
    expect(privateNamesIn('a.b (x) [y]', ['(x)', 'a.b'])).toEqual(['(x)', 'a.b']);
  });

  it('keys a name by its first words, so text finds every name it contains among a few', () => {
    expect(privateNameKey('Fabrikam, Inc.')).toBe('fabrikam inc');
    expect(privateNameKey('Contoso Sales East Coast Production')).toBe('contoso sales east coast');
    expect(privateNameKey('HR')).toBe(''); // never refused, never looked up
    expect(privateNameKey('???')).toBeNull(); // no words: checked against every text
    // Whatever the text, a name it contains as whole words has its key among the text's keys.
    const names = [
      'Woodgrove',
      'Fabrikam, Inc.',
      'Wendy Walker',
      'Contoso Sales East Coast Production',
      'İstanbul Ofisi',
      'MÜLLER-LÜDENSCHEIDT GmbH',
      '(x)',
      'a.b',
      '東京 本社',
    ];
    const texts = [
      'Reported by wendy walker (FABRIKAM, INC.) and Müller-Lüdenscheidt GMBH.',
      'contoso sales east coast production is down; istanbul ofisi too; İSTANBUL OFİSİ as well',
      'a.b (x) [y] — 東京 本社 reports; woodgrove.',
    ];
    for (const text of texts) {
      const keys = new Set(privateNameKeysIn(text));
      for (const name of privateNamesIn(text, names))
        expect(keys.has(privateNameKey(name)!), `${name} in ${text}`).toBe(true);
    }
    expect(privateNamesIn(texts[0]!, names)).toEqual(['Fabrikam, Inc.', 'Wendy Walker', 'MÜLLER-LÜDENSCHEIDT GmbH']);
    expect(privateNamesIn(texts[1]!, names)).toContain('Contoso Sales East Coast Production');
    expect(privateNameKeysIn('Contoso sales east')).not.toContain(
      privateNameKey('Contoso Sales East Coast Production'),
    );
  });
});
