// The public page as Statuspage clients, feed readers, other sites and operators use it: the
// history feeds at Statuspage's addresses (parsed by a feed library, titles the bare incident
// name, content in Statuspage's words), per-component feeds, CORS preflight, weak If-None-Match,
// the postmortem beside the updates, the SVG badge, the script-free embed, and the operators'
// branding with its contrast check — none of it naming a tenant.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicSnapshotOf } from '../../src/http/pages/publicSnapshot.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let ops: { authorization: string };
let europeId: string;
const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-page-site-'));
const FRAME_ANCESTORS = "'self' https://intranet.example";
const feeds = new Parser();

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
const refresh = () => publicSnapshotOf(t.ctx)!.refresh();

beforeAll(async () => {
  t = await createTestApp({
    now: new Date('2026-11-25T09:00:00.000Z'),
    config: { publicUrl: 'https://status.example', staticSiteDir: siteDir, embedFrameAncestors: FRAME_ANCESTORS },
  });
  ops = await t.auth('ops@herald.example');
  const created = await t.app.inject({
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
  expect(created.statusCode, created.body).toBe(201);
  europeId = created.json().id;
  for (const [minutes, status, description] of [
    [10, 'serviceInterruption', 'Still down; the storage cluster is being failed over.'],
    [20, 'verifyingService', 'A fix is deployed; we are watching.'],
  ] as const) {
    t.clock.now = new Date(t.clock.now.getTime() + minutes * 60_000);
    const post = await t.app.inject({
      method: 'POST',
      url: `/api/incidents/${europeId}/posts`,
      headers: ops,
      payload: { description, status },
    });
    expect(post.statusCode, post.body).toBe(201);
  }
  await refresh();
});
afterAll(async () => {
  await t.close();
  fs.rmSync(siteDir, { recursive: true, force: true });
});

describe('history feeds at Statuspage’s addresses', () => {
  it('/history.atom and /history.rss parse, with bare incident names and Statuspage’s words', async () => {
    const incidents = (await get('/api/v2/incidents.json')).json().incidents as { id: string; name: string }[];
    for (const url of ['/history.atom', '/history.rss', '/api/v2/history.atom', '/api/v2/history.rss']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['access-control-allow-origin'], url).toBe('*');
      const feed = await feeds.parseString(res.body);
      expect(
        feed.items.map((i) => i.title),
        url,
      ).toEqual(incidents.map((i) => i.name));
      for (const item of feed.items)
        expect(item.title, url).not.toMatch(/^\[|serviceRestored|postIncidentReviewPublished/);

      const europe = feed.items.find((i) => i.title === 'Sales down in Europe')!;
      expect(europe.link).toBe(`https://status.example/status#${europeId}`);
      const content = europe.content ?? '';
      // Newest first: Monitoring, then the second "identified" post as an Update, then Identified.
      const words = [...content.matchAll(/<strong>([^<]+)<\/strong> - /g)].map((m) => m[1]);
      expect(words, url).toEqual(['Monitoring', 'Update', 'Identified']);
      expect(content).toContain('<strong>Monitoring</strong> - A fix is deployed; we are watching.');

      const demo = feed.items.find((i) => i.title === 'Dataverse requests fail in several regions')!;
      const demoWords = [...(demo.content ?? '').matchAll(/<strong>([^<]+)<\/strong> - /g)].map((m) => m[1]);
      expect(demoWords[0]).toBe('Postmortem');
      expect(demoWords[1]).toBe('Resolved');
      expect(demo.content).not.toMatch(/serviceRestored|postIncidentReviewPublished|verifyingService/);
    }
    expect((await get('/history.atom')).body).toBe((await get('/api/v2/history.atom')).body);
  });

  it('narrows a feed to one component or region group, and answers 404 for an unknown one', async () => {
    const sales = await feeds.parseString((await get('/history.atom?component=eur.sales')).body);
    expect(sales.items.map((i) => i.title)).toEqual(['Sales down in Europe']);
    expect(sales.title).toContain('Dynamics 365 Sales');
    const nam = await feeds.parseString((await get('/history.rss?component=region.nam')).body);
    expect(nam.items.map((i) => i.title)).toContain('Dataverse requests fail in several regions');
    expect(nam.items.map((i) => i.title)).not.toContain('Sales down in Europe');

    const unknown = await get('/history.atom?component=nowhere.nothing');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'query.component' })]);
  });
});

