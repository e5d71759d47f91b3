// In whose language a problem is answered. A signed-in person reads it in their own language, as
// their mail: their locale, else their tenant's, else the provider's (`readerTranslator`); anyone
// else (no session yet, a bad token, a public route) by Accept-Language, else the provider's.
// A language Herald does not speak is no error: the next wish is taken, and English last.
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../domain/actor.js';
import { acceptedLocale, matchLocale } from '../i18n/locales.js';
import { readerTranslator, type Translator } from '../i18n/translator.js';
import type { ProblemReader } from './problem.js';

/** The tenant whose language a person falls back on: the first they have a role in. */
function homeTenantOf(actor: Actor & { kind: 'person' }): string | null {
  return (
    [...actor.orgAdminOf][0] ?? [...actor.systemAdminOf.values()][0] ?? [...(actor.memberOf?.values() ?? [])][0] ?? null
  );
}

export function problemReader(ctx: AppContext): ProblemReader {
  const fallback = ctx.config.defaultLocale;
  return async (request: FastifyRequest): Promise<Translator> => {
    const actor = (request as { actor?: Actor }).actor;
    if (actor?.kind === 'person') {
      // The tenant's language is looked up only when the person's own is not one Herald speaks.
      if (matchLocale(actor.locale)) return readerTranslator([actor.locale]);
      const tenantId = homeTenantOf(actor);
      const tenant = tenantId
        ? await ctx.database.db.selectFrom('tenant').select('locale').where('id', '=', tenantId).executeTakeFirst()
        : undefined;
      return readerTranslator([actor.locale, tenant?.locale, fallback]);
    }
    return readerTranslator([acceptedLocale(request.headers['accept-language']), fallback]);
  };
}
