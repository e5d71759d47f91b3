// The Message Center as its readers and operators use it: posting, isolation between tenants,
// read / archive / favorite, filters and search, data-privacy posts, attachments, release status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { createEnvironment } from '../../src/app/directory/environments.js';
import { insertPerson, insertRole } from '../../src/app/directory/people.js';
import { createTenant } from '../../src/app/directory/tenants.js';
import { refreshAudiences } from '../../src/app/messages/refreshAudiences.js';
import { systemActor } from '../../src/domain/actor.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
let alice: { authorization: string };
let sam: { authorization: string };
let fiona: { authorization: string };

beforeAll(async () => {
  t = await createTestApp();
  ops = await t.auth('ops@herald.example');
  alice = await t.auth('alice@contoso.com');
  sam = await t.auth('sam@contoso.com');
  fiona = await t.auth('fiona@fabrikam.com');
});
afterAll(() => t.close());

const inDays = (n: number) => new Date(t.clock.now.getTime() + n * 86_400_000).toISOString();

/** Writes and publishes a post as the operator; returns its id. */
async function publish(overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/messages',
    headers: ops,
    payload: {
      title: 'A post',
      body: 'Something changes.',
      category: 'stayInformed',
      startDateTime: inDays(0),
      audience: { allTenants: true },
      ...overrides,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const published = await t.app.inject({
    method: 'POST',
    url: `/api/messages/${created.json().id}/publish`,
    headers: ops,
  });
  expect(published.statusCode, published.body).toBe(200);
  return created.json().id;
}

const list = async (who: { authorization: string }, query = '') => {
  const res = await t.app.inject({ url: `/api/me/messages${query}`, headers: who });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    items: {
      id: string;
      title: string;
      viewPoint: Record<string, unknown>;
      tags: string[];
      releaseStatus: string | null;
    }[];
    total: number;
  };
};
const ids = (page: { items: { id: string }[] }) => page.items.map((m) => m.id);
const act = (who: { authorization: string }, action: string, messageIds: string[]) =>
  t.app.inject({ method: 'POST', url: `/api/me/messages/${action}`, headers: who, payload: { messageIds } });

