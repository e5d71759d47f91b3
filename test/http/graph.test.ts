// The Microsoft Graph-compatible tenant API, read with the real Graph client and typings:
// every route answers Graph's shape key for key, filters and pages as Graph does, and keeps
// each organization's data to itself, with errors in Graph's own shape.
import { GraphError, PageIterator, ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import type {
  ServiceAnnouncementAttachment,
  ServiceHealth,
  ServiceHealthIssue,
  ServiceUpdateMessage,
} from '@microsoft/microsoft-graph-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { startGraphFront, type GraphFront } from './graphClient.js';

let t: TestApp;
let front: GraphFront;
let ops: { authorization: string };
let alice: Client; // Contoso org admin
let sam: Client; // Contoso system admin, NAM production only
let fiona: Client; // Fabrikam org admin
let contosoPost: string;
let fabrikamPost: string;

const NOW = new Date('2026-11-25T14:00:00.000Z');

const ISSUE_KEYS = [
  'id',
  'title',
  'impactDescription',
  'classification',
  'status',
  'service',
  'feature',
  'featureGroup',
  'isResolved',
  'origin',
  'startDateTime',
  'endDateTime',
  'lastModifiedDateTime',
  'highImpact',
  'details',
  'posts',
].sort();
const MESSAGE_KEYS = [
  'id',
  'title',
  'body',
  'category',
  'severity',
  'tags',
  'isMajorChange',
  'actionRequiredByDateTime',
  'services',
  'startDateTime',
  'endDateTime',
  'lastModifiedDateTime',
  'details',
  'hasAttachments',
  'attachmentsArchive',
  'viewPoint',
].sort();
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

async function publish(payload: Record<string, unknown>): Promise<string> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/messages',
    headers: ops,
    payload: { body: 'Details.', category: 'stayInformed', startDateTime: NOW.toISOString(), ...payload },
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

/** The GraphError a call fails with. */
async function graphError(call: Promise<unknown>): Promise<GraphError> {
  try {
    await call;
  } catch (e) {
    expect(e).toBeInstanceOf(GraphError);
    return e as GraphError;
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW, config: { trustProxy: ['127.0.0.1'] } });
  front = await startGraphFront(t);
  ops = await t.auth('ops@herald.example');
  alice = front.client(await t.auth('alice@contoso.com'));
  sam = front.client(await t.auth('sam@contoso.com'));
  fiona = front.client(await t.auth('fiona@fabrikam.com'));
  contosoPost = await publish({
    title: 'Plan for the new sign-in page',
    category: 'planForChange',
    severity: 'high',
    tags: ['User impact', 'Admin impact'],
    services: ['sales'],
    isMajorChange: true,
    actionRequiredByDateTime: new Date(NOW.getTime() + 45 * 86_400_000).toISOString(),
    details: [{ name: 'ExternalLink', value: 'https://example.com/notes' }],
    audience: { tenantIds: [t.demo.tenants.contoso.id] },
    attachments: [
      {
        name: 'checklist.txt',
        contentType: 'text/plain',
        contentBase64: Buffer.from('1. Read\n2. Act\n').toString('base64'),
      },
      {
        name: 'checklist.txt',
        contentType: 'text/plain',
        contentBase64: Buffer.from('second copy').toString('base64'),
      },
    ],
  });
  fabrikamPost = await publish({ title: 'Only for Fabrikam', audience: { tenantIds: [t.demo.tenants.fabrikam.id] } });
});
afterAll(async () => {
  await front?.close();
  await t?.close();
});

