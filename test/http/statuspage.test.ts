// The Statuspage v2-compatible public API, held to Statuspage's published shapes: every document
// has exactly Statuspage's keys, every enum value is one Statuspage uses, components come in
// groups, incidents carry their updates and components, maintenance its schedule; reads are open
// to any origin and cacheable. Widgets and monitors written for Statuspage rely on all of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceMaintenance } from '../../src/app/updates/maintenanceProgress.js';
import { publicSnapshotOf } from '../../src/http/pages/publicSnapshot.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
let upcomingId: string;
let activeId: string;
let majorId: string;

type Json = Record<string, unknown>;

const PAGE_KEYS = ['id', 'name', 'time_zone', 'updated_at', 'url'];
const COMPONENT_KEYS = [
  'created_at',
  'description',
  'group',
  'group_id',
  'id',
  'name',
  'only_show_if_degraded',
  'page_id',
  'position',
  'showcase',
  'start_date',
  'status',
  'updated_at',
];
const INCIDENT_BASE_KEYS = [
  'components',
  'created_at',
  'id',
  'impact',
  'incident_updates',
  'monitoring_at',
  'name',
  'page_id',
  'resolved_at',
  'shortlink',
  'started_at',
  'status',
  'updated_at',
];
// Statuspage's incidents carry their postmortem beside the updates (null until one is published).
const INCIDENT_KEYS = [
  ...INCIDENT_BASE_KEYS,
  'postmortem_body',
  'postmortem_body_last_updated_at',
  'postmortem_published_at',
].sort();
const MAINTENANCE_KEYS = [...INCIDENT_BASE_KEYS, 'scheduled_for', 'scheduled_until'];
const UPDATE_KEYS = [
  'affected_components',
  'body',
  'created_at',
  'custom_tweet',
  'deliver_notifications',
  'display_at',
  'id',
  'incident_id',
  'status',
  'tweet_id',
  'updated_at',
];

const COMPONENT_STATUSES = [
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
];
const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved', 'postmortem'];
const MAINTENANCE_STATUSES = ['scheduled', 'in_progress', 'verifying', 'completed'];
const IMPACTS = ['none', 'minor', 'major', 'critical'];
/** The indicators and descriptions Statuspage pages answer with. */
const STATUS_DESCRIPTIONS: Record<string, string[]> = {
  none: ['All Systems Operational'],
  minor: ['Minor Service Outage', 'Partially Degraded Service', 'Degraded System Service'],
  major: ['Partial System Outage'],
  critical: ['Major Service Outage', 'Major System Outage'],
  maintenance: ['Service Under Maintenance'],
};
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const keys = (o: unknown) => Object.keys(o as Json).sort();
const get = (path: string, headers: Record<string, string> = {}) => t.app.inject({ url: `/api/v2/${path}`, headers });
const json = async (path: string) => {
  const res = await get(path);
  expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
  return res.json() as Json;
};

function checkPage(page: unknown) {
  expect(keys(page)).toEqual(PAGE_KEYS);
  const p = page as Json;
  expect(p).toMatchObject({
    id: 'herald',
    name: 'Herald status',
    url: 'https://status.example/status',
    time_zone: 'Etc/UTC',
  });
  expect(p.updated_at).toMatch(TIME);
}

function checkComponent(c: Json) {
  expect(keys(c)).toEqual(c.group ? [...COMPONENT_KEYS, 'components'].sort() : COMPONENT_KEYS);
  expect(COMPONENT_STATUSES).toContain(c.status);
  expect(typeof c.id).toBe('string');
  expect(typeof c.name).toBe('string');
  expect(Number.isInteger(c.position)).toBe(true);
  expect(c.created_at).toMatch(TIME);
  expect(c.updated_at).toMatch(TIME);
  expect(c.page_id).toBe('herald');
  for (const flag of ['group', 'showcase', 'only_show_if_degraded']) expect(typeof c[flag]).toBe('boolean');
  expect(c.description === null || typeof c.description === 'string').toBe(true);
  expect(c.start_date === null || /^\d{4}-\d{2}-\d{2}$/.test(String(c.start_date))).toBe(true);
}

