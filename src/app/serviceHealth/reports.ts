// Post-incident reports: operators write one for a restored major incident, publish it (the
// incident's status becomes postIncidentReviewPublished and the same audience is told), and see
// which are due and overdue. Tenants read published reports of incidents that touched them.
import { isOperator, type Actor } from '../../domain/actor.js';
import { pirRefusal, pirState, type PirState } from '../../domain/pir.js';
import { conflict, forbidden, messageOf, notFound, type Words, words } from '../../errors.js';
import type { IncidentReportTable, IncidentTable } from '../../store/schema.js';
import { newId } from '../../store/values.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from '../directory/check.js';
import { findVisibleIncident, tenantViewer, touchesViewer, viewerOf } from './access.js';
import { announceChange, publishIncidentEvent } from './incidentEvents.js';

export interface ReportInput {
  summary: string;
  userExperience: string;
  /** Defaults to the incident's start. */
  startDateTime?: string;
  /** Defaults to when the service was restored. */
  resolutionDateTime?: string;
  rootCause: string;
  nextSteps: string;
}

export interface ReportView {
  incident: IncidentTable;
  report: IncidentReportTable | null;
  /** When a report is owed; null when one was written without being owed. */
  dueAt: string | null;
  state: PirState | 'draft' | 'notStarted';
}

function stateOf(incident: IncidentTable, report: IncidentReportTable | null, now: Date): ReportView['state'] {
  if (report?.published_at) return 'published';
  if (incident.pir_due_at) return pirState(new Date(incident.pir_due_at), null, now);
  return report ? 'draft' : 'notStarted';
}

function checkTimes(input: Partial<ReportInput>) {
  const iso = (v: string): Words | null =>
    /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v)) ? null : 'problem.isoDateTime';
  return new InputCheck()
    .field('body.startDateTime', input.startDateTime, iso)
    .field('body.resolutionDateTime', input.resolutionDateTime, iso);
}

async function requireOperatorOn(ctx: AppContext, actor: Actor, incidentId: string): Promise<void> {
  if (isOperator(actor)) return;
  await findVisibleIncident(ctx.database.db, viewerOf(actor), incidentId);
  throw forbidden('problem.reports.operatorsOnly');
}

/** Writes or rewrites the report (a draft until published; corrections after publishing are audited). */
export async function writeReport(
  ctx: AppContext,
  actor: Actor,
  incidentId: string,
  input: ReportInput,
): Promise<ReportView> {
  await requireOperatorOn(ctx, actor, incidentId);
  checkTimes(input)
    .require('body.summary', input.summary)
    .require('body.userExperience', input.userExperience)
    .require('body.rootCause', input.rootCause)
    .require('body.nextSteps', input.nextSteps)
    .done();
  return runCommand(ctx, actor, async (s) => {
    const incident = await s.lock('incident', incidentId);
    if (!incident) throw notFound('incident', incidentId);
    const refusal = pirRefusal({
      classification: incident.classification,
      severity: incident.severity,
      tenantCount: incident.tenant_count,
    });
    if (refusal) throw conflict(words('problem.reports.refused', { id: incidentId, reason: messageOf(refusal) }));
    if (incident.status === 'falsePositive') throw conflict(words('problem.reports.falsePositive', { id: incidentId }));
    if (!incident.is_resolved || !incident.end_at) throw conflict(words('problem.reports.ongoing', { id: incidentId }));
    const before = await s.trx
      .selectFrom('incident_report')
      .selectAll()
      .where('incident_id', '=', incidentId)
      .executeTakeFirst();
    const report: IncidentReportTable = {
      incident_id: incidentId,
      summary: input.summary.trim(),
      user_experience: input.userExperience.trim(),
      start_at: input.startDateTime ? new Date(input.startDateTime).toISOString() : incident.start_at,
      resolution_at: input.resolutionDateTime ? new Date(input.resolutionDateTime).toISOString() : incident.end_at,
      root_cause: input.rootCause.trim(),
      next_steps: input.nextSteps.trim(),
      published_at: before?.published_at ?? null,
      written_by: s.actor.kind === 'person' ? s.actor.personId : null,
      created_at: before?.created_at ?? s.nowIso,
      updated_at: s.nowIso,
    };
    if (report.resolution_at < report.start_at)
      new InputCheck().add('body.resolutionDateTime', 'problem.beforeStart').done();
    if (before) await s.trx.updateTable('incident_report').set(report).where('incident_id', '=', incidentId).execute();
    else await s.trx.insertInto('incident_report').values(report).execute();
    await s.audit({
      action: before ? 'incident_report.updated' : 'incident_report.written',
      entityType: 'incident_report',
      entityId: incidentId,
      tenantId: null,
      before,
      after: report,
    });
    if (report.published_at) announceChange(s, incident, true, []);
    return { incident, report, dueAt: incident.pir_due_at, state: stateOf(incident, report, s.now) };
  });
}