describe('posting', () => {
  it('keeps a draft from readers until it is published, then shows it in the Graph shape', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/messages',
      headers: ops,
      payload: {
        title: 'Plan for the new sign-in page',
        body: 'The sign-in page **changes** on <script>alert(1)</script> [day one](javascript:alert(1)).',
        category: 'planForChange',
        severity: 'high',
        tags: ['User impact'],
        services: ['sales'],
        startDateTime: inDays(1),
        endDateTime: inDays(20),
        audience: { tenantIds: [t.demo.tenants.contoso.id] },
        details: [{ name: 'Release notes', value: 'https://example.com/notes' }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    expect(draft.id).toMatch(/^MC\d{7}$/);
    expect(draft.status).toBe('draft');
    expect((await t.app.inject({ url: `/api/me/messages/${draft.id}`, headers: alice })).statusCode).toBe(404);

    await t.app.inject({ method: 'POST', url: `/api/messages/${draft.id}/publish`, headers: ops });
    const seen = (await t.app.inject({ url: `/api/me/messages/${draft.id}`, headers: alice })).json();
    expect(seen).toMatchObject({
      id: draft.id,
      category: 'planForChange',
      severity: 'high',
      services: ['Dynamics 365 Sales'],
      serviceIds: ['sales'],
      details: [{ name: 'Release notes', value: 'https://example.com/notes' }],
      viewPoint: { isRead: false, isArchived: false, isFavorited: false, feedback: null },
      body: { contentType: 'html' },
    });
    // Markdown becomes HTML; HTML typed by the writer and script links do not.
    expect(seen.body.content).toContain('<strong>changes</strong>');
    expect(seen.body.content).not.toContain('<script>');
    expect(seen.body.content).not.toContain('href="javascript:');

    const operatorView = (await t.app.inject({ url: `/api/messages/${draft.id}`, headers: ops })).json();
    expect(operatorView).toMatchObject({
      status: 'published',
      tenantCount: 1,
      bodyMarkdown: expect.stringContaining('**changes**'),
    });
    const event = await t.ctx.database.db
      .selectFrom('event')
      .selectAll()
      .where('subject_id', '=', draft.id)
      .where('type', '=', 'message.published')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.payload).scope).toEqual({ tenantIds: [t.demo.tenants.contoso.id] });
  });

  it('lets only operators write posts', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/messages',
      headers: alice,
      payload: {
        title: 'x',
        body: 'y',
        category: 'stayInformed',
        startDateTime: inDays(0),
        audience: { allTenants: true },
      },
    });
    expect(res.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/me/messages' })).statusCode).toBe(401);
  });

  it('says which fields are wrong, and writes nothing', async () => {
    const before = await t.ctx.database.db.selectFrom('message').select('id').execute();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/messages',
      headers: ops,
      payload: {
        title: 'x',
        body: 'y',
        category: 'stayInformed',
        startDateTime: inDays(5),
        endDateTime: inDays(1),
        services: ['nope'],
        audience: { regionCodes: ['MARS'] },
      },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.endDateTime', 'body.audience.regionCodes']));
    const empty = await t.app.inject({
      method: 'POST',
      url: '/api/messages',
      headers: ops,
      payload: { title: 'x', body: 'y', category: 'stayInformed', startDateTime: inDays(0), audience: {} },
    });
    expect(empty.json().errors).toEqual([expect.objectContaining({ field: 'body.audience' })]);
    const unknownService = await t.app.inject({
      method: 'POST',
      url: '/api/messages',
      headers: ops,
      payload: {
        title: 'x',
        body: 'y',
        category: 'stayInformed',
        startDateTime: inDays(0),
        services: ['nope'],
        audience: { allTenants: true },
      },
    });
    expect(unknownService.json().errors).toEqual([{ field: 'body.services', message: 'has unknown services nope' }]);
    expect(await t.ctx.database.db.selectFrom('message').select('id').execute()).toHaveLength(before.length);
  });
});

describe('tenant isolation', () => {
  it('never shows one tenant’s post to another: 404 on get, absent from lists, 404 on actions', async () => {
    const id = await publish({ title: 'Only for Contoso', audience: { tenantIds: [t.demo.tenants.contoso.id] } });
    expect(ids(await list(alice))).toContain(id);
    expect(ids(await list(sam))).toContain(id);
    expect(ids(await list(fiona))).not.toContain(id);
    const get = await t.app.inject({ url: `/api/me/messages/${id}`, headers: fiona });
    expect(get.statusCode).toBe(404);
    expect(get.headers['content-type']).toMatch(/problem\+json/);

    const visibleToFiona = ids(await list(fiona))[0]!;
    const res = await act(fiona, 'archive', [visibleToFiona, id]);
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toContain(id);
    // All or nothing: the post Fiona may see was not archived either.
    expect(ids(await list(fiona))).toContain(visibleToFiona);
    for (const action of ['share', 'feedback']) {
      const r = await t.app.inject({
        method: action === 'share' ? 'POST' : 'PUT',
        url: `/api/me/messages/${id}/${action}`,
        headers: fiona,
        payload: action === 'share' ? { to: ['raj@fabrikam.com'] } : { feedback: 'relevant' },
      });
      expect(r.statusCode).toBe(404);
    }
  });

  it('shows posts to a tenant that joins their audience later, from the next refresh on', async () => {
    const id = await publish({ title: 'For every Dataverse tenant', audience: { serviceIds: ['dataverse'] } });
    const northwind = await createTenant(t.ctx, systemActor('test'), {
      name: 'Northwind',
      domain: 'northwind.example',
      purchaseDate: '2024-01-01',
    });
    const env = await createEnvironment(t.ctx, systemActor('test'), {
      tenantId: northwind.id,
      name: 'Northwind',
      region: 'GBR',
      type: 'production',
      url: 'https://northwind.crm11.dynamics.com',
      version: '9.2.1.1',
      services: ['dataverse'],
    });
    const nina = await runCommand(t.ctx, systemActor('test'), async (s) => {
      const person = await insertPerson(s, { email: 'nina@northwind.example', name: 'Nina' });
      await insertRole(s, { personId: person.id, role: 'system_admin', environmentId: env.id });
      return person;
    });
    const headers = await t.auth(nina.email);
    expect(ids(await list(headers))).not.toContain(id);
    expect(await refreshAudiences(t.ctx)).toBeGreaterThan(0);
    expect(ids(await list(headers))).toContain(id);
    expect(await refreshAudiences(t.ctx)).toBe(0);
    expect(
      await t.ctx.database.db.selectFrom('event').select('id').where('subject_id', '=', id).execute(),
    ).toHaveLength(1);
  });

  it('reaches tenants by region and service', async () => {
    const id = await publish({
      title: 'For Field Service in Japan',
      audience: { regionCodes: ['JPN'], serviceIds: ['field-service'] },
    });
    expect(ids(await list(fiona))).toContain(id);
    expect(ids(await list(alice))).not.toContain(id);
  });
});

