// The planner against the demo directory, on SQLite and PostgreSQL: the right people, once per
// channel, with their reason; preferences; "told before"; webhooks; publishing twice; planning twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/app/command.js';
import { insertRole } from '../../src/app/directory/people.js';
import { systemActor } from '../../src/domain/actor.js';
import type { NewEvent } from '../../src/domain/events.js';
import { planDeliveries } from '../../src/delivery/planner.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let n = 0;
const publish = (event: Omit<NewEvent, 'key' | 'subject'> & { key?: string; subject?: NewEvent['subject'] }) =>
  runCommand(t.ctx, systemActor('test'), (s) =>
    s.publish({ key: `test:${++n}`, subject: { type: 'test', id: String(n) }, ...event }),
  );

async function deliveriesOf(eventKey: string) {
  return t.ctx.database.db
    .selectFrom('delivery')
    .innerJoin('event', 'event.id', 'delivery.event_id')
    .leftJoin('person', 'person.id', 'delivery.recipient_id')
    .select([
      'person.email',
      'delivery.channel',
      'delivery.reason',
      'delivery.rule',
      'delivery.status',
      'delivery.tenant_id',
      'delivery.recipient_id',
    ])
    .where('event.key', '=', eventKey)
    .orderBy('person.email')
    .orderBy('delivery.channel')
    .execute();
}

const who = (rows: { email: string | null; channel: string }[]) => rows.map((r) => `${r.email ?? '?'} ${r.channel}`);

