// The demo directory: one operator and three tenants with environments and admins, enough to
// show every feature on first start. Tests use the same people (test/support/app.ts).
import { systemActor } from '../../domain/actor.js';
import type { AppContext } from '../context.js';
import { createEnvironment } from '../directory/environments.js';
import { insertPerson, insertRole } from '../directory/people.js';
import { createTenant } from '../directory/tenants.js';
import { runCommand } from '../command.js';

export const DEMO_PASSWORD = 'herald-demo-2026';

export interface DemoDirectory {
  operator: { id: string; email: string };
  tenants: Record<'contoso' | 'fabrikam' | 'woodgrove', { id: string; environments: Record<string, string> }>;
  people: Record<string, { id: string; email: string }>;
}

const TENANTS = [
  {
    key: 'contoso' as const,
    name: 'Contoso',
    domain: 'contoso.com',
    purchaseDate: '2026-03-02',
    environments: [
      {
        key: 'nam-prod',
        name: 'Contoso Sales',
        region: 'NAM',
        type: 'production' as const,
        url: 'https://contoso.crm.dynamics.com',
        services: ['sales', 'dataverse', 'power-apps'],
      },
      {
        key: 'nam-sandbox',
        name: 'Contoso Sales (test)',
        region: 'NAM',
        type: 'sandbox' as const,
        url: 'https://contoso-test.crm.dynamics.com',
        services: ['sales', 'dataverse'],
      },
      {
        key: 'eur-prod',
        name: 'Contoso Europe',
        region: 'EUR',
        type: 'production' as const,
        url: 'https://contoso-eu.crm4.dynamics.com',
        services: ['customer-service', 'dataverse', 'power-automate'],
      },
    ],
    people: [
      {
        key: 'contosoOrgAdmin',
        email: 'alice@contoso.com',
        name: 'Alice Anders',
        locale: 'en-US',
        timeZone: 'America/New_York',
        role: 'org_admin' as const,
      },
      {
        key: 'contosoSysAdmin',
        email: 'sam@contoso.com',
        name: 'Sam Sato',
        locale: 'en-US',
        timeZone: 'America/Chicago',
        role: 'system_admin' as const,
        environment: 'nam-prod',
      },
      {
        key: 'contosoEuSysAdmin',
        email: 'eva@contoso.com',
        name: 'Eva Lefèvre',
        locale: 'fr-FR',
        timeZone: 'Europe/Paris',
        role: 'system_admin' as const,
        environment: 'eur-prod',
      },
    ],
  },
  {
    key: 'fabrikam' as const,
    name: 'Fabrikam',
    domain: 'fabrikam.com',
    purchaseDate: '2025-12-15',
    environments: [
      {
        key: 'jpn-prod',
        name: 'Fabrikam Japan',
        region: 'JPN',
        type: 'production' as const,
        url: 'https://fabrikam.crm7.dynamics.com',
        services: ['field-service', 'dataverse'],
      },
      {
        key: 'ind-prod',
        name: 'Fabrikam India',
        region: 'IND',
        type: 'production' as const,
        url: 'https://fabrikam-in.crm8.dynamics.com',
        services: ['sales', 'dataverse'],
      },
    ],
    people: [
      {
        key: 'fabrikamOrgAdmin',
        email: 'fiona@fabrikam.com',
        name: 'Fiona Fujita',
        locale: 'ja-JP',
        timeZone: 'Asia/Tokyo',
        role: 'org_admin' as const,
      },
      {
        key: 'fabrikamSysAdmin',
        email: 'raj@fabrikam.com',
        name: 'Raj Rao',
        locale: 'en-IN',
        timeZone: 'Asia/Kolkata',
        role: 'system_admin' as const,
        environment: 'ind-prod',
      },
    ],
  },
  {
    key: 'woodgrove' as const,
    name: 'Woodgrove Bank',
    domain: 'woodgrovebank.com',
    purchaseDate: '2024-06-01',
    environments: [
      {
        key: 'gcc-prod',
        name: 'Woodgrove',
        region: 'GCC',
        type: 'production' as const,
        url: 'https://woodgrove.crm9.dynamics.com',
        services: ['customer-service', 'dataverse'],
      },
    ],
    people: [
      {
        key: 'woodgroveOrgAdmin',
        email: 'wendy@woodgrovebank.com',
        name: 'Wendy Walker',
        locale: 'en-US',
        timeZone: 'America/New_York',
        role: 'org_admin' as const,
      },
    ],
  },
];

export async function seedDemoDirectory(ctx: AppContext): Promise<DemoDirectory> {
  const system = systemActor('demo');
  const operator = await runCommand(ctx, system, async (s) => {
    const person = await insertPerson(s, {
      email: 'ops@herald.example',
      name: 'Olivia Operator',
      locale: 'en-GB',
      timeZone: 'Europe/London',
      password: DEMO_PASSWORD,
    });
    await insertRole(s, { personId: person.id, role: 'operator' });
    return { id: person.id, email: person.email };
  });
  const tenants = {} as DemoDirectory['tenants'];
  const people: DemoDirectory['people'] = {};
  for (const t of TENANTS) {
    const tenant = await createTenant(ctx, system, {
      name: t.name,
      domain: t.domain,
      purchaseDate: t.purchaseDate,
      supportPlan: 'professional',
    });
    const environments: Record<string, string> = {};
    for (const e of t.environments) {
      const env = await createEnvironment(ctx, system, {
        tenantId: tenant.id,
        name: e.name,
        region: e.region,
        type: e.type,
        url: e.url,
        version: '9.2.25104.166',
        services: e.services,
      });
      environments[e.key] = env.id;
    }
    await runCommand(ctx, system, async (s) => {
      for (const p of t.people) {
        const person = await insertPerson(s, {
          email: p.email,
          name: p.name,
          locale: p.locale,
          timeZone: p.timeZone,
          password: DEMO_PASSWORD,
        });
        const environment = 'environment' in p ? environments[p.environment as string] : undefined;
        await insertRole(s, {
          personId: person.id,
          role: p.role,
          tenantId: tenant.id,
          ...(environment ? { environmentId: environment } : {}),
        });
        people[p.key] = { id: person.id, email: person.email };
      }
    });
    tenants[t.key] = { id: tenant.id, environments };
  }
  return { operator, tenants, people };
}
