// The public status page in the languages operators translated an incident into (issue 15): a
// visitor asking for German reads the German title and update with "Aus dem Englischen übersetzt",
// Japanese the Japanese, French (no translation) the original saying so; the history feeds too; the
// Statuspage JSON keeps the original; the backup site's language folders follow; removing a
// translation brings the original back. A private incident's translation, and every tenant's,
// environment's and person's name, stay off every public file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicSnapshotOf } from '../../src/http/pages/publicSnapshot.js';
import { createTestApp, type TestApp } from '../support/app.js';

type Auth = { authorization: string };
let t: TestApp;
let ops: Auth;
let publicId: string;
let privateId: string;
const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-public-translations-'));
const get = (url: string) => t.app.inject({ url });
const refresh = () => publicSnapshotOf(t.ctx)!.refresh();
const site = (file: string) => fs.readFileSync(path.join(siteDir, ...file.split('/')), 'utf8');

async function open(payload: Record<string, unknown>): Promise<{ id: string; postId: string }> {
  const res = await t.app.inject({ method: 'POST', url: '/api/incidents', headers: ops, payload });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  const read = await t.app.inject({ url: `/api/incidents/${id}`, headers: ops });
  return { id, postId: read.json().posts[0].id as string };
}

const translate = (id: string, language: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PUT', url: `/api/incidents/${id}/translations/${language}`, headers: ops, payload });

beforeAll(async () => {
  t = await createTestApp({
    now: new Date('2026-11-25T09:00:00.000Z'),
    config: { publicUrl: 'https://status.example', staticSiteDir: siteDir },
  });
  ops = await t.auth('ops@herald.example');
  const shown = await open({
    classification: 'incident',
    title: 'Sales down in Europe',
    impactDescription: 'Sales does not load.',
    description: 'We are looking into it.',
    services: ['sales'],
    scope: { regions: ['EUR'] },
    status: 'serviceInterruption',
    symptoms: ['unavailable'],
  });
  publicId = shown.id;
  // Two tenants' environments: not public, whatever language it is translated into.
  const hidden = await open({
    classification: 'incident',
    title: 'Sign-in slow for two customers',
    impactDescription: 'Sign-in takes a minute.',
    description: 'Sign-in is slow for a few customers.',
    services: ['sales'],
    scope: {
      environmentIds: [
        t.demo.tenants.contoso.environments['nam-prod']!,
        t.demo.tenants.fabrikam.environments['ind-prod']!,
      ],
    },
  });
  privateId = hidden.id;
  const de = await translate(publicId, 'de', {
    title: 'Sales in Europa ausgefallen',
    posts: [{ postId: shown.postId, description: 'Wir untersuchen das Problem.' }],
  });
  expect(de.statusCode, de.body).toBe(200);
  const ja = await translate(publicId, 'ja', {
    title: 'ヨーロッパで Sales が停止',
    posts: [{ postId: shown.postId, description: '現在調査中です。' }],
  });
  expect(ja.statusCode, ja.body).toBe(200);
  const secret = await translate(privateId, 'de', {
    title: 'Anmeldung langsam',
    posts: [{ postId: hidden.postId, description: 'Die Anmeldung ist langsam.' }],
  });
  expect(secret.statusCode, secret.body).toBe(200);
  await refresh();
});
afterAll(async () => {
  await t.close();
  fs.rmSync(siteDir, { recursive: true, force: true });
});

describe('an incident’s translations on the public status', () => {
  it('shows each language its translation with a note, and the original where there is none', async () => {
    const german = (await get('/status?lang=de')).body;
    expect(german).toContain('<h3>Sales in Europa ausgefallen</h3>');
    expect(german).toContain('Wir untersuchen das Problem.');
    expect(german).toContain('Aus dem Englischen übersetzt');
    expect(german).not.toContain('Sales down in Europe');
    expect(german).not.toContain('We are looking into it.');

    const japanese = (await get('/status?lang=ja')).body;
    expect(japanese).toContain('<h3>ヨーロッパで Sales が停止</h3>');
    expect(japanese).toContain('現在調査中です。');
    expect(japanese).not.toContain('Sales down in Europe');

    const french = (await get('/status?lang=fr')).body;
    expect(french).toContain('<h3>Sales down in Europe</h3>');
    expect(french).toContain('We are looking into it.');
    expect(french).toContain('Vous lisez la version originale (anglais)');

    const english = (await get('/status')).body;
    expect(english).toContain('<h3>Sales down in Europe</h3>');
    expect(english).not.toMatch(/Translated from|reading the original/);
  });

  it('translates the history feeds, and keeps the Statuspage JSON in the original', async () => {
    const feed = await new Parser().parseString((await get('/history.atom?lang=de')).body);
    const item = feed.items.find((i) => i.link === `https://status.example/status#${publicId}`)!;
    expect(item.title).toBe('Sales in Europa ausgefallen');
    expect(item.content).toContain('Wir untersuchen das Problem.');
    expect(item.content).toContain('Aus dem Englischen übersetzt');
    const english = await new Parser().parseString((await get('/history.atom')).body);
    expect(english.items.find((i) => i.link === item.link)!.title).toBe('Sales down in Europe');

    const summary = (await get('/api/v2/summary.json?lang=de')).json();
    const incident = summary.incidents.find((i: { id: string }) => i.id === publicId);
    expect(incident.name).toBe('Sales down in Europe');
    expect(incident.incident_updates[0].body).toBe('We are looking into it.');
  });

  it('writes each language’s folder of the backup site in its translation', () => {
    expect(site('de/index.html')).toContain('<h3>Sales in Europa ausgefallen</h3>');
    expect(site('de/history.atom')).toContain('Sales in Europa ausgefallen');
    expect(site('ja/index.html')).toContain('<h3>ヨーロッパで Sales が停止</h3>');
    expect(site('index.html')).toContain('<h3>Sales down in Europe</h3>');
    expect(site('de/api/v2/summary.json')).toContain('Sales down in Europe');
  });

  it('shows nothing of a private incident’s translation, nor any tenant’s, environment’s or person’s name', async () => {
    const db = t.ctx.database.db;
    const names = [
      ...(await db.selectFrom('tenant').select('name').execute()),
      ...(await db.selectFrom('environment').select('name').execute()),
      ...(await db.selectFrom('person').select('name').execute()),
    ].map((r) => r.name.toLowerCase());
    expect(names).toEqual(expect.arrayContaining(['contoso', 'fabrikam japan']));
    const outputs: [string, string][] = [];
    for (const url of ['/status?lang=de', '/status?lang=ja', '/history.atom?lang=de', '/history.rss?lang=ja'])
      outputs.push([url, (await get(url)).body.toLowerCase()]);
    for (const file of ['de/index.html', 'de/history.atom', 'ja/index.html'])
      outputs.push([file, site(file).toLowerCase()]);
    for (const [where, text] of outputs) {
      expect(text, where).not.toContain('anmeldung langsam');
      expect(text, where).not.toContain(privateId.toLowerCase());
      for (const name of names) expect(text.includes(name), `${name} in ${where}`).toBe(false);
    }
  });

  it('brings the original back once the German translation is removed, on the page and the backup site', async () => {
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/incidents/${publicId}/translations/de`,
      headers: ops,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    // The removal signals a change like any other incident command: the snapshot rebuilds by itself.
    await publicSnapshotOf(t.ctx)!.settled();
    const german = (await get('/status?lang=de')).body;
    expect(german).toContain('<h3>Sales down in Europe</h3>');
    expect(german).not.toContain('Sales in Europa ausgefallen');
    expect(german).toContain('Sie lesen das Original');
    expect(site('de/index.html')).toContain('<h3>Sales down in Europe</h3>');
    expect((await get('/status?lang=ja')).body).toContain('<h3>ヨーロッパで Sales が停止</h3>');
  });
});
