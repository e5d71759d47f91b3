// The public page as visitors in other languages meet it: German by Accept-Language, Arabic by
// ?lang= and right to left, an unknown ?lang= answered in the default without error; a language
// switch of plain links; caches told the answer varies by language, each language its own ETag;
// the feeds, badge, embed and subscribe page likewise; the backup site one folder per language.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicSnapshotOf } from '../../src/http/pages/publicSnapshot.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-languages-site-'));
const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

beforeAll(async () => {
  t = await createTestApp({
    now: new Date('2026-11-25T09:00:00.000Z'),
    config: { publicUrl: 'https://status.example', staticSiteDir: siteDir },
  });
  const ops = await t.auth('ops@herald.example');
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
  await publicSnapshotOf(t.ctx)!.refresh();
});
afterAll(async () => {
  await t.close();
  fs.rmSync(siteDir, { recursive: true, force: true });
});

describe('the public page in the visitor’s language', () => {
  it('answers Accept-Language: de in German, saying that the answer varies by language', async () => {
    const res = await get('/status', { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<html lang="de" dir="ltr">/);
    expect(res.body).toContain('<h2>Aktuelle Störungen</h2>');
    expect(res.body).toContain('Dienstunterbrechung');
    expect(res.body).not.toContain('Active incidents');
    expect(res.headers['content-language']).toBe('de');
    expect(String(res.headers.vary)).toMatch(/accept-language/i);

    const english = await get('/status');
    expect(english.body).toContain('<h2>Active incidents</h2>');
    expect(english.headers.etag).not.toBe(res.headers.etag);
    // A cache revalidating the German copy hears it is still good; the English tag is not the German page's.
    expect((await get('/status', { 'accept-language': 'de', 'if-none-match': res.headers.etag! })).statusCode).toBe(
      304,
    );
    expect((await get('/status', { 'accept-language': 'de', 'if-none-match': english.headers.etag! })).statusCode).toBe(
      200,
    );
  });

  it('takes ?lang= before Accept-Language, and lays Arabic out right to left', async () => {
    const res = await get('/status?lang=ar', { 'accept-language': 'de' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<html lang="ar" dir="rtl">/);
    expect(res.body).toContain('الأعطال الحالية');
    expect(res.headers['content-language']).toBe('ar');
  });

  it('answers an unknown ?lang= with 200 in the next language that fits, without error', async () => {
    const plain = await get('/status?lang=xx');
    expect(plain.statusCode).toBe(200);
    expect(plain.body).toMatch(/<html lang="en" dir="ltr">/);
    const withHeader = await get('/status?lang=xx', { 'accept-language': 'ja' });
    expect(withHeader.statusCode).toBe(200);
    expect(withHeader.body).toMatch(/<html lang="ja" dir="ltr">/);
    expect((await get('/status', { 'accept-language': '*;q=0.1, zz' })).statusCode).toBe(200);
  });

  it('offers every language as a plain link, each in its own name, the current one marked', async () => {
    const body = (await get('/status?lang=fr')).body;
    const nav = /<nav class="languages" aria-label="Langue">(.*?)<\/nav>/s.exec(body)![1]!;
    expect(nav).not.toMatch(/<script|onclick/);
    for (const [lang, name] of [
      ['en', 'English'],
      ['fr', 'Français'],
      ['de', 'Deutsch'],
      ['es', 'Español'],
      ['pt-BR', 'Português (Brasil)'],
      ['ja', '日本語'],
      ['ar', 'العربية'],
    ] as const)
      expect(nav).toMatch(
        new RegExp(
          `<a href="\\?lang=${lang}" lang="${lang}" hreflang="${lang}"[^>]*>${name.replace(/[()]/g, '\\$&')}</a>`,
        ),
      );
    expect(nav).toContain('aria-current="true">Français</a>');
    // Following a link is all it takes.
    expect((await get('/status?lang=pt-BR')).body).toContain('Incidentes ativos');
  });

  it('speaks the language in the feeds, the badge, the embed and the subscribe page', async () => {
    const feed = await new Parser().parseString((await get('/history.atom?lang=fr')).body);
    expect(feed.title).toBe('Herald status — historique des incidents');
    const badge = await get('/badge.svg?region=EUR', { 'accept-language': 'ja' });
    expect(badge.body).toContain('大規模停止');
    expect(String(badge.headers.vary)).toMatch(/accept-language/i);
    const embed = await get('/embed?lang=es');
    expect(embed.body).toMatch(/<html lang="es" dir="ltr">/);
    expect(embed.body).toContain('Estado completo e historial');
    const subscribe = await get('/subscribe', { 'accept-language': 'de' });
    expect(subscribe.body).toMatch(/<html lang="de" dir="ltr">/);
    expect(subscribe.body).toContain('<title>Neuigkeiten abonnieren');
    expect(subscribe.body).toContain('action="/subscribe?lang=de"');
    // The Statuspage JSON has no words to translate: the same bytes for everyone, no Vary on language.
    const json = await get('/api/v2/status.json', { 'accept-language': 'de' });
    expect(json.json().status.description).toBe('Major Service Outage');
    expect(String(json.headers.vary)).not.toMatch(/accept-language/i);
  });

  it('writes the backup site with the default language at the root and each language in a folder', () => {
    const root = fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8');
    expect(root).toMatch(/<html lang="en"/);
    expect(root).toContain('<a href="de/index.html" lang="de" hreflang="de">Deutsch</a>');
    const arabic = fs.readFileSync(path.join(siteDir, 'ar', 'index.html'), 'utf8');
    expect(arabic).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arabic).toContain('<a href="../ja/index.html" lang="ja" hreflang="ja">日本語</a>');
    expect(fs.readFileSync(path.join(siteDir, 'ja', 'history.atom'), 'utf8')).toContain('障害履歴');
    expect(fs.existsSync(path.join(siteDir, 'pt-BR', 'api', 'v2', 'summary.json'))).toBe(true);
  });
});
