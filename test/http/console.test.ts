import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

// A stand-in for dist/web, so these tests do not depend on a build of the console.
const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-web-'));
fs.mkdirSync(path.join(webDir, 'assets'));
fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Herald console</title><div id="root"></div>');
fs.writeFileSync(path.join(webDir, 'assets', 'index-abc123.js'), 'console.log("herald")');
fs.writeFileSync(path.join(webDir, 'manifest.webmanifest'), '{"name":"Herald"}');
fs.writeFileSync(path.join(webDir, 'icon-192.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
const secret = path.join(path.dirname(webDir), `${path.basename(webDir)}-secret.txt`);
fs.writeFileSync(secret, 'outside the web folder');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { webDir } });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(webDir, { recursive: true, force: true });
  fs.rmSync(secret, { force: true });
});

const page = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('the console at /', () => {
  it('serves the console page at / and at its client-side routes, never cached', async () => {
    for (const url of ['/', '/incidents/abc', '/directory/tenants?q=contoso']) {
      const res = await t.app.inject({ url, headers: page });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('Herald console');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves built files, hashed assets for a year', async () => {
    const asset = await t.app.inject({ url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
    const manifest = await t.app.inject({ url: '/manifest.webmanifest' });
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['cache-control']).toBe('no-cache');
  });

  it('never answers the API or the server pages with the console', async () => {
    for (const url of ['/api/nothing-here', '/v1.0/nothing', '/status/nothing', '/healthz/x']) {
      const res = await t.app.inject({ url, headers: page });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/application\/problem\+json/);
    }
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/openapi.json' })).json().openapi).toMatch(/^3\./);
  });

  it('answers a missing file or a non-browser client with 404, and nothing outside the folder', async () => {
    expect((await t.app.inject({ url: '/assets/missing.js', headers: page })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/incidents/abc', headers: { accept: 'application/json' } })).statusCode).toBe(
      404,
    );
    const name = path.basename(secret);
    for (const url of [`/../${name}`, `/%2e%2e/${name}`, `/assets/..%2f..%2f${name}`]) {
      const res = await t.app.inject({ url, headers: page });
      expect(res.body, url).not.toContain('outside the web folder');
    }
  });

  it('answers /favicon.ico with the console’s icon', async () => {
    const res = await t.app.inject({ url: '/favicon.ico' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.subarray(0, 4).toString('hex')).toBe('89504e47');
  });

  it('serves /docs with a policy of its own that lets Swagger UI style itself, and its bundle compressed', async () => {
    const docs = await t.app.inject({ url: '/docs/', headers: page });
    expect(docs.statusCode).toBe(200);
    const csp = String(docs.headers['content-security-policy']);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).not.toContain('validator.swagger.io');
    const bundle = await t.app.inject({
      url: '/docs/static/swagger-ui-bundle.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['content-encoding']).toBe('br');
    expect(bundle.rawPayload.length).toBeLessThan(600_000);
  });

  it('explains how to build the console when it has not been built', async () => {
    const bare = await createTestApp({ config: { webDir: path.join(webDir, 'not-built') } });
    try {
      const res = await bare.app.inject({ url: '/', headers: page });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('npm run build:web');
    } finally {
      await bare.close();
    }
  });
});