/** Publishes the report: the incident moves to postIncidentReviewPublished and everyone told before hears of it. */
export async function publishReport(ctx: AppContext, actor: Actor, incidentId: string): Promise<ReportView> {
  await requireOperatorOn(ctx, actor, incidentId);
  return runCommand(ctx, actor, async (s) => {
    const before = await s.lock('incident', incidentId);
    if (!before) throw notFound('incident', incidentId);
    const draft = await s.trx
      .selectFrom('incident_report')
      .selectAll()
      .where('incident_id', '=', incidentId)
      .executeTakeFirst();
    if (!draft) throw conflict(words('problem.reports.noDraft', { id: incidentId }));
    if (draft.published_at)
      throw conflict(words('problem.reports.published', { id: incidentId, at: draft.published_at }));
    const report: IncidentReportTable = { ...draft, published_at: s.nowIso, updated_at: s.nowIso };
    const incident: IncidentTable = {
      ...before,
      status: 'postIncidentReviewPublished',
      last_post_at: s.nowIso,
      updated_at: s.nowIso,
    };
    await s.trx.updateTable('incident_report').set(report).where('incident_id', '=', incidentId).execute();
    await s.trx.updateTable('incident').set(incident).where('id', '=', incidentId).execute();
    await s.trx
      .insertInto('incident_post')
      .values({
        id: newId(),
        incident_id: incidentId,
        post_type: 'strategic',
        status: 'postIncidentReviewPublished',
        description: `The post-incident report is published. Summary: ${report.summary}`,
        notified: 1,
        author_id: s.actor.kind === 'person' ? s.actor.personId : null,
        author_label: s.actor.kind === 'person' ? s.actor.name : 'Herald',
        created_at: s.nowIso,
      })
      .execute();
    await s.audit({
      action: 'incident_report.published',
      entityType: 'incident_report',
      entityId: incidentId,
      tenantId: null,
      before: draft,
      after: report,
    });
    await publishIncidentEvent(s, incident, 'incident.pir_published', `incident:${incidentId}:pir`, {
      summary: report.summary,
      rootCause: report.root_cause,
      nextSteps: report.next_steps,
      reportUrl: `${ctx.config.publicUrl}/api/incidents/${incidentId}/report.html`,
    });
    const tenants = await s.trx
      .selectFrom('incident_environment')
      .select('tenant_id')
      .distinct()
      .where('incident_id', '=', incidentId)
      .execute();
    announceChange(
      s,
      incident,
      true,
      tenants.map((t) => t.tenant_id),
    );
    return { incident, report, dueAt: incident.pir_due_at, state: 'published' };
  });
}

/** The report of an incident the actor can see: tenants only once it is published. */
export async function getReport(ctx: AppContext, actor: Actor, incidentId: string): Promise<ReportView> {
  const viewer = viewerOf(actor);
  const incident = await findVisibleIncident(ctx.database.db, viewer, incidentId);
  const report = await ctx.database.db
    .selectFrom('incident_report')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
  if (!report || (!isOperator(actor) && !report.published_at)) throw notFound('postIncidentReport', incidentId);
  return { incident, report, dueAt: incident.pir_due_at, state: stateOf(incident, report, ctx.now()) };
}

/**
 * The languages a report is read in, best first: the one asked for (`?lang=`), the reader's own,
 * their tenant's default, the provider's (DEFAULT_LOCALE); `readerTranslator` takes the first it
 * speaks. Times are in the reader's zone (UTC for callers who are not a person).
 */
export async function reportReader(
  ctx: AppContext,
  actor: Actor,
  asked?: string,
): Promise<{ wishes: (string | null | undefined)[]; timeZone: string }> {
  if (actor.kind !== 'person') return { wishes: [asked, ctx.config.defaultLocale], timeZone: 'UTC' };
  const home = [...actor.orgAdminOf, ...actor.systemAdminOf.values(), ...(actor.memberOf?.values() ?? [])][0];
  const tenant = home
    ? await ctx.database.db.selectFrom('tenant').select('locale').where('id', '=', home).executeTakeFirst()
    : undefined;
  return { wishes: [asked, actor.locale, tenant?.locale, ctx.config.defaultLocale], timeZone: actor.timeZone };
}

/**
 * Operators: every report owed or written, with its state (due, dueSoon, overdue, draft,
 * published), soonest due first. Tenants (with `tenantId`): every published report of an
 * incident that touched them.
 */
export async function listReports(
  ctx: AppContext,
  actor: Actor,
  filter: { tenantId?: string; state?: ReportView['state'] },
): Promise<ReportView[]> {
  const db = ctx.database.db;
  if (!filter.tenantId && !isOperator(actor))
    throw forbidden(words('problem.reports.listScope', { path: '/api/tenants/{tenantId}/incident-reports' }));
  const viewer = filter.tenantId ? tenantViewer(actor, filter.tenantId) : viewerOf(actor);
  const published = !isOperator(actor);
  let q = db
    .selectFrom('incident')
    .selectAll()
    .where(touchesViewer(viewer))
    .where((eb) =>
      eb.or([eb('pir_due_at', 'is not', null), eb('id', 'in', eb.selectFrom('incident_report').select('incident_id'))]),
    );
  if (published)
    q = q.where('id', 'in', (eb) =>
      eb.selectFrom('incident_report').select('incident_id').where('published_at', 'is not', null),
    );
  const incidents = await q.orderBy('pir_due_at').orderBy('start_at', 'desc').execute();
  const reports = incidents.length
    ? await db
        .selectFrom('incident_report')
        .selectAll()
        .where(
          'incident_id',
          'in',
          incidents.map((i) => i.id),
        )
        .execute()
    : [];
  const now = ctx.now();
  return incidents
    .map((incident) => {
      const report = reports.find((r) => r.incident_id === incident.id) ?? null;
      return { incident, report, dueAt: incident.pir_due_at, state: stateOf(incident, report, now) };
    })
    .filter((v) => !filter.state || v.state === filter.state);
}
