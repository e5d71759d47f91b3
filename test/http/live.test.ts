import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addAdditionalRecipient } from '../../src/app/directory/people.js';
import { DEMO_PASSWORD } from '../../src/app/demo/index.js';
import { systemActor } from '../../src/domain/actor.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { eventReader } from '../support/eventStream.js';

let t: TestApp;
let base: string;
/** 'change' listeners of the server itself, before any browser connects. */
let idle: number;
beforeAll(async () => {
  // A short heartbeat, so a signed-out session is noticed within the test.
  t = await createTestApp({ config: { liveHeartbeatSeconds: 0.05 } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  idle = t.ctx.signals.listenerCount('change');
});
afterAll(() => t.close());

interface Stream {
  status: number;
  contentType: string;
  /** The `change` events received so far, parsed. */
  changes: { topic: string; tenantIds: string[] | null }[];
  heartbeats: number;
  ended: Promise<void>;
  close(): void;
}

/** Opens /api/live like a browser's EventSource and collects what it hears. */
function listen(headers: Record<string, string>): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}/api/live`, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      let endedResolve!: () => void;
      const stream: Stream = {
        status: res.statusCode ?? 0,
        contentType: String(res.headers['content-type']),
        changes: [],
        heartbeats: 0,
        ended: new Promise((r) => (endedResolve = r)),
        close: () => req.destroy(),
      };
      res.setEncoding('utf8');
      res.on(
        'data',
        eventReader(({ block, event, data }) => {
          if (block.includes(': heartbeat')) stream.heartbeats++;
          if (event === 'change' && data) stream.changes.push(JSON.parse(data));
        }),
      );
      res.on('end', () => endedResolve());
      res.on('close', () => endedResolve());
      resolve(stream);
    });
    req.on('error', reject);
  });
}

async function signInCookie(email: string): Promise<{ cookie: string; csrfToken: string }> {
  const res = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email, password: DEMO_PASSWORD } });
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] as string[]).map((c) => c.split(';')[0]!);
  return { cookie: cookies.join('; '), csrfToken: res.json().csrfToken };
}

describe('GET /api/live', () => {
  it('asks an anonymous visitor to sign in', async () => {
    const res = await t.app.inject({ url: '/api/live' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('tells each person only of the tenants they can read, and everyone of public changes', async () => {
    const contoso = t.demo.tenants.contoso.id;
    const alice = await listen(await t.auth('alice@contoso.com'));
    const fiona = await listen(await t.auth('fiona@fabrikam.com'));
    const ops = await listen(await t.auth('ops@herald.example'));
    expect(alice.status).toBe(200);
    expect(alice.contentType).toMatch(/^text\/event-stream/);

    await addAdditionalRecipient(t.ctx, systemActor('test'), contoso, {
      email: 'noc@contoso.com',
      categories: ['incident'],
    });
    t.ctx.signals.emit('change', { tenantIds: null, topic: 'status' });
    // Both tenant-scoped and public notices to Contoso and Fabrikam at once: each hears only their own.
    t.ctx.signals.emit('change', { tenantIds: [contoso, t.demo.tenants.fabrikam.id], topic: 'incident' });

    await vi.waitFor(() => expect(ops.changes).toHaveLength(3));
    await vi.waitFor(() => expect(fiona.changes).toHaveLength(2));
    await vi.waitFor(() => expect(alice.changes).toHaveLength(3));
    expect(alice.changes).toEqual([
      { topic: 'recipients', tenantIds: [contoso] },
      { topic: 'status', tenantIds: null },
      { topic: 'incident', tenantIds: [contoso] },
    ]);
    expect(fiona.changes).toEqual([
      { topic: 'status', tenantIds: null },
      { topic: 'incident', tenantIds: [t.demo.tenants.fabrikam.id] },
    ]);
    expect(ops.changes[2]).toEqual({ topic: 'incident', tenantIds: [contoso, t.demo.tenants.fabrikam.id] });
    for (const s of [alice, fiona, ops]) s.close();
  });

  it('sends heartbeats and stops listening when the browser goes away', async () => {
    await vi.waitFor(() => expect(t.ctx.signals.listenerCount('change')).toBe(idle));
    const sam = await listen(await t.auth('sam@contoso.com'));
    await vi.waitFor(() => expect(t.ctx.signals.listenerCount('change')).toBe(idle + 1));
    await vi.waitFor(() => expect(sam.heartbeats).toBeGreaterThan(0));
    sam.close();
    await vi.waitFor(() => expect(t.ctx.signals.listenerCount('change')).toBe(idle));
  });

  it('ends the stream once its session is signed out', async () => {
    const { cookie, csrfToken } = await signInCookie('wendy@woodgrovebank.com');
    const wendy = await listen({ cookie });
    expect(wendy.status).toBe(200);
    const out = await t.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.statusCode).toBe(204);
    await wendy.ended;
    t.ctx.signals.emit('change', { tenantIds: [t.demo.tenants.woodgrove.id], topic: 'incident' });
    expect(wendy.changes).toEqual([]);
  });
});