function checkUpdate(u: Json, parentId: unknown, statuses: string[]) {
  expect(keys(u)).toEqual(UPDATE_KEYS);
  expect(statuses).toContain(u.status);
  expect(u.incident_id).toBe(parentId);
  for (const k of ['created_at', 'updated_at', 'display_at']) expect(u[k]).toMatch(TIME);
  expect(typeof u.body).toBe('string');
  expect(typeof u.deliver_notifications).toBe('boolean');
  if (u.affected_components !== null) {
    for (const a of u.affected_components as Json[]) {
      expect(keys(a)).toEqual(['code', 'name', 'new_status', 'old_status']);
      expect(COMPONENT_STATUSES).toContain(a.old_status);
      expect(COMPONENT_STATUSES).toContain(a.new_status);
    }
  }
}

function checkIncident(i: Json) {
  expect(keys(i)).toEqual(INCIDENT_KEYS);
  expect(INCIDENT_STATUSES).toContain(i.status);
  expect(IMPACTS).toContain(i.impact);
  for (const k of ['created_at', 'updated_at', 'started_at']) expect(i[k]).toMatch(TIME);
  for (const k of ['monitoring_at', 'resolved_at']) expect(i[k] === null || TIME.test(String(i[k]))).toBe(true);
  expect(i.resolved_at !== null).toBe(i.status === 'resolved' || i.status === 'postmortem');
  expect(i.page_id).toBe('herald');
  expect(i.shortlink).toMatch(/^https:\/\/status\.example\//);
  const updates = i.incident_updates as Json[];
  expect(updates.length).toBeGreaterThan(0);
  for (const u of updates) checkUpdate(u, i.id, INCIDENT_STATUSES);
  // Newest first, the latest update's status is the incident's; a postmortem is not an update,
  // so under an incident in "postmortem" the newest update is "resolved".
  expect([...updates.map((u) => String(u.created_at))].sort().reverse()).toEqual(updates.map((u) => u.created_at));
  expect(updates[0]!.status).toBe(i.status === 'postmortem' ? 'resolved' : i.status);
  expect(updates.map((u) => u.status)).not.toContain('postmortem');
  expect(i.postmortem_body !== null).toBe(i.status === 'postmortem');
  for (const k of ['postmortem_body_last_updated_at', 'postmortem_published_at'])
    expect(i[k] === null ? i.postmortem_body === null : TIME.test(String(i[k]))).toBe(true);
  for (const c of i.components as Json[]) checkComponent(c);
}

function checkMaintenance(m: Json) {
  expect(keys(m)).toEqual(MAINTENANCE_KEYS.sort());
  expect(MAINTENANCE_STATUSES).toContain(m.status);
  expect(m.impact).toBe('maintenance');
  expect(m.scheduled_for).toMatch(TIME);
  expect(m.scheduled_until).toMatch(TIME);
  expect(String(m.scheduled_for) < String(m.scheduled_until)).toBe(true);
  for (const u of m.incident_updates as Json[]) checkUpdate(u, m.id, MAINTENANCE_STATUSES);
  for (const c of m.components as Json[]) checkComponent(c);
}

// Some of these windows reach no customer environment (no EUR environment runs Sales): confirmed,
// since what is tested is how provider-wide maintenance reads in the Statuspage API.
async function schedule(
  title: string,
  windows: { region: string; startsAt: string; endsAt: string }[],
): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/maintenance',
    headers: ops,
    payload: {
      kind: 'planned',
      title,
      impact: 'downtime',
      durationMinutes: 60,
      services: ['sales'],
      windows,
      confirmNoEnvironments: true,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

beforeAll(async () => {
  t = await createTestApp({
    now: new Date('2026-11-25T01:00:00.000Z'),
    config: { publicUrl: 'https://status.example' },
  });
  ops = await t.auth('ops@herald.example');
  activeId = await schedule('Sales storage upgrade in North America', [
    { region: 'NAM', startsAt: '2026-11-25T02:00:00Z', endsAt: '2026-11-25T11:00:00Z' },
  ]);
  upcomingId = await schedule('Sales storage upgrade in Europe', [
    { region: 'EUR', startsAt: '2026-12-02T18:00:00Z', endsAt: '2026-12-03T03:00:00Z' },
  ]);
  t.clock.now = new Date('2026-11-25T03:00:00.000Z');
  await advanceMaintenance(t.ctx);
  await publicSnapshotOf(t.ctx)!.refresh();
});
afterAll(() => t.close());

describe('every document, key for key', () => {
  it('summary.json: page, grouped components, unresolved incidents, upcoming and active maintenance, status', async () => {
    const s = await json('summary.json');
    expect(keys(s)).toEqual(['components', 'incidents', 'page', 'scheduled_maintenances', 'status']);
    checkPage(s.page);
    const components = s.components as Json[];
    components.forEach(checkComponent);
    for (const i of s.incidents as Json[]) {
      checkIncident(i);
      expect(['resolved', 'postmortem']).not.toContain(i.status);
    }
    const maintenance = s.scheduled_maintenances as Json[];
    maintenance.forEach(checkMaintenance);
    expect(maintenance.map((m) => m.id)).toEqual(expect.arrayContaining([activeId, upcomingId]));
    for (const m of maintenance) expect(['scheduled', 'in_progress', 'verifying']).toContain(m.status);
    expect(keys(s.status)).toEqual(['description', 'indicator']);

    // Groups are regions, their members the services running there; every member's group exists.
    const groups = components.filter((c) => c.group);
    const byId = new Map(components.map((c) => [c.id, c]));
    for (const g of groups) {
      expect(g.group_id).toBeNull();
      for (const id of g.components as string[]) expect(byId.get(id)?.group_id).toBe(g.id);
    }
    for (const c of components.filter((x) => !x.group)) expect(byId.get(c.group_id)?.group).toBe(true);
  });

  it('says the service is under maintenance while that is all that is going on', async () => {
    const s = await json('summary.json');
    expect((s.components as Json[]).find((c) => c.id === 'nam.sales')!.status).toBe('under_maintenance');
    expect(s.status).toEqual({ indicator: 'maintenance', description: 'Service Under Maintenance' });
    expect(await json('status.json')).toEqual({ page: s.page, status: s.status });
  });

  it('components.json, incidents.json and incidents/unresolved.json', async () => {
    const c = await json('components.json');
    expect(keys(c)).toEqual(['components', 'page']);
    (c.components as Json[]).forEach(checkComponent);

    const all = await json('incidents.json');
    expect(keys(all)).toEqual(['incidents', 'page']);
    const incidents = all.incidents as Json[];
    incidents.forEach(checkIncident);
    const demo = incidents.find((i) => i.name === 'Dataverse requests fail in several regions')!;
    expect(demo).toMatchObject({ status: 'postmortem', impact: 'critical' });
    expect((demo.components as Json[]).map((x) => x.id)).toEqual(
      expect.arrayContaining(['nam.dataverse', 'eur.dataverse', 'jpn.dataverse']),
    );
    expect((demo.incident_updates as Json[]).map((u) => u.status)).toEqual([
      'resolved',
      'monitoring',
      'identified',
      'identified',
    ]);
    expect(demo.postmortem_body).toMatch(/^The post-incident report is published\. Summary: /);
    expect(String(demo.postmortem_published_at) >= String(demo.resolved_at)).toBe(true);

    const unresolved = await json('incidents/unresolved.json');
    expect(keys(unresolved)).toEqual(['incidents', 'page']);
    for (const i of unresolved.incidents as Json[])
      expect(['investigating', 'identified', 'monitoring']).toContain(i.status);
  });

  it('scheduled-maintenances.json, upcoming.json and active.json', async () => {
    const all = await json('scheduled-maintenances.json');
    expect(keys(all)).toEqual(['page', 'scheduled_maintenances']);
    (all.scheduled_maintenances as Json[]).forEach(checkMaintenance);

    const upcoming = (await json('scheduled-maintenances/upcoming.json')).scheduled_maintenances as Json[];
    expect(upcoming.map((m) => m.status)).toEqual(upcoming.map(() => 'scheduled'));
    const mine = upcoming.find((m) => m.id === upcomingId)!;
    expect(mine).toMatchObject({
      status: 'scheduled',
      scheduled_for: '2026-12-02T18:00:00.000Z',
      scheduled_until: '2026-12-03T03:00:00.000Z',
      resolved_at: null,
    });
    expect((mine.components as Json[]).map((x) => x.id)).toEqual(['eur.sales']);
    // Soonest first.
    expect(upcoming.map((m) => String(m.scheduled_for))).toEqual(upcoming.map((m) => String(m.scheduled_for)).sort());

    const active = (await json('scheduled-maintenances/active.json')).scheduled_maintenances as Json[];
    expect(active.map((m) => m.status)).toEqual(active.map(() => 'in_progress'));
    const running = active.find((m) => m.id === activeId)!;
    expect(running).toMatchObject({
      name: 'Sales storage upgrade in North America',
      scheduled_for: '2026-11-25T02:00:00.000Z',
      scheduled_until: '2026-11-25T11:00:00.000Z',
    });
    expect((running.incident_updates as Json[])[0]!.status).toBe('in_progress');
  });
});

describe('following an incident', () => {
  it('shows a major incident with its updates and affected components, and the status it causes', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: ops,
      payload: {
        classification: 'incident',
        title: 'Sales down in Europe',
        impactDescription: 'Sales does not load.',
        services: ['sales'],
        scope: { regions: ['EUR'] },
        status: 'serviceInterruption',
        symptoms: ['unavailable'],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    majorId = res.json().id;
    t.clock.now = new Date(t.clock.now.getTime() + 20 * 60_000);
    const post = await t.app.inject({
      method: 'POST',
      url: `/api/incidents/${majorId}/posts`,
      headers: ops,
      payload: { description: 'A fix is deployed; we are watching.', status: 'verifyingService' },
    });
    expect(post.statusCode, post.body).toBe(201);
    await publicSnapshotOf(t.ctx)!.refresh();

    const s = await json('summary.json');
    const shown = (s.incidents as Json[]).find((i) => i.id === majorId)!;
    checkIncident(shown);
    expect(shown).toMatchObject({
      name: 'Sales down in Europe',
      status: 'monitoring',
      impact: 'critical',
      resolved_at: null,
    });
    expect(shown.monitoring_at).toMatch(TIME);
    expect((shown.components as Json[]).map((c) => c.id)).toEqual(['eur.sales']);
    expect((shown.incident_updates as Json[]).map((u) => [u.status, u.body])).toEqual([
      ['monitoring', 'A fix is deployed; we are watching.'],
      ['identified', expect.any(String)],
    ]);
    expect((s.components as Json[]).find((c) => c.id === 'eur.sales')!.status).toBe('major_outage');
    const status = s.status as { indicator: string; description: string };
    expect(status.indicator).toBe('critical');
    expect(STATUS_DESCRIPTIONS[status.indicator]).toContain(status.description);
    expect((await json('incidents/unresolved.json')).incidents).toContainEqual(shown);
  });
});

describe('serving', () => {
  it('answers every document as JSON, open to any origin, cacheable, with an ETag that answers 304', async () => {
    for (const path of [
      'summary.json',
      'status.json',
      'components.json',
      'incidents.json',
      'incidents/unresolved.json',
      'scheduled-maintenances.json',
      'scheduled-maintenances/upcoming.json',
      'scheduled-maintenances/active.json',
    ]) {
      const res = await get(path, { origin: 'https://widgets.example' });
      expect(res.statusCode, path).toBe(200);
      expect(res.headers['content-type'], path).toMatch(/^application\/json/);
      expect(res.headers['access-control-allow-origin'], path).toBe('*');
      expect(res.headers['cache-control'], path).toMatch(/public, max-age=\d+/);
      const again = await get(path, { 'if-none-match': String(res.headers.etag) });
      expect(again.statusCode, path).toBe(304);
    }
  });

  it('publishes the history as Atom and RSS feeds with an entry per public incident', async () => {
    const atom = await get('history.atom');
    expect(atom.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(atom.headers['access-control-allow-origin']).toBe('*');
    expect(atom.body).toMatch(/^<\?xml[^>]*\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    const entries = atom.body.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
    const incidents = (await json('incidents.json')).incidents as Json[];
    expect(entries).toHaveLength(incidents.length);
    for (const e of entries) expect(e).toMatch(/<id>[^<]+<\/id>[\s\S]*<updated>[^<]+<\/updated>/);
    expect(atom.body).toContain('Sales down in Europe');

    const rss = await get('history.rss');
    expect(rss.headers['content-type']).toMatch(/^application\/rss\+xml/);
    expect(rss.body).toMatch(/<rss[^>]*version="2\.0"[\s\S]*<channel>[\s\S]*<\/channel>\s*<\/rss>\s*$/);
    expect(rss.body.match(/<item>/g)).toHaveLength(incidents.length);
    expect(rss.body).toContain('Dataverse requests fail in several regions');
  });
});
