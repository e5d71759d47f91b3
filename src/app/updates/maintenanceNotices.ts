// What a maintenance tells, and to whom (src/domain/policies.ts turns each event into people):
// the advance notice of planned work with impact (maintenance.scheduled plus a Message Center
// post), the "Unplanned Maintenance" email (maintenance.unplanned), and the follow-ups once people
// know of it (maintenance.updated, a new key per change; maintenance.cancelled). Work without
// impact, security mitigations included, tells nobody.
import { announcementTitle, describeImpact } from '../../domain/maintenance.js';
import { formatWindowInZone } from '../../domain/windows.js';
import type { MaintenanceTable, MaintenanceWindowTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import type { CommandScope } from '../command.js';
import { insertMessage } from '../messages/insertMessage.js';

export interface MaintenanceRecord {
  maintenance: MaintenanceTable;
  windows: MaintenanceWindowTable[];
  /** The affected environments, resolved from the regions, the filter and the services. */
  environmentIds: string[];
}

const utcText = (w: MaintenanceWindowTable): string =>
  formatWindowInZone({ start: new Date(w.starts_at), end: new Date(w.ends_at) }, 'UTC', 'en-GB');

async function serviceNames(s: CommandScope, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await s.trx.selectFrom('service').select(['id', 'name']).where('id', 'in', ids).execute();
  return ids.map((id) => rows.find((r) => r.id === id)?.name ?? id);
}

/** The fields every template reads (src/domain/events.ts), plus what the policy decides on: kind and impact. */
async function payloadOf(s: CommandScope, rec: MaintenanceRecord): Promise<Record<string, unknown>> {
  const m = rec.maintenance;
  const live = rec.windows.filter((w) => w.state !== 'cancelled');
  const windows = live.length ? live : rec.windows;
  return {
    title: announcementTitle(m.kind, m.title),
    summary: m.description || `${announcementTitle(m.kind, m.title)}: ${describeImpact(m.impact)}.`,
    kind: m.kind,
    impact: m.impact,
    status: m.state,
    startsAt: windows.map((w) => w.starts_at).sort()[0],
    endsAt: windows
      .map((w) => w.ends_at)
      .sort()
      .at(-1),
    durationMinutes: m.duration_minutes,
    regions: windows.map((w) => w.region_code),
    windows: windows.map((w) => ({ region: w.region_code, startsAt: w.starts_at, endsAt: w.ends_at })),
    services: await serviceNames(s, fromJson<string[]>(m.services, [])),
    url: `${s.ctx.config.publicUrl}/maintenance/${m.id}`,
    category: m.kind === 'unplanned' ? 'unplanned_maintenance' : 'planned_maintenance',
  };
}

const subject = (m: MaintenanceTable) => ({ type: 'maintenance', id: m.id });

/**
 * The Message Center post of planned work with impact; posted again on a change, which updates it
 * (a moved date tells its readers again). A cancellation only marks it, keeping its dates, so the
 * post stays true without a second notice besides maintenance.cancelled.
 */
async function postNotice(s: CommandScope, rec: MaintenanceRecord, cancelled = false): Promise<void> {
  const m = rec.maintenance;
  if (!rec.environmentIds.length) return;
  const live = cancelled ? rec.windows : rec.windows.filter((w) => w.state !== 'cancelled');
  const body = [
    ...(cancelled ? ['**This maintenance has been cancelled: it will not take place.**', ''] : []),
    `${m.description ? `${m.description}\n\n` : ''}Expected impact: ${describeImpact(m.impact)}, for about ${m.duration_minutes} minutes within the window of each region:`,
    '',
    ...live.map((w) => `- ${w.region_code}: ${utcText(w)}`),
    '',
    'To report an issue found while validating after the work, file a support ticket: its title will carry "Planned Maintenance Window".',
  ].join('\n');
  await insertMessage(s, {
    key: `maintenance:${m.id}`,
    title: `${cancelled ? 'Cancelled: ' : ''}${announcementTitle(m.kind, m.title)}`,
    body,
    category: 'planForChange',
    severity: m.impact === 'downtime' ? 'high' : 'normal',
    tags: ['User impact', 'Admin impact'],
    isMajorChange: false,
    actionRequiredBy: null,
    services: fromJson<string[]>(m.services, []),
    startsAt: live.map((w) => w.starts_at).sort()[0]!,
    endsAt: live
      .map((w) => w.ends_at)
      .sort()
      .at(-1)!,
    audience: { environmentIds: rec.environmentIds },
    details: [{ name: 'Impact', value: m.impact }],
  });
}

/**
 * Work started or completed inside its window in these regions: silent for people (the rules
 * maintenance-in-progress and update-completes-inside-window), but published so that webhook
 * endpoints subscribed to maintenance.started / maintenance.completed hear of it.
 */
export async function sendProgress(
  s: CommandScope,
  rec: MaintenanceRecord,
  type: 'maintenance.started' | 'maintenance.completed',
  regions: string[],
): Promise<void> {
  const m = rec.maintenance;
  const affected = await s.trx
    .selectFrom('maintenance_environment')
    .select('environment_id')
    .where('maintenance_id', '=', m.id)
    .where('region_code', 'in', regions)
    .execute();
  if (!affected.length) return;
  await s.publish({
    type,
    key: `maintenance:${m.id}:${type.slice('maintenance.'.length)}:${[...regions].sort().join(',')}`,
    subject: subject(m),
    scope: { environmentIds: affected.map((a) => a.environment_id) },
    payload: { ...(await payloadOf(s, rec)), progressRegions: regions },
  });
}

/** The advance notice of planned work with impact: due at the lead time, or at once when later. */
export async function sendNotice(s: CommandScope, rec: MaintenanceRecord): Promise<void> {
  const m = rec.maintenance;
  await s.publish({
    type: 'maintenance.scheduled',
    key: `maintenance:${m.id}:scheduled`,
    subject: subject(m),
    scope: { environmentIds: rec.environmentIds },
    payload: await payloadOf(s, rec),
  });
  await postNotice(s, rec);
  await s.trx.updateTable('maintenance').set({ notice_sent_at: s.nowIso }).where('id', '=', m.id).execute();
  m.notice_sent_at = s.nowIso;
}

/** "Your organization receives an 'Unplanned Maintenance' email", as soon as the work is known. */
export async function sendUnplanned(s: CommandScope, rec: MaintenanceRecord): Promise<void> {
  const m = rec.maintenance;
  await s.publish({
    type: 'maintenance.unplanned',
    key: `maintenance:${m.id}:unplanned`,
    subject: subject(m),
    scope: { environmentIds: rec.environmentIds },
    payload: await payloadOf(s, rec),
  });
  await s.trx.updateTable('maintenance').set({ notice_sent_at: s.nowIso }).where('id', '=', m.id).execute();
  m.notice_sent_at = s.nowIso;
}

/** A change, told to the environments affected before or now (so those dropped learn it too). */
export async function sendUpdated(
  s: CommandScope,
  rec: MaintenanceRecord,
  previouslyAffected: string[],
): Promise<void> {
  const m = rec.maintenance;
  const environmentIds = [...new Set([...previouslyAffected, ...rec.environmentIds])];
  await s.publish({
    type: 'maintenance.updated',
    key: `maintenance:${m.id}:updated:${m.revision}`,
    subject: subject(m),
    scope: { environmentIds },
    payload: { ...(await payloadOf(s, rec)), revision: m.revision },
  });
  // Planned work that was announced has its post (even if the change removed the impact).
  if (m.kind !== 'unplanned') await postNotice(s, rec);
}

export async function sendCancelled(s: CommandScope, rec: MaintenanceRecord, reason: string): Promise<void> {
  const m = rec.maintenance;
  await s.publish({
    type: 'maintenance.cancelled',
    key: `maintenance:${m.id}:cancelled`,
    subject: subject(m),
    scope: { environmentIds: rec.environmentIds },
    payload: { ...(await payloadOf(s, rec)), reason },
  });
  if (m.kind !== 'unplanned') await postNotice(s, rec, true);
}
