// Builds the Actor of a signed-in person from their role assignments.
import type { Kysely } from 'kysely';
import type { PersonActor } from '../domain/actor.js';
import { personWishes, readerLanguage } from '../shared/i18n/languages.js';
import type { DB } from './schema.js';
import { tenantLocalesOf } from './tenantLocales.js';

/** `providerDefault`: DEFAULT_LOCALE, the language of a person whose tenant has none either. */
export async function loadPersonActor(
  db: Kysely<DB>,
  personId: string,
  providerDefault: string,
): Promise<PersonActor | null> {
  const person = await db
    .selectFrom('person')
    .select(['id', 'email', 'name', 'locale', 'time_zone'])
    .where('id', '=', personId)
    // Deactivated by their directory: no session or token of theirs acts any more.
    .where('deactivated_at', 'is', null)
    .executeTakeFirst();
  if (!person) return null;
  const roles = await db
    .selectFrom('role_assignment')
    .select(['role', 'tenant_id', 'environment_id'])
    .where('person_id', '=', personId)
    .execute();
  const tenantLocale = (await tenantLocalesOf(db, [personId])).get(personId) ?? null;
  const { locale: language, formatLocale } = readerLanguage(
    personWishes({ locale: person.locale, tenantLocale }, providerDefault),
  );
  const orgAdminOf = new Set<string>();
  const systemAdminOf = new Map<string, string>();
  const memberOf = new Map<string, string>();
  let isOperator = false;
  for (const r of roles) {
    if (r.role === 'operator') isOperator = true;
    else if (r.role === 'org_admin' && r.tenant_id) orgAdminOf.add(r.tenant_id);
    else if (r.role === 'system_admin' && r.environment_id && r.tenant_id)
      systemAdminOf.set(r.environment_id, r.tenant_id);
    else if (r.role === 'member' && r.environment_id && r.tenant_id) memberOf.set(r.environment_id, r.tenant_id);
  }
  return {
    kind: 'person',
    personId: person.id,
    email: person.email,
    name: person.name,
    locale: person.locale,
    language,
    formatLocale,
    timeZone: person.time_zone,
    isOperator,
    orgAdminOf,
    systemAdminOf,
    memberOf,
  };
}
