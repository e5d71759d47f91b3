// Which language a post is read in. The reader's: their own locale when Herald speaks it, else
// their organization's default, else the provider's DEFAULT_LOCALE — the same order as their mail
// (readerTranslator). Originals are written in the provider's language.
import type { Actor } from '../../domain/actor.js';
import type { HeraldConfig } from '../../config.js';
import { chooseLocale, FALLBACK_LOCALE, PSEUDO_LOCALE } from '../../i18n/locales.js';
import type { AppContext } from '../context.js';

/** The language operators write posts in: the provider's default (its language, for "de-AT"). */
export const originalLanguage = (ctx: AppContext): string => originalLanguageOf(ctx.config);

/** The same from the configuration alone (the public status is built from it). */
export function originalLanguageOf(config: HeraldConfig): string {
  const locale = chooseLocale([], config.defaultLocale);
  // The pseudo-locale is English made strange for tests: what is written is English.
  return locale === PSEUDO_LOCALE ? FALLBACK_LOCALE : locale;
}

/** The tenant whose default speaks for a person who names none: the one read, else their first. */
function homeTenantOf(actor: Actor): string | null {
  if (actor.kind !== 'person') return null;
  return [...actor.orgAdminOf, ...actor.systemAdminOf.values(), ...(actor.memberOf?.values() ?? [])][0] ?? null;
}

/**
 * The language `actor` reads posts in; `tenantId` is the organization they read them for, when
 * known. Anyone else (the system, an anonymous visitor) reads the provider's language.
 */
export async function readerLanguage(ctx: AppContext, actor: Actor, tenantId?: string | null): Promise<string> {
  const tenant = tenantId ?? homeTenantOf(actor);
  const tenantLocale = tenant
    ? ((await ctx.database.db.selectFrom('tenant').select('locale').where('id', '=', tenant).executeTakeFirst())
        ?.locale ?? null)
    : null;
  return chooseLocale([actor.kind === 'person' ? actor.locale : null, tenantLocale], ctx.config.defaultLocale);
}
