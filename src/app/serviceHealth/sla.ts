// Monthly uptime per service per tenant, measured from the impact of the incidents that touched
// the tenant's environments, and service-credit claims: an org admin claims, the claim keeps what
// was measured, an operator approves or rejects it with a reason.
import type { Kysely } from 'kysely';
import { canManageTenant, canReadTenant, isOperator, type Actor } from '../../domain/actor.js';
import { impactIntervals } from '../../domain/incidents.js';
import {
  claimWindowProblem,
  creditFor,
  isMonth,
  monthRange,
  roundUptime,
  uptimeOver,
  type Uptime,
} from '../../domain/sla.js';
import type { HeraldConfig } from '../../config.js';
import { conflict, forbidden, invalid, notFound, words } from '../../errors.js';
import type { ClaimStatus, DB, SlaClaimTable } from '../../store/schema.js';
import { fromJson, newId, toJson } from '../../store/values.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from '../directory/check.js';
import { pageOf, type Page, type PageRequest } from '../directory/paging.js';
import { serviceNames } from './readIncidents.js';

export interface ServiceUptime extends Uptime {
  serviceId: string;
  service: string;
  month: string;
  creditPercent: number;
  incidentIds: string[];
}

/**
 * Measures one tenant's uptime of one service over a month (up to `now` while the month runs).
 * Only incidents count — advisories are, by definition, of limited impact.
 */
export async function measureUptime(
  db: Kysely<DB>,
  config: HeraldConfig,
  tenantId: string,
  serviceId: string,
  month: string,
  now: Date,
): Promise<Omit<ServiceUptime, 'service'>> {
  const { from, to } = monthRange(month);
  const end = Math.min(to.getTime(), Math.max(now.getTime(), from.getTime()));
  const incidents = (
    await db
      .selectFrom('incident')
      .select(['id', 'status', 'start_at', 'end_at', 'service_ids'])
      .where('classification', '=', 'incident')
      .where('start_at', '<', to.toISOString())
      .where((eb) => eb.or([eb('end_at', 'is', null), eb('end_at', '>', from.toISOString())]))
      .where('id', 'in', (eb) =>
        eb.selectFrom('incident_environment').select('incident_id').where('tenant_id', '=', tenantId),
      )
      .execute()
  ).filter((i) => fromJson<string[]>(i.service_ids, []).includes(serviceId));
  const posts = incidents.length
    ? await db
        .selectFrom('incident_post')
        .select(['incident_id', 'created_at', 'status'])
        .where(
          'incident_id',
          'in',
          incidents.map((i) => i.id),
        )
        .execute()
    : [];
  const counted: string[] = [];
  const intervals = incidents.flatMap((i) => {
    const own = impactIntervals(
      { startAt: i.start_at, endAt: i.end_at, status: i.status },
      posts.filter((p) => p.incident_id === i.id).map((p) => ({ at: p.created_at, status: p.status })),
      now,
    ).filter((r) => r.end > from.getTime() && r.start < end);
    if (own.length) counted.push(i.id);
    return own;
  });
  const uptime = uptimeOver(intervals, from.getTime(), end, config.slaDegradationWeight);
  const percent = roundUptime(uptime.percent);
  return {
    ...uptime,
    percent,
    serviceId,
    month,
    creditPercent: creditFor(percent, config.slaCreditTiers),
    incidentIds: counted.sort(),
  };
}

function checkMonth(month: string, field: string): void {
  if (!isMonth(month)) throw invalid(field, 'problem.month.invalid');
}

/** Uptime of every service the tenant's environments run, for one month. */
/** A month's uptime as the SLA screen shows it: whether the figure is final, and whether it can be claimed now. */
export interface TenantUptime extends ServiceUptime {
  /** false while the month runs: the uptime and credit so far, not yet what a claim uses. */
  final: boolean;
  /** A credit is owed and the claim window is open (a claim may still exist). */
  claimable: boolean;
}

export async function tenantUptime(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  month: string,
): Promise<TenantUptime[]> {
  if (!canReadTenant(actor, tenantId)) throw notFound('tenant', tenantId);
  checkMonth(month, 'query.month');
  const db = ctx.database.db;
  const [used, names] = await Promise.all([
    db
      .selectFrom('environment_service')
      .innerJoin('environment', 'environment.id', 'environment_service.environment_id')
      .select('environment_service.service_id')
      .distinct()
      .where('environment.tenant_id', '=', tenantId)
      .execute(),
    serviceNames(db),
  ]);
  const now = ctx.now();
  const rows = await Promise.all(used.map((u) => measureUptime(db, ctx.config, tenantId, u.service_id, month, now)));
  const final = now.getTime() >= monthRange(month).to.getTime();
  const windowOpen = claimWindowProblem(month, now, ctx.config.slaClaimWindowDays) === null;
  return rows
    .map((r) => ({
      ...r,
      service: names.get(r.serviceId) ?? r.serviceId,
      final,
      claimable: windowOpen && r.creditPercent > 0,
    }))
    .sort((a, b) => a.service.localeCompare(b.service));
}

