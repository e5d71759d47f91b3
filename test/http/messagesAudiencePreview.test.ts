// The composer's "who will be told": counted on the server, and the same people sending reaches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
beforeAll(async () => {
  t = await createTestApp();
  ops = await t.auth('ops@herald.example');
});
afterAll(() => t.close());

const preview = (payload: Record<string, unknown>, headers = ops) =>
  t.app.inject({ method: 'POST', url: '/api/messages/audience-preview', headers, payload });

describe('audience preview', () => {
  it('counts the tenants, org admins and system admins a post to some regions reaches', async () => {
    const res = await preview({ audience: { allTenants: true, regionCodes: ['JPN', 'GCC'] } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.tenantCount).toBe(2);
    expect(body.tenants.map((x: { name: string }) => x.name)).toEqual(['Fabrikam', 'Woodgrove Bank']);
    expect(body.people.map((p: { email: string; reason: string }) => [p.email, p.reason]).sort()).toEqual([
      ['fiona@fabrikam.com', 'org admin'],
      ['raj@fabrikam.com', 'system admin'],
      ['wendy@woodgrovebank.com', 'org admin'],
    ]);
    expect(body.channels).toEqual(['in_app']);
    expect(body.optIn).toEqual(['email']);
  });

  it('names additional recipients added for Message Center posts, and says a major change is emailed', async () => {
    const alice = await t.auth('alice@contoso.com');
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/tenants/${t.demo.tenants.contoso.id}/recipients`,
      headers: alice,
      payload: { email: 'it-news@contoso.com', categories: ['message_center'] },
    });
    expect(added.statusCode, added.body).toBe(201);
    const body = (await preview({ audience: { tenantIds: [t.demo.tenants.contoso.id] }, isMajorChange: true })).json();
    expect(body.peopleCount).toBe(4);
    expect(body.people.map((p: { email: string; reason: string }) => [p.email, p.reason])).toEqual([
      ['alice@contoso.com', 'org admin'],
      ['eva@contoso.com', 'system admin'],
      ['sam@contoso.com', 'system admin'],
      ['it-news@contoso.com', 'additional recipient'],
    ]);
    expect(body.channels).toEqual(['email', 'in_app']);
  });

  it('agrees with what publishing the post actually plans', async () => {
    const audience = { allTenants: true };
    const expected = (await preview({ audience })).json();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/messages',
      headers: ops,
      payload: {
        title: 'New admin center',
        body: 'It moves.',
        category: 'stayInformed',
        startDateTime: t.clock.now.toISOString(),
        audience,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/messages/${created.json().id}/publish`, headers: ops }))
        .statusCode,
    ).toBe(200);
    const event = await t.ctx.database.db
      .selectFrom('event')
      .select('id')
      .where('subject_id', '=', created.json().id)
      .where('type', '=', 'message.published')
      .executeTakeFirstOrThrow();
    const told = await t.ctx.database.db
      .selectFrom('delivery')
      .select('recipient_id')
      .distinct()
      .where('event_id', '=', event.id)
      .execute();
    expect(told.length).toBe(expected.peopleCount);
  });

  it('is for operators only, and names a bad audience field', async () => {
    expect((await preview({ audience: { allTenants: true } }, await t.auth('alice@contoso.com'))).statusCode).toBe(403);
    const bad = await preview({ audience: { everyone: true } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.audience.everyone');
  });
});
