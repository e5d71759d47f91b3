// The rollout side of the periodic job: open targets whose window has begun, and at the end of each
// window catch the environments still not done (an overrun: one incident per region's group),
// then settle every open target. Idempotent: overran_at is set once, and states only move forward.
import { systemActor } from '../../domain/actor.js';
import type { RolloutTargetTable } from '../../store/schema.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { settleTarget } from './progress.js';
import { raiseUpdateIncident } from './raiseIncidents.js';

const jobActor = systemActor('updates-job');

/** Environments still in a part whose window has ended, and not yet caught. */
async function overrunEnvironments(ctx: AppContext, nowIso: string) {
  return ctx.database.db
    .selectFrom('rollout_environment as re')
    .innerJoin('rollout_target as t', (j) =>
      j
        .onRef('t.rollout_id', '=', 're.rollout_id')
        .onRef('t.station', '=', 're.station')
        .onRef('t.region_code', '=', 're.region_code'),
    )
    .select([
      're.rollout_id',
      're.environment_id',
      're.station',
      're.region_code',
      're.state',
      're.started_at',
      't.service_ends_at',
      't.database_ends_at',
    ])
    .where('re.overran_at', 'is', null)
    .where('t.state', 'in', ['in_progress', 'failed', 'completed'])
    .where((eb) =>
      eb.or([
        eb.and([eb('re.state', 'in', ['pending', 'started']), eb('t.service_ends_at', '<=', nowIso)]),
        eb.and([eb('re.state', '=', 'service_done'), eb('t.database_ends_at', '<=', nowIso)]),
      ]),
    )
    .execute();
}

export async function advanceRollouts(ctx: AppContext): Promise<void> {
  const nowIso = ctx.now().toISOString();
  const late = await overrunEnvironments(ctx, nowIso);
  const groups = new Map<string, typeof late>();
  for (const r of late) {
    const key = `${r.rollout_id}\n${r.station}\n${r.region_code}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const due = await ctx.database.db
    .selectFrom('rollout_target as t')
    .innerJoin('rollout as r', 'r.id', 't.rollout_id')
    .select(['t.rollout_id', 't.station', 't.region_code'])
    .where((eb) =>
      eb.or([
        eb('t.state', '=', 'in_progress'),
        eb.and([eb('t.state', '=', 'planned'), eb('r.state', '=', 'active'), eb('t.service_starts_at', '<=', nowIso)]),
      ]),
    )
    .execute();
  const targets = new Set([...groups.keys(), ...due.map((t) => `${t.rollout_id}\n${t.station}\n${t.region_code}`)]);
  for (const key of targets) {
    const [rolloutId, station, region] = key.split('\n') as [string, string, string];
    await runCommand(ctx, jobActor, async (s) => {
      // Held until the commit, like an operator's report on the same rollout (progress.ts).
      const rollout = await s.lock('rollout', rolloutId);
      if (!rollout) return;
      const release = await s.trx
        .selectFrom('release')
        .selectAll()
        .where('id', '=', rollout.release_id)
        .executeTakeFirstOrThrow();
      const target: RolloutTargetTable = await s.trx
        .selectFrom('rollout_target')
        .selectAll()
        .where('rollout_id', '=', rolloutId)
        .where('station', '=', Number(station))
        .where('region_code', '=', region)
        .executeTakeFirstOrThrow();
      const overran = groups.get(key) ?? [];
      if (overran.length) {
        // Claim them in this transaction: a second worker finds overran_at set and skips them.
        const claimed = await s.trx
          .updateTable('rollout_environment')
          .set({ overran_at: s.nowIso, updated_at: s.nowIso })
          .where('rollout_id', '=', rolloutId)
          .where(
            'environment_id',
            'in',
            overran.map((r) => r.environment_id),
          )
          .where('overran_at', 'is', null)
          .returning('environment_id')
          .execute();
        const ids = claimed.map((c) => c.environment_id);
        const startedAt =
          overran
            .map((r) => r.started_at)
            .filter((v): v is string => v !== null)
            .sort()[0] ?? target.service_starts_at;
        await raiseUpdateIncident(s, rollout, release, target, ids, 'overran', startedAt);
        await s.audit({
          action: 'rollout.overran',
          entityType: 'rollout',
          entityId: rolloutId,
          tenantId: null,
          after: { station: target.station, region: target.region_code, environmentIds: ids },
        });
      }
      const before = JSON.stringify(target);
      await settleTarget(s, rollout, release, target);
      if (overran.length || JSON.stringify(target) !== before) s.changed({ tenantIds: null, topic: 'release' });
    });
  }
}
