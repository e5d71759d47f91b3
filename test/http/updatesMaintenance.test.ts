// Maintenance through the API: who is told and when (lead time, at once, never), changes and
// cancellation, work that completes in time (nothing sent) or overruns (an incident for exactly
// its environments), bad input, and what each tenant sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceMaintenance } from '../../src/app/updates/maintenanceProgress.js';
import { fromJson } from '../../src/store/values.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
let env: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2027-03-01T12:00:00Z') });
  ops = await t.auth('ops@herald.example');
  env = {
    ...t.demo.tenants.contoso.environments,
    ...t.demo.tenants.fabrikam.environments,
    ...t.demo.tenants.woodgrove.environments,
  };
});
afterAll(() => t.close());

const at = (iso: string) => {
  t.clock.now = new Date(iso);
};
const db = () => t.ctx.database.db;

async function schedule(body: Record<string, unknown>) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/maintenance',
    headers: ops,
    payload: { kind: 'planned', title: 'Storage upgrade', impact: 'downtime', durationMinutes: 60, ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

// The notices about a maintenance; its progress events (started, completed, overran, failed) tell
// webhooks and the product team, not the admins these tests count.
const PROGRESS = ['maintenance.started', 'maintenance.completed', 'maintenance.overran', 'maintenance.failed'];
const eventsOf = async (id: string) =>
  (
    await db()
      .selectFrom('event')
      .select(['type', 'key', 'payload'])
      .where('subject_type', '=', 'maintenance')
      .where('subject_id', '=', id)
      .where('type', 'not in', PROGRESS)
      .orderBy('created_at')
      .orderBy('key')
      .execute()
  ).map((e) => ({
    type: e.type,
    key: e.key,
    scope: fromJson<{ scope: { environmentIds?: string[] } }>(e.payload, { scope: {} }).scope,
  }));

async function recipientsOf(maintenanceId: string, type: string): Promise<string[]> {
  const rows = await db()
    .selectFrom('delivery as d')
    .innerJoin('event as e', 'e.id', 'd.event_id')
    .innerJoin('person as p', 'p.id', 'd.recipient_id')
    .select('p.email')
    .distinct()
    .where('e.subject_id', '=', maintenanceId)
    .where('e.type', '=', type)
    .where('d.channel', '=', 'email')
    .execute();
  return rows.map((r) => r.email).sort();
}

async function incidentsOf(maintenanceId: string) {
  const rows = await db()
    .selectFrom('incident')
    .select(['id', 'severity'])
    .where('maintenance_id', '=', maintenanceId)
    .execute();
  const result = [];
  for (const r of rows) {
    const envs = await db()
      .selectFrom('incident_environment')
      .select('environment_id')
      .where('incident_id', '=', r.id)
      .execute();
    result.push({ severity: r.severity, environments: envs.map((e) => e.environment_id).sort() });
  }
  return result;
}

const eurNextWeek = [{ region: 'EUR', startsAt: '2027-03-09T18:00:00Z', endsAt: '2027-03-10T03:00:00Z' }];

describe('announcing planned maintenance', () => {
  it('tells org admins and system admins of the affected environments 7 days ahead, with a post', async () => {
    at('2027-03-01T12:00:00Z');
    const m = await schedule({ windows: eurNextWeek });
    expect(m).toMatchObject({ state: 'scheduled', noticeDueAt: '2027-03-02T18:00:00.000Z', noticeSentAt: null });
    expect(m.environments).toEqual([
      { id: env['eur-prod'], name: 'Contoso Europe', tenantId: t.demo.tenants.contoso.id, region: 'EUR' },
    ]);
    expect(await eventsOf(m.id)).toEqual([]);

    at('2027-03-02T17:59:00Z');
    await advanceMaintenance(t.ctx);
    expect(await eventsOf(m.id)).toEqual([]);
    at('2027-03-02T18:00:00Z');
    await advanceMaintenance(t.ctx);
    await advanceMaintenance(t.ctx);
    expect(await eventsOf(m.id)).toEqual([
      {
        type: 'maintenance.scheduled',
        key: `maintenance:${m.id}:scheduled`,
        scope: { environmentIds: [env['eur-prod']] },
      },
    ]);
    expect(await recipientsOf(m.id, 'maintenance.scheduled')).toEqual(['alice@contoso.com', 'eva@contoso.com']);
    const post = await db()
      .selectFrom('message')
      .select(['title', 'audience', 'starts_at'])
      .where('key', '=', `maintenance:${m.id}`)
      .executeTakeFirstOrThrow();
    expect(post.title).toBe('Planned maintenance: Storage upgrade');
    expect(fromJson(post.audience, {})).toEqual({ environmentIds: [env['eur-prod']] });
  });

  it('announces at once when scheduled with less than the lead time', async () => {
    at('2027-03-05T12:00:00Z');
    const m = await schedule({ windows: eurNextWeek, impact: 'degraded' });
    expect(m.noticeSentAt).toBe('2027-03-05T12:00:00.000Z');
    expect((await eventsOf(m.id)).map((e) => e.type)).toEqual(['maintenance.scheduled']);
  });

  it('tells nobody of work without impact, security mitigations included, but shows it in the schedule', async () => {
    at('2027-03-05T12:00:00Z');
    const quiet = await schedule({ title: 'Index rebuild', impact: 'none', windows: eurNextWeek });
    const security = await schedule({ kind: 'security', title: 'Patch', impact: 'none', windows: eurNextWeek });
    expect(quiet.noticeDueAt).toBeNull();
    expect(await eventsOf(quiet.id)).toEqual([]);
    expect(await eventsOf(security.id)).toEqual([]);
    at('2027-03-09T19:00:00Z');
    await advanceMaintenance(t.ctx);
    expect(await eventsOf(quiet.id)).toEqual([]);
    const alice = await t.auth('alice@contoso.com');
    const list = (
      await t.app.inject({ url: `/api/tenants/${t.demo.tenants.contoso.id}/maintenance`, headers: alice })
    ).json().items;
    expect(list.map((x: { title: string }) => x.title)).toEqual(expect.arrayContaining(['Index rebuild', 'Patch']));
  });

  it('treats security work with impact as planned maintenance', async () => {
    at('2027-03-05T12:00:00Z');
    const m = await schedule({
      kind: 'security',
      title: 'Certificate rotation',
      impact: 'degraded',
      windows: eurNextWeek,
    });
    expect((await eventsOf(m.id)).map((e) => e.type)).toEqual(['maintenance.scheduled']);
  });

  it('sends "Unplanned Maintenance" at once to the system admins of every affected environment', async () => {
    at('2027-03-03T12:00:00Z');
    const m = await schedule({
      kind: 'unplanned',
      title: 'Database failover',
      impact: 'degraded',
      windows: [
        { region: 'NAM', startsAt: '2027-03-03T11:30:00Z', endsAt: '2027-03-03T14:00:00Z' },
        { region: 'IND', startsAt: '2027-03-03T12:00:00Z', endsAt: '2027-03-03T14:00:00Z' },
      ],
    });
    const events = await eventsOf(m.id);
    expect(events.map((e) => e.type)).toEqual(['maintenance.unplanned']);
    expect(events[0]!.scope.environmentIds!.sort()).toEqual(
      [env['nam-prod'], env['nam-sandbox'], env['ind-prod']].sort(),
    );
    expect(await recipientsOf(m.id, 'maintenance.unplanned')).toEqual(['raj@fabrikam.com', 'sam@contoso.com']);
    const payload = fromJson<{ title: string }>(
      (await db().selectFrom('event').select('payload').where('subject_id', '=', m.id).executeTakeFirstOrThrow())
        .payload,
      { title: '' },
    );
    expect(payload.title).toBe('Unplanned Maintenance: Database failover');
  });

  it('narrows the scope to named environments or services', async () => {
    at('2027-03-05T12:00:00Z');
    const named = await schedule({
      title: 'One env',
      windows: [{ region: 'NAM', startsAt: '2027-03-20T02:00:00Z', endsAt: '2027-03-20T11:00:00Z' }],
      environmentIds: [env['nam-sandbox']],
    });
    expect(named.environments.map((e: { id: string }) => e.id)).toEqual([env['nam-sandbox']]);
    const byService = await schedule({
      title: 'Power Apps',
      windows: [{ region: 'NAM', startsAt: '2027-03-20T02:00:00Z', endsAt: '2027-03-20T11:00:00Z' }],
      services: ['power-apps'],
    });
    expect(byService.environments.map((e: { id: string }) => e.id)).toEqual([env['nam-prod']]);
  });
});

describe('who will be told, before saving', () => {
  const preview = (payload: Record<string, unknown>, headers = ops) =>
    t.app.inject({
      method: 'POST',
      url: '/api/maintenance/audience-preview',
      headers,
      payload: { kind: 'planned', impact: 'downtime', ...payload },
    });

  it('previews the environments, tenants and people the notice would reach', async () => {
    const res = await preview({ regions: ['NAM', 'IND'] });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ environmentCount: 3, tenantCount: 2, announcement: 'notice' });
    expect(body.tenants.map((x: { name: string }) => x.name)).toEqual(['Contoso', 'Fabrikam']);
    expect(body.people.map((p: { email: string }) => p.email).sort()).toEqual([
      'alice@contoso.com',
      'fiona@fabrikam.com',
      'raj@fabrikam.com',
      'sam@contoso.com',
    ]);
    // Work without impact is only shown in the schedule: nobody is told.
    expect((await preview({ regions: ['NAM'], impact: 'none' })).json()).toMatchObject({
      environmentCount: 2,
      peopleCount: 0,
      announcement: 'none',
    });
    expect((await preview({ regions: ['EUR'], services: ['power-apps'] })).json()).toMatchObject({
      environmentCount: 0,
      tenantCount: 0,
      peopleCount: 0,
    });
    expect((await preview({ regions: ['NAM'] }, await t.auth('alice@contoso.com'))).statusCode).toBe(403);
  });

  it('refuses work that reaches no environment unless confirmed, and saves nothing', async () => {
    at('2027-03-05T12:00:00Z');
    const before = await db()
      .selectFrom('maintenance')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const body = {
      kind: 'planned',
      title: 'Nowhere',
      impact: 'downtime',
      durationMinutes: 60,
      windows: eurNextWeek,
      services: ['power-apps'],
    };
    const refused = await t.app.inject({ method: 'POST', url: '/api/maintenance', headers: ops, payload: body });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'HERALD_NEEDS_CONFIRMATION',
      errors: [{ field: 'body.confirmNoEnvironments', message: expect.stringMatching(/nobody would be told/) }],
    });
    const after = await db()
      .selectFrom('maintenance')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const confirmed = await schedule({ ...body, confirmNoEnvironments: true });
    expect(confirmed.environments).toEqual([]);
  });
});

