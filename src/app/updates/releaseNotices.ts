// What a release tells, generated rather than typed: per region, a Message Center post saying when
// the deployment reaches that region's environments (with the release notes), and for a major
// wave, when it is enabled in the region. Each is also an event, for additional recipients and
// webhooks (src/domain/policies.ts decides who hears of it). Keys make both idempotent, and
// posting again with new dates updates the post ("Updated message").
import { formatWindowInZone, type TimeWindow } from '../../domain/windows.js';
import type { ReleaseTable, RolloutTargetTable } from '../../store/schema.js';
import type { CommandScope } from '../command.js';
import { insertMessage } from '../messages/insertMessage.js';

/** "Japan (JPN)", but "US Government Community Cloud (GCC)" once: some names already carry their code. */
const regionWords = (region: { name: string; code: string }) =>
  region.name.includes(`(${region.code})`) ? region.name : `${region.name} (${region.code})`;

/** Dates in posts are read by many people in many zones: UTC, spelled out. */
const utc = (w: TimeWindow): string => formatWindowInZone(w, 'UTC', 'en-GB');

export const serviceWindowOf = (t: RolloutTargetTable): TimeWindow => ({
  start: new Date(t.service_starts_at),
  end: new Date(t.service_ends_at),
});
export const databaseWindowOf = (t: RolloutTargetTable): TimeWindow => ({
  start: new Date(t.database_starts_at),
  end: new Date(t.database_ends_at),
});

const kindWords = (release: ReleaseTable): string =>
  release.kind === 'wave'
    ? `The ${release.wave ?? 'major release wave'} update`
    : release.kind === 'security'
      ? 'The security update'
      : 'The weekly service update';

/** Services the release's features touch: what its posts are tagged with. */
export async function releaseServiceIds(s: CommandScope, releaseId: string): Promise<string[]> {
  const rows = await s.trx
    .selectFrom('release_feature')
    .select('service_id')
    .distinct()
    .where('release_id', '=', releaseId)
    .where('service_id', 'is not', null)
    .execute();
  return rows.map((r) => r.service_id!).sort();
}

/**
 * The post for one region. `whole` is the region's own target; `firstRelease` the earlier one of
 * its First Release (and, for a wave, early access) environments, when it has any.
 */
export async function announceRegion(
  s: CommandScope,
  release: ReleaseTable,
  region: { code: string; name: string },
  whole: RolloutTargetTable,
  firstRelease: RolloutTargetTable | undefined,
  serviceIds: string[],
): Promise<void> {
  const lines = [
    `${kindWords(release)} **${release.version}** reaches environments in ${regionWords(region)} during the region's maintenance window:`,
    '',
    `- service update: ${utc(serviceWindowOf(whole))}`,
    `- database update, 24 hours later: ${utc(databaseWindowOf(whole))}`,
  ];
  if (firstRelease) {
    lines.push(
      `- First Release${release.kind === 'wave' ? ' and early access' : ''} environments in the region get it earlier: ${utc(serviceWindowOf(firstRelease))}`,
    );
  }
  lines.push(
    '',
    "Nothing is sent when the update completes inside the window: the version on each environment's About page changes, and again when the background (database) part has finished.",
    '',
    `What the update contains: [release notes](${release.release_notes_url}). Versions per region: [version availability](${s.ctx.config.publicUrl}/versions#${encodeURIComponent(region.code)}).`,
  );
  const title = `${release.title} reaches ${regionWords(region)} ${utc(serviceWindowOf(whole)).split(',')[0]}`;
  await insertMessage(s, {
    key: `release:${release.id}:region:${region.code}`,
    title,
    body: lines.join('\n'),
    category: 'planForChange',
    severity: 'normal',
    tags: release.kind === 'wave' ? ['Major update', 'New feature'] : ['Feature update'],
    isMajorChange: release.kind === 'wave',
    actionRequiredBy: null,
    services: serviceIds,
    startsAt: firstRelease?.service_starts_at ?? whole.service_starts_at,
    endsAt: whole.database_ends_at,
    audience: { regionCodes: [region.code] },
    details: [
      { name: 'Release notes', value: release.release_notes_url },
      { name: 'Version', value: release.version },
      { name: 'Version availability', value: `${s.ctx.config.publicUrl}/versions#${encodeURIComponent(region.code)}` },
    ],
    releaseId: release.id,
  });
  await s.publish({
    type: 'release.region_scheduled',
    key: `release:${release.id}:region:${region.code}:${whole.service_starts_at}`,
    subject: { type: 'release', id: release.id },
    scope: { regionCodes: [region.code] },
    payload: {
      title,
      summary: lines[0],
      kind: release.kind,
      version: release.version,
      regions: [region.code],
      startsAt: whole.service_starts_at,
      endsAt: whole.database_ends_at,
      releaseNotesUrl: release.release_notes_url,
      category: 'release',
    },
  });
}

/** "Notifications about when the major release events are enabled in each geographic region." */
export async function announceWaveEnabled(
  s: CommandScope,
  release: ReleaseTable,
  region: { code: string; name: string },
  serviceIds: string[],
): Promise<void> {
  const wave = release.wave ?? release.title;
  const title = `${wave} is enabled in ${regionWords(region)}`;
  const body = [
    `The ${wave} (${release.version}) has been deployed to environments in ${regionWords(region)}.`,
    '',
    'Features with major, disruptive changes to the user experience stay off until an org admin turns them on for an environment, after testing.',
    '',
    `What is new: [release notes](${release.release_notes_url}).`,
  ].join('\n');
  await insertMessage(s, {
    key: `release:${release.id}:wave:${region.code}`,
    title,
    body,
    category: 'stayInformed',
    severity: 'normal',
    tags: ['Major update', 'New feature'],
    isMajorChange: false,
    actionRequiredBy: null,
    services: serviceIds,
    startsAt: s.nowIso,
    endsAt: null,
    audience: { regionCodes: [region.code] },
    details: [
      { name: 'Release notes', value: release.release_notes_url },
      { name: 'Version', value: release.version },
      { name: 'Version availability', value: `${s.ctx.config.publicUrl}/versions#${encodeURIComponent(region.code)}` },
    ],
    releaseId: release.id,
  });
  await s.publish({
    type: 'release.wave_enabled',
    key: `release:${release.id}:wave_enabled:${region.code}`,
    subject: { type: 'release', id: release.id },
    scope: { regionCodes: [region.code] },
    payload: {
      title,
      summary: body.split('\n')[0],
      kind: release.kind,
      version: release.version,
      regions: [region.code],
      releaseNotesUrl: release.release_notes_url,
      category: 'release',
    },
  });
}
