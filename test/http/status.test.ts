// The public status: the HTML page, the Statuspage v2 JSON, the feeds, caching, the snapshot that
// follows changes, and the backup site that survives the database.
import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicSnapshotOf } from '../../src/http/pages/publicSnapshot.js';
import { exportSite } from '../../src/cli/commands/exportSite.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-status-site-'));

beforeAll(async () => {
  t = await createTestApp({
    now: new Date('2026-11-25T14:00:00.000Z'),
    config: { staticSiteDir: siteDir, publicUrl: 'https://status.example' },
  });
  ops = await t.auth('ops@herald.example');
});
afterAll(async () => {
  await t.close();
  fs.rmSync(siteDir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
const json = async (url: string) => (await get(url)).json();

async function openIncident(body: Record<string, unknown>): Promise<{ id: string }> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/incidents',
    headers: ops,
    payload: { classification: 'incident', impactDescription: 'Impact.', ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('the public status page', () => {
  it('is server-rendered HTML, cacheable, with an ETag that answers 304', async () => {
    const res = await get('/status');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toMatch(/max-age=10/);
    expect(res.body).not.toMatch(/<script/i);
    expect(res.body).toContain('North America');
    expect(res.body).toContain('Dataverse requests fail in several regions'); // the demo's restored major incident, in the history
    const again = await get('/status', { 'if-none-match': res.headers.etag as string });
    expect(again.statusCode).toBe(304);
  });

  it('is sent gzipped to clients that accept it, the same document with the same ETag', async () => {
    const plain = await get('/api/v2/summary.json');
    const zipped = await get('/api/v2/summary.json', { 'accept-encoding': 'gzip' });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(zipped.headers.etag).toBe(plain.headers.etag);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('is public: a stale session cookie or a bad token does not stand between a visitor and the status', async () => {
    for (const headers of [{ cookie: 'herald_session=expired' }, { authorization: 'Bearer not-a-token' }] as Record<
      string,
      string
    >[]) {
      const res = await get('/api/v2/status.json', headers);
      expect(res.statusCode).toBe(200);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('answers the Statuspage v2 shape with open CORS', async () => {
    const res = await get('/api/v2/summary.json');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const s = res.json();
    expect(Object.keys(s).sort()).toEqual(['components', 'incidents', 'page', 'scheduled_maintenances', 'status']);
    expect(Object.keys(s.page).sort()).toEqual(['id', 'name', 'time_zone', 'updated_at', 'url']);
    expect(s.page.url).toBe('https://status.example/status');
    expect(['none', 'minor', 'major', 'critical']).toContain(s.status.indicator);
    const groups = s.components.filter((c: { group: boolean }) => c.group);
    expect(groups.map((g: { name: string }) => g.name)).toEqual(
      expect.arrayContaining(['North America', 'Europe', 'Japan']),
    );
    const nam = groups.find((g: { name: string }) => g.name === 'North America');
    const namChildren = s.components.filter((c: { group_id: string }) => c.group_id === nam.id);
    expect(namChildren.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['Dynamics 365 Sales', 'Dataverse']),
    );
    expect(nam.components.sort()).toEqual(namChildren.map((c: { id: string }) => c.id).sort());
    for (const c of s.components)
      expect(['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance']).toContain(
        c.status,
      );

    const history = await json('/api/v2/incidents.json');
    const demo = history.incidents.find(
      (i: { name: string }) => i.name === 'Dataverse requests fail in several regions',
    );
    expect(demo).toMatchObject({ status: 'postmortem', impact: 'critical', page_id: 'herald' });
    expect(Object.keys(demo).sort()).toEqual(
      [
        'components',
        'created_at',
        'id',
        'impact',
        'incident_updates',
        'monitoring_at',
        'name',
        'page_id',
        'postmortem_body',
        'postmortem_body_last_updated_at',
        'postmortem_published_at',
        'resolved_at',
        'shortlink',
        'started_at',
        'status',
        'updated_at',
      ].sort(),
    );
    // The report is kept beside the updates, as Statuspage keeps a postmortem: the newest update stays "resolved".
    expect(demo.incident_updates[0].status).toBe('resolved'); // newest first
    expect(demo.postmortem_body).toMatch(/post-incident report is published/);
    expect(demo.incident_updates.at(-1).status).toBe('identified');
    expect((await json('/api/v2/incidents/unresolved.json')).incidents.map((i: { id: string }) => i.id)).not.toContain(
      demo.id,
    );
    for (const p of [
      'scheduled-maintenances.json',
      'scheduled-maintenances/upcoming.json',
      'scheduled-maintenances/active.json',
    ]) {
      expect(Object.keys(await json(`/api/v2/${p}`)).sort()).toEqual(['page', 'scheduled_maintenances']);
    }
    expect(Object.keys(await json('/api/v2/status.json')).sort()).toEqual(['page', 'status']);
  });

  it('serves the history as Atom and RSS and the maintenance as iCalendar', async () => {
    const atom = await get('/api/v2/history.atom');
    expect(atom.headers['content-type']).toMatch(/atom\+xml/);
    expect(atom.body).toContain('Dataverse requests fail in several regions');
    expect((await get('/api/v2/history.rss')).body).toMatch(/<rss[\s\S]*Dataverse requests fail/);
    const ics = await get('/api/v2/maintenance.ics');
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    expect(ics.body).toMatch(/^BEGIN:VCALENDAR/);
  });
});

describe('following changes', () => {
  it('shows a new major incident once the snapshot has caught the change, and keeps minor ones off the page', async () => {
    const before = (await get('/api/v2/summary.json')).headers.etag;
    const major = await openIncident({
      title: 'Sales unavailable in North America',
      services: ['sales'],
      scope: { regions: ['NAM'] },
      status: 'serviceInterruption',
      symptoms: ['unavailable'],
    });
    const minor = await openIncident({
      title: 'One tenant sees slow search',
      services: ['dataverse'],
      scope: { environmentIds: [t.demo.tenants.fabrikam.environments['jpn-prod']] },
    });
    await publicSnapshotOf(t.ctx)!.settled(); // the 'change' signal already scheduled a rebuild
    const summary = await get('/api/v2/summary.json');
    expect(summary.headers.etag).not.toBe(before);
    const s = summary.json();
    const ids = s.incidents.map((i: { id: string }) => i.id);
    expect(ids).toContain(major.id);
    expect(ids).not.toContain(minor.id);
    const shown = s.incidents.find((i: { id: string }) => i.id === major.id);
    expect(shown).toMatchObject({ status: 'identified', impact: 'critical' });
    expect(shown.components.map((c: { name: string }) => c.name)).toContain('Dynamics 365 Sales');
    expect(s.components.find((c: { id: string }) => c.id === 'nam.sales').status).toBe('major_outage');
    expect(s.status).toEqual({ indicator: 'critical', description: 'Major Service Outage' });
    const page = await get('/status');
    expect(page.body).toContain('Sales unavailable in North America');
    expect(page.body).not.toContain('One tenant sees slow search');

    // Marked public, a minor incident about one tenant's environment still stays off; a regional one shows.
    const regional = await openIncident({
      title: 'Search is slow in Japan',
      services: ['dataverse'],
      scope: { regions: ['JPN'] },
    });
    for (const id of [minor.id, regional.id])
      await t.app.inject({ method: 'PATCH', url: `/api/incidents/${id}`, headers: ops, payload: { isPublic: true } });
    await publicSnapshotOf(t.ctx)!.settled();
    const unresolved = (await json('/api/v2/incidents/unresolved.json')).incidents.map((i: { id: string }) => i.id);
    expect(unresolved).toContain(regional.id);
    expect(unresolved).not.toContain(minor.id);

    await t.app.inject({
      method: 'POST',
      url: `/api/incidents/${major.id}/posts`,
      headers: ops,
      payload: { description: 'Restored.', status: 'serviceRestored' },
    });
    await publicSnapshotOf(t.ctx)!.settled();
    const after = await json('/api/v2/summary.json');
    expect(after.incidents.map((i: { id: string }) => i.id)).not.toContain(major.id);
    expect(after.components.find((c: { id: string }) => c.id === 'nam.sales').status).toBe('operational');
  });
});

describe('the backup status site', () => {
  it('is written on every change, and exported on demand', async () => {
    const index = fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8');
    expect(index).toContain('Sales unavailable in North America');
    const summary = JSON.parse(fs.readFileSync(path.join(siteDir, 'api', 'v2', 'summary.json'), 'utf8'));
    expect(summary.page.id).toBe('herald');
    expect(fs.existsSync(path.join(siteDir, 'api', 'v2', 'history.atom'))).toBe(true);
    expect(fs.readdirSync(path.join(siteDir, 'api', 'v2')).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const exported = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-export-'));
    try {
      await exportSite(t.ctx, exported);
      expect(fs.readFileSync(path.join(exported, 'index.html'), 'utf8')).toContain(
        'Sales unavailable in North America',
      );
      expect(fs.existsSync(path.join(exported, 'api', 'v2', 'incidents', 'unresolved.json'))).toBe(true);
    } finally {
      fs.rmSync(exported, { recursive: true, force: true });
    }
  });

  it('keeps answering from the last snapshot when the database is gone', async () => {
    const outage = await openIncident({
      title: 'Power Apps down in Europe',
      services: ['power-apps'],
      scope: { regions: ['EUR'] },
      status: 'serviceInterruption',
      significantDegradation: true,
    });
    await publicSnapshotOf(t.ctx)!.settled();
    await t.ctx.database.close();
    await publicSnapshotOf(t.ctx)!.refresh(); // fails inside; the last snapshot stays
    const page = await get('/status');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Power Apps down in Europe');
    const summary = await get('/api/v2/summary.json');
    expect(summary.statusCode).toBe(200);
    expect(summary.json().incidents.map((i: { id: string }) => i.id)).toContain(outage.id);
    expect(fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8')).toContain('Power Apps down in Europe');
    expect(fs.readFileSync(path.join(siteDir, 'api', 'v2', 'incidents', 'unresolved.json'), 'utf8')).toContain(
      outage.id,
    );
  });
});
