// SCIM 2.0 provisioning as Entra ID and Okta drive it: users and groups created, filtered, paged,
// patched and deactivated through /scim/v2 with a tenant's token; a group mapped to system admin
// brings the next maintenance notice, deactivation stops the next one and ends sessions; one
// tenant's token reaches nothing of another's; bad payloads answer SCIM errors, nothing half-done.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFromSession } from '../../src/app/auth.js';
import { SCIM_ERROR, SCIM_PATCH, SCIM_USER, SCIM_GROUP } from '../../src/domain/scim.js';
import { insertSession } from '../../src/store/credentials.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let contosoScim: string;
let fabrikamScim: string;
const db = () => t.ctx.database.db;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2027-03-01T12:00:00Z') });
  const contoso = t.demo.tenants.contoso.id;
  const issued = await t.app.inject({
    method: 'POST',
    url: `/api/tenants/${contoso}/scim-tokens`,
    headers: await t.auth('alice@contoso.com'),
    payload: { name: 'Entra ID' },
  });
  expect(issued.statusCode).toBe(201);
  contosoScim = issued.json().token;
  fabrikamScim = (
    await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${t.demo.tenants.fabrikam.id}/scim-tokens`,
      headers: await t.auth('fiona@fabrikam.com'),
      payload: { name: 'Okta' },
    })
  ).json().token;
  const rule = await t.app.inject({
    method: 'POST',
    url: `/api/tenants/${contoso}/group-rules`,
    headers: await t.auth('alice@contoso.com'),
    payload: {
      groupName: 'EU Operations',
      role: 'system_admin',
      environmentId: t.demo.tenants.contoso.environments['eur-prod'],
    },
  });
  expect(rule.statusCode).toBe(201);
});
afterAll(() => t.close());

function scim(method: string, url: string, token: string, payload?: unknown) {
  return t.app.inject({
    method: method as 'GET',
    url: `/scim/v2${url}`,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' },
    ...(payload !== undefined ? { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) } : {}),
  });
}

const user = (userName: string, extra: Record<string, unknown> = {}) => ({
  schemas: [SCIM_USER],
  userName,
  name: { givenName: userName.split('@')[0], familyName: 'Tester' },
  emails: [{ value: userName, type: 'work', primary: true }],
  active: true,
  ...extra,
});

/** Schedules EUR maintenance inside the lead time, so its notice is planned at once. */
async function noticeRecipients(title: string): Promise<string[]> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/maintenance',
    headers: await t.auth('ops@herald.example'),
    payload: {
      kind: 'planned',
      title,
      impact: 'downtime',
      durationMinutes: 60,
      windows: [{ region: 'EUR', startsAt: '2027-03-03T18:00:00Z', endsAt: '2027-03-04T03:00:00Z' }],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const rows = await db()
    .selectFrom('delivery as d')
    .innerJoin('event as e', 'e.id', 'd.event_id')
    .innerJoin('person as p', 'p.id', 'd.recipient_id')
    .select('p.email')
    .distinct()
    .where('e.subject_id', '=', res.json().id)
    .where('e.type', '=', 'maintenance.scheduled')
    .where('d.channel', '=', 'email')
    .execute();
  return rows.map((r) => r.email).sort();
}

describe('SCIM users', () => {
  let paulId: string;

  it('creates a user of the tenant’s domain and answers in SCIM’s shape', async () => {
    const res = await scim('POST', '/Users', contosoScim, user('Paul@Contoso.com', { externalId: 'entra-paul' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['content-type']).toMatch(/application\/scim\+json/);
    const body = res.json();
    expect(body).toMatchObject({
      schemas: [SCIM_USER],
      userName: 'paul@contoso.com',
      externalId: 'entra-paul',
      active: true,
      displayName: 'Paul Tester',
      meta: { resourceType: 'User' },
    });
    paulId = body.id;
    expect((await scim('GET', `/Users/${paulId}`, contosoScim)).json().userName).toBe('paul@contoso.com');
  });

  it('filters by userName (case-insensitive), externalId and displayName, and pages as RFC 7644 says', async () => {
    for (const name of ['quinn', 'rosa', 'sven'])
      expect((await scim('POST', '/Users', contosoScim, user(`${name}@contoso.com`))).statusCode).toBe(201);
    const byName = (
      await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "PAUL@contoso.com"')}`, contosoScim)
    ).json();
    expect(byName).toMatchObject({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: 1,
      startIndex: 1,
      itemsPerPage: 1,
    });
    expect(byName.Resources[0].id).toBe(paulId);
    expect(
      (await scim('GET', `/Users?filter=${encodeURIComponent('externalId eq "entra-paul"')}`, contosoScim))
        .json()
        .Resources.map((u: { id: string }) => u.id),
    ).toEqual([paulId]);
    expect(
      (await scim('GET', `/Users?filter=${encodeURIComponent('displayName eq "rosa Tester"')}`, contosoScim)).json()
        .totalResults,
    ).toBe(1);
    expect(
      (
        await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "nobody@contoso.com"')}`, contosoScim)
      ).json(),
    ).toMatchObject({ totalResults: 0, Resources: [] });

    const first = (await scim('GET', '/Users?startIndex=1&count=2', contosoScim)).json();
    const second = (await scim('GET', '/Users?startIndex=3&count=2', contosoScim)).json();
    expect(first).toMatchObject({ totalResults: 4, startIndex: 1, itemsPerPage: 2 });
    expect(second).toMatchObject({ totalResults: 4, startIndex: 3, itemsPerPage: 2 });
    const all = [...first.Resources, ...second.Resources].map((u: { userName: string }) => u.userName).sort();
    expect(all).toEqual(['paul@contoso.com', 'quinn@contoso.com', 'rosa@contoso.com', 'sven@contoso.com']);
    // count=0 asks only for the total; a startIndex below 1 means 1.
    expect((await scim('GET', '/Users?count=0', contosoScim)).json()).toMatchObject({
      totalResults: 4,
      itemsPerPage: 0,
      Resources: [],
    });
    expect((await scim('GET', '/Users?startIndex=0&count=1', contosoScim)).json().startIndex).toBe(1);
  });

  it('updates with PUT and with PATCH, Entra’s spelling included', async () => {
    const put = await scim(
      'PUT',
      `/Users/${paulId}`,
      contosoScim,
      user('paul@contoso.com', { displayName: 'Paul Porter', externalId: 'entra-paul' }),
    );
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().displayName).toBe('Paul Porter');
    const patch = await scim('PATCH', `/Users/${paulId}`, contosoScim, {
      schemas: [SCIM_PATCH],
      Operations: [{ op: 'Replace', path: 'displayName', value: 'Paul P. Porter' }],
    });
    expect(patch.statusCode, patch.body).toBe(200);
    expect(patch.json().displayName).toBe('Paul P. Porter');
  });

  it('a group mapped to system admin brings the next notice; deactivation stops the next one and ends sessions', async () => {
    const group = await scim('POST', '/Groups', contosoScim, {
      schemas: [SCIM_GROUP],
      displayName: 'EU Operations',
      members: [],
    });
    expect(group.statusCode, group.body).toBe(201);
    const add = await scim('PATCH', `/Groups/${group.json().id}`, contosoScim, {
      schemas: [SCIM_PATCH],
      Operations: [{ op: 'add', path: 'members', value: [{ value: paulId }] }],
    });
    expect(add.statusCode, add.body).toBe(200);
    expect(add.json().members.map((m: { value: string }) => m.value)).toEqual([paulId]);
    expect(
      (await scim('GET', `/Users/${paulId}`, contosoScim)).json().groups.map((g: { display: string }) => g.display),
    ).toEqual(['EU Operations']);

    expect(await noticeRecipients('Storage upgrade')).toContain('paul@contoso.com');

    const session = await insertSession(db(), paulId, t.clock.now.toISOString(), '2027-03-02T00:00:00.000Z');
    const token = await t.auth('paul@contoso.com');
    expect(await actorFromSession(t.ctx, session)).not.toBeNull();

    const off = await scim('PATCH', `/Users/${paulId}`, contosoScim, {
      schemas: [SCIM_PATCH],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().active).toBe(false);
    expect(await actorFromSession(t.ctx, session)).toBeNull();
    expect((await t.app.inject({ url: '/api/session', headers: token })).statusCode).toBe(401);
    expect(await noticeRecipients('Network change')).not.toContain('paul@contoso.com');
    // Nor does the notice planned before, still waiting in the outbox, reach him.
    const waiting = await db()
      .selectFrom('delivery')
      .select('status')
      .where('recipient_id', '=', paulId)
      .where('channel', '=', 'email')
      .execute();
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.filter((d) => d.status === 'pending')).toEqual([]);

    const audit = await db()
      .selectFrom('audit_entry')
      .select(['action', 'actor_label'])
      .where('entity_id', '=', paulId)
      .where('action', '=', 'person.deactivated')
      .execute();
    expect(audit).toEqual([{ action: 'person.deactivated', actor_label: 'system:scim:Entra ID' }]);
  });

  it('a directory-deactivated person with a role given by hand is still told nothing', async () => {
    // Eva is a system admin of eur-prod from the demo, by hand; the directory takes her over.
    const eva = await scim('POST', '/Users', contosoScim, user('eva@contoso.com'));
    expect(eva.statusCode, eva.body).toBe(201);
    expect(await noticeRecipients('Before Eva leaves')).toContain('eva@contoso.com');
    expect(
      (
        await scim('PATCH', `/Users/${eva.json().id}`, contosoScim, {
          schemas: [SCIM_PATCH],
          Operations: [{ op: 'replace', value: { active: false } }],
        })
      ).statusCode,
    ).toBe(200);
    expect(await noticeRecipients('After Eva left')).not.toContain('eva@contoso.com');
  });

  it('one tenant’s token reaches nothing of another’s', async () => {
    expect((await scim('GET', `/Users/${paulId}`, fabrikamScim)).statusCode).toBe(404);
    expect((await scim('GET', '/Users', fabrikamScim)).json().totalResults).toBe(0);
    expect(
      (
        await scim('PATCH', `/Users/${paulId}`, fabrikamScim, {
          schemas: [SCIM_PATCH],
          Operations: [{ op: 'replace', path: 'active', value: true }],
        })
      ).statusCode,
    ).toBe(404);
    // Nor may it provision people of another tenant's domain.
    const foreign = await scim('POST', '/Users', fabrikamScim, user('zoe@contoso.com'));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ schemas: [SCIM_ERROR], scimType: 'invalidValue' });
    expect(
      await db().selectFrom('person').select('id').where('email', '=', 'zoe@contoso.com').executeTakeFirst(),
    ).toBeUndefined();
    const unknown = await t.app.inject({ url: '/scim/v2/Users', headers: { authorization: 'Bearer not-a-token' } });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().schemas).toEqual([SCIM_ERROR]);
  });
});

