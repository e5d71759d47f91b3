// Reading the audit log: who changed what, when, with the before and after. Operators read all of
// it; an org admin reads the entries of their own tenants (entries about no tenant, such as a
// person's profile or a region's window, are the operators' alone).
import { canReadTenant, isOperator, type Actor } from '../domain/actor.js';
import { forbidden, invalid, notFound, type Words } from '../errors.js';
import type { AuditEntryTable } from '../store/schema.js';
import type { AppContext } from './context.js';
import { InputCheck } from './directory/check.js';
import { pageOf, type Page, type PageRequest } from './directory/paging.js';

export interface AuditFilter extends PageRequest {
  tenantId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  /** ISO 8601 instants; entries at or after `from` and before `to`. */
  from?: string;
  to?: string;
}

const checkInstant = (v: string): Words | null => (Number.isNaN(Date.parse(v)) ? 'problem.dateTime.example' : null);

/** An entry with the name of what it is about (a person's name, an incident's title), when that still exists. */
export type AuditEntryView = AuditEntryTable & { entity_name: string | null };

/** Where the name of each kind of thing is: people read "Sam Sato", not "person o72eaz7…". */
const NAMED = {
  person: ['person', 'name'],
  tenant: ['tenant', 'name'],
  environment: ['environment', 'name'],
  incident: ['incident', 'title'],
  maintenance: ['maintenance', 'title'],
  message: ['message', 'title'],
  release: ['release', 'title'],
} as const;

async function withNames(ctx: AppContext, entries: AuditEntryTable[]): Promise<AuditEntryView[]> {
  const names = new Map<string, string>();
  for (const [type, [table, column]] of Object.entries(NAMED)) {
    const ids = [...new Set(entries.filter((e) => e.entity_type === type).map((e) => e.entity_id))];
    if (!ids.length) continue;
    const rows = (await ctx.database.db
      .selectFrom(table)
      .select(['id', `${column} as name`] as never)
      .where('id', 'in', ids)
      .execute()) as { id: string; name: string }[];
    for (const r of rows) names.set(`${type}:${r.id}`, r.name);
  }
  return entries.map((e) => ({ ...e, entity_name: names.get(`${e.entity_type}:${e.entity_id}`) ?? null }));
}

/** Newest first. */
export async function listAuditLog(ctx: AppContext, actor: Actor, filter: AuditFilter): Promise<Page<AuditEntryView>> {
  const page = await auditPage(ctx, actor, filter);
  return { ...page, items: await withNames(ctx, page.items) };
}

async function auditPage(ctx: AppContext, actor: Actor, filter: AuditFilter): Promise<Page<AuditEntryTable>> {
  new InputCheck().field('query.from', filter.from, checkInstant).field('query.to', filter.to, checkInstant).done();
  // Stored times are fixed-width ISO text, so the bounds are normalised to the same form.
  const from = filter.from ? new Date(filter.from).toISOString() : undefined;
  const to = filter.to ? new Date(filter.to).toISOString() : undefined;
  if (from && to && to <= from) throw invalid('query.to', 'problem.range.afterFrom');

  let query = ctx.database.db.selectFrom('audit_entry').selectAll();
  if (!isOperator(actor)) {
    const tenants = actor.kind === 'person' ? [...actor.orgAdminOf] : [];
    if (filter.tenantId && !tenants.includes(filter.tenantId)) {
      if (canReadTenant(actor, filter.tenantId)) throw forbidden('problem.audit.orgAdminsOnly');
      throw notFound('tenant', filter.tenantId);
    }
    if (!tenants.length) return { items: [], total: 0 };
    query = query.where('tenant_id', 'in', tenants);
  }
  if (filter.tenantId) query = query.where('tenant_id', '=', filter.tenantId);
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (from) query = query.where('at', '>=', from);
  if (to) query = query.where('at', '<', to);
  return pageOf(query.orderBy('at', 'desc').orderBy('id', 'desc'), filter);
}
