// The console's screens per role, shared by the layout check (screens.test.ts) and the
// accessibility check (accessibility.test.ts), so a new screen is added in one place.
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/app/demo/index.js';
import { assignRole, createPerson } from '../src/app/directory/people.js';
import { systemActor } from '../src/domain/actor.js';
import type { Herald } from './support.js';

/** The demo has no members (end users): Mia uses Contoso Sales, Lou Fabrikam's Indian environment. */
export const MEMBERS = { mia: 'mia@contoso.com', lou: 'lou@fabrikam.com' } as const;

export async function ensureMembers(herald: Herald): Promise<void> {
  const db = herald.ctx.database.db;
  const system = systemActor('e2e');
  const members = [
    { email: MEMBERS.mia, name: 'Mia Member', environmentId: herald.demo.tenants.contoso.environments['nam-prod']! },
    { email: MEMBERS.lou, name: 'Lou User', environmentId: herald.demo.tenants.fabrikam.environments['ind-prod']! },
  ];
  for (const m of members) {
    if (await db.selectFrom('person').select('id').where('email', '=', m.email).executeTakeFirst()) continue;
    const person = await createPerson(herald.ctx, system, { email: m.email, name: m.name, password: DEMO_PASSWORD });
    await assignRole(herald.ctx, system, { personId: person.id, role: 'member', environmentId: m.environmentId });
  }
}

async function firstIds(herald: Herald) {
  const db = herald.ctx.database.db;
  const incident = await db.selectFrom('incident').select('id').orderBy('id').executeTakeFirstOrThrow();
  const maintenance = await db.selectFrom('maintenance').select('id').orderBy('id').executeTakeFirstOrThrow();
  const message = await db.selectFrom('message').select('id').orderBy('id').executeTakeFirstOrThrow();
  const tenant = herald.demo.tenants.contoso.id;
  const contosoIncident = await db
    .selectFrom('incident_environment')
    .select('incident_id')
    .where('tenant_id', '=', tenant)
    .orderBy('incident_id')
    .executeTakeFirstOrThrow();
  // Sam, a system admin, sees only the incidents of the environment he administers.
  const samIncident = await db
    .selectFrom('incident_environment')
    .innerJoin('role_assignment', 'role_assignment.environment_id', 'incident_environment.environment_id')
    .innerJoin('person', 'person.id', 'role_assignment.person_id')
    .select('incident_environment.incident_id')
    .where('person.email', '=', 'sam@contoso.com')
    .orderBy('incident_environment.incident_id')
    .executeTakeFirstOrThrow();
  const contosoMaintenance = await db
    .selectFrom('maintenance_environment')
    .select('maintenance_id')
    .where('tenant_id', '=', tenant)
    .executeTakeFirst();
  return {
    incident: incident.id,
    maintenance: maintenance.id,
    message: message.id,
    tenant,
    contosoIncident: contosoIncident.incident_id,
    samIncident: samIncident.incident_id,
    contosoMaintenance: contosoMaintenance?.maintenance_id,
  };
}

/** Every console screen, by the demo person who sees it: an operator, an org admin, a system admin and a member. */
export async function screensByRole(herald: Herald): Promise<Record<string, string[]>> {
  const ids = await firstIds(herald);
  await ensureMembers(herald);
  return {
    'ops@herald.example': [
      '/',
      '/incidents',
      '/incidents/new',
      '/incidents/templates',
      `/incidents/${ids.incident}`,
      '/reports',
      '/maintenance',
      '/maintenance/new',
      `/maintenance/${ids.maintenance}`,
      '/releases',
      '/messages',
      '/messages/new',
      '/rehearsal',
      `/messages/${ids.message}`,
      '/tickets',
      '/sla-claims',
      '/pages',
      '/subscribers',
      '/status-branding',
      '/directory/tenants',
      `/directory/tenants/${ids.tenant}`,
      '/directory/environments',
      '/directory/people',
      '/directory/regions',
      '/deliveries',
      '/sent-mail',
      '/audit',
      '/preferences',
      '/profile',
    ],
    'alice@contoso.com': [
      '/',
      `/service-health/incidents/${ids.contosoIncident}`,
      '/messages',
      '/tickets',
      '/maintenance',
      ...(ids.contosoMaintenance ? [`/maintenance/${ids.contosoMaintenance}`] : []),
      '/service-health/sla',
      '/environments',
      '/recipients',
      '/single-sign-on',
      '/webhooks',
      '/deliveries',
      '/sent-mail',
      '/audit',
      '/preferences',
      '/profile',
    ],
    'sam@contoso.com': [
      '/',
      `/service-health/incidents/${ids.samIncident}`,
      '/messages',
      '/maintenance',
      '/service-health/sla',
      '/environments',
      '/find-admin',
      '/preferences',
      '/profile',
    ],
    [MEMBERS.mia]: ['/', '/find-admin', '/preferences', '/profile'],
  };
}

/** Moves within the console as its links do (no reload), then waits until the screen has its data. */
export async function visit(page: Page, path: string): Promise<void> {
  await page.evaluate(
    `history.pushState(null, '', ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent('popstate'))`,
  );
  await screenLoaded(page);
}

/**
 * Waits until the screen has its heading and no part of it is still loading. The predicate is a
 * function, not a string: a string would be evaluated with eval, which the console's CSP refuses.
 */
export async function screenLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document;
    return Boolean(doc.querySelector('h1')) && !doc.querySelector('.loading');
  });
}