describe('read, archive, favorite', () => {
  it('marks posts per reader, archives them out of the list and restores them', async () => {
    const id = await publish({ title: 'Archive me', audience: { tenantIds: [t.demo.tenants.contoso.id] } });
    expect((await act(alice, 'markRead', [id])).json()).toEqual({ value: true });
    expect((await list(alice, '?state=read')).items.map((m) => m.id)).toContain(id);
    expect(ids(await list(sam, '?state=unread'))).toContain(id); // Sam has his own marks

    expect((await act(alice, 'archive', [id])).statusCode).toBe(200);
    expect((await act(alice, 'archive', [id])).statusCode).toBe(200); // already archived: fine
    expect(ids(await list(alice))).not.toContain(id);
    const archived = await list(alice, '?state=archived');
    expect(archived.items.find((m) => m.id === id)?.viewPoint).toMatchObject({ isRead: true, isArchived: true });

    await act(alice, 'unarchive', [id]);
    expect(ids(await list(alice))).toContain(id);
    await act(alice, 'favorite', [id]);
    expect(ids(await list(alice, '?state=favorite'))).toEqual([id]);
    await act(alice, 'unfavorite', [id]);
    expect(ids(await list(alice, '?state=favorite'))).toEqual([]);
    await act(alice, 'markUnread', [id]);
    expect(ids(await list(alice, '?state=unread'))).toContain(id);
  });

  it('refuses an empty list and an unknown action by name', async () => {
    const empty = await act(alice, 'archive', []);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe('body.messageIds');
    expect((await act(alice, 'burn', ['MC1234567'])).statusCode).toBe(404);
  });

  it('keeps one relevance feedback per reader and counts them for operators', async () => {
    const id = await publish({ title: 'Was this useful', audience: { tenantIds: [t.demo.tenants.contoso.id] } });
    const give = (who: { authorization: string }, feedback: string | null) =>
      t.app.inject({ method: 'PUT', url: `/api/me/messages/${id}/feedback`, headers: who, payload: { feedback } });
    expect((await give(alice, 'relevant')).json().viewPoint.feedback).toBe('relevant');
    await give(alice, 'notRelevant');
    await give(sam, 'notRelevant');
    expect((await t.app.inject({ url: `/api/messages/${id}`, headers: ops })).json().feedback).toEqual({
      relevant: 0,
      notRelevant: 2,
    });
    await give(sam, null);
    expect((await t.app.inject({ url: `/api/messages/${id}`, headers: ops })).json().feedback).toEqual({
      relevant: 0,
      notRelevant: 1,
    });
    expect((await give(alice, 'meh')).statusCode).toBe(400);
  });
});

