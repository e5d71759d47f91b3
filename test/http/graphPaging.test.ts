// Paging and filtering a large Message Center through the Graph-compatible API with the real
// Graph client: 500 posts for one organization walked page by page with @odata.nextLink, page
// sizes from Prefer and $top, $count on every page, and $filter combinations checked against
// what was written.
import { PageIterator, type Client, type PageCollection } from '@microsoft/microsoft-graph-client';
import type { ServiceUpdateMessage } from '@microsoft/microsoft-graph-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { insertMessage, type MessageInput } from '../../src/app/messages/insertMessage.js';
import { systemActor } from '../../src/domain/actor.js';
import { MESSAGE_CATEGORIES, MESSAGE_SEVERITIES } from '../../src/domain/messages.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startGraphFront, type GraphFront } from './graphClient.js';

const START = new Date('2026-03-02T08:00:00.000Z');
const HOUR = 3_600_000;
const POSTS = 500;

let t: TestApp;
let front: GraphFront;
let alice: Client;
let fiona: Client;
/** What was written for Contoso, by id, to check the answers against. */
const written = new Map<string, { n: number; input: MessageInput; at: string }>();
let demoCount = 0;

/** The n-th post: every category, severity, tag pair and service comes round regularly. */
function postNumber(n: number, tenantId: string): MessageInput {
  return {
    title: `Change number ${n}`,
    body: `Post ${n} of the paging test.`,
    category: MESSAGE_CATEGORIES[n % 3]!,
    severity: MESSAGE_SEVERITIES[n % 5 === 0 ? 2 : n % 2]!,
    tags: n % 4 === 0 ? ['Retirement', 'Admin impact'] : n % 4 === 1 ? ['New feature'] : [],
    isMajorChange: n % 7 === 0,
    actionRequiredBy: null,
    services: n % 2 === 0 ? ['sales'] : ['dataverse', 'power-apps'],
    startsAt: START.toISOString(),
    endsAt: null,
    audience: { tenantIds: [tenantId] },
  };
}

/** Every item of a collection, following @odata.nextLink with the client's PageIterator. */
async function graphList(client: Client, path: string): Promise<{ items: ServiceUpdateMessage[] }> {
  const items: ServiceUpdateMessage[] = [];
  const first = (await client.api(path).get()) as PageCollection;
  await new PageIterator(client, first, (m: ServiceUpdateMessage) => {
    items.push(m);
    return true;
  }).iterate();
  return { items };
}

beforeAll(async () => {
  t = await createTestApp({ now: START, config: { trustProxy: ['127.0.0.1'] } });
  front = await startGraphFront(t);
  alice = front.client(await t.auth('alice@contoso.com'));
  fiona = front.client(await t.auth('fiona@fabrikam.com'));
  demoCount = ((await alice.api('/admin/serviceAnnouncement/messages').get()).value as unknown[]).length;
  const system = systemActor('paging test');
  const { contoso, fabrikam } = t.demo.tenants;
  // Five batches an hour apart, so that lastModifiedDateTime differs between them.
  for (let batch = 0; batch < 5; batch++) {
    t.clock.now = new Date(START.getTime() + (batch + 1) * HOUR);
    await runCommand(t.ctx, system, async (s) => {
      for (let n = batch * 100; n < (batch + 1) * 100; n++) {
        const input = postNumber(n, contoso.id);
        const { id } = await insertMessage(s, input);
        written.set(id, { n, input, at: s.nowIso });
      }
      if (batch === 0)
        for (let n = 0; n < 20; n++)
          await insertMessage(s, { ...postNumber(n, fabrikam.id), title: `Fabrikam change ${n}` });
    });
  }
}, 120_000);
afterAll(async () => {
  await front?.close();
  await t?.close();
});