describe('planning deliveries', () => {
  it('tells org admins and system admins of the affected region about planned maintenance with impact, once', async () => {
    const event = {
      type: 'maintenance.scheduled' as const,
      key: 'mnt:1',
      subject: { type: 'maintenance', id: 'm1' },
      scope: { regionCodes: ['NAM'] },
      payload: { kind: 'planned', impact: 'degraded', title: 'Storage upgrade' },
    };
    expect(await publish(event)).toBe(4);
    const rows = await deliveriesOf('mnt:1');
    expect(who(rows)).toEqual([
      'alice@contoso.com email',
      'alice@contoso.com in_app',
      'sam@contoso.com email',
      'sam@contoso.com in_app',
    ]);
    expect(rows.map((r) => r.reason)).toEqual(['org_admin', 'org_admin', 'system_admin', 'system_admin']);
    expect(
      rows.every((r) => r.rule === 'planned-maintenance-with-impact' && r.tenant_id === t.demo.tenants.contoso.id),
    ).toBe(true);
    expect(rows.map((r) => r.status)).toEqual(['pending', 'sent', 'pending', 'sent']);
    expect(await publish(event)).toBe(0);
    expect(await deliveriesOf('mnt:1')).toHaveLength(4);
  });

  it('tells nobody about maintenance without impact', async () => {
    expect(
      await publish({
        type: 'maintenance.scheduled',
        key: 'mnt:quiet',
        scope: { allTenants: true },
        payload: { kind: 'planned', impact: 'none' },
      }),
    ).toBe(0);
  });

  it('sends unplanned maintenance to system admins only, in every affected environment', async () => {
    await publish({
      type: 'maintenance.unplanned',
      key: 'unplanned:1',
      scope: { allTenants: true },
      payload: { title: 'Unplanned Maintenance' },
    });
    expect(who((await deliveriesOf('unplanned:1')).filter((r) => r.channel === 'email'))).toEqual([
      'eva@contoso.com email',
      'raj@fabrikam.com email',
      'sam@contoso.com email',
    ]);
  });

  it('narrows a scope by tenant, region and service together', async () => {
    const { contoso } = t.demo.tenants;
    await publish({
      type: 'incident.opened',
      key: 'inc:narrow',
      scope: { tenantIds: [contoso.id], serviceIds: ['customer-service'] },
      payload: { classification: 'incident', severity: 'minor' },
    });
    expect(who((await deliveriesOf('inc:narrow')).filter((r) => r.channel === 'email'))).toEqual([
      'eva@contoso.com email',
    ]);
    await publish({
      type: 'incident.opened',
      key: 'inc:envs',
      scope: { environmentIds: [t.demo.tenants.fabrikam.environments['ind-prod']!] },
      payload: { classification: 'incident', severity: 'minor' },
    });
    expect(who((await deliveriesOf('inc:envs')).filter((r) => r.channel === 'email'))).toEqual([
      'raj@fabrikam.com email',
    ]);
  });

  it('gives a person with three roles one delivery per channel, naming the first role that chose them', async () => {
    const { contoso } = t.demo.tenants;
    const alice = t.demo.people.contosoOrgAdmin!.id;
    await runCommand(t.ctx, systemActor('test'), async (s) => {
      await insertRole(s, { personId: alice, role: 'system_admin', environmentId: contoso.environments['eur-prod']! });
      await insertRole(s, {
        personId: alice,
        role: 'additional_recipient',
        tenantId: contoso.id,
        categories: ['planned_maintenance'],
      });
    });
    await publish({
      type: 'maintenance.scheduled',
      key: 'mnt:roles',
      scope: { tenantIds: [contoso.id] },
      payload: { kind: 'planned', impact: 'downtime' },
    });
    const alices = (await deliveriesOf('mnt:roles')).filter((r) => r.email === 'alice@contoso.com');
    expect(alices.map((r) => `${r.channel}:${r.reason}`)).toEqual(['email:org_admin', 'in_app:org_admin']);
  });

  it('respects a switched-off channel, except for critical notices', async () => {
    const sam = t.demo.people.contosoSysAdmin!.id;
    await t.ctx.database.db
      .insertInto('notification_preference')
      .values({
        person_id: sam,
        category: 'planned_maintenance',
        channel: 'email',
        enabled: 0,
        updated_at: new Date().toISOString(),
      })
      .execute();
    await publish({
      type: 'maintenance.scheduled',
      key: 'mnt:pref-degraded',
      scope: { regionCodes: ['NAM'] },
      payload: { kind: 'planned', impact: 'degraded' },
    });
    await publish({
      type: 'maintenance.scheduled',
      key: 'mnt:pref-downtime',
      scope: { regionCodes: ['NAM'] },
      payload: { kind: 'planned', impact: 'downtime' },
    });
    const degraded = (await deliveriesOf('mnt:pref-degraded')).find(
      (r) => r.email === 'sam@contoso.com' && r.channel === 'email',
    );
    const downtime = (await deliveriesOf('mnt:pref-downtime')).find(
      (r) => r.email === 'sam@contoso.com' && r.channel === 'email',
    );
    expect(degraded?.status).toBe('suppressed');
    expect(downtime?.status).toBe('pending');
  });

  it('sends opt-in email only to people who asked for it', async () => {
    const fiona = t.demo.people.fabrikamOrgAdmin!.id;
    await t.ctx.database.db
      .insertInto('notification_preference')
      .values({
        person_id: fiona,
        category: 'message_center',
        channel: 'email',
        enabled: 1,
        updated_at: new Date().toISOString(),
      })
      .execute();
    await publish({
      type: 'message.published',
      key: 'msg:1',
      scope: { allTenants: true },
      payload: { title: 'Plan for change', isMajorChange: false },
    });
    const emails = (await deliveriesOf('msg:1')).filter((r) => r.channel === 'email');
    expect(who(emails)).toEqual(['fiona@fabrikam.com email']);
  });

  it('sends opt-in email through a later role that reaches the person without asking, naming that role', async () => {
    const { contoso } = t.demo.tenants;
    const sam = t.demo.people.contosoSysAdmin!.id;
    const role = await runCommand(t.ctx, systemActor('test'), (s) =>
      insertRole(s, {
        personId: sam,
        role: 'additional_recipient',
        tenantId: contoso.id,
        categories: ['message_center'],
      }),
    );
    try {
      await publish({
        type: 'message.published',
        key: 'msg:later-role',
        scope: { tenantIds: [contoso.id] },
        payload: { title: 'Plan for change', isMajorChange: false },
      });
      const sams = (await deliveriesOf('msg:later-role')).filter((r) => r.email === 'sam@contoso.com');
      // Email is opt-in for system admins (Sam did not ask), but being an additional recipient is
      // asking; the console notice still comes as system admin, the first role that chose them.
      expect(sams.map((r) => `${r.channel}:${r.reason}:${r.tenant_id === contoso.id}`)).toEqual([
        'email:additional_recipient:true',
        'in_app:system_admin:true',
      ]);
    } finally {
      await t.ctx.database.db.deleteFrom('role_assignment').where('id', '=', role.id).execute();
    }
  });

  it('tells everyone told before that the service is restored, and nobody else', async () => {
    const subject = { type: 'incident', id: 'i-restore' };
    await publish({
      type: 'incident.opened',
      key: 'inc:r:open',
      subject,
      scope: { regionCodes: ['IND'] },
      payload: { classification: 'incident', severity: 'minor' },
    });
    await publish({
      type: 'incident.restored',
      key: 'inc:r:restored',
      subject,
      scope: { allTenants: true },
      payload: { severity: 'minor' },
    });
    const rows = await deliveriesOf('inc:r:restored');
    expect(who(rows)).toEqual(['raj@fabrikam.com email', 'raj@fabrikam.com in_app']);
    expect(rows.every((r) => r.reason === 'told_before' && r.tenant_id === t.demo.tenants.fabrikam.id)).toBe(true);
  });

  it('plans push only for people with a push subscription', async () => {
    const raj = t.demo.people.fabrikamSysAdmin!.id;
    await t.ctx.database.db
      .insertInto('push_subscription')
      .values({
        id: 'ps-raj',
        person_id: raj,
        endpoint: 'https://push.example/raj',
        p256dh: 'k',
        auth: 'a',
        user_agent: null,
        created_at: new Date().toISOString(),
        last_success_at: null,
      })
      .execute();
    await publish({ type: 'maintenance.unplanned', key: 'unplanned:push', scope: { allTenants: true }, payload: {} });
    expect(who((await deliveriesOf('unplanned:push')).filter((r) => r.channel === 'push'))).toEqual([
      'raj@fabrikam.com push',
    ]);
  });

  it('lists people directly and reaches operators', async () => {
    const wendy = t.demo.people.woodgroveOrgAdmin!.id;
    await publish({ type: 'directory.admins_requested', key: 'ask:1', scope: { personIds: [wendy] }, payload: {} });
    expect(who(await deliveriesOf('ask:1'))).toEqual(['wendy@woodgrovebank.com email']);
    await publish({ type: 'incident.pir_due', key: 'pir:1', scope: {}, payload: {} });
    expect(who(await deliveriesOf('pir:1'))).toEqual(['ops@herald.example email', 'ops@herald.example in_app']);
  });

  it('plans one delivery per active endpoint subscribed to the event type in an affected tenant', async () => {
    const { contoso, fabrikam } = t.demo.tenants;
    const now = new Date().toISOString();
    const endpoint = (id: string, tenant_id: string, status: 'active' | 'paused') => ({
      id,
      tenant_id,
      url: `http://127.0.0.1:9/${id}`,
      description: '',
      secret: 'whsec_AAAA',
      previous_secret: null,
      previous_secret_expires_at: null,
      status,
      format: 'standard' as const,
      paused_reason: null,
      last_success_at: null,
      last_failure_at: null,
      created_at: now,
      updated_at: now,
    });
    await t.ctx.database.db
      .insertInto('webhook_endpoint')
      .values([
        endpoint('wh-c', contoso.id, 'active'),
        endpoint('wh-f', fabrikam.id, 'active'),
        endpoint('wh-p', contoso.id, 'paused'),
      ])
      .execute();
    await t.ctx.database.db
      .insertInto('webhook_subscription')
      .values([
        { endpoint_id: 'wh-c', event_type: 'maintenance.completed' },
        { endpoint_id: 'wh-f', event_type: 'maintenance.completed' },
        { endpoint_id: 'wh-p', event_type: 'maintenance.completed' },
      ])
      .execute();
    await publish({ type: 'maintenance.completed', key: 'done:1', scope: { regionCodes: ['NAM'] }, payload: {} });
    const rows = await deliveriesOf('done:1');
    expect(rows.map((r) => `${r.recipient_id} ${r.channel} ${r.rule}`)).toEqual(['wh-c webhook webhook-subscription']);
  });
  it('adds nothing when it plans an event again whose rows exist, without the event key stopping it', async () => {
    // Publishing again is stopped by the event key before the planner runs; this runs the planner
    // itself a second time over the stored event: every insert must skip the rows it finds.
    const { contoso } = t.demo.tenants;
    const now = new Date().toISOString();
    await t.ctx.database.db
      .insertInto('webhook_endpoint')
      .values({
        id: 'wh-again',
        tenant_id: contoso.id,
        url: 'http://127.0.0.1:9/again',
        description: '',
        secret: 'whsec_AAAA',
        previous_secret: null,
        previous_secret_expires_at: null,
        status: 'active',
        format: 'standard',
        paused_reason: null,
        last_success_at: null,
        last_failure_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await t.ctx.database.db
      .insertInto('webhook_subscription')
      .values({ endpoint_id: 'wh-again', event_type: 'incident.opened' })
      .execute();
    const event: NewEvent = {
      type: 'incident.opened',
      key: 'again:1',
      subject: { type: 'incident', id: 'again-1' },
      scope: { regionCodes: ['NAM'] },
      payload: {
        title: 'Users cannot sign in',
        summary: 'Sign-in fails.',
        url: '/service-health/incidents/again-1',
        classification: 'incident',
        severity: 'major',
        services: ['Dynamics 365 Sales'],
        startsAt: new Date().toISOString(),
      },
    };
    const first = await publish(event);
    expect(first).toBeGreaterThan(0);
    const snapshot = async () =>
      (
        await t.ctx.database.db
          .selectFrom('delivery')
          .innerJoin('event', 'event.id', 'delivery.event_id')
          .select(['delivery.id', 'delivery.channel', 'delivery.recipient_id', 'delivery.status'])
          .where('event.key', '=', 'again:1')
          .orderBy('delivery.id')
          .execute()
      ).map((r) => `${r.id} ${r.channel} ${r.recipient_id} ${r.status}`);
    const before = await snapshot();
    expect(before.some((r) => r.includes(' webhook wh-again '))).toBe(true);

    const row = await t.ctx.database.db
      .selectFrom('event')
      .selectAll()
      .where('key', '=', 'again:1')
      .executeTakeFirstOrThrow();
    const again = await t.ctx.database.db
      .transaction()
      .execute((trx) =>
        planDeliveries({ trx, dialect: t.ctx.database.dialect, config: t.ctx.config }, event, row, new Date()),
      );
    expect(again.planned).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});
