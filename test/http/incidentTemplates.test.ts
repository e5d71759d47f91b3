// Incident templates: operators keep, change and delete them (each change audited); tenants'
// people cannot see or change them; bad input names the field and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };

beforeAll(async () => {
  t = await createTestApp();
  ops = await t.auth('ops@herald.example');
});
afterAll(() => t.close());

const count = async () =>
  Number(
    (
      await t.ctx.database.db
        .selectFrom('incident_template')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const audits = (id: string) =>
  t.ctx.database.db
    .selectFrom('audit_entry')
    .select('action')
    .where('entity_id', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute();

const signIn = {
  name: 'Sign-in outage',
  title: 'Users cannot sign in',
  body: 'Sign-in fails with an error for some users. We are investigating.',
  classification: 'incident',
  services: ['sales', 'dataverse'],
};

describe('incident templates', () => {
  let id: string;

  it('an operator keeps a template, lists it, changes it and deletes it; each change is audited', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/incident-templates',
      headers: ops,
      payload: signIn,
    });
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
    expect(created.json()).toMatchObject({ ...signIn, createdBy: 'ops@herald.example' });

    const list = await t.app.inject({ url: '/api/incident-templates', headers: ops });
    expect(list.json().items.map((x: { name: string }) => x.name)).toEqual(['Sign-in outage']);

    const changed = await t.app.inject({
      method: 'PATCH',
      url: `/api/incident-templates/${id}`,
      headers: ops,
      payload: { classification: 'advisory', services: ['sales'] },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Sign-in outage', classification: 'advisory', services: ['sales'] });
    expect((await t.app.inject({ url: `/api/incident-templates/${id}`, headers: ops })).json().classification).toBe(
      'advisory',
    );

    const second = await t.app.inject({
      method: 'POST',
      url: '/api/incident-templates',
      headers: ops,
      payload: { ...signIn, name: 'Slow forms' },
    });
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/incident-templates/${second.json().id}`,
      headers: ops,
    });
    expect(removed.statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/incident-templates/${second.json().id}`, headers: ops })).statusCode).toBe(
      404,
    );
    // The test clock stands still, so entries share a time: compare the sets.
    expect((await audits(id)).map((a) => a.action).sort()).toEqual([
      'incident_template.created',
      'incident_template.updated',
    ]);
    expect((await audits(second.json().id)).map((a) => a.action).sort()).toEqual([
      'incident_template.created',
      'incident_template.deleted',
    ]);
  });

  it('tenants’ org and system admins can neither read nor change templates', async () => {
    for (const email of ['alice@contoso.com', 'sam@contoso.com', 'fiona@fabrikam.com']) {
      const headers = await t.auth(email);
      expect((await t.app.inject({ url: '/api/incident-templates', headers })).statusCode).toBe(403);
      expect((await t.app.inject({ url: `/api/incident-templates/${id}`, headers })).statusCode).toBe(403);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/incident-templates',
            headers,
            payload: { ...signIn, name: `${email}'s` },
          })
        ).statusCode,
      ).toBe(403);
      expect(
        (
          await t.app.inject({
            method: 'PATCH',
            url: `/api/incident-templates/${id}`,
            headers,
            payload: { title: 'hijacked' },
          })
        ).statusCode,
      ).toBe(403);
      expect((await t.app.inject({ method: 'DELETE', url: `/api/incident-templates/${id}`, headers })).statusCode).toBe(
        403,
      );
    }
    expect((await t.app.inject({ url: '/api/incident-templates' })).statusCode).toBe(401);
    expect((await t.app.inject({ url: `/api/incident-templates/${id}`, headers: ops })).json().title).toBe(
      'Users cannot sign in',
    );
  });

  it('bad input is a problem naming the field, and nothing is written', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...signIn, name: 'Blank title', title: '   ' }, 400, 'body.title'],
      [{ ...signIn, name: 'No services', services: [] }, 400, 'services'],
      [{ ...signIn, name: 'Unknown service', services: ['sales', 'teleportation'] }, 400, 'teleportation'],
      [{ ...signIn, name: 'Bad kind', classification: 'catastrophe' }, 400, 'classification'],
      [{ ...signIn, name: 'Extra', severity: 'major' }, 400, 'severity'],
      [{ ...signIn }, 409, 'Sign-in outage'],
    ];
    for (const [payload, status, mention] of cases) {
      const res = await t.app.inject({ method: 'POST', url: '/api/incident-templates', headers: ops, payload });
      expect(res.statusCode, `${JSON.stringify(payload)} → ${res.body}`).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toContain(mention);
    }
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/incident-templates/${id}`,
      headers: ops,
      payload: { name: '' },
    });
    expect(patch.statusCode).toBe(400);
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: '/api/incident-templates/nope',
          headers: ops,
          payload: { title: 'x' },
        })
      ).statusCode,
    ).toBe(404);
    expect(await count()).toBe(before);
    expect((await t.app.inject({ url: `/api/incident-templates/${id}`, headers: ops })).json().name).toBe(
      'Sign-in outage',
    );
  });
});
