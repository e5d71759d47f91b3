// What a production installation sees of the smaller items: the public JSON compressed when
// asked, a request log without the status-page traffic, a rotated secret that keeps old
// unsubscribe links working, and settings that name themselves when wrong.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, verificationSecrets } from '../../src/config.js';
import { signUnsubscribeToken, verifyUnsubscribeToken } from '../../src/delivery/unsubscribe.js';
import { buildServer } from '../../src/http/server.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('compression of the public status', () => {
  it('sends summary.json gzip- or brotli-compressed when asked, the same document either way', async () => {
    const plain = await t.app.inject({ url: '/api/v2/summary.json' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);

    const gzip = await t.app.inject({ url: '/api/v2/summary.json', headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(plain.body);

    const br = await t.app.inject({ url: '/api/v2/summary.json', headers: { 'accept-encoding': 'gzip;q=0.5, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);

    const refused = await t.app.inject({ url: '/api/v2/summary.json', headers: { 'accept-encoding': 'gzip;q=0' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('compresses the status page and the feeds too', async () => {
    for (const url of ['/status', '/api/v2/history.atom']) {
      const res = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
      expect(res.statusCode, url).toBe(200);
      if (res.headers['content-encoding'])
        expect(zlib.gunzipSync(res.rawPayload).length).toBeGreaterThan(res.rawPayload.length);
      else expect(res.rawPayload.length, `${url} is small enough to go uncompressed`).toBeLessThan(1024);
    }
  });
});

describe('the public status over a real connection', () => {
  // A listening server answers the snapshot's fixed addresses before Fastify routes them
  // (snapshotFastPath); `inject` enters Fastify directly, so these go through a socket.
  function fetchRaw(
    port: number,
    path: string,
    init: { method?: string; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  it('gives the same answers as the routes: headers, 304 on a weak match, compression, HEAD, CORS preflight', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.app.server.address() as AddressInfo;
    for (const path of ['/api/v2/summary.json', '/status', '/history.atom', '/badge.svg', '/embed']) {
      const viaSocket = await fetchRaw(port, path);
      const viaRoute = await t.app.inject({ url: path });
      expect(viaSocket.status, path).toBe(200);
      expect(viaSocket.body.toString(), path).toBe(viaRoute.body);
      for (const name of [
        'content-type',
        'content-length',
        'etag',
        'cache-control',
        'vary',
        'access-control-allow-origin',
        'content-security-policy',
        'x-content-type-options',
      ])
        expect(viaSocket.headers[name], `${path} ${name}`).toBe(viaRoute.headers[name]);
      const etag = String(viaSocket.headers.etag);
      const again = await fetchRaw(port, path, { headers: { 'if-none-match': `"other", W/${etag}` } });
      expect(again.status, path).toBe(304);
      expect(again.body.length, path).toBe(0);
      expect(again.headers.etag, path).toBe(etag);
    }

    const gzip = await fetchRaw(port, '/api/v2/summary.json', { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await fetchRaw(port, '/api/v2/summary.json');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(plain.body.toString());

    const head = await fetchRaw(port, '/api/v2/summary.json', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(plain.body.length));
    expect(head.body.length).toBe(0);

    const preflight = await fetchRaw(port, '/api/v2/summary.json', {
      method: 'OPTIONS',
      headers: { origin: 'https://widgets.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');

    // A worded file comes in the visitor's language here too, as the route gives it.
    for (const path of ['/status', '/history.atom', '/embed']) {
      const headers = { 'accept-language': 'de-DE,de;q=0.9' };
      const german = await fetchRaw(port, path, { headers });
      const viaRoute = await t.app.inject({ url: path, headers });
      expect(german.headers['content-language'], path).toBe('de');
      expect(german.body.toString(), path).toBe(viaRoute.body);
      expect(german.headers.etag, path).not.toBe((await fetchRaw(port, path)).headers.etag);
    }

    // Anything else still goes through Fastify: a query string, an unknown address.
    expect((await fetchRaw(port, '/badge.svg?region=EUR')).status).toBe(200);
    expect((await fetchRaw(port, '/api/v2/nothing.json')).status).toBe(404);
  });
});

describe('the request log', () => {
  it('writes one line per request, and none for the public status and the probes at info', async () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    stream.on('data', (d: Buffer) => lines.push(...d.toString().split('\n').filter(Boolean)));
    const app = await buildServer(t.ctx, { logger: true, logStream: stream });
    try {
      for (const url of ['/status', '/api/v2/summary.json', '/healthz', '/readyz'])
        expect((await app.inject({ url })).statusCode, url).toBe(200);
      await app.inject({ url: '/api/session' });
      await new Promise((resolve) => setImmediate(resolve));
      const requests = lines
        .map((l) => JSON.parse(l) as { msg: string; res?: { statusCode: number } })
        .filter((l) => l.res);
      expect(requests.map((r) => r.msg)).toEqual([expect.stringMatching(/^GET \/api\/session 401 [\d.]+ms$/)]);
    } finally {
      await app.close();
    }
  });
});

describe('secrets', () => {
  it('keeps unsubscribe links signed with the previous secret working during a rotation, and only then', () => {
    const before = 'the-secret-before-the-rotation-0123456789';
    const after = 'the-secret-after-the-rotation-9876543210';
    const link = signUnsubscribeToken(before, { personId: 'p1', category: 'incident' });
    expect(verifyUnsubscribeToken(verificationSecrets({ secret: after, secretPrevious: before }), link)).toEqual({
      personId: 'p1',
      category: 'incident',
    });
    expect(verifyUnsubscribeToken(verificationSecrets({ secret: after, secretPrevious: null }), link)).toBeNull();
  });

  it('names TRUST_PROXY when it is neither a hop count nor addresses', () => {
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.10' }).trustProxy).toEqual(['10.0.0.0/8', '192.168.1.10']);
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY .*"yes please"/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/40' })).toThrow(/TRUST_PROXY/);
  });

  it('requires a long HERALD_SECRET in production, and keeps the development default on a loopback start', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/HERALD_SECRET/);
    expect(() => loadConfig({ PUBLIC_URL: 'http://10.1.2.3:3000', HERALD_SECRET: 'short' })).toThrow(
      /HERALD_SECRET .*it has 5/,
    );
    expect(loadConfig({ NODE_ENV: 'production', HERALD_SECRET: 'x'.repeat(32) }).secret).toBe('x'.repeat(32));
    expect(loadConfig({ PUBLIC_URL: 'http://localhost:3000' }).secret.length).toBeGreaterThan(0);
  });
});