describe('SCIM groups and tokens', () => {
  it('removing someone from a mapped group takes the role back; roles given by hand stay', async () => {
    const rosa = (
      await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "rosa@contoso.com"')}`, contosoScim)
    ).json().Resources[0].id;
    const group = (
      await scim('GET', `/Groups?filter=${encodeURIComponent('displayName eq "EU Operations"')}`, contosoScim)
    ).json();
    expect(group.totalResults).toBe(1);
    const id = group.Resources[0].id;
    expect(
      (
        await scim('PATCH', `/Groups/${id}`, contosoScim, {
          schemas: [SCIM_PATCH],
          Operations: [{ op: 'add', path: 'members', value: [{ value: rosa }] }],
        })
      ).statusCode,
    ).toBe(200);
    const roles = () => db().selectFrom('role_assignment').select('role').where('person_id', '=', rosa).execute();
    expect(await roles()).toEqual([{ role: 'system_admin' }]);
    const removed = await scim('PATCH', `/Groups/${id}`, contosoScim, {
      schemas: [SCIM_PATCH],
      Operations: [{ op: 'remove', path: `members[value eq "${rosa}"]` }],
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await roles()).toEqual([]);
    const audit = await db()
      .selectFrom('audit_entry')
      .select('action')
      .where('action', '=', 'scim.group.patched')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('a revoked token stops working at once', async () => {
    const issued = await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${t.demo.tenants.contoso.id}/scim-tokens`,
      headers: await t.auth('alice@contoso.com'),
      payload: { name: 'Okta trial' },
    });
    const { id, token } = issued.json();
    expect((await scim('GET', '/Users?count=1', token)).statusCode).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/tenants/${t.demo.tenants.contoso.id}/scim-tokens/${id}`,
          headers: await t.auth('alice@contoso.com'),
        })
      ).statusCode,
    ).toBe(204);
    expect((await scim('GET', '/Users?count=1', token)).statusCode).toBe(401);
    // Another tenant's admin can neither list nor revoke Contoso's tokens.
    expect(
      (
        await t.app.inject({
          url: `/api/tenants/${t.demo.tenants.contoso.id}/scim-tokens`,
          headers: await t.auth('fiona@fabrikam.com'),
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('SCIM bad input', () => {
  const expectScimError = (
    res: Awaited<ReturnType<typeof scim>>,
    status: number,
    scimType: string | undefined,
    mentions: string,
  ) => {
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/scim\+json/);
    const body = res.json();
    expect(body.schemas).toEqual([SCIM_ERROR]);
    expect(body.status).toBe(String(status));
    if (scimType) expect(body.scimType).toBe(scimType);
    expect(body.detail).toContain(mentions);
  };

  it('answers malformed payloads with the right scimType and writes nothing', async () => {
    const before = await db()
      .selectFrom('person')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expectScimError(
      await scim('POST', '/Users', contosoScim, { schemas: [SCIM_USER] }),
      400,
      'invalidValue',
      'userName',
    );
    expectScimError(await scim('POST', '/Users', contosoScim, user('not-an-email')), 400, 'invalidValue', 'userName');
    expectScimError(await scim('POST', '/Users', contosoScim, '{"userName": '), 400, 'invalidSyntax', '');
    expectScimError(
      await scim('POST', '/Users', contosoScim, user('quinn@contoso.com')),
      409,
      'uniqueness',
      'userName',
    );
    expectScimError(
      await scim('GET', `/Users?filter=${encodeURIComponent('userName co "pa"')}`, contosoScim),
      400,
      'invalidFilter',
      'filter',
    );
    expectScimError(
      await scim('GET', `/Users?filter=${encodeURIComponent('title eq "x"')}`, contosoScim),
      400,
      'invalidFilter',
      'title',
    );
    expectScimError(await scim('GET', '/Users?count=many', contosoScim), 400, 'invalidValue', 'count');
    const quinn = (
      await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "quinn@contoso.com"')}`, contosoScim)
    ).json().Resources[0].id;
    expectScimError(
      await scim('PATCH', `/Users/${quinn}`, contosoScim, { Operations: [] }),
      400,
      'invalidSyntax',
      'schemas',
    );
    expectScimError(
      await scim('PATCH', `/Users/${quinn}`, contosoScim, {
        schemas: [SCIM_PATCH],
        Operations: [{ op: 'explode', path: 'active' }],
      }),
      400,
      'invalidSyntax',
      'op',
    );
    // The first operation is fine, the second is not: neither is applied.
    expectScimError(
      await scim('PATCH', `/Users/${quinn}`, contosoScim, {
        schemas: [SCIM_PATCH],
        Operations: [
          { op: 'replace', path: 'displayName', value: 'Changed' },
          { op: 'replace', path: 'active', value: 'maybe' },
        ],
      }),
      400,
      'invalidValue',
      'Operations[1]',
    );
    expect((await scim('GET', `/Users/${quinn}`, contosoScim)).json()).toMatchObject({
      displayName: 'quinn Tester',
      active: true,
    });
    // A group naming someone unknown is refused whole.
    expectScimError(
      await scim('POST', '/Groups', contosoScim, {
        schemas: [SCIM_GROUP],
        displayName: 'Ghosts',
        members: [{ value: quinn }, { value: 'nobody' }],
      }),
      400,
      'invalidValue',
      'nobody',
    );
    expect(
      (await scim('GET', `/Groups?filter=${encodeURIComponent('displayName eq "Ghosts"')}`, contosoScim)).json()
        .totalResults,
    ).toBe(0);
    expectScimError(
      await scim('PATCH', `/Users/${quinn}`, contosoScim, {
        schemas: [SCIM_PATCH],
        Operations: [{ op: 'replace', path: 'shoeSize', value: 44 }],
      }),
      400,
      'invalidPath',
      'shoeSize',
    );
    const after = await db()
      .selectFrom('person')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('answers unknown resources as SCIM 404s', async () => {
    expectScimError(await scim('GET', '/Users/nope', contosoScim), 404, undefined, 'nope');
    expectScimError(await scim('GET', '/Widgets', contosoScim), 404, undefined, 'Widgets');
  });
});
