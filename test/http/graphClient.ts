// The real Microsoft Graph JavaScript client, pointed at a test Herald. The client sends its
// token only over https to a host it knows, so the test server (app.listen on port 0) sits behind
// a TLS-terminating proxy with a throwaway self-signed certificate, as Herald would behind a real
// reverse proxy (which sets X-Forwarded-Proto and X-Forwarded-Host; the app under test trusts it
// with TRUST_PROXY=127.0.0.1, as a provider would name its proxy).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@microsoft/microsoft-graph-client';
import type { TestApp } from '../support/app.js';

export interface GraphFront {
  /** https://localhost:<port>, where the Graph client talks to Herald. */
  origin: string;
  /** A Graph client that authenticates with this Herald API token. */
  client(authorization: { authorization: string }): Client;
  close(): Promise<void>;
}

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-graph-tls-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost',
    ],
    {
      stdio: 'ignore',
    },
  );
  const pair = { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
  fs.rmSync(dir, { recursive: true, force: true });
  return pair;
}

export async function startGraphFront(t: TestApp): Promise<GraphFront> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const target = (t.app.server.address() as AddressInfo).port;
  const proxy = https.createServer(selfSignedCertificate(), (req, res) => {
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: target,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-forwarded-proto': 'https', 'x-forwarded-host': req.headers.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const origin = `https://localhost:${(proxy.address() as AddressInfo).port}`;
  // The certificate is made up for this run; this test process trusts it by trusting any.
  const previous = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  return {
    origin,
    client: ({ authorization }) =>
      Client.init({
        authProvider: (done) => done(null, authorization.replace(/^Bearer /, '')),
        baseUrl: origin,
        defaultVersion: 'v1.0',
        customHosts: new Set(['localhost']),
      }),
    async close() {
      if (previous === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = previous;
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}
