// The public status lists a service in a region once an environment there runs it, and only then:
// an environment created in a new region, or given a new service, adds its component; the link
// of an environment written without its region (by a node of the release before migration 028,
// during a rolling upgrade) is found through its environment.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEnvironment, updateEnvironment } from '../../src/app/directory/environments.js';
import { loadPublicStatus } from '../../src/app/serviceHealth/publicStatus.js';
import { systemActor } from '../../src/domain/actor.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const components = async (region: string): Promise<string[]> => {
  const status = await loadPublicStatus(t.ctx.database.db, t.ctx.config, t.clock.now);
  return (status.regions.find((r) => r.code === region)?.components ?? []).map((c) => c.id).sort();
};

it('lists the services environments run in each region, as the directory changes', async () => {
  // The demo has no environment in South Africa.
  expect(await components('ZAF')).toEqual([]);
  const env = await createEnvironment(t.ctx, systemActor('test'), {
    tenantId: t.demo.tenants.fabrikam.id,
    name: 'Fabrikam Johannesburg',
    region: 'ZAF',
    type: 'production',
    url: 'https://fabrikam-zaf.crm14.dynamics.com',
    version: '9.2.25104.166',
    services: ['sales'],
  });
  expect(await components('ZAF')).toEqual(['zaf.sales']);
  await updateEnvironment(t.ctx, systemActor('test'), env.id, { services: ['sales', 'dataverse'] });
  expect(await components('ZAF')).toEqual(['zaf.dataverse', 'zaf.sales']);

  // As a node of the previous release writes it: no region on the link.
  await t.ctx.database.db
    .insertInto('environment_service')
    .values({ environment_id: env.id, service_id: 'power-apps' } as never)
    .execute();
  expect(await components('ZAF')).toEqual(['zaf.dataverse', 'zaf.power-apps', 'zaf.sales']);
});
