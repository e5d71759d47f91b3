// Two `herald serve` processes on one PostgreSQL database, as two nodes behind a load balancer:
// a change made through one is on the other's status page and live streams within a second
// (LISTEN/NOTIFY), and two operators moving one incident at the same instant through different
// nodes cannot both win (row locks). On SQLite, where Herald is one process, the same tests run
// against a single node.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createApiToken } from '../../src/app/auth.js';
import { createContext } from '../../src/app/context.js';
import { seedDemo } from '../../src/app/demo/index.js';
import { systemActor } from '../../src/domain/actor.js';
import { createTestDatabase, testDialect, type TestDatabase } from '../support/database.js';
import { startServe, type ServeProcess } from '../support/serveProcess.js';

let database: TestDatabase;
let nodes: ServeProcess[] = [];
let a: string;
let b: string;
let operator: { authorization: string };

beforeAll(async () => {
  database = await createTestDatabase();
  const ctx = createContext(database, { ...loadConfig({}), databaseUrl: database.url });
  await seedDemo(ctx);
  const { token } = await createApiToken(ctx, systemActor('test'), { email: 'ops@herald.example', name: 'test' });
  operator = { authorization: `Bearer ${token}` };
  const count = testDialect() === 'postgres' ? 2 : 1;
  nodes = await Promise.all(Array.from({ length: count }, () => startServe(database.url)));
  a = nodes[0]!.url;
  b = nodes[nodes.length - 1]!.url;
}, 120_000);

afterAll(async () => {
  await Promise.all(nodes.map((n) => n.stop()));
  await database?.drop();
});

async function openIncident(node: string, title: string, isPublic = false): Promise<string> {
  const res = await fetch(`${node}/api/incidents`, {
    method: 'POST',
    headers: { ...operator, 'content-type': 'application/json' },
    body: JSON.stringify({ title, classification: 'incident', services: ['sales'], scope: { regions: ['NAM'] }, impactDescription: 'Forms do not load.', isPublic }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** Follows /api/live on a node like the console's EventSource; resolves once connected. */
function follow(node: string): Promise<{ changes: { topic: string; at: number }[]; close(): void }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${node}/api/live`, { headers: { accept: 'text/event-stream', ...operator } }, (res) => {
      const stream = { changes: [] as { topic: string; at: number }[], close: () => req.destroy() };
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.includes(': connected')) resolve(stream);
          const data = /^data: (.*)$/m.exec(block);
          if (/^event: change$/m.test(block) && data) stream.changes.push({ topic: (JSON.parse(data[1]!) as { topic: string }).topic, at: Date.now() });
        }
      });
    });
    req.on('error', reject);
  });
}

async function summaryNames(node: string): Promise<string[]> {
  const body = (await (await fetch(`${node}/api/v2/summary.json`)).json()) as { incidents: { name: string }[] };
  return body.incidents.map((i) => i.name);
}

describe(`nodes sharing one ${testDialect()} database`, () => {
  it("shows an incident opened through node A on node B's status page and live stream within a second", async () => {
    const stream = await follow(b);
    try {
      const title = `Forms do not load ${Date.now()}`;
      expect(await summaryNames(b)).not.toContain(title);
      await openIncident(a, title, true);
      const opened = Date.now();
      let onStatusPage: number | null = null;
      while (Date.now() - opened < 1_000 && (onStatusPage === null || !stream.changes.some((c) => c.topic === 'incident'))) {
        if (onStatusPage === null && (await summaryNames(b)).includes(title)) onStatusPage = Date.now();
        else await new Promise((r) => setTimeout(r, 20));
      }
      expect(onStatusPage, "node B's summary.json within 1 s").not.toBeNull();
      const heard = stream.changes.find((c) => c.topic === 'incident');
      expect(heard, "node B's /api/live within 1 s").toBeDefined();
      expect(heard!.at - opened).toBeLessThanOrEqual(1_000);
    } finally {
      stream.close();
    }
  });

  it('lets only one of two operators posting conflicting status moves at the same instant succeed; the other gets 409', async () => {
    const post = (node: string, id: string, status: string) =>
      fetch(`${node}/api/incidents/${id}/posts`, {
        method: 'POST',
        headers: { ...operator, 'content-type': 'application/json' },
        body: JSON.stringify({ description: `Now ${status}.`, status }),
      });
    for (let round = 0; round < 8; round++) {
      const id = await openIncident(a, `Race ${round}`);
      // Both moves are allowed from investigating; after either, the incident has ended.
      const [restored, falsePositive] = await Promise.all([post(a, id, 'serviceRestored'), post(b, id, 'falsePositive')]);
      expect([restored.status, falsePositive.status].sort(), `round ${round}`).toEqual([201, 409]);
      const loser = restored.status === 409 ? restored : falsePositive;
      expect(loser.headers.get('content-type')).toContain('application/problem+json');
      expect(((await loser.json()) as { detail: string }).detail).toMatch(/has ended/);
      const incident = (await (await fetch(`${a}/api/incidents/${id}`, { headers: operator })).json()) as { status: string; posts: { status: string }[] };
      expect(incident.status).toBe(restored.status === 201 ? 'serviceRestored' : 'falsePositive');
      const endings = incident.posts.filter((p) => p.status === 'serviceRestored' || p.status === 'falsePositive');
      expect(endings).toHaveLength(1);
    }
  });

  it('lets only one of two operators adding the same person at once through two nodes succeed; the other gets 409', async () => {
    const add = (node: string, email: string) =>
      fetch(`${node}/api/people`, { method: 'POST', headers: { ...operator, 'content-type': 'application/json' }, body: JSON.stringify({ email, name: 'Pat Doe' }) });
    for (let round = 0; round < 5; round++) {
      const email = `pat.${round}.${Date.now()}@contoso.com`;
      const answers = await Promise.all([add(a, email), add(b, email)]);
      expect(answers.map((r) => r.status).sort(), `round ${round}`).toEqual([201, 409]);
      expect(answers.find((r) => r.status === 409)!.headers.get('content-type')).toContain('application/problem+json');
    }
  });
});
