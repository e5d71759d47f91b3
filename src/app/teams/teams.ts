// Product teams (operators only): a team, its on-call routes, the services it owns, the pages it
// received and their acknowledgement. Acknowledging is audited and tells the team's webhook
// event_action "acknowledge" for the same dedup_key, through the outbox.
import { isOperator, type Actor } from '../../domain/actor.js';
import { checkEmail, normaliseEmail } from '../../domain/directory.js';
import { checkTarget, systemResolver } from '../../delivery/channels/targets.js';
import { conflict, forbidden, invalid, notFound, words } from '../../errors.js';
import type { ProductTeamTable, TeamPageTable } from '../../store/schema.js';
import { flag, newId } from '../../store/values.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';

function requireOperator(actor: Actor): void {
  if (!isOperator(actor)) throw forbidden('problem.teams.operatorsOnly');
}

export interface TeamInput {
  name: string;
  email?: string | null;
  webhookUrl?: string | null;
  routingKey?: string | null;
  pagesForDelivery?: boolean;
}

export async function createTeam(ctx: AppContext, actor: Actor, input: TeamInput): Promise<ProductTeamTable> {
  requireOperator(actor);
  const name = input.name.trim();
  if (!name) throw invalid('body.name', 'problem.isEmpty');
  const email = input.email ? normaliseEmail(input.email) : null;
  if (email) {
    const problem = checkEmail(email);
    if (problem) throw invalid('body.email', problem);
  }
  if (input.webhookUrl) {
    const problem = await checkTarget(input.webhookUrl, {
      allowPrivate: ctx.config.allowPrivateWebhookTargets,
      resolve: systemResolver,
    });
    if (problem) throw invalid('body.webhookUrl', problem);
    if (!input.routingKey) throw invalid('body.routingKey', 'problem.teams.routingKey');
  }
  if (!email && !input.webhookUrl) throw invalid('body.email', 'problem.teams.route');
  return runCommand(ctx, actor, async (s) => {
    if (await s.trx.selectFrom('product_team').select('id').where('name', '=', name).executeTakeFirst())
      throw conflict('problem.teams.nameTaken', 'body.name');
    const row: ProductTeamTable = {
      id: newId(),
      name,
      email,
      webhook_url: input.webhookUrl ?? null,
      routing_key: input.routingKey ?? null,
      pages_for_delivery: flag(input.pagesForDelivery ?? false),
      created_at: s.nowIso,
      updated_at: s.nowIso,
    };
    await s.trx.insertInto('product_team').values(row).execute();
    await s.audit({
      action: 'team.created',
      entityType: 'product_team',
      entityId: row.id,
      tenantId: null,
      after: { ...row, routing_key: row.routing_key ? '…' : null },
    });
    return row;
  });
}

export async function listTeams(ctx: AppContext, actor: Actor): Promise<(ProductTeamTable & { services: string[] })[]> {
  requireOperator(actor);
  const db = ctx.database.db;
  const [teams, owners] = await Promise.all([
    db.selectFrom('product_team').selectAll().orderBy('name').execute(),
    db.selectFrom('service_owner').selectAll().execute(),
  ]);
  return teams.map((t) => ({
    ...t,
    services: owners
      .filter((o) => o.team_id === t.id)
      .map((o) => o.service_id)
      .sort(),
  }));
}

/** The team that owns a service: paged when its updates go wrong or its incidents go silent. */
export async function setServiceOwner(ctx: AppContext, actor: Actor, serviceId: string, teamId: string): Promise<void> {
  requireOperator(actor);
  await runCommand(ctx, actor, async (s) => {
    if (!(await s.trx.selectFrom('service').select('id').where('id', '=', serviceId).executeTakeFirst()))
      throw notFound('service', serviceId);
    if (!(await s.trx.selectFrom('product_team').select('id').where('id', '=', teamId).executeTakeFirst()))
      throw notFound('team', teamId, 'body.teamId');
    const before = await s.trx
      .selectFrom('service_owner')
      .selectAll()
      .where('service_id', '=', serviceId)
      .executeTakeFirst();
    if (before)
      await s.trx.updateTable('service_owner').set({ team_id: teamId }).where('service_id', '=', serviceId).execute();
    else await s.trx.insertInto('service_owner').values({ service_id: serviceId, team_id: teamId }).execute();
    await s.audit({
      action: 'service.owner_set',
      entityType: 'service',
      entityId: serviceId,
      tenantId: null,
      before: before ?? null,
      after: { service_id: serviceId, team_id: teamId },
    });
  });
}

export interface PageView extends TeamPageTable {
  team_name: string;
}

/** Who was paged (for one incident, or all), newest first. */
export async function listPages(ctx: AppContext, actor: Actor, filter: { incidentId?: string }): Promise<PageView[]> {
  requireOperator(actor);
  let q = ctx.database.db
    .selectFrom('team_page')
    .innerJoin('product_team', 'product_team.id', 'team_page.team_id')
    .selectAll('team_page')
    .select('product_team.name as team_name');
  if (filter.incidentId) q = q.where('team_page.incident_id', '=', filter.incidentId);
  return q.orderBy('team_page.paged_at', 'desc').orderBy('team_page.id').limit(500).execute();
}

export async function acknowledgePage(ctx: AppContext, actor: Actor, pageId: string): Promise<PageView> {
  requireOperator(actor);
  await runCommand(ctx, actor, async (s) => {
    const page = await s.lock('team_page', pageId);
    if (!page) throw notFound('page', pageId);
    if (page.acknowledged_at)
      throw conflict(words('problem.teams.acknowledged', { at: page.acknowledged_at }), 'pageId');
    const by = actor.kind === 'person' ? actor.email : actor.kind === 'system' ? `system:${actor.label}` : 'anonymous';
    await s.trx
      .updateTable('team_page')
      .set({ acknowledged_at: s.nowIso, acknowledged_by: by })
      .where('id', '=', pageId)
      .execute();
    await s.audit({
      action: 'page.acknowledged',
      entityType: 'team_page',
      entityId: pageId,
      tenantId: null,
      before: { acknowledged_at: null },
      after: { acknowledged_at: s.nowIso, acknowledged_by: by, dedup_key: page.dedup_key },
    });
    await s.publish({
      type: 'team.page_acknowledged',
      key: `page:${pageId}:acknowledged`,
      subject: { type: page.incident_id ? 'incident' : 'team_page', id: page.incident_id ?? pageId },
      tenantId: null,
      scope: { teamIds: [page.team_id] },
      payload: {
        title: page.summary,
        summary: `Acknowledged by ${by}`,
        dedupKey: page.dedup_key,
        incidentId: page.incident_id,
      },
    });
    s.changed({ tenantIds: [], topic: 'pages' });
  });
  const page = (await listPages(ctx, actor, {})).find((p) => p.id === pageId);
  return page!;
}