export async function claimCredit(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  input: { month: string; serviceId: string },
): Promise<SlaClaimTable> {
  if (!canReadTenant(actor, tenantId)) throw notFound('tenant', tenantId);
  if (!canManageTenant(actor, tenantId) || actor.kind !== 'person') throw forbidden('problem.sla.orgAdminsClaim');
  const claimant = actor.personId;
  checkMonth(input.month, 'body.month');
  new InputCheck().require('body.serviceId', input.serviceId).done();
  return runCommand(ctx, actor, async (s) => {
    // Claims of one tenant take turns: the check for an earlier claim of the same month holds.
    await s.lock('tenant', tenantId);
    const service = await s.trx
      .selectFrom('service')
      .select(['id', 'name'])
      .where('id', '=', input.serviceId)
      .executeTakeFirst();
    if (!service) throw invalid('body.serviceId', 'problem.services.notKnown');
    const closed = claimWindowProblem(input.month, s.now, ctx.config.slaClaimWindowDays);
    if (closed) throw conflict(closed, 'body.month');
    const existing = await s.trx
      .selectFrom('sla_claim')
      .select(['id', 'status'])
      .where('tenant_id', '=', tenantId)
      .where('service_id', '=', service.id)
      .where('month', '=', input.month)
      .executeTakeFirst();
    if (existing)
      throw conflict(
        words('problem.sla.alreadyClaimed', {
          service: service.name,
          month: input.month,
          id: existing.id,
          status: existing.status,
        }),
        'body.month',
      );
    const measured = await measureUptime(s.trx, ctx.config, tenantId, service.id, input.month, s.now);
    if (!measured.incidentIds.length) {
      throw conflict(words('problem.sla.noIncident', { service: service.name, month: input.month }), 'body.month');
    }
    if (measured.creditPercent === 0) {
      const threshold = Math.max(...ctx.config.slaCreditTiers.map((t) => t.below));
      throw conflict(
        words('problem.sla.aboveThreshold', {
          service: service.name,
          percent: measured.percent,
          month: input.month,
          threshold,
        }),
        'body.month',
      );
    }
    const claim: SlaClaimTable = {
      id: newId(),
      tenant_id: tenantId,
      service_id: service.id,
      month: input.month,
      uptime_percent: measured.percent,
      downtime_minutes: Math.round(measured.downtimeMinutes * 100) / 100,
      degraded_minutes: Math.round(measured.degradedMinutes * 100) / 100,
      incident_ids: toJson(measured.incidentIds),
      credit_percent: measured.creditPercent,
      status: 'pending',
      decision_reason: null,
      claimed_by: claimant,
      decided_by: null,
      decided_at: null,
      created_at: s.nowIso,
    };
    await s.trx.insertInto('sla_claim').values(claim).execute();
    await s.audit({ action: 'sla_claim.filed', entityType: 'sla_claim', entityId: claim.id, tenantId, after: claim });
    s.changed({ tenantIds: [tenantId], topic: 'sla' });
    return claim;
  });
}

export async function decideClaim(
  ctx: AppContext,
  actor: Actor,
  claimId: string,
  input: { decision: 'approved' | 'rejected'; reason: string },
): Promise<SlaClaimTable> {
  if (!isOperator(actor)) {
    const claim = await ctx.database.db
      .selectFrom('sla_claim')
      .select('tenant_id')
      .where('id', '=', claimId)
      .executeTakeFirst();
    if (!claim || !canReadTenant(actor, claim.tenant_id)) throw notFound('claim', claimId);
    throw forbidden('problem.sla.operatorsDecide');
  }
  new InputCheck().require('body.reason', input.reason).done();
  return runCommand(ctx, actor, async (s) => {
    const before = await s.lock('sla_claim', claimId);
    if (!before) throw notFound('claim', claimId);
    if (before.status !== 'pending')
      throw conflict(
        words('problem.sla.decided', { id: claimId, status: before.status, at: String(before.decided_at) }),
        'body.decision',
      );
    const after: SlaClaimTable = {
      ...before,
      status: input.decision,
      decision_reason: input.reason.trim(),
      decided_by: s.actor.kind === 'person' ? s.actor.personId : null,
      decided_at: s.nowIso,
    };
    await s.trx.updateTable('sla_claim').set(after).where('id', '=', claimId).execute();
    await s.audit({
      action: `sla_claim.${input.decision}`,
      entityType: 'sla_claim',
      entityId: claimId,
      tenantId: before.tenant_id,
      before,
      after,
    });
    const service = await s.trx
      .selectFrom('service')
      .select('name')
      .where('id', '=', before.service_id)
      .executeTakeFirst();
    await s.publish({
      type: 'sla.claim_decided',
      key: `sla_claim:${claimId}:decided`,
      subject: { type: 'sla_claim', id: claimId },
      tenantId: before.tenant_id,
      scope: { tenantIds: [before.tenant_id], personIds: [before.claimed_by] },
      payload: {
        title: `Service credit for ${service?.name ?? before.service_id}, ${before.month}: ${input.decision}`,
        summary: after.decision_reason,
        status: input.decision,
        month: before.month,
        services: [service?.name ?? before.service_id],
        uptimePercent: before.uptime_percent,
        creditPercent: before.credit_percent,
        url: `${ctx.config.publicUrl}/service-health/sla`,
      },
    });
    s.changed({ tenantIds: [before.tenant_id], topic: 'sla' });
    return after;
  });
}

export async function listTenantClaims(
  ctx: AppContext,
  actor: Actor,
  tenantId: string,
  page: PageRequest,
): Promise<Page<SlaClaimTable>> {
  if (!canReadTenant(actor, tenantId)) throw notFound('tenant', tenantId);
  return pageOf(
    ctx.database.db
      .selectFrom('sla_claim')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at', 'desc')
      .orderBy('id'),
    page,
  );
}

export async function listAllClaims(
  ctx: AppContext,
  actor: Actor,
  filter: PageRequest & { status?: ClaimStatus },
): Promise<Page<SlaClaimTable>> {
  if (!isOperator(actor))
    throw forbidden(words('problem.sla.listScope', { path: '/api/tenants/{tenantId}/sla-claims' }));
  let q = ctx.database.db.selectFrom('sla_claim').selectAll();
  if (filter.status) q = q.where('status', '=', filter.status);
  return pageOf(q.orderBy('created_at').orderBy('id'), filter);
}