describe('changes and cancellation', () => {
  it('tells those told before of each change, with its own key, and of a cancellation', async () => {
    at('2027-03-05T12:00:00Z');
    const m = await schedule({ windows: eurNextWeek });
    const later = [{ region: 'EUR', startsAt: '2027-03-16T18:00:00Z', endsAt: '2027-03-17T03:00:00Z' }];
    const first = await t.app.inject({
      method: 'PATCH',
      url: `/api/maintenance/${m.id}`,
      headers: ops,
      payload: { windows: later },
    });
    expect(first.json()).toMatchObject({
      revision: 1,
      windows: [expect.objectContaining({ startsAt: '2027-03-16T18:00:00.000Z' })],
    });
    await t.app.inject({
      method: 'PATCH',
      url: `/api/maintenance/${m.id}`,
      headers: ops,
      payload: { durationMinutes: 90 },
    });
    expect((await eventsOf(m.id)).map((e) => e.key).sort()).toEqual([
      `maintenance:${m.id}:scheduled`,
      `maintenance:${m.id}:updated:1`,
      `maintenance:${m.id}:updated:2`,
    ]);
    const post = await db()
      .selectFrom('message')
      .select(['starts_at', 'tags'])
      .where('key', '=', `maintenance:${m.id}`)
      .executeTakeFirstOrThrow();
    expect(post.starts_at).toBe('2027-03-16T18:00:00.000Z');
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/maintenance/${m.id}/cancel`,
      headers: ops,
      payload: { reason: 'Moved into the weekly update' },
    });
    expect(cancelled.json()).toMatchObject({
      state: 'cancelled',
      windows: [expect.objectContaining({ state: 'cancelled' })],
    });
    expect((await eventsOf(m.id)).map((e) => e.key)).toContain(`maintenance:${m.id}:cancelled`);
    expect(
      (await t.app.inject({ method: 'PATCH', url: `/api/maintenance/${m.id}`, headers: ops, payload: { title: 'x' } }))
        .statusCode,
    ).toBe(409);
  });

  it('moves the notice with the windows while nobody has been told', async () => {
    at('2027-03-01T12:00:00Z');
    const m = await schedule({
      windows: [{ region: 'EUR', startsAt: '2027-03-20T18:00:00Z', endsAt: '2027-03-21T03:00:00Z' }],
    });
    const moved = await t.app.inject({
      method: 'PATCH',
      url: `/api/maintenance/${m.id}`,
      headers: ops,
      payload: { windows: [{ region: 'EUR', startsAt: '2027-03-27T18:00:00Z', endsAt: '2027-03-28T03:00:00Z' }] },
    });
    expect(moved.json().noticeDueAt).toBe('2027-03-20T18:00:00.000Z');
    expect(await eventsOf(m.id)).toEqual([]);
    const cancelled = await t.app.inject({ method: 'POST', url: `/api/maintenance/${m.id}/cancel`, headers: ops });
    expect(cancelled.statusCode).toBe(200);
    expect(await eventsOf(m.id)).toEqual([]);
  });
});

describe('during and after', () => {
  it('completes inside its window: state completed, nothing sent', async () => {
    at('2027-03-05T12:00:00Z');
    const m = await schedule({ windows: eurNextWeek });
    // What this maintenance caused: deliveries of its events (an incident of its own would show below).
    const deliveries = async () =>
      Number(
        (
          await db()
            .selectFrom('delivery as d')
            .innerJoin('event as e', 'e.id', 'd.event_id')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('e.subject_id', '=', m.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await deliveries();
    const eventsBefore = (await eventsOf(m.id)).length;
    at('2027-03-09T18:00:00Z');
    await advanceMaintenance(t.ctx);
    expect((await t.app.inject({ url: `/api/maintenance/${m.id}`, headers: ops })).json().state).toBe('in_progress');
    at('2027-03-10T01:00:00Z');
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/maintenance/${m.id}/progress`,
      headers: ops,
      payload: { status: 'completed' },
    });
    expect(done.json()).toMatchObject({
      state: 'completed',
      windows: [
        expect.objectContaining({
          state: 'completed',
          startedAt: '2027-03-09T18:00:00.000Z',
          finishedAt: '2027-03-10T01:00:00.000Z',
        }),
      ],
    });
    at('2027-03-10T04:00:00Z');
    await advanceMaintenance(t.ctx);
    expect(await deliveries()).toBe(before);
    expect((await eventsOf(m.id)).length).toBe(eventsBefore);
    expect(await incidentsOf(m.id)).toEqual([]);
  });

  it('overruns in one region: detected at the window’s end, an incident for exactly its environments', async () => {
    at('2027-03-05T12:00:00Z');
    const m = await schedule({
      windows: [
        { region: 'EUR', startsAt: '2027-03-09T18:00:00Z', endsAt: '2027-03-10T03:00:00Z' },
        { region: 'NAM', startsAt: '2027-03-10T02:00:00Z', endsAt: '2027-03-10T11:00:00Z' },
      ],
    });
    at('2027-03-10T02:30:00Z');
    await advanceMaintenance(t.ctx);
    at('2027-03-10T03:00:00Z');
    await advanceMaintenance(t.ctx);
    await advanceMaintenance(t.ctx);
    const now = (await t.app.inject({ url: `/api/maintenance/${m.id}`, headers: ops })).json();
    expect(now.state).toBe('overran');
    expect(now.windows.map((w: { region: string; state: string }) => [w.region, w.state])).toEqual([
      ['EUR', 'overran'],
      ['NAM', 'in_progress'],
    ]);
    expect(await incidentsOf(m.id)).toEqual([{ severity: 'major', environments: [env['eur-prod']] }]);
    at('2027-03-10T09:00:00Z');
    await t.app.inject({
      method: 'POST',
      url: `/api/maintenance/${m.id}/progress`,
      headers: ops,
      payload: { status: 'completed', regions: ['NAM'] },
    });
    expect(await incidentsOf(m.id)).toHaveLength(1);
    expect(now.updates.map((u: { body: string }) => u.body)).toContain('Ran past the end of the window in EUR.');
  });

  it('fails when reported so, raising the incident for that region', async () => {
    at('2027-03-05T12:00:00Z');
    const m = await schedule({
      windows: [{ region: 'IND', startsAt: '2027-03-09T19:30:00Z', endsAt: '2027-03-10T01:00:00Z' }],
    });
    at('2027-03-09T20:00:00Z');
    const failed = await t.app.inject({
      method: 'POST',
      url: `/api/maintenance/${m.id}/progress`,
      headers: ops,
      payload: { status: 'failed', note: 'Rolled back' },
    });
    expect(failed.json().state).toBe('failed');
    expect(await incidentsOf(m.id)).toEqual([{ severity: 'major', environments: [env['ind-prod']] }]);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/maintenance/${m.id}/progress`,
      headers: ops,
      payload: { status: 'completed', regions: ['IND'] },
    });
    expect(again.statusCode).toBe(409);
    const cancel = await t.app.inject({ method: 'POST', url: `/api/maintenance/${m.id}/cancel`, headers: ops });
    expect(cancel.statusCode).toBe(409);
  });
});

describe('bad input', () => {
  const count = async () =>
    Number(
      (
        await db()
          .selectFrom('maintenance')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const post = (payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/maintenance',
      headers: ops,
      payload: {
        kind: 'planned',
        title: 'x',
        impact: 'downtime',
        durationMinutes: 60,
        windows: eurNextWeek,
        ...payload,
      },
    });

  it('names the field of each problem and writes nothing', async () => {
    at('2027-03-05T12:00:00Z');
    const before = await count();
    const backwards = await post({
      windows: [{ region: 'EUR', startsAt: '2027-03-10T03:00:00Z', endsAt: '2027-03-09T18:00:00Z' }],
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([
      { field: 'body.windows[0].endsAt', message: expect.stringMatching(/ends before it starts/) },
    ]);
    const unknown = await post({
      windows: [{ region: 'Atlantis', startsAt: '2027-03-09T18:00:00Z', endsAt: '2027-03-10T03:00:00Z' }],
    });
    expect(unknown.json().errors[0].field).toBe('body.windows[0].region');
    const past = await post({
      windows: [{ region: 'EUR', startsAt: '2027-03-04T18:00:00Z', endsAt: '2027-03-05T03:00:00Z' }],
    });
    expect(past.json().errors).toEqual([
      { field: 'body.windows[0].startsAt', message: expect.stringMatching(/in the past/) },
    ]);
    const long = await post({ durationMinutes: 600 });
    expect(long.json().errors[0]).toMatchObject({
      field: 'body.durationMinutes',
      message: expect.stringMatching(/longest window \(540 minutes\)/),
    });
    const outside = await post({ environmentIds: [env['jpn-prod'], 'nope'] });
    expect(outside.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'body.environmentIds',
      'body.environmentIds',
    ]);
    const services = await post({ services: ['word'] });
    expect(services.json().errors[0].field).toBe('body.services');
    const kind = await post({ kind: 'sometimes' });
    expect(kind.json().errors[0].field).toBe('body.kind');
    expect(await count()).toBe(before);
  });

  it('keeps maintenance to operators', async () => {
    const alice = await t.auth('alice@contoso.com');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/maintenance',
          headers: alice,
          payload: { kind: 'planned', title: 'x', impact: 'none', durationMinutes: 5, windows: eurNextWeek },
        })
      ).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ url: '/api/maintenance', headers: alice })).statusCode).toBe(403);
  });
});

describe('what each tenant sees', () => {
  let contosoEur: string;
  let fabrikamInd: string;
  beforeAll(async () => {
    at('2027-04-01T12:00:00Z');
    contosoEur = (
      await schedule({
        title: 'EUR work',
        windows: [{ region: 'EUR', startsAt: '2027-04-05T18:00:00Z', endsAt: '2027-04-06T03:00:00Z' }],
      })
    ).id;
    fabrikamInd = (
      await schedule({
        title: 'IND work',
        windows: [{ region: 'IND', startsAt: '2027-04-05T19:30:00Z', endsAt: '2027-04-06T01:00:00Z' }],
      })
    ).id;
  });
  const schedFor = async (email: string, tenantId: string) =>
    t.app.inject({ url: `/api/tenants/${tenantId}/maintenance`, headers: await t.auth(email) });

  it('shows org admins their environments’ schedule in their own time zone', async () => {
    const items = (await schedFor('alice@contoso.com', t.demo.tenants.contoso.id)).json().items;
    const mine = items.find((i: { id: string }) => i.id === contosoEur);
    expect(mine.windows).toEqual([
      expect.objectContaining({
        region: 'EUR',
        local: expect.stringMatching(/2:00 PM – 11:00 PM \(America\/New_York\)/),
      }),
    ]);
    expect(items.map((i: { id: string }) => i.id)).not.toContain(fabrikamInd);
  });

  it('never shows a tenant another tenant’s maintenance', async () => {
    expect((await schedFor('fiona@fabrikam.com', t.demo.tenants.contoso.id)).statusCode).toBe(404);
    const fabrikam = (await schedFor('fiona@fabrikam.com', t.demo.tenants.fabrikam.id))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(fabrikam).toContain(fabrikamInd);
    expect(fabrikam).not.toContain(contosoEur);
    expect(
      (await t.app.inject({ url: `/api/maintenance/${contosoEur}`, headers: await t.auth('fiona@fabrikam.com') }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ url: `/api/maintenance/${contosoEur}`, headers: await t.auth('eva@contoso.com') }))
        .statusCode,
    ).toBe(200);
  });

  it('shows a system admin only their own environment', async () => {
    const sam = (await schedFor('sam@contoso.com', t.demo.tenants.contoso.id))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(sam).not.toContain(contosoEur);
    expect(
      (await t.app.inject({ url: `/api/maintenance/${contosoEur}`, headers: await t.auth('sam@contoso.com') }))
        .statusCode,
    ).toBe(404);
  });

  it('refuses a bad range', async () => {
    const res = await t.app.inject({
      url: `/api/tenants/${t.demo.tenants.contoso.id}/maintenance?from=2027-05-01T00:00:00Z&to=2027-04-01T00:00:00Z`,
      headers: await t.auth('alice@contoso.com'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('query.to');
  });
});
