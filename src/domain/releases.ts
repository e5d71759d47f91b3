// Releases and their deployment, as the policy describes them: a weekly minor service update, the
// two major release waves (April and October, delivered through the same weekly mechanism) and
// security updates. Pure rules: versions, waves, who goes first, how a rollout and each
// environment's progress move, and what the About page says. `now` is always passed in.
import type { TimeWindow } from './windows.js';

// Defined in src/shared, which the console imports too; re-exported here for the server.
import {
  RELEASE_KINDS,
  type ReleaseKind,
  ROLLOUT_STATES,
  type RolloutState,
  ROLLOUT_ACTIONS,
  type RolloutAction,
  TARGET_STATES,
  type TargetState,
  PROGRESS_STEPS,
  type ProgressStep,
  ENVIRONMENT_UPDATE_STATES,
  type EnvironmentUpdateState,
} from '../shared/updates.js';
import { words, type Words } from '../shared/i18n/words.js';

export { RELEASE_KINDS, type ReleaseKind };

// ---- versions ------------------------------------------------------------------------------

// major.minor.build.revision, as on the About page: 9.2.25111.10.
const VERSION = /^(\d{1,4})\.(\d{1,4})\.(\d{1,6})\.(\d{1,6})$/;

export const checkReleaseVersion = (v: string): Words | null => (VERSION.test(v) ? null : 'problem.release.version');

/** Numeric, part by part: 9.2.25111.10 comes after 9.2.25104.166. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * Updates are two-part: the service part brings the environment to `version`, and the database
 * (background) part, a day later, to `databaseVersion`, which can only be the same or later.
 */
export function checkDatabaseVersion(version: string, databaseVersion: string): Words | null {
  const format = checkReleaseVersion(databaseVersion);
  if (format) return format;
  return compareVersions(databaseVersion, version) < 0 ? words('problem.release.databaseVersion', { version }) : null;
}

/** What the About page shows: the version, and whether the background part is still to come. */
export function aboutVersionText(version: string, backgroundPending: boolean): string {
  return backgroundPending ? `${version} (background update pending)` : version;
}

// ---- waves -------------------------------------------------------------------------------

/**
 * "Two major release events per year (April and October)": a wave's rollout starts in April
 * (wave 1) or October (wave 2) of a year, in UTC. Null for any other month.
 */
export function releaseWaveOf(start: Date): string | null {
  const month = start.getUTCMonth() + 1;
  if (month === 4) return `${start.getUTCFullYear()} release wave 1`;
  if (month === 10) return `${start.getUTCFullYear()} release wave 2`;
  return null;
}

// ---- who goes first, who is told --------------------------------------------------------------

/**
 * Environments deployed with the First Release station: the provider's canaries and tenants that
 * asked for First Release always; for a major wave also those opted into early access, which is
 * how they get its features ahead of the others.
 */
export function goesFirst(kind: ReleaseKind, env: { firstRelease: boolean; earlyAccess: boolean }): boolean {
  return env.firstRelease || (kind === 'wave' && env.earlyAccess);
}

/**
 * Weekly updates and waves get a Message Center post per region saying when they arrive; security
 * updates do not ("administrators usually don't see Message Center notifications for security
 * updates"; security work that needs impact is planned maintenance instead).
 */
export const announcesRegions = (kind: ReleaseKind): boolean => kind !== 'security';

/** "Notifications about when the major release events are enabled in each geographic region." */
export const announcesWaveEnabled = (kind: ReleaseKind): boolean => kind === 'wave';

/** Disruptive features are off until an org admin turns them on; the others are simply there. */
export const featureEnabled = (disruptive: boolean, switchedOn: boolean | undefined): boolean =>
  !disruptive || switchedOn === true;

// ---- the rollout -------------------------------------------------------------------------------

export { ROLLOUT_STATES, type RolloutState, ROLLOUT_ACTIONS, type RolloutAction };

/**
 * The operator's levers. Hold stops new regions from starting (work in flight goes on); resume
 * continues a held rollout or one halted by a failure, re-planning what has not started; stop
 * ends it for good.
 */
export function rolloutStateAfter(state: RolloutState, action: RolloutAction): RolloutState | null {
  switch (action) {
    case 'hold':
      return state === 'active' ? 'held' : null;
    case 'resume':
      return state === 'held' || state === 'halted' ? 'active' : null;
    case 'stop':
      return state === 'active' || state === 'held' || state === 'halted' ? 'stopped' : null;
  }
}

export {
  TARGET_STATES,
  type TargetState,
  PROGRESS_STEPS,
  type ProgressStep,
  ENVIRONMENT_UPDATE_STATES,
  type EnvironmentUpdateState,
};

const ORDER: Record<EnvironmentUpdateState, number> = {
  pending: 0,
  started: 1,
  service_done: 2,
  database_done: 3,
  failed: 4,
};

/**
 * The state after a reported step, or why the step does not fit. Automation may skip steps
 * (report the service part done without "started"), never go back; the database part needs the
 * service part first; a failed or finished environment takes no more reports.
 */
export function environmentStateAfter(
  current: EnvironmentUpdateState,
  step: ProgressStep,
): { state: EnvironmentUpdateState } | { refused: Words } {
  if (current === 'failed') return { refused: 'problem.rollouts.envFailed' };
  if (current === 'database_done') return { refused: 'problem.rollouts.envUpdated' };
  if (step === 'failed') return { state: 'failed' };
  if (step === 'database_done' && current !== 'service_done') return { refused: 'problem.rollouts.envServiceFirst' };
  if (ORDER[step] <= ORDER[current]) return { refused: words('problem.rollouts.envAlready', { state: current }) };
  return { state: step };
}

/** The version an environment has after a step, or null when the step does not change it. */
export function versionAfter(step: ProgressStep, release: { version: string; databaseVersion: string }): string | null {
  if (step === 'service_done') return release.version;
  if (step === 'database_done') return release.databaseVersion;
  return null;
}

/**
 * A step is late when it finishes after the window meant for it: the service part after the
 * service window, the database part after the database window.
 */
export function isLate(step: ProgressStep, at: Date, windows: { service: TimeWindow; database: TimeWindow }): boolean {
  if (step === 'service_done') return at.getTime() > windows.service.end.getTime();
  if (step === 'database_done') return at.getTime() > windows.database.end.getTime();
  return false;
}

/** A target is settled by its environments: any failure (or overrun) fails it; all done completes it. */
export function targetStateOf(
  counts: { total: number; databaseDone: number; troubled: number },
  databaseWindowOver: boolean,
): 'in_progress' | 'completed' | 'failed' {
  if (counts.troubled > 0) return 'failed';
  if (counts.databaseDone === counts.total && (counts.total > 0 || databaseWindowOver)) return 'completed';
  return 'in_progress';
}
