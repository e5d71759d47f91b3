import { describe, expect, it } from 'vitest';
import { say } from '../support/english.js';
import {
  aboutVersionText,
  announcesRegions,
  announcesWaveEnabled,
  checkDatabaseVersion,
  checkReleaseVersion,
  compareVersions,
  environmentStateAfter,
  featureEnabled,
  goesFirst,
  isLate,
  releaseWaveOf,
  rolloutStateAfter,
  targetStateOf,
  versionAfter,
} from '../../src/domain/releases.js';

const at = (iso: string): Date => new Date(iso);
const windows = {
  service: { start: at('2026-12-31T18:00:00Z'), end: at('2027-01-01T03:00:00Z') },
  database: { start: at('2027-01-01T18:00:00Z'), end: at('2027-01-02T03:00:00Z') },
};

describe('versions', () => {
  it('accepts four-part versions only', () => {
    expect(checkReleaseVersion('9.2.25111.10')).toBeNull();
    expect(say(checkReleaseVersion('9.2.25111'))).toMatch(/four-part/);
    expect(say(checkReleaseVersion('v9.2.1.1'))).toMatch(/four-part/);
  });

  it('compares part by part, numerically', () => {
    expect(compareVersions('9.2.25111.10', '9.2.25104.166')).toBe(1);
    expect(compareVersions('9.2.25111.9', '9.2.25111.10')).toBe(-1);
    expect(compareVersions('9.2.25111.10', '9.2.25111.10')).toBe(0);
  });

  it('keeps the database part at or after the service part', () => {
    expect(checkDatabaseVersion('9.2.25111.10', '9.2.25111.12')).toBeNull();
    expect(checkDatabaseVersion('9.2.25111.10', '9.2.25111.10')).toBeNull();
    expect(say(checkDatabaseVersion('9.2.25111.10', '9.2.25104.1'))).toMatch(/lower than/);
  });

  it('says on the About page when the background part is still to come', () => {
    expect(aboutVersionText('9.2.25111.10', true)).toBe('9.2.25111.10 (background update pending)');
    expect(aboutVersionText('9.2.25111.12', false)).toBe('9.2.25111.12');
    expect(versionAfter('service_done', { version: 'a', databaseVersion: 'b' })).toBe('a');
    expect(versionAfter('database_done', { version: 'a', databaseVersion: 'b' })).toBe('b');
    expect(versionAfter('started', { version: 'a', databaseVersion: 'b' })).toBeNull();
  });
});

describe('waves, First Release and announcements', () => {
  it('knows the April and October waves', () => {
    expect(releaseWaveOf(at('2027-04-05T00:00:00Z'))).toBe('2027 release wave 1');
    expect(releaseWaveOf(at('2026-10-31T23:59:59Z'))).toBe('2026 release wave 2');
    expect(releaseWaveOf(at('2026-11-01T00:00:00Z'))).toBeNull();
  });

  it('puts early access environments first for a wave only', () => {
    const ea = { firstRelease: false, earlyAccess: true };
    expect(goesFirst('wave', ea)).toBe(true);
    expect(goesFirst('weekly', ea)).toBe(false);
    expect(goesFirst('security', { firstRelease: true, earlyAccess: false })).toBe(true);
  });

  it('announces weekly updates and waves per region, security updates never', () => {
    expect(announcesRegions('weekly')).toBe(true);
    expect(announcesRegions('wave')).toBe(true);
    expect(announcesRegions('security')).toBe(false);
    expect(announcesWaveEnabled('wave')).toBe(true);
    expect(announcesWaveEnabled('weekly')).toBe(false);
  });

  it('keeps disruptive features off until switched on', () => {
    expect(featureEnabled(false, undefined)).toBe(true);
    expect(featureEnabled(true, undefined)).toBe(false);
    expect(featureEnabled(true, true)).toBe(true);
  });
});

describe('rollout and progress', () => {
  it('holds, resumes and stops', () => {
    expect(rolloutStateAfter('active', 'hold')).toBe('held');
    expect(rolloutStateAfter('held', 'resume')).toBe('active');
    expect(rolloutStateAfter('halted', 'resume')).toBe('active');
    expect(rolloutStateAfter('active', 'resume')).toBeNull();
    expect(rolloutStateAfter('completed', 'stop')).toBeNull();
    expect(rolloutStateAfter('halted', 'stop')).toBe('stopped');
  });

  it('moves an environment forward only, database part after the service part', () => {
    const refusal = (r: ReturnType<typeof environmentStateAfter>) => ('refused' in r ? say(r.refused) : null);
    expect(environmentStateAfter('pending', 'started')).toEqual({ state: 'started' });
    expect(environmentStateAfter('pending', 'service_done')).toEqual({ state: 'service_done' });
    expect(refusal(environmentStateAfter('pending', 'database_done'))).toMatch(/service part/);
    expect(refusal(environmentStateAfter('service_done', 'started'))).toMatch(/already/);
    expect(environmentStateAfter('service_done', 'failed')).toEqual({ state: 'failed' });
    expect(refusal(environmentStateAfter('failed', 'service_done'))).toMatch(/failed/);
    expect(refusal(environmentStateAfter('database_done', 'failed'))).toMatch(/fully updated/);
  });

  it('finds late parts, across midnight and the year end', () => {
    expect(isLate('service_done', at('2027-01-01T02:59:00Z'), windows)).toBe(false);
    expect(isLate('service_done', at('2027-01-01T03:01:00Z'), windows)).toBe(true);
    expect(isLate('database_done', at('2027-01-02T03:00:00Z'), windows)).toBe(false);
  });

  it('settles a target from its environments', () => {
    expect(targetStateOf({ total: 3, databaseDone: 3, troubled: 0 }, false)).toBe('completed');
    expect(targetStateOf({ total: 3, databaseDone: 2, troubled: 1 }, true)).toBe('failed');
    expect(targetStateOf({ total: 3, databaseDone: 2, troubled: 0 }, false)).toBe('in_progress');
    expect(targetStateOf({ total: 0, databaseDone: 0, troubled: 0 }, false)).toBe('in_progress');
    expect(targetStateOf({ total: 0, databaseDone: 0, troubled: 0 }, true)).toBe('completed');
  });
});