describe('filters and search', () => {
  it('filters by service, tag, category and action required, searches words, and pages', async () => {
    const contoso = { tenantIds: [t.demo.tenants.contoso.id] };
    const a = await publish({
      title: 'Zebra forecasting arrives',
      body: 'Forecast zebra grids.',
      services: ['sales'],
      tags: ['New feature'],
      category: 'stayInformed',
      audience: contoso,
    });
    const b = await publish({
      title: 'Zebra routing retires',
      body: 'Plan the move.',
      services: ['customer-service'],
      tags: ['Retirement'],
      category: 'planForChange',
      actionRequiredByDateTime: inDays(10),
      audience: contoso,
    });
    const zebra = (q: string) => list(alice, `?q=zebra${q}`).then(ids);
    expect(new Set(await zebra(''))).toEqual(new Set([a, b]));
    expect(await zebra('&service=sales')).toEqual([a]);
    expect(await zebra('&tag=Retirement')).toEqual([b]);
    expect(new Set(await zebra('&tag=Retirement&tag=New%20feature'))).toEqual(new Set([a, b]));
    expect(await zebra('&category=planForChange')).toEqual([b]);
    expect(await zebra('&state=actionRequired')).toEqual([b]);
    expect(await list(alice, '?q=ZEBRA%20grids').then(ids)).toEqual([a]);
    const page = await list(alice, '?q=zebra&limit=1');
    expect(page).toMatchObject({ total: 2 });
    expect(page.items).toHaveLength(1);
    expect((await list(alice, '?q=zebra&limit=1&offset=1')).items[0]!.id).not.toBe(page.items[0]!.id);
  });

  it('explains a bad filter', async () => {
    const res = await t.app.inject({ url: '/api/me/messages?state=sleepy&category=gossip', headers: alice });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^querystring\.state/),
        expect.stringMatching(/^querystring\.category/),
      ]),
    );
  });
});

describe('data-privacy posts', () => {
  it('hides them from a system admin until an org admin makes them a data-privacy reader', async () => {
    const id = await publish({
      title: 'Diagnostic data retention',
      tags: ['Data privacy'],
      audience: { tenantIds: [t.demo.tenants.contoso.id] },
    });
    expect(ids(await list(alice))).toContain(id);
    expect(ids(await list(sam))).not.toContain(id);
    expect((await t.app.inject({ url: `/api/me/messages/${id}`, headers: sam })).statusCode).toBe(404);
    expect((await act(sam, 'markRead', [id])).statusCode).toBe(404);
    const event = await t.ctx.database.db
      .selectFrom('event')
      .select('payload')
      .where('subject_id', '=', id)
      .where('type', '=', 'message.published')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.payload).scope).toEqual({ personIds: [t.demo.people.contosoOrgAdmin!.id] });

    const url = `/api/tenants/${t.demo.tenants.contoso.id}/messagePrivacyReaders/${t.demo.people.contosoSysAdmin!.id}`;
    expect((await t.app.inject({ method: 'PUT', url, headers: sam })).statusCode).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: `/api/tenants/${t.demo.tenants.contoso.id}/messagePrivacyReaders/${t.demo.people.contosoSysAdmin!.id}`,
          headers: fiona,
        })
      ).statusCode,
    ).toBe(404);
    const granted = await t.app.inject({ method: 'PUT', url, headers: alice });
    expect(granted.json()).toEqual([
      expect.objectContaining({ email: 'sam@contoso.com', grantedBy: 'alice@contoso.com' }),
    ]);
    expect(ids(await list(sam))).toContain(id);

    const outsider = await t.app.inject({
      method: 'PUT',
      url: `/api/tenants/${t.demo.tenants.contoso.id}/messagePrivacyReaders/${t.demo.people.fabrikamSysAdmin!.id}`,
      headers: alice,
    });
    expect(outsider.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'DELETE', url, headers: alice })).statusCode).toBe(204);
    expect(ids(await list(sam))).not.toContain(id);
  });

  it('keeps the demo data-privacy post from system admins', async () => {
    const demo = (await list(alice, '?tag=Data%20privacy')).items.find((m) => m.title.includes('diagnostic data'));
    expect(demo).toBeDefined();
    expect(ids(await list(sam, '?tag=Data%20privacy'))).not.toContain(demo!.id);
  });
});