describe('paging 500 posts', () => {
  it('walks every post once, 100 a page by default, following @odata.nextLink', async () => {
    const first = await alice.api('/admin/serviceAnnouncement/messages').count(true).get();
    expect(first.value).toHaveLength(100);
    expect(first['@odata.count']).toBe(POSTS + demoCount);
    expect(first['@odata.nextLink']).toBe(
      `${front.origin}/v1.0/admin/serviceAnnouncement/messages?$count=true&$skip=100&$top=100`,
    );

    const { items } = await graphList(alice, '/admin/serviceAnnouncement/messages');
    expect(items).toHaveLength(POSTS + demoCount);
    const ids = items.map((m) => m.id!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of written.keys()) expect(ids).toContain(id);
    expect(items.some((m) => m.title!.startsWith('Fabrikam'))).toBe(false);
    // Newest change first across pages.
    const times = items.map((m) => m.lastModifiedDateTime!);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('takes up to 1,000 a page with Prefer: odata.maxpagesize, and $top as the page size', async () => {
    const raw = await fetch(`${front.origin}/v1.0/admin/serviceAnnouncement/messages?$select=id`, {
      headers: { ...(await t.auth('alice@contoso.com')), prefer: 'odata.maxpagesize=5000' },
    });
    expect(raw.headers.get('preference-applied')).toBe('odata.maxpagesize=1000');
    const body = (await raw.json()) as { value: unknown[]; '@odata.nextLink'?: string };
    expect(body.value).toHaveLength(POSTS + demoCount);
    expect(body['@odata.nextLink']).toBeUndefined();

    const sized = await alice.api('/admin/serviceAnnouncement/messages').top(150).select('id').get();
    expect(sized.value).toHaveLength(150);
    expect(sized['@odata.nextLink']).toMatch(/\$skip=150&\$top=150$/);
    const { items } = await graphList(alice, '/admin/serviceAnnouncement/messages?$top=150&$select=id,title');
    expect(items).toHaveLength(POSTS + demoCount);
    expect(Object.keys(items[0]!).sort()).toEqual(['id', 'title']);
  });

  it('starts where $skip says and keeps the order stable with $orderby', async () => {
    const all = (
      await alice.api('/admin/serviceAnnouncement/messages').top(1000).orderby(['title', 'id desc']).select('id').get()
    ).value as { id: string }[];
    const skipped = (
      await alice
        .api('/admin/serviceAnnouncement/messages')
        .skip(490)
        .top(1000)
        .orderby(['title', 'id desc'])
        .select('id')
        .get()
    ).value as { id: string }[];
    expect(skipped).toEqual(all.slice(490));
  });
});

describe('$filter over 500 posts', () => {
  const contosoOnly = () => [...written.entries()];
  const count = async (filter: string) =>
    (await alice.api('/admin/serviceAnnouncement/messages').filter(filter).count(true).top(1).select('id').get())[
      '@odata.count'
    ] as number;
  const expected = (keep: (p: { n: number; input: MessageInput; at: string }) => boolean) =>
    contosoOnly().filter(([, p]) => keep(p)).length;

  it('answers each combination with exactly the posts that match it', async () => {
    const third = new Date(START.getTime() + 3 * HOUR).toISOString();
    const cases: [string, (p: { n: number; input: MessageInput; at: string }) => boolean][] = [
      [
        "category eq 'planForChange' and severity eq 'critical' and startswith(title, 'Change')",
        (p) => p.input.category === 'planForChange' && p.input.severity === 'critical',
      ],
      [
        "(severity eq 'high' or severity eq 'critical') and isMajorChange eq true and startswith(title, 'Change')",
        (p) => p.input.severity !== 'normal' && p.input.isMajorChange,
      ],
      [
        "tags/any(t: t eq 'Retirement') and services/any(s: s eq 'Dynamics 365 Sales') and contains(title, 'number')",
        (p) => p.input.tags.includes('Retirement') && p.input.services.includes('sales'),
      ],
      [
        `lastModifiedDateTime ge ${third} and lastModifiedDateTime le ${third} and contains(title, 'number')`,
        (p) => p.at === third,
      ],
      [
        `lastModifiedDateTime gt ${third} and not tags/any() and contains(title, 'number')`,
        (p) => p.at > third && p.input.tags.length === 0,
      ],
      [
        "category ne 'stayInformed' and services/any(s: s eq 'Power Apps') and contains(title, 'number')",
        (p) => p.input.category !== 'stayInformed' && p.input.services.includes('power-apps'),
      ],
    ];
    for (const [filter, keep] of cases) {
      const want = expected(keep);
      expect(want, filter).toBeGreaterThan(0);
      expect(await count(filter), filter).toBe(want);
    }
  });

  it('pages a filtered list with its own count and nextLink', async () => {
    const filter = "category eq 'preventOrFixIssue' and contains(title, 'number')";
    const want = expected((p) => p.input.category === 'preventOrFixIssue');
    const first = await alice.api('/admin/serviceAnnouncement/messages').filter(filter).count(true).top(50).get();
    expect(first['@odata.count']).toBe(want);
    expect(decodeURIComponent(first['@odata.nextLink'])).toContain(`$filter=${filter}`);
    const { items } = await graphList(
      alice,
      `/admin/serviceAnnouncement/messages?$filter=${encodeURIComponent(filter)}&$top=50`,
    );
    expect(items).toHaveLength(want);
    expect(items.every((m) => m.category === 'preventOrFixIssue')).toBe(true);
  });

  it('keeps the other organization’s posts out of every page', async () => {
    const fabrikam = (
      await fiona.api('/admin/serviceAnnouncement/messages').filter("startswith(title, 'Fabrikam')").count(true).get()
    )['@odata.count'];
    expect(fabrikam).toBe(20);
    expect(await count("startswith(title, 'Fabrikam')")).toBe(0);
  });
});