describe('healthOverviews', () => {
  it('lists each service the organization runs, with Graph’s keys, context and statuses', async () => {
    const res = await alice.api('/admin/serviceAnnouncement/healthOverviews').get();
    expect(res['@odata.context']).toBe(`${front.origin}/v1.0/$metadata#admin/serviceAnnouncement/healthOverviews`);
    const overviews = res.value as ServiceHealth[];
    for (const o of overviews) expect(Object.keys(o).sort()).toEqual(['id', 'service', 'status']);
    const byId = Object.fromEntries(overviews.map((o) => [o.id, o.status]));
    // Contoso runs Sales, Dataverse and Power Apps in NAM, Customer Service and Power Automate in EUR.
    expect(Object.keys(byId).sort()).toEqual([
      'customer-service',
      'dataverse',
      'power-apps',
      'power-automate',
      'sales',
    ]);
    expect(byId).toMatchObject({
      sales: 'serviceDegradation',
      'power-automate': 'serviceDegradation',
      dataverse: 'serviceOperational',
    });
  });

  it('expands issues and finds one service by its name or id', async () => {
    const expanded = await alice.api('/admin/serviceAnnouncement/healthOverviews').expand('issues').get();
    expect(expanded['@odata.context']).toMatch(/#admin\/serviceAnnouncement\/healthOverviews\(issues\(\)\)$/);
    const dataverse = (expanded.value as ServiceHealth[]).find((o) => o.id === 'dataverse')!;
    expect(dataverse.issues!.map((i) => i.title)).toEqual(['Dataverse requests fail in several regions']);

    const sales: ServiceHealth = await alice.api('/admin/serviceAnnouncement/healthOverviews/Dynamics 365 Sales').get();
    expect(sales).toMatchObject({ id: 'sales', service: 'Dynamics 365 Sales', status: 'serviceDegradation' });
    expect((sales as Record<string, unknown>)['@odata.context']).toMatch(/healthOverviews\/\$entity$/);
    const withIssues: ServiceHealth = await alice
      .api('/admin/serviceAnnouncement/healthOverviews/sales')
      .expand('issues')
      .get();
    expect(withIssues.issues!.map((i) => i.title)).toEqual(['Slow loading of opportunity forms']);

    const missing = await graphError(
      fiona.api('/admin/serviceAnnouncement/healthOverviews/Dynamics 365 Customer Service').get(),
    );
    expect(missing).toMatchObject({ statusCode: 404, code: 'NotFound' });
  });
});

describe('issues', () => {
  it('lists the organization’s issues as serviceHealthIssue, key for key', async () => {
    const res = await alice.api('/admin/serviceAnnouncement/issues').get();
    expect(res['@odata.context']).toBe(`${front.origin}/v1.0/$metadata#admin/serviceAnnouncement/issues`);
    const issues = res.value as (ServiceHealthIssue & { highImpact: boolean })[];
    expect(issues.map((i) => i.title).sort()).toEqual([
      'Dataverse requests fail in several regions',
      'Slow loading of opportunity forms',
      'Some scheduled cloud flows start up to 10 minutes late',
    ]);
    for (const i of issues) {
      expect(Object.keys(i).sort()).toEqual(ISSUE_KEYS);
      expect(['incident', 'advisory']).toContain(i.classification);
      expect(['microsoft', 'thirdParty', 'customer']).toContain(i.origin);
      expect(i.startDateTime).toMatch(ISO);
      expect(i.lastModifiedDateTime).toMatch(ISO);
      for (const p of i.posts!) {
        expect(Object.keys(p).sort()).toEqual(['createdDateTime', 'description', 'postType']);
        expect(['regular', 'quick', 'strategic']).toContain(p.postType);
        expect(Object.keys(p.description!).sort()).toEqual(['content', 'contentType']);
      }
      for (const d of i.details!) expect(Object.keys(d).sort()).toEqual(['name', 'value']);
    }
    const major = issues.find((i) => i.title!.startsWith('Dataverse'))!;
    expect(major).toMatchObject({
      status: 'postIncidentReviewPublished',
      isResolved: true,
      highImpact: true,
      service: 'Dataverse',
      classification: 'incident',
    });
    expect(major.details).toContainEqual({ name: 'Severity', value: 'major' });
    const minor = issues.find((i) => i.title!.startsWith('Slow'))!;
    expect(minor).toMatchObject({
      status: 'serviceDegradation',
      isResolved: false,
      endDateTime: null,
      feature: 'Opportunities',
      featureGroup: 'Sales',
      highImpact: false,
    });
  });

  it('filters, sorts, selects and counts as OData asks', async () => {
    const titles = async (request: ReturnType<Client['api']>) =>
      ((await request.get()).value as ServiceHealthIssue[]).map((i) => i.title);
    expect(await titles(alice.api('/admin/serviceAnnouncement/issues').filter("classification eq 'advisory'"))).toEqual(
      ['Some scheduled cloud flows start up to 10 minutes late'],
    );
    expect(
      await titles(
        alice
          .api('/admin/serviceAnnouncement/issues')
          .filter("isResolved eq false and service eq 'Dynamics 365 Sales'"),
      ),
    ).toEqual(['Slow loading of opportunity forms']);
    expect(
      await titles(
        alice
          .api('/admin/serviceAnnouncement/issues')
          .filter("status eq 'PostIncidentReviewPublished' or classification eq 'advisory'")
          .orderby('startDateTime'),
      ),
    ).toEqual(['Dataverse requests fail in several regions', 'Some scheduled cloud flows start up to 10 minutes late']);
    expect(
      await titles(
        alice
          .api('/admin/serviceAnnouncement/issues')
          .filter(`lastModifiedDateTime ge ${new Date(NOW.getTime() - 86_400_000).toISOString()}`)
          .orderby('title desc'),
      ),
    ).toEqual(['Some scheduled cloud flows start up to 10 minutes late', 'Slow loading of opportunity forms']);
    const selected = await alice
      .api('/admin/serviceAnnouncement/issues')
      .select(['id', 'status'])
      .count(true)
      .filter('highImpact eq true')
      .get();
    expect(selected['@odata.context']).toMatch(/#admin\/serviceAnnouncement\/issues\(id,status\)$/);
    expect(selected['@odata.count']).toBe(1);
    expect(Object.keys(selected.value[0]).sort()).toEqual(['id', 'status']);
  });

  it('shows a system admin only the issues touching their environments, and one organization only its own', async () => {
    const samTitles = ((await sam.api('/admin/serviceAnnouncement/issues').get()).value as ServiceHealthIssue[])
      .map((i) => i.title)
      .sort();
    expect(samTitles).toEqual(['Dataverse requests fail in several regions', 'Slow loading of opportunity forms']);
    const fionaIssues = (await fiona.api('/admin/serviceAnnouncement/issues').get()).value as ServiceHealthIssue[];
    expect(fionaIssues.map((i) => i.title)).toEqual(['Dataverse requests fail in several regions']);
  });

  it('answers one issue, and another organization’s as not found in Graph’s error shape', async () => {
    const list = (await alice.api('/admin/serviceAnnouncement/issues').get()).value as ServiceHealthIssue[];
    const minor = list.find((i) => i.title!.startsWith('Slow'))!;
    const one = await alice.api(`/admin/serviceAnnouncement/issues/${minor.id}`).get();
    expect(one['@odata.context']).toBe(`${front.origin}/v1.0/$metadata#admin/serviceAnnouncement/issues/$entity`);
    expect(
      Object.keys(one)
        .filter((k) => k !== '@odata.context')
        .sort(),
    ).toEqual(ISSUE_KEYS);
    const selected = await alice.api(`/admin/serviceAnnouncement/issues/${minor.id}`).select('title').get();
    expect(selected).toEqual({
      '@odata.context': `${front.origin}/v1.0/$metadata#admin/serviceAnnouncement/issues(title)/$entity`,
      title: minor.title,
    });

    const hidden = await graphError(fiona.api(`/admin/serviceAnnouncement/issues/${minor.id}`).get());
    expect(hidden).toMatchObject({ statusCode: 404, code: 'NotFound' });
    expect(hidden.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(hidden.body as string)).toEqual({
      code: 'NotFound',
      message: expect.stringContaining(minor.id!),
      innerError: {
        date: expect.stringMatching(ISO),
        'request-id': hidden.requestId,
        'client-request-id': expect.any(String),
      },
    });
  });

  it('gives the post-incident report as a file only once it is published', async () => {
    const list = (await fiona.api('/admin/serviceAnnouncement/issues').get()).value as ServiceHealthIssue[];
    const pdf = (await fiona
      .api(`/admin/serviceAnnouncement/issues/${list[0]!.id}/incidentReport()`)
      .responseType(ResponseType.ARRAYBUFFER)
      .get()) as ArrayBuffer;
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const asDocumented = (await fiona
      .api(`/admin/serviceAnnouncement/issues/${list[0]!.id}/incidentReport`)
      .responseType(ResponseType.ARRAYBUFFER)
      .get()) as ArrayBuffer;
    expect(asDocumented.byteLength).toBe(pdf.byteLength);

    const minor = (
      (
        await alice
          .api('/admin/serviceAnnouncement/issues')
          .filter("status eq 'serviceDegradation' and classification eq 'incident'")
          .get()
      ).value as ServiceHealthIssue[]
    )[0]!;
    const none = await graphError(alice.api(`/admin/serviceAnnouncement/issues/${minor.id}/incidentReport()`).get());
    expect(none).toMatchObject({ statusCode: 404, code: 'NotFound' });
    expect(none.message).toContain('postIncidentReviewPublished');
  });
});

describe('messages', () => {
  it('lists the organization’s posts as serviceUpdateMessage with the reader’s viewPoint', async () => {
    const res = await alice.api('/admin/serviceAnnouncement/messages').get();
    expect(res['@odata.context']).toBe(`${front.origin}/v1.0/$metadata#admin/serviceAnnouncement/messages`);
    const messages = res.value as ServiceUpdateMessage[];
    expect(messages.map((m) => m.id)).toContain(contosoPost);
    expect(messages.map((m) => m.id)).not.toContain(fabrikamPost);
    for (const m of messages) {
      expect(Object.keys(m).sort()).toEqual(MESSAGE_KEYS);
      expect(['preventOrFixIssue', 'planForChange', 'stayInformed']).toContain(m.category);
      expect(['normal', 'high', 'critical']).toContain(m.severity);
      expect(Object.keys(m.viewPoint!).sort()).toEqual(['isArchived', 'isFavorited', 'isRead']);
      expect(m.body!.contentType).toBe('html');
    }
    const mine = messages.find((m) => m.id === contosoPost)!;
    expect(mine).toMatchObject({
      category: 'planForChange',
      severity: 'high',
      isMajorChange: true,
      services: ['Dynamics 365 Sales'],
      tags: ['User impact', 'Admin impact'],
      hasAttachments: true,
      attachmentsArchive: null,
      details: [{ name: 'ExternalLink', value: 'https://example.com/notes' }],
      viewPoint: { isRead: false, isArchived: false, isFavorited: false },
    });
    // Newest change first, as the Message Center orders them.
    const times = messages.map((m) => m.lastModifiedDateTime!);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('marks posts read, archived and favorite for the reader only, and still lists archived ones', async () => {
    for (const action of ['markRead', 'archive', 'favorite']) {
      const res = await alice.api(`/admin/serviceAnnouncement/messages/${action}`).post({ messageIds: [contosoPost] });
      expect(res).toEqual({ '@odata.context': `${front.origin}/v1.0/$metadata#Edm.Boolean`, value: true });
    }
    const mine: ServiceUpdateMessage = await alice.api(`/admin/serviceAnnouncement/messages/${contosoPost}`).get();
    expect(mine.viewPoint).toEqual({ isRead: true, isArchived: true, isFavorited: true });
    const archived = (
      await alice.api('/admin/serviceAnnouncement/messages').filter('viewPoint/isArchived eq true').get()
    ).value as ServiceUpdateMessage[];
    expect(archived.map((m) => m.id)).toEqual([contosoPost]);
    // Sam reads the same organization, with his own marks.
    const samsView: ServiceUpdateMessage = await sam.api(`/admin/serviceAnnouncement/messages/${contosoPost}`).get();
    expect(samsView.viewPoint).toEqual({ isRead: false, isArchived: false, isFavorited: false });

    for (const action of ['markUnread', 'unarchive', 'unfavorite']) {
      expect(
        (await alice.api(`/admin/serviceAnnouncement/messages/${action}`).post({ messageIds: [contosoPost] })).value,
      ).toBe(true);
    }
    const back: ServiceUpdateMessage = await alice.api(`/admin/serviceAnnouncement/messages/${contosoPost}`).get();
    expect(back.viewPoint).toEqual({ isRead: false, isArchived: false, isFavorited: false });
  });

  it('refuses marks on another organization’s post, all or nothing', async () => {
    const err = await graphError(
      alice.api('/admin/serviceAnnouncement/messages/markRead').post({ messageIds: [contosoPost, fabrikamPost] }),
    );
    expect(err).toMatchObject({ statusCode: 404, code: 'NotFound' });
    expect(err.message).toContain(fabrikamPost);
    const mine: ServiceUpdateMessage = await alice.api(`/admin/serviceAnnouncement/messages/${contosoPost}`).get();
    expect(mine.viewPoint!.isRead).toBe(false);
    expect(await graphError(fiona.api(`/admin/serviceAnnouncement/messages/${contosoPost}`).get())).toMatchObject({
      statusCode: 404,
      code: 'NotFound',
    });
  });

  it('filters by category, severity, tags, services and dates', async () => {
    const all = (await alice.api('/admin/serviceAnnouncement/messages').get()).value as ServiceUpdateMessage[];
    const ids = async (filter: string) =>
      (
        (await alice.api('/admin/serviceAnnouncement/messages').filter(filter).get()).value as ServiceUpdateMessage[]
      ).map((m) => m.id);
    const expected = (keep: (m: ServiceUpdateMessage) => boolean) => all.filter(keep).map((m) => m.id);
    const cases: [string, (m: ServiceUpdateMessage) => boolean][] = [
      [
        "category eq 'planForChange' and severity eq 'high'",
        (m) => m.category === 'planForChange' && m.severity === 'high',
      ],
      [
        "severity ne 'high' or category eq 'stayInformed'",
        (m) => m.severity !== 'high' || m.category === 'stayInformed',
      ],
      [
        "tags/any(t: t eq 'User impact') and isMajorChange eq true",
        (m) => m.tags!.includes('User impact') && m.isMajorChange === true,
      ],
      [
        "services/any(s: s eq 'Dynamics 365 Sales') or tags/any(t: t eq 'Data privacy')",
        (m) => m.services!.includes('Dynamics 365 Sales') || m.tags!.includes('Data privacy'),
      ],
      [
        `lastModifiedDateTime ge ${NOW.toISOString()} and hasAttachments eq true`,
        (m) => m.lastModifiedDateTime! >= NOW.toISOString() && m.hasAttachments === true,
      ],
      [
        'actionRequiredByDateTime ne null and not (viewPoint/isRead eq true)',
        (m) => m.actionRequiredByDateTime !== null && !m.viewPoint!.isRead,
      ],
    ];
    for (const [filter, keep] of cases) {
      expect(expected(keep).length, filter).toBeGreaterThan(0);
      expect(await ids(filter), filter).toEqual(expected(keep));
    }
    expect(await ids("category eq 'planForChange' and severity eq 'high'")).toContain(contosoPost);
  });

  it('lists, describes and serves attachments, and zips them all', async () => {
    const list = await alice.api(`/admin/serviceAnnouncement/messages/${contosoPost}/attachments`).get();
    expect(list['@odata.context']).toBe(
      `${front.origin}/v1.0/$metadata#admin/serviceAnnouncement/messages('${contosoPost}')/attachments`,
    );
    const attachments = list.value as ServiceAnnouncementAttachment[];
    expect(attachments).toHaveLength(2);
    for (const a of attachments)
      expect(Object.keys(a).sort()).toEqual(['contentType', 'id', 'isInline', 'lastModifiedDateTime', 'name', 'size']);
    // Both were attached in one command, so their order is their (random) ids' order.
    const first = attachments.find((a) => a.size === 15)!;
    const one = await alice.api(`/admin/serviceAnnouncement/messages/${contosoPost}/attachments/${first.id}`).get();
    expect(one).toMatchObject({
      id: first.id,
      name: 'checklist.txt',
      contentType: 'text/plain',
      size: 15,
      isInline: false,
    });
    const content = (await alice
      .api(`/admin/serviceAnnouncement/messages/${contosoPost}/attachments/${first.id}/content`)
      .responseType(ResponseType.TEXT)
      .get()) as string;
    expect(content).toBe('1. Read\n2. Act\n');

    const zip = Buffer.from(
      (await alice
        .api(`/admin/serviceAnnouncement/messages/${contosoPost}/attachmentsArchive`)
        .responseType(ResponseType.ARRAYBUFFER)
        .get()) as ArrayBuffer,
    );
    expect(zip.subarray(0, 4).toString('binary')).toBe('PK\x03\x04');
    expect(zip.includes('checklist.txt')).toBe(true);
    expect(zip.includes('checklist (2).txt')).toBe(true);

    expect(
      await graphError(fiona.api(`/admin/serviceAnnouncement/messages/${contosoPost}/attachments`).get()),
    ).toMatchObject({ statusCode: 404, code: 'NotFound' });
    expect(
      await graphError(alice.api(`/admin/serviceAnnouncement/messages/${contosoPost}/attachments/nope`).get()),
    ).toMatchObject({ statusCode: 404 });
    const demoPost = (
      (await alice.api('/admin/serviceAnnouncement/messages').filter('hasAttachments eq false').top(1).get())
        .value as ServiceUpdateMessage[]
    )[0]!;
    expect(
      await graphError(alice.api(`/admin/serviceAnnouncement/messages/${demoPost.id}/attachmentsArchive`).get()),
    ).toMatchObject({ statusCode: 404, code: 'NotFound' });
  });
});

describe('paging', () => {
  it('honours Prefer: odata.maxpagesize, answers Preference-Applied and continues with @odata.nextLink', async () => {
    const raw = await fetch(`${front.origin}/v1.0/admin/serviceAnnouncement/messages?$count=true&$select=id`, {
      headers: { ...(await t.auth('alice@contoso.com')), prefer: 'odata.maxpagesize=2' },
    });
    expect(raw.headers.get('preference-applied')).toBe('odata.maxpagesize=2');
    const first = (await raw.json()) as { value: unknown[]; '@odata.nextLink': string; '@odata.count': number };
    expect(first.value).toHaveLength(2);
    expect(first['@odata.nextLink']).toBe(
      `${front.origin}/v1.0/admin/serviceAnnouncement/messages?$count=true&$select=id&$skip=2&$top=2`,
    );

    const seen: string[] = [];
    const iterator = new PageIterator(alice, first, (m: ServiceUpdateMessage) => {
      seen.push(m.id!);
      return true;
    });
    await iterator.iterate();
    expect(seen).toHaveLength(first['@odata.count']);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('bad input and bad tokens, in Graph’s error shape', () => {
  const url = (path: string) => `${front.origin}/v1.0/admin/serviceAnnouncement/${path}`;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(url(path), { headers });
    return {
      status: res.status,
      body: (await res.json()) as { error: { code: string; message: string } },
      headers: res.headers,
    };
  };

  it('names the position of a malformed $filter and the field of an unknown $select', async () => {
    const filter = await graphError(
      alice.api('/admin/serviceAnnouncement/messages').filter("category eq 'planForChange' and").get(),
    );
    expect(filter).toMatchObject({ statusCode: 400, code: 'BadRequest' });
    expect(filter.message).toBe('$filter: at position 32: expected a field, a value or "(", found the end');
    const field = await graphError(alice.api('/admin/serviceAnnouncement/issues').filter("colour eq 'red'").get());
    expect(field.message).toMatch(/^\$filter: at position 1: "colour" is not a field you can filter on/);
    const select = await graphError(alice.api('/admin/serviceAnnouncement/messages').select(['id', 'colour']).get());
    expect(select).toMatchObject({ statusCode: 400, code: 'BadRequest' });
    expect(select.message).toMatch(/^\$select: "colour" is not a field of this resource/);
    const top = await graphError(alice.api('/admin/serviceAnnouncement/messages').top(5000).get());
    expect(top.message).toBe('$top: must be a whole number from 1 to 1000');
    const expand = await graphError(alice.api('/admin/serviceAnnouncement/healthOverviews').expand('posts').get());
    expect(expand.message).toBe('$expand: cannot expand "posts"; use issues');
    const search = await graphError(alice.api('/admin/serviceAnnouncement/messages').search('sign-in').get());
    expect(search).toMatchObject({ statusCode: 400, code: 'BadRequest' });
    expect(search.message).toContain('$search');
  });

  it('refuses a bad action body before writing anything', async () => {
    const err = await graphError(alice.api('/admin/serviceAnnouncement/messages/archive').post({ ids: [contosoPost] }));
    expect(err).toMatchObject({ statusCode: 400, code: 'BadRequest' });
    expect(err.message).toContain('messageIds');
  });

  it('answers 401 without a token or with an unknown one, 403 for an operator, 404 for an unknown path', async () => {
    const none = await get('issues');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(none.body).toEqual({
      error: {
        code: 'Unauthorized',
        message: expect.stringContaining('Bearer'),
        innerError: { date: expect.stringMatching(ISO), 'request-id': none.headers.get('request-id') },
      },
    });
    const unknown = await get('messages', { authorization: 'Bearer herald_pat_unknown' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('Unauthorized');
    const operator = await get('messages', ops);
    expect(operator.status).toBe(403);
    expect(operator.body.error.code).toBe('Forbidden');
    const nowhere = await get('announcements', await t.auth('alice@contoso.com'));
    expect(nowhere.status).toBe(404);
    expect(nowhere.body.error).toMatchObject({
      code: 'NotFound',
      message: "Resource not found for the segment 'announcements'.",
    });
  });
});
