// First-year lifecycle mail: from a tenant's purchase date, the schedule's steps appear in its
// Message Center and go to its admins at the right days, each once, and never to other tenants.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../../src/app/directory/tenants.js';
import { sendDueLifecycleMail } from '../../src/app/messages/lifecycleMail.js';
import { systemActor } from '../../src/domain/actor.js';
import { createTestApp, type TestApp } from '../support/app.js';

// Contoso bought on 2026-03-02 and Fabrikam on 2025-12-15 (the demo directory).
let t: TestApp;
let alice: { authorization: string };
let fiona: { authorization: string };

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-03-02T12:00:00Z') });
  alice = await t.auth('alice@contoso.com');
  fiona = await t.auth('fiona@fabrikam.com');
});
afterAll(() => t.close());

const lifecyclePosts = async (who: { authorization: string }) => {
  const res = await t.app.inject({ url: '/api/me/messages?limit=1000', headers: who });
  return (res.json().items as { title: string }[]).map((m) => m.title);
};
const lifecycleEvents = (tenantId: string) =>
  t.ctx.database.db
    .selectFrom('event')
    .selectAll()
    .where('type', '=', 'lifecycle.due')
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at')
    .execute();

describe('first-year lifecycle mail', () => {
  it('posts each step at its day, once, to the tenant’s admins only', async () => {
    const contoso = t.demo.tenants.contoso.id;
    await sendDueLifecycleMail(t.ctx);
    expect(await lifecycleEvents(contoso)).toHaveLength(0); // the purchase day itself: nothing yet

    t.clock.now = new Date('2026-03-03T01:00:00Z'); // day 1
    await sendDueLifecycleMail(t.ctx);
    await sendDueLifecycleMail(t.ctx);
    expect(await lifecyclePosts(alice)).toContain('Welcome to your new service');
    expect(await lifecyclePosts(fiona)).not.toContain('Welcome to your new service');
    const welcome = await lifecycleEvents(contoso);
    expect(welcome.map((e) => e.key)).toEqual([`lifecycle:${contoso}:welcome`]);
    expect(JSON.parse(welcome[0]!.payload)).toMatchObject({
      scope: { tenantIds: [contoso] },
      step: 'welcome',
      summary: expect.stringContaining('Welcome, Contoso.'),
    });
    // The admins are emailed (the policy's lifecycle rule).
    const mail = await t.ctx.database.db
      .selectFrom('delivery')
      .select(['recipient_id', 'channel'])
      .where('event_id', '=', welcome[0]!.id)
      .execute();
    expect(mail).toContainEqual({ recipient_id: t.demo.people.contosoOrgAdmin!.id, channel: 'email' });

    t.clock.now = new Date('2026-03-08T12:00:00Z'); // day 6: still the welcome step, already sent
    await sendDueLifecycleMail(t.ctx);
    expect(await lifecycleEvents(contoso)).toHaveLength(1);

    t.clock.now = new Date('2026-03-09T00:30:00Z'); // day 7
    await sendDueLifecycleMail(t.ctx);
    expect(await lifecyclePosts(alice)).toContain('Set up your admins and notifications');

    t.clock.now = new Date('2026-04-01T09:00:00Z'); // day 30
    await sendDueLifecycleMail(t.ctx);
    expect((await lifecycleEvents(contoso)).map((e) => JSON.parse(e.payload).step)).toEqual([
      'welcome',
      'setup-admins',
      'adoption',
    ]);
    const post = await t.ctx.database.db
      .selectFrom('message')
      .select(['id', 'starts_at'])
      .where('key', '=', `lifecycle:${contoso}:adoption`)
      .executeTakeFirstOrThrow();
    expect(post.starts_at).toBe('2026-04-01T00:00:00.000Z');
  });

  it('sends a tenant only the step it is in, not a backlog, and nothing after the first year', async () => {
    // Fabrikam bought on 2025-12-15: on the first run (day 77) only the day-30 step was due, not
    // the welcome and set-up steps it had missed; on 2026-04-01 (day 107) the day-90 step.
    const fabrikam = t.demo.tenants.fabrikam.id;
    expect((await lifecycleEvents(fabrikam)).map((e) => JSON.parse(e.payload).step)).toEqual([
      'adoption',
      'quarter-review',
    ]);
    expect(await lifecycleEvents(t.demo.tenants.woodgrove.id)).toHaveLength(0);
  });

  it('takes its schedule from the operator’s file when one is configured', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-lifecycle-'));
    const file = path.join(dir, 'schedule.json');
    fs.writeFileSync(
      file,
      JSON.stringify([
        {
          id: 'hello',
          day: 0,
          title: 'Hello {{tenant}}',
          body: 'Our own words for {{tenant}}.',
          category: 'stayInformed',
          tags: [],
        },
      ]),
    );
    const config = t.ctx.config;
    const northwind = (
      await createTenant(t.ctx, systemActor('test'), {
        name: 'Northwind',
        domain: 'northwind.example',
        purchaseDate: '2026-04-01',
      })
    ).id;
    try {
      t.ctx.config = { ...config, lifecycleScheduleFile: file };
      await sendDueLifecycleMail(t.ctx);
      expect((await lifecycleEvents(northwind)).map((e) => JSON.parse(e.payload).title)).toEqual(['Hello Northwind']);
      fs.writeFileSync(file, '[{"id":"Bad id"}]');
      await expect(sendDueLifecycleMail(t.ctx)).rejects.toThrow(/LIFECYCLE_SCHEDULE_FILE .*step 1: id/);
    } finally {
      t.ctx.config = config;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
