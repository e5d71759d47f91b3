// Demo updates and maintenance, relative to the time the demo is loaded: a weekly release rolling
// out (started three days ago, its first station done as automation would report it), planned
// maintenance with downtime next week for Contoso Europe, a security update without impact, and
// unplanned maintenance two days ago that completed inside its window.
import { systemActor } from '../../domain/actor.js';
import { REGIONS } from '../../domain/regions.js';
import { nextServiceWindowStartingFrom } from '../../domain/windows.js';
import type { AppContext } from '../context.js';
import { advanceRollouts } from '../updates/advanceRollouts.js';
import { createMaintenance } from '../updates/maintenance.js';
import { reportMaintenance } from '../updates/maintenanceProgress.js';
import { reportProgress } from '../updates/progress.js';
import { createRelease } from '../updates/releases.js';
import { createRollout, getRollout } from '../updates/rollouts.js';
import type { DemoDirectory } from './directory.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const demo = systemActor('demo');

/** The same context with the clock at `at`: how the demo makes things happen in the past. */
const contextAt = (ctx: AppContext, at: Date): AppContext => ({ ...ctx, now: () => new Date(at) });

const ruleOf = (code: string) => REGIONS.find((r) => r.code === code)!.window;

/** Builds like Dynamics': 9.2.<yy><day of year>.<n>. */
function weeklyVersion(at: Date, revision: number): string {
  const dayOfYear = Math.floor((at.getTime() - Date.UTC(at.getUTCFullYear(), 0, 1)) / DAY) + 1;
  return `9.2.${String(at.getUTCFullYear() % 100).padStart(2, '0')}${String(dayOfYear).padStart(3, '0')}.${revision}`;
}

/** Reports every environment's progress, as deployment automation would have, up to now. */
async function reportPastProgress(ctx: AppContext, rolloutId: string): Promise<void> {
  const now = ctx.now().getTime();
  const view = await getRollout(ctx, demo, rolloutId);
  const rows = await ctx.database.db
    .selectFrom('rollout_environment')
    .select(['environment_id', 'station', 'region_code'])
    .where('rollout_id', '=', rolloutId)
    .execute();
  const steps: { at: number; environmentId: string; step: 'started' | 'service_done' | 'database_done' }[] = [];
  for (const row of rows) {
    const target = view.targets.find((x) => x.station === row.station && x.region_code === row.region_code)!;
    const service = Date.parse(target.service_starts_at);
    const database = Date.parse(target.database_starts_at);
    steps.push({ at: service + 15 * 60_000, environmentId: row.environment_id, step: 'started' });
    steps.push({ at: service + 90 * 60_000, environmentId: row.environment_id, step: 'service_done' });
    steps.push({ at: database + 60 * 60_000, environmentId: row.environment_id, step: 'database_done' });
  }
  for (const s of steps.filter((x) => x.at <= now).sort((a, b) => a.at - b.at)) {
    await reportProgress(contextAt(ctx, new Date(s.at)), demo, rolloutId, {
      environmentId: s.environmentId,
      step: s.step,
    });
  }
}

export async function seedDemoUpdates(ctx: AppContext, directory: DemoDirectory): Promise<void> {
  const now = ctx.now();

  const rolloutStart = new Date(now.getTime() - 3 * DAY);
  const then = contextAt(ctx, rolloutStart);
  const release = await createRelease(then, demo, {
    kind: 'weekly',
    version: weeklyVersion(rolloutStart, 10),
    databaseVersion: weeklyVersion(rolloutStart, 12),
    releaseNotesUrl: 'https://learn.microsoft.com/dynamics365/released-versions/weekly-releases',
    features: [
      { name: 'Faster form loading', description: 'Forms load their tabs on demand.', serviceId: 'dataverse' },
    ],
  });
  const rollout = await createRollout(then, demo, release.release.id, { startsAt: rolloutStart.toISOString() });
  await reportPastProgress(ctx, rollout.rollout.id);
  await advanceRollouts(ctx);

  const eurWindow = nextServiceWindowStartingFrom(ruleOf('EUR'), new Date(now.getTime() + 7 * DAY));
  await createMaintenance(ctx, demo, {
    kind: 'planned',
    title: 'Storage platform upgrade',
    description: 'The storage behind Contoso Europe moves to new hardware.',
    impact: 'downtime',
    durationMinutes: 120,
    windows: [{ region: 'EUR', startsAt: eurWindow.start.toISOString(), endsAt: eurWindow.end.toISOString() }],
    environmentIds: [directory.tenants.contoso.environments['eur-prod']!],
  });

  const namWindow = nextServiceWindowStartingFrom(ruleOf('NAM'), new Date(now.getTime() + 2 * DAY));
  await createMaintenance(ctx, demo, {
    kind: 'security',
    title: 'Web tier hardening',
    description: 'Security mitigations applied without downtime.',
    impact: 'none',
    durationMinutes: 60,
    windows: [{ region: 'NAM', startsAt: namWindow.start.toISOString(), endsAt: namWindow.end.toISOString() }],
  });

  const unplannedStart = new Date(Math.floor((now.getTime() - 2 * DAY) / HOUR) * HOUR);
  const unplanned = await createMaintenance(contextAt(ctx, unplannedStart), demo, {
    kind: 'unplanned',
    title: 'Database failover',
    description: 'A database server in India was failed over to its replica.',
    impact: 'degraded',
    durationMinutes: 45,
    windows: [
      {
        region: 'IND',
        startsAt: unplannedStart.toISOString(),
        endsAt: new Date(unplannedStart.getTime() + 3 * HOUR).toISOString(),
      },
    ],
  });
  await reportMaintenance(
    contextAt(ctx, new Date(unplannedStart.getTime() + 2 * HOUR)),
    demo,
    unplanned.maintenance.id,
    { status: 'completed' },
  );
}
