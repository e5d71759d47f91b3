// Tenants: customer organizations. Operators create and change them; a tenant's admins read their own.
import { canReadTenant, isOperator, readableTenantIds, type Actor } from '../../domain/actor.js';
import { checkDate, checkDomain, checkLocale, SUPPORT_PLANS } from '../../domain/directory.js';
import { LANGUAGES, matchLocale } from '../../i18n/locales.js';
import { conflict, forbidden, notFound, type Words, words } from '../../errors.js';
import type { TenantTable } from '../../store/schema.js';
import { newId } from '../../store/values.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { InputCheck } from './check.js';
import { containsPattern, pageOf, type Page, type PageRequest } from './paging.js';
import { privateNameKey } from '../../domain/publicity.js';

export interface TenantInput {
  name: string;
  domain: string;
  purchaseDate: string;
  supportPlan?: string;
  /** Its people's language when they chose none; null: the provider's (DEFAULT_LOCALE). */
  locale?: string | null;
}

/** The checks every way in (API, CLI, bulk import) applies; `prefix` says where a field sits. */
export function checkTenant(input: Partial<TenantInput>, prefix = 'body.'): InputCheck {
  return new InputCheck()
    .field(`${prefix}name`, input.name, (v) => (v.trim() ? null : 'problem.notEmpty'))
    .field(`${prefix}domain`, input.domain, checkDomain)
    .field(`${prefix}purchaseDate`, input.purchaseDate, checkDate)
    .field(`${prefix}supportPlan`, input.supportPlan, (v) =>
      (SUPPORT_PLANS as readonly string[]).includes(v)
        ? null
        : words('problem.schema.oneOf', { choices: SUPPORT_PLANS.join(', ') }),
    )
    .field(`${prefix}locale`, input.locale ?? undefined, checkTenantLocale);
}

/** A BCP 47 tag of a language Herald has words for ("de", "de-CH"); kept as given, for its regional formats. */
function checkTenantLocale(v: string): Words | null {
  const malformed = checkLocale(v);
  if (malformed) return malformed;
  return matchLocale(v) ? null : words('problem.tenants.language', { choices: LANGUAGES.join(', ') });
}

export async function createTenant(ctx: AppContext, actor: Actor, input: TenantInput): Promise<TenantTable> {
  if (!isOperator(actor)) throw forbidden('problem.tenants.operatorsCreate');
  checkTenant(input).done();
  return runCommand(ctx, actor, async (s) => {
    const domain = input.domain.toLowerCase();
    if (await s.trx.selectFrom('tenant').select('id').where('domain', '=', domain).executeTakeFirst()) {
      throw conflict(words('problem.tenants.domainTaken', { domain }), 'body.domain');
    }
    const row: TenantTable = {
      id: newId(),
      name: input.name.trim(),
      name_key: privateNameKey(input.name),
      domain,
      purchase_date: input.purchaseDate,
      support_plan: input.supportPlan ?? 'standard',
      locale: input.locale ?? null,
      created_at: s.nowIso,
      updated_at: s.nowIso,
    };
    await s.trx.insertInto('tenant').values(row).execute();
    await s.audit({ action: 'tenant.created', entityType: 'tenant', entityId: row.id, tenantId: row.id, after: row });
    return row;
  });
}

export async function updateTenant(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: Partial<TenantInput>,
): Promise<TenantTable> {
  if (!canReadTenant(actor, id)) throw notFound('tenant', id);
  if (!isOperator(actor)) throw forbidden('problem.tenants.operatorsChange');
  checkTenant(patch).done();
  return runCommand(ctx, actor, async (s) => {
    const before = await s.trx.selectFrom('tenant').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw notFound('tenant', id);
    const domain = patch.domain?.toLowerCase();
    if (
      domain &&
      domain !== before.domain &&
      (await s.trx.selectFrom('tenant').select('id').where('domain', '=', domain).executeTakeFirst())
    ) {
      throw conflict(words('problem.tenants.domainTaken', { domain }), 'body.domain');
    }
    const after: TenantTable = {
      ...before,
      name: patch.name?.trim() ?? before.name,
      name_key: privateNameKey(patch.name ?? before.name),
      domain: domain ?? before.domain,
      purchase_date: patch.purchaseDate ?? before.purchase_date,
      support_plan: patch.supportPlan ?? before.support_plan,
      locale: patch.locale === undefined ? before.locale : patch.locale,
      updated_at: s.nowIso,
    };
    await s.trx.updateTable('tenant').set(after).where('id', '=', id).execute();
    await s.audit({ action: 'tenant.updated', entityType: 'tenant', entityId: id, tenantId: id, before, after });
    return after;
  });
}

export async function getTenant(ctx: AppContext, actor: Actor, id: string): Promise<TenantTable> {
  const row = canReadTenant(actor, id)
    ? await ctx.database.db.selectFrom('tenant').selectAll().where('id', '=', id).executeTakeFirst()
    : undefined;
  if (!row) throw notFound('tenant', id);
  return row;
}

export async function listTenants(
  ctx: AppContext,
  actor: Actor,
  page: PageRequest & { q?: string },
): Promise<Page<TenantTable>> {
  let query = ctx.database.db.selectFrom('tenant').selectAll();
  if (!isOperator(actor)) {
    const ids = [...readableTenantIds(actor)];
    if (!ids.length) return { items: [], total: 0 };
    query = query.where('id', 'in', ids);
  }
  if (page.q) {
    const pattern = containsPattern(page.q);
    query = query.where((eb) => eb.or([eb(eb.fn('lower', ['name']), 'like', pattern), eb('domain', 'like', pattern)]));
  }
  return pageOf(query.orderBy('name').orderBy('id'), page);
}
