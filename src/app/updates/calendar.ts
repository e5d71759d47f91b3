// A tenant's iCal feed of upcoming maintenance and update windows. Calendar apps cannot send an
// Authorization header, so besides a bearer token the feed answers to a secret per-tenant URL
// token, which an org admin can rotate (the old URL then stops working). Only its hash is kept.
import ical, { ICalEventStatus } from 'ical-generator';
import { canManageTenant, canReadTenant, type Actor } from '../../domain/actor.js';
import { describeImpact } from '../../domain/maintenance.js';
import { forbidden, notFound, unauthenticated } from '../../errors.js';
import { hashSecret, newSecret } from '../../store/credentials.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { visibilityOf, type Visibility } from './maintenance.js';
import { tenantMaintenance } from './schedule.js';

const DAY_MS = 86_400_000;
/** The feed looks this far back and ahead: recent past for context, the year to come for planning. */
const PAST_DAYS = 30;
const AHEAD_DAYS = 366;

export const calendarUrl = (ctx: AppContext, tenantId: string, token: string): string =>
  `${ctx.config.publicUrl}/api/tenants/${encodeURIComponent(tenantId)}/calendar.ics?token=${encodeURIComponent(token)}`;

/** A new secret URL for the tenant's feed; shown once. */
export async function rotateCalendarToken(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
): Promise<{ url: string; createdAt: string }> {
  if (!canReadTenant(actor, tenantId)) throw notFound('tenant', tenantId);
  if (!canManageTenant(actor, tenantId)) throw forbidden('problem.calendar.orgAdminsOnly');
  return runCommand(ctx, actor, async (s) => {
    if (!(await s.trx.selectFrom('tenant').select('id').where('id', '=', tenantId).executeTakeFirst()))
      throw notFound('tenant', tenantId);
    const token = newSecret('hcal_');
    await s.trx
      .insertInto('calendar_feed')
      .values({ tenant_id: tenantId, token_hash: hashSecret(token), created_at: s.nowIso })
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ token_hash: hashSecret(token), created_at: s.nowIso }))
      .execute();
    await s.audit({ action: 'calendar.token_rotated', entityType: 'tenant', entityId: tenantId, tenantId });
    return { url: calendarUrl(ctx, tenantId, token), createdAt: s.nowIso };
  });
}

/** Who is reading: the secret URL reads as the whole tenant; a signed-in person sees what they may. */
async function readerVisibility(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  token: string | undefined,
): Promise<Visibility | null> {
  if (token !== undefined) {
    const feed = await ctx.database.db
      .selectFrom('calendar_feed')
      .select('tenant_id')
      .where('token_hash', '=', hashSecret(token))
      .executeTakeFirst();
    if (!feed || feed.tenant_id !== tenantId) throw notFound('calendar', tenantId);
    return { orgTenantIds: [tenantId], environmentIds: [] };
  }
  if (actor.kind === 'anonymous') throw unauthenticated('problem.calendar.signIn');
  if (!canReadTenant(actor, tenantId)) throw notFound('tenant', tenantId);
  return visibilityOf(actor);
}

/** Update windows (service, then database 24 h later) of rollouts that reach the reader's environments. */
async function updateWindows(
  ctx: AppContext,
  tenantId: string,
  visible: Visibility | null,
  fromIso: string,
  toIso: string,
) {
  let q = ctx.database.db
    .selectFrom('rollout_environment as re')
    .innerJoin('rollout_target as t', (j) =>
      j
        .onRef('t.rollout_id', '=', 're.rollout_id')
        .onRef('t.station', '=', 're.station')
        .onRef('t.region_code', '=', 're.region_code'),
    )
    .innerJoin('rollout as r', 'r.id', 're.rollout_id')
    .innerJoin('release as rel', 'rel.id', 'r.release_id')
    .select([
      't.rollout_id',
      't.station',
      't.region_code',
      't.state',
      't.service_starts_at',
      't.service_ends_at',
      't.database_starts_at',
      't.database_ends_at',
      'rel.title',
      'rel.release_notes_url',
    ])
    .distinct()
    .where('re.tenant_id', '=', tenantId)
    .where('t.state', '!=', 'cancelled')
    .where('t.database_ends_at', '>', fromIso)
    .where('t.service_starts_at', '<', toIso);
  if (visible && !visible.orgTenantIds.includes(tenantId))
    q = q.where('re.environment_id', 'in', visible.environmentIds.length ? visible.environmentIds : ['']);
  return q.orderBy('t.service_starts_at').execute();
}

export async function tenantCalendar(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  token: string | undefined,
): Promise<string> {
  const visible = await readerVisibility(ctx, actor, tenantId, token);
  const tenant = await ctx.database.db
    .selectFrom('tenant')
    .select(['id', 'name'])
    .where('id', '=', tenantId)
    .executeTakeFirst();
  if (!tenant) throw notFound('tenant', tenantId);
  const now = ctx.now().getTime();
  const from = new Date(now - PAST_DAYS * DAY_MS);
  const to = new Date(now + AHEAD_DAYS * DAY_MS);
  const calendar = ical({
    name: `${tenant.name}: maintenance and updates`,
    prodId: { company: 'Herald', product: 'maintenance-calendar' },
  });
  for (const v of await tenantMaintenance(ctx, tenantId, visible, { from, to }, true)) {
    const m = v.maintenance;
    for (const w of v.windows) {
      calendar.createEvent({
        id: `maintenance-${m.id}-${w.region_code}@herald`,
        start: new Date(w.starts_at),
        end: new Date(w.ends_at),
        summary: `${m.kind === 'unplanned' ? 'Unplanned maintenance' : m.kind === 'security' ? 'Security maintenance' : 'Planned maintenance'}: ${m.title} (${w.region_code})`,
        description: [
          m.description,
          `Expected impact: ${describeImpact(m.impact)}; about ${m.duration_minutes} minutes.`,
          `Environments: ${v.environments
            .filter((e) => e.region === w.region_code)
            .map((e) => e.name)
            .join(', ')}`,
        ]
          .filter(Boolean)
          .join('\n'),
        status: m.state === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        url: `${ctx.config.publicUrl}/maintenance/${m.id}`,
      });
    }
  }
  for (const t of await updateWindows(ctx, tenantId, visible, from.toISOString(), to.toISOString())) {
    const id = `update-${t.rollout_id}-${t.station}-${t.region_code}`;
    const status = t.state === 'halted' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED;
    const description = `Release notes: ${t.release_notes_url}`;
    calendar.createEvent({
      id: `${id}-service@herald`,
      start: new Date(t.service_starts_at),
      end: new Date(t.service_ends_at),
      summary: `${t.title}: service update (${t.region_code})`,
      description,
      status,
    });
    calendar.createEvent({
      id: `${id}-database@herald`,
      start: new Date(t.database_starts_at),
      end: new Date(t.database_ends_at),
      summary: `${t.title}: database update (${t.region_code})`,
      description,
      status,
    });
  }
  return calendar.toString();
}
