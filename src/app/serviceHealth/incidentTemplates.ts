// Operators' incident templates: a reusable start of an incident (title, first post, incident or
// advisory, affected services) that the composer fills the form from. Operators only: tenants
// neither see nor change them. Each change is audited.
import { isOperator, type Actor } from '../../domain/actor.js';
import type { Classification } from '../../domain/incidents.js';
import { conflict, forbidden, notFound, unauthenticated, words } from '../../errors.js';
import type { IncidentTemplateTable } from '../../store/schema.js';
import { newId, toJson } from '../../store/values.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from '../directory/check.js';
import { checkServices } from './scope.js';

export interface IncidentTemplateInput {
  name: string;
  title: string;
  body: string;
  classification: Classification;
  services: string[];
}

/** Templates belong to no tenant: their audit entries are the operators'. */
const entity = (id: string) => ({ entityType: 'incident_template', entityId: id, tenantId: null });

function requireOperator(actor: Actor): void {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (!isOperator(actor)) throw forbidden('problem.templates.operatorsOnly');
}

function checkInput(input: Partial<IncidentTemplateInput>, creating: boolean): void {
  const check = new InputCheck();
  for (const field of ['name', 'title', 'body'] as const) {
    if (creating || input[field] !== undefined) check.require(`body.${field}`, input[field]);
  }
  check.done();
}

async function load(s: CommandScope, id: string): Promise<IncidentTemplateTable> {
  const row = await s.trx.selectFrom('incident_template').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('incidentTemplate', id);
  return row;
}

/** The unique index answers a race with 409 too; this says it in words first. */
async function checkNameFree(s: CommandScope, name: string, id: string | null): Promise<void> {
  const other = await s.trx.selectFrom('incident_template').select('id').where('name', '=', name).executeTakeFirst();
  if (other && other.id !== id) throw conflict(words('problem.templates.nameTaken', { name }), 'body.name');
}

export async function listIncidentTemplates(ctx: AppContext, actor: Actor): Promise<IncidentTemplateTable[]> {
  requireOperator(actor);
  return ctx.database.db.selectFrom('incident_template').selectAll().orderBy('name').orderBy('id').execute();
}

export async function getIncidentTemplate(ctx: AppContext, actor: Actor, id: string): Promise<IncidentTemplateTable> {
  requireOperator(actor);
  const row = await ctx.database.db.selectFrom('incident_template').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('incidentTemplate', id);
  return row;
}

export async function createIncidentTemplate(
  ctx: AppContext,
  actor: Actor,
  input: IncidentTemplateInput,
): Promise<IncidentTemplateTable> {
  requireOperator(actor);
  checkInput(input, true);
  return runCommand(ctx, actor, async (s) => {
    const services = [...new Set(input.services)];
    await checkServices(s.trx, services);
    const name = input.name.trim();
    await checkNameFree(s, name, null);
    const row: IncidentTemplateTable = {
      id: newId(),
      name,
      title: input.title.trim(),
      body: input.body.trim(),
      classification: input.classification,
      service_ids: toJson(services),
      created_by: s.actor.kind === 'person' ? s.actor.email : 'Herald',
      created_at: s.nowIso,
      updated_at: s.nowIso,
    };
    await s.trx.insertInto('incident_template').values(row).execute();
    await s.audit({ action: 'incident_template.created', ...entity(row.id), after: row });
    s.changed({ tenantIds: [], topic: 'incident_templates' });
    return row;
  });
}

export async function updateIncidentTemplate(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: Partial<IncidentTemplateInput>,
): Promise<IncidentTemplateTable> {
  requireOperator(actor);
  checkInput(patch, false);
  return runCommand(ctx, actor, async (s) => {
    const before = await load(s, id);
    const services = patch.services ? [...new Set(patch.services)] : null;
    if (services) await checkServices(s.trx, services);
    if (patch.name !== undefined) await checkNameFree(s, patch.name.trim(), id);
    const after: IncidentTemplateTable = {
      ...before,
      name: patch.name?.trim() ?? before.name,
      title: patch.title?.trim() ?? before.title,
      body: patch.body?.trim() ?? before.body,
      classification: patch.classification ?? before.classification,
      service_ids: services ? toJson(services) : before.service_ids,
      updated_at: s.nowIso,
    };
    await s.trx.updateTable('incident_template').set(after).where('id', '=', id).execute();
    await s.audit({ action: 'incident_template.updated', ...entity(id), before, after });
    s.changed({ tenantIds: [], topic: 'incident_templates' });
    return after;
  });
}

export async function deleteIncidentTemplate(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  requireOperator(actor);
  await runCommand(ctx, actor, async (s) => {
    const before = await load(s, id);
    await s.trx.deleteFrom('incident_template').where('id', '=', id).execute();
    await s.audit({ action: 'incident_template.deleted', ...entity(id), before });
    s.changed({ tenantIds: [], topic: 'incident_templates' });
  });
}