describe('Statuspage details', () => {
  it('answers a CORS preflight with 204 and what a browser needs', async () => {
    for (const url of [
      '/api/v2/summary.json',
      '/api/v2/incidents/unresolved.json',
      '/history.atom',
      '/history.rss',
      '/badge.svg',
    ]) {
      const res = await t.app.inject({
        method: 'OPTIONS',
        url,
        headers: {
          origin: 'https://widgets.example',
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'if-none-match',
        },
      });
      expect(res.statusCode, url).toBe(204);
      expect(res.headers['access-control-allow-origin'], url).toBe('*');
      expect(String(res.headers['access-control-allow-methods']).split(/,\s*/)).toEqual(
        expect.arrayContaining(['GET', 'HEAD']),
      );
      expect(String(res.headers['access-control-allow-headers']).toLowerCase()).toContain('if-none-match');
      expect(Number(res.headers['access-control-max-age'])).toBeGreaterThan(0);
      const get = await t.app.inject({ url, headers: { origin: 'https://widgets.example' } });
      expect(get.headers['access-control-allow-origin'], url).toBe('*');
    }
  });

  it('compares If-None-Match weakly: W/"etag", a list and * give 304', async () => {
    for (const url of ['/api/v2/summary.json', '/history.atom', '/badge.svg?region=EUR', '/status']) {
      const first = await get(url);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"[^"]+"$/);
      for (const header of [etag, `W/${etag}`, `"other", W/${etag}`, `"a","b" , ${etag}`, '*']) {
        const res = await get(url, { 'if-none-match': header });
        expect(res.statusCode, `${url} ${header}`).toBe(304);
        expect(res.body).toBe('');
      }
      expect((await get(url, { 'if-none-match': 'W/"other", "another"' })).statusCode, url).toBe(200);
    }
  });

  it('keeps a published postmortem beside the updates; the newest update stays resolved', async () => {
    const all = (await get('/api/v2/incidents.json')).json().incidents as Record<string, unknown>[];
    const demo = all.find((i) => i.name === 'Dataverse requests fail in several regions')!;
    expect(demo.status).toBe('postmortem');
    const updates = demo.incident_updates as { status: string }[];
    expect(updates[0]!.status).toBe('resolved');
    expect(updates.map((u) => u.status)).not.toContain('postmortem');
    expect(demo.postmortem_body).toMatch(/Summary: /);
    expect(demo.postmortem_published_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(demo.postmortem_body_last_updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const europe = all.find((i) => i.id === europeId)!;
    expect(europe).toMatchObject({
      postmortem_body: null,
      postmortem_published_at: null,
      postmortem_body_last_updated_at: null,
    });
  });
});

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

function badge(body: string): { label: string; status: string; code: string } {
  expect(XMLValidator.validate(body)).toBe(true);
  const svg = xml.parse(body).svg;
  expect(svg.xmlns).toBe('http://www.w3.org/2000/svg');
  const texts = svg.g[1].text as { '#text': string; 'data-status'?: string }[];
  return {
    label: String(texts[0]!['#text']),
    status: String(texts[1]!['#text']),
    code: String(texts[1]!['data-status']),
  };
}

describe('widgets', () => {
  it('serves an SVG badge for the page, a region, a service and a service in a region', async () => {
    const page = await get('/badge.svg');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(page.headers['cache-control']).toMatch(/public, max-age=\d+/);
    expect(page.headers.etag).toMatch(/^"/);
    expect(badge(page.body)).toEqual({ label: 'Herald status', status: 'major outage', code: 'major_outage' });

    expect(badge((await get('/badge.svg?region=EUR')).body)).toMatchObject({
      label: 'Herald status · Europe',
      code: 'major_outage',
    });
    expect(badge((await get('/badge.svg?region=region.nam')).body)).toMatchObject({ code: 'operational' });
    expect(badge((await get('/badge.svg?region=eur&service=sales')).body)).toMatchObject({
      label: 'Herald status · Dynamics 365 Sales EUR',
      code: 'major_outage',
    });
    expect(badge((await get('/badge.svg?region=NAM&service=sales')).body)).toMatchObject({ code: 'operational' });
    expect(badge((await get('/badge.svg?service=sales')).body)).toMatchObject({ code: 'major_outage' });

    for (const [query, field] of [
      ['region=MARS', 'query.region'],
      ['service=teleport', 'query.service'],
      ['region=EUR&service=teleport', 'query.service'],
    ]) {
      const res = await get(`/badge.svg?${query}`);
      expect(res.statusCode, query).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().errors[0].field).toBe(field);
    }
  });

  it('serves a script-free embed that only the configured sites may frame', async () => {
    const res = await get('/embed');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    expect(res.body).toContain('Major Service Outage');
    expect(res.body).toMatch(/Europe<\/span><span class="s-major_outage">Major outage/);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain(`frame-ancestors ${FRAME_ANCESTORS}`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    // The rest of the site keeps its frame protection.
    expect(String((await get('/status')).headers['content-security-policy'])).toContain("frame-ancestors 'self'");
    expect(fs.readFileSync(path.join(siteDir, 'embed.html'), 'utf8')).toBe(res.body);
  });
});

describe('branding', () => {
  const brand = {
    pageName: 'Northwind Cloud status',
    logoUrl: 'https://cdn.northwind.example/logo.png',
    primaryColor: '#123456',
    accentColor: '#7a2e0e',
    supportUrl: 'https://support.northwind.example/',
  };

  it('is set by operators and shown on the page, the backup site, the badge, the embed and the feeds', async () => {
    const before = await t.app.inject({ url: '/api/branding', headers: ops });
    expect(before.json()).toMatchObject({ pageName: 'Herald status', updatedAt: null });

    const saved = await t.app.inject({ method: 'PUT', url: '/api/branding', headers: ops, payload: brand });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ ...brand, updatedAt: expect.any(String) });
    await refresh();

    const page = (await get('/status')).body;
    expect(page).toContain('<h1>Northwind Cloud status</h1>');
    expect(page).toContain('<img src="https://cdn.northwind.example/logo.png" alt="">');
    expect(page).toContain('background:#123456');
    expect(page).toContain('<a href="https://support.northwind.example/">Contact support</a>');
    // The backup site's page is the live one but for the language switch, which links folders there.
    const backup = fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8');
    expect(backup.replace(/href="([\w-]+)\/index\.html"/g, 'href="?lang=$1"')).toBe(page);
    expect(badge((await get('/badge.svg')).body).label).toBe('Northwind Cloud status');
    expect((await get('/badge.svg')).body).toContain('fill="#123456"');
    expect(fs.readFileSync(path.join(siteDir, 'badge.svg'), 'utf8')).toContain('Northwind Cloud status');
    expect((await get('/embed')).body).toContain('<span>Northwind Cloud status</span>');
    expect((await feeds.parseString((await get('/history.atom')).body)).title).toBe(
      'Northwind Cloud status — incident history',
    );
    expect((await get('/api/v2/summary.json')).json().page.name).toBe('Northwind Cloud status');
  });

  it('refuses a colour without enough contrast with 422 naming the field and the ratio, and writes nothing', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/branding',
      headers: ops,
      payload: { ...brand, pageName: 'Other name', accentColor: '#ffcc00' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({
      code: 'HERALD_LOW_CONTRAST',
      errors: [{ field: 'body.accentColor', message: expect.stringMatching(/contrast ratio of 1\.\d\d:1.*4\.5:1/) }],
    });
    expect((await t.app.inject({ url: '/api/branding', headers: ops })).json().pageName).toBe('Northwind Cloud status');

    const both = await t.app.inject({
      method: 'PUT',
      url: '/api/branding',
      headers: ops,
      payload: { ...brand, primaryColor: '#cccccc', accentColor: '#eeeeee' },
    });
    expect(both.statusCode).toBe(422);
    expect(both.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'body.primaryColor',
      'body.accentColor',
    ]);
  });

  it('refuses bad input in plain words, a tenant’s name, and anyone but an operator', async () => {
    const put = (payload: Record<string, unknown>, headers = ops) =>
      t.app.inject({ method: 'PUT', url: '/api/branding', headers, payload });
    const http = await put({ ...brand, logoUrl: 'http://cdn.northwind.example/logo.png' });
    expect(http.statusCode).toBe(400);
    expect(http.json().errors).toEqual([{ field: 'body.logoUrl', message: 'must be an https address' }]);
    const js = await put({ ...brand, supportUrl: 'javascript:alert(1)' });
    expect(js.json().errors).toEqual([{ field: 'body.supportUrl', message: 'must be an https or mailto address' }]);
    const notColor = await put({ ...brand, primaryColor: 'red' });
    expect(notColor.statusCode).toBe(400);
    expect(notColor.json().errors[0].field).toBe('body.primaryColor');
    const tenantName = await put({ ...brand, pageName: 'Contoso status' });
    expect(tenantName.statusCode).toBe(422);
    expect(tenantName.json()).toMatchObject({ code: 'HERALD_PRIVATE_NAME', errors: [{ field: 'body.pageName' }] });

    const admin = await t.auth('alice@contoso.com');
    expect((await put(brand, admin)).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/branding', headers: admin })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PUT', url: '/api/branding', payload: brand })).statusCode).toBe(401);
  });

  it('names no tenant on any of the new outputs', async () => {
    const tenants = await t.ctx.database.db.selectFrom('tenant').select('name').execute();
    expect(tenants.length).toBeGreaterThan(0);
    for (const url of [
      '/history.atom',
      '/history.rss?component=eur.sales',
      '/badge.svg',
      '/badge.svg?region=EUR',
      '/embed',
      '/status',
    ]) {
      const body = (await get(url)).body.toLowerCase();
      for (const { name } of tenants) expect(body.includes(name.toLowerCase()), `${name} in ${url}`).toBe(false);
    }
  });
});
