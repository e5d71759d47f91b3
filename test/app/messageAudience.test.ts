// Whom a Message Center post's audience rule reaches, asked of the database (both of them): "who"
// selectors add up, "where/what" filters narrow, a tenant named outright is reached before it has
// an environment. Three tenants of their own beside the demo's; each answer is read for them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { importDirectory } from '../../src/app/directory/import.js';
import { batchFromJson } from '../../src/app/directory/importSources.js';
import { audienceTenantIds } from '../../src/app/messages/audience.js';
import { systemActor } from '../../src/domain/actor.js';
import type { MessageAudienceRule } from '../../src/domain/messages.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
const ids: Record<'contoso' | 'fabrikam' | 'newco', string> = { contoso: '', fabrikam: '', newco: '' };
const environmentIds: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const tenant = (key: string) => ({
    name: `Audience ${key}`,
    domain: `${key}.audience.example`,
    purchaseDate: '2026-01-15',
    supportPlan: 'standard',
  });
  const environment = (key: string, tenantKey: string, region: string, services: string[]) => ({
    tenant: `${tenantKey}.audience.example`,
    name: `Audience ${key}`,
    region,
    type: 'production',
    url: `https://${key}.audience.example`,
    version: '9.2.25104.166',
    services,
  });
  await importDirectory(
    t.ctx,
    systemActor('test'),
    batchFromJson({
      tenants: [tenant('contoso'), tenant('fabrikam'), tenant('newco')],
      environments: [
        environment('c-nam', 'contoso', 'NAM', ['sales']),
        environment('c-eur', 'contoso', 'EUR', ['customer-service']),
        environment('f-jpn', 'fabrikam', 'JPN', ['field-service', 'sales']),
      ],
      people: [],
    }),
  );
  const db = t.ctx.database.db;
  for (const key of ['contoso', 'fabrikam', 'newco'] as const)
    ids[key] = (
      await db
        .selectFrom('tenant')
        .select('id')
        .where('domain', '=', `${key}.audience.example`)
        .executeTakeFirstOrThrow()
    ).id;
  for (const e of await db
    .selectFrom('environment')
    .select(['id', 'url'])
    .where('url', 'like', '%.audience.example')
    .execute())
    environmentIds[new URL(e.url).hostname.split('.')[0]!] = e.id;
});
afterAll(() => t.close());

/** The rule's tenants among these three, by key. */
async function reached(rule: MessageAudienceRule): Promise<string[]> {
  const tenantIds = await runCommand(t.ctx, systemActor('test'), (s) => audienceTenantIds(s.trx, rule));
  expect(tenantIds).toEqual([...tenantIds].sort());
  return (Object.keys(ids) as (keyof typeof ids)[]).filter((k) => tenantIds.includes(ids[k]));
}

describe('a post’s audience', () => {
  it('reaches every tenant, even one without environments', async () => {
    expect(await reached({ allTenants: true })).toEqual(['contoso', 'fabrikam', 'newco']);
  });

  it('narrows by region and service together', async () => {
    expect(await reached({ regionCodes: ['EUR'] })).toEqual(['contoso']);
    expect(await reached({ serviceIds: ['sales'] })).toEqual(['contoso', 'fabrikam']);
    expect(await reached({ regionCodes: ['NAM', 'JPN'], serviceIds: ['field-service'] })).toEqual(['fabrikam']);
    expect(await reached({ tenantIds: [ids.contoso], serviceIds: ['field-service'] })).toEqual([]);
    expect(await reached({ allTenants: true, regionCodes: ['NAM'] })).toEqual(['contoso']);
  });

  it('adds named tenants and the tenants of named environments', async () => {
    expect(await reached({ tenantIds: [ids.newco], environmentIds: [environmentIds['f-jpn']!] })).toEqual([
      'fabrikam',
      'newco',
    ]);
    expect(await reached({ environmentIds: [environmentIds['c-eur']!], serviceIds: ['sales'] })).toEqual([]);
  });
});