describe('attachments and release status', () => {
  it('stores small files and serves them to readers of the post only', async () => {
    const content = Buffer.from('%PDF-1.4 pretend').toString('base64');
    const id = await publish({
      title: 'With a file',
      audience: { tenantIds: [t.demo.tenants.contoso.id] },
      attachments: [{ name: 'guide.pdf', contentType: 'application/pdf', contentBase64: content }],
    });
    const seen = (await t.app.inject({ url: `/api/me/messages/${id}`, headers: alice })).json();
    expect(seen.hasAttachments).toBe(true);
    const file = seen.attachments[0];
    expect(file).toMatchObject({ name: 'guide.pdf', contentType: 'application/pdf', size: 16 });
    const download = await t.app.inject({ url: `/api/messages/${id}/attachments/${file.id}`, headers: sam });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain('guide.pdf');
    expect(download.rawPayload.toString()).toBe('%PDF-1.4 pretend');
    expect((await t.app.inject({ url: `/api/messages/${id}/attachments/${file.id}`, headers: fiona })).statusCode).toBe(
      404,
    );

    const tooBig = await t.app.inject({
      method: 'POST',
      url: `/api/messages/${id}/attachments`,
      headers: ops,
      payload: {
        name: 'big.bin',
        contentType: 'application/octet-stream',
        contentBase64: Buffer.alloc(1024 * 1024 + 1).toString('base64'),
      },
    });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().errors[0].field).toBe('body.contentBase64');
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/messages/${id}/attachments`,
      headers: ops,
      payload: { name: 'notes.txt', contentType: 'text/plain', contentBase64: Buffer.from('hi').toString('base64') },
    });
    expect(added.statusCode).toBe(201);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/messages/${id}/attachments/${file.id}`, headers: ops }))
        .statusCode,
    ).toBe(204);
    expect(
      (await t.app.inject({ url: `/api/me/messages/${id}`, headers: alice }))
        .json()
        .attachments.map((a: { name: string }) => a.name),
    ).toEqual(['notes.txt']);
  });

  it('shows each tenant where a release stands for it', async () => {
    const id = await publish({
      title: 'Wave feature',
      releaseId: 'wave-1',
      startDateTime: inDays(2),
      audience: { tenantIds: [t.demo.tenants.contoso.id, t.demo.tenants.fabrikam.id] },
    });
    const statusOf = async (who: { authorization: string }) =>
      (await t.app.inject({ url: `/api/me/messages/${id}`, headers: who })).json().releaseStatus;
    expect(await statusOf(alice)).toBe('scheduled');
    const set = await t.app.inject({
      method: 'PUT',
      url: `/api/messages/${id}/releaseStatus`,
      headers: ops,
      payload: { status: 'launched', tenantIds: [t.demo.tenants.fabrikam.id] },
    });
    expect(set.json()).toEqual({ tenantCount: 1 });
    expect(await statusOf(fiona)).toBe('launched');
    expect(await statusOf(alice)).toBe('scheduled');
    const outside = await t.app.inject({
      method: 'PUT',
      url: `/api/messages/${id}/releaseStatus`,
      headers: ops,
      payload: { status: 'launched', tenantIds: [t.demo.tenants.woodgrove.id] },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].field).toBe('body.tenantIds');
  });
});
