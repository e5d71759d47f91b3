// Version availability, the policy's "Version Availability" / "Released Versions" page: per region,
// the version running, the one scheduled and when, and the history. Provider-wide and public: it
// is built from releases and rollout targets (regions and stations) only, never from tenants,
// environments or people. First Release targets are left out: a region's version is the one its
// environments as a whole run.
import type { Kysely } from 'kysely';
import type { DB } from '../../store/schema.js';

export interface RegionVersions {
  code: string;
  name: string;
  running: { version: string; databaseVersion: string; kind: string; since: string; releaseNotesUrl: string } | null;
  scheduled: {
    version: string;
    kind: string;
    serviceStartsAt: string;
    serviceEndsAt: string;
    databaseStartsAt: string;
    databaseEndsAt: string;
    releaseNotesUrl: string;
  } | null;
  history: { version: string; kind: string; since: string; releaseNotesUrl: string }[];
}

export interface VersionAvailability {
  generatedAt: string;
  regions: RegionVersions[];
}

const HISTORY = 10;

export async function versionAvailability(db: Kysely<DB>, now: Date): Promise<VersionAvailability> {
  const [regions, targets] = await Promise.all([
    db.selectFrom('region').select(['code', 'name']).orderBy('code').execute(),
    db
      .selectFrom('rollout_target')
      .innerJoin('rollout', 'rollout.id', 'rollout_target.rollout_id')
      .innerJoin('release', 'release.id', 'rollout.release_id')
      .select([
        'rollout_target.region_code',
        'rollout_target.state',
        'rollout_target.service_starts_at',
        'rollout_target.service_ends_at',
        'rollout_target.database_starts_at',
        'rollout_target.database_ends_at',
        'rollout_target.service_done_at',
        'release.version',
        'release.database_version',
        'release.kind',
        'release.release_notes_url',
      ])
      .where('rollout_target.first_release', '=', 0)
      .where('rollout_target.state', 'not in', ['cancelled', 'halted'])
      .execute(),
  ]);
  // A window that has ended without the service part done is overdue (an incident says so), not scheduled.
  const nowIso = now.toISOString();
  return {
    generatedAt: nowIso,
    regions: regions.map((r) => {
      const mine = targets.filter((t) => t.region_code === r.code);
      const done = mine
        .filter((t) => t.service_done_at && t.state !== 'failed')
        .sort((a, b) => b.service_done_at!.localeCompare(a.service_done_at!));
      const next = mine
        .filter(
          (t) =>
            !t.service_done_at && (t.state === 'planned' || t.state === 'in_progress') && t.service_ends_at > nowIso,
        )
        .sort((a, b) => a.service_starts_at.localeCompare(b.service_starts_at))[0];
      const running = done[0];
      return {
        code: r.code,
        name: r.name,
        running: running
          ? {
              version: running.version,
              databaseVersion: running.database_version,
              kind: running.kind,
              since: running.service_done_at!,
              releaseNotesUrl: running.release_notes_url,
            }
          : null,
        scheduled: next
          ? {
              version: next.version,
              kind: next.kind,
              serviceStartsAt: next.service_starts_at,
              serviceEndsAt: next.service_ends_at,
              databaseStartsAt: next.database_starts_at,
              databaseEndsAt: next.database_ends_at,
              releaseNotesUrl: next.release_notes_url,
            }
          : null,
        history: done.slice(0, HISTORY).map((t) => ({
          version: t.version,
          kind: t.kind,
          since: t.service_done_at!,
          releaseNotesUrl: t.release_notes_url,
        })),
      };
    }),
  };
}
