// Two `herald serve` processes on one PostgreSQL database, as two nodes behind a load balancer:
// a change made through one is on the other's status page and live streams within a second
// (LISTEN/NOTIFY), and two operators moving one incident at the same instant through different
// nodes cannot both win (row locks). On SQLite, where Herald is one process, the same tests run
// against a single node.
import http from 'node:http';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createApiToken } from '../../src/app/auth.js';
import { createContext } from '../../src/app/context.js';
import { seedDemo } from '../../src/app/demo/index.js';
import { systemActor } from '../../src/domain/actor.js';
import { createTestDatabase, testDialect, type TestDatabase } from '../support/database.js';
import { eventReader } from '../support/eventStream.js';
import { startServe, type ServeProcess } from '../support/serveProcess.js';

const METRICS_TOKEN = 'cluster-test-metrics';
let database: TestDatabase;
let nodes: ServeProcess[] = [];
let a: string;
let b: string;
let operator: { authorization: string };
let alice: { authorization: string };
let contosoId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const ctx = createContext(database, { ...loadConfig({}), databaseUrl: database.url });
  const demo = await seedDemo(ctx);
  contosoId = demo.tenants.contoso.id;
  const { token } = await createApiToken(ctx, systemActor('test'), { email: 'ops@herald.example', name: 'test' });
  operator = { authorization: `Bearer ${token}` };
  const tenantToken = await createApiToken(ctx, systemActor('test'), { email: 'alice@contoso.com', name: 'test' });
  alice = { authorization: `Bearer ${tenantToken.token}` };
  const count = testDialect() === 'postgres' ? 2 : 1;
  // One after the other: a node's start-up writes are done before the next starts.
  for (let i = 0; i < count; i++) nodes.push(await startServe(database.url, { METRICS_TOKEN }));
  a = nodes[0]!.url;
  b = nodes[nodes.length - 1]!.url;
}, 400_000);

afterAll(async () => {
  await Promise.all(nodes.map((n) => n.stop()));
  await database?.drop();
});

async function openIncident(node: string, title: string, isPublic = false): Promise<string> {
  const res = await fetch(`${node}/api/incidents`, {
    method: 'POST',
    headers: { ...operator, 'content-type': 'application/json' },
    body: JSON.stringify({
      title,
      classification: 'incident',
      services: ['sales'],
      scope: { regions: ['NAM'] },
      impactDescription: 'Forms do not load.',
      isPublic,
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** Follows /api/live on a node like the console's EventSource; resolves once connected. */
function follow(node: string): Promise<{ changes: { topic: string; at: number }[]; close(): void }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${node}/api/live`, { headers: { accept: 'text/event-stream', ...operator } }, (res) => {
      const stream = { changes: [] as { topic: string; at: number }[], close: () => req.destroy() };
      res.setEncoding('utf8');
      res.on(
        'data',
        eventReader(({ block, event, data }) => {
          if (block.includes(': connected')) resolve(stream);
          if (event === 'change' && data)
            stream.changes.push({ topic: (JSON.parse(data) as { topic: string }).topic, at: Date.now() });
        }),
      );
    });
    req.on('error', reject);
  });
}

/** One sample of a node's /metrics (the sum over its series). */
async function metric(node: string, name: string): Promise<number> {
  const text = await (await fetch(`${node}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`))
    .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
}

/** Opens a public incident through node A and resolves with when node B's live stream heard of it. */
async function heardOnB(stream: { changes: { topic: string; at: number }[] }, title: string): Promise<number> {
  const before = stream.changes.length;
  await openIncident(a, title, true);
  const opened = Date.now();
  while (Date.now() - opened < 5_000) {
    const heard = stream.changes.slice(before).find((c) => c.topic === 'incident');
    if (heard) return heard.at - opened;
    await new Promise((r) => setTimeout(r, 20));
  }
  return Infinity;
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
      while (
        Date.now() - opened < 1_000 &&
        (onStatusPage === null || !stream.changes.some((c) => c.topic === 'incident'))
      ) {
        if (onStatusPage === null && (await summaryNames(b)).includes(title)) onStatusPage = Date.now();
        else await new Promise((r) => setTimeout(r, 20));
      }
      expect(onStatusPage, "node B's summary.json within 1 s").not.toBeNull();
      const heard = stream.changes.find((c) => c.topic === 'incident');
      expect(heard, "node B's /api/live within 1 s").toBeDefined();
      expect(heard!.at - opened).toBeLessThanOrEqual(1_000);
      if (testDialect() === 'postgres') {
        expect(await metric(b, 'herald_change_feed_connected')).toBe(1);
        expect(await metric(b, 'herald_change_notices_received_total')).toBeGreaterThanOrEqual(1);
      }
    } finally {
      stream.close();
    }
  });

  it.runIf(testDialect() === 'postgres')('keeps hearing other nodes after its LISTEN connection is cut', async () => {
    const stream = await follow(b);
    try {
      const listeners = async () =>
        (
          await sql<{
            pid: number;
          }>`select pid from pg_stat_activity where datname = current_database() and query = 'listen herald_change'`.execute(
            database.db,
          )
        ).rows.map((r) => r.pid);
      const cut = await listeners();
      expect(cut).toHaveLength(2); // one per node
      await sql`select pg_terminate_backend(pid) from pg_stat_activity where pid in (${sql.join(cut)})`.execute(
        database.db,
      );
      // Each node notices, pauses and LISTENs again on a new connection.
      const deadline = Date.now() + 15_000;
      let again: number[] = [];
      while (Date.now() < deadline && (again = (await listeners()).filter((pid) => !cut.includes(pid))).length < 2)
        await new Promise((r) => setTimeout(r, 100));
      expect(again).toHaveLength(2);
      expect(await metric(b, 'herald_change_feed_connected')).toBe(1);
      expect(await heardOnB(stream, `After the cut ${Date.now()}`)).toBeLessThanOrEqual(1_000);
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
      const [restored, falsePositive] = await Promise.all([
        post(a, id, 'serviceRestored'),
        post(b, id, 'falsePositive'),
      ]);
      expect([restored.status, falsePositive.status].sort(), `round ${round}`).toEqual([201, 409]);
      const loser = restored.status === 409 ? restored : falsePositive;
      expect(loser.headers.get('content-type')).toContain('application/problem+json');
      expect(((await loser.json()) as { detail: string }).detail).toMatch(/has ended/);
      const incident = (await (await fetch(`${a}/api/incidents/${id}`, { headers: operator })).json()) as {
        status: string;
        posts: { status: string }[];
      };
      expect(incident.status).toBe(restored.status === 201 ? 'serviceRestored' : 'falsePositive');
      const endings = incident.posts.filter((p) => p.status === 'serviceRestored' || p.status === 'falsePositive');
      expect(endings).toHaveLength(1);
    }
  });

  it('lets only one of two operators moving one support ticket at the same instant succeed; the other gets 409', async () => {
    const move = (node: string, id: string, status: string) =>
      fetch(`${node}/api/tickets/${id}/status`, {
        method: 'POST',
        headers: { ...operator, 'content-type': 'application/json' },
        body: JSON.stringify({ status, from: 'open' }),
      });
    const titles = ['Exports stall', 'Sign-in loops', 'Reports are blank', 'Search is slow', 'Uploads fail'];
    for (const [round, title] of titles.entries()) {
      const filed = await fetch(`${a}/api/tenants/${contosoId}/tickets`, {
        method: 'POST',
        headers: { ...alice, 'content-type': 'application/json' },
        body: JSON.stringify({ title, description: 'It started this morning.' }),
      });
      expect(filed.status).toBe(201);
      const { id } = (await filed.json()) as { id: string };
      // Both moves are allowed from open; each operator says it saw the ticket open.
      const [resolved, inProgress] = await Promise.all([move(a, id, 'resolved'), move(b, id, 'inProgress')]);
      expect([resolved.status, inProgress.status].sort(), `round ${round}`).toEqual([200, 409]);
      const ticket = (await (await fetch(`${a}/api/tickets/${id}`, { headers: operator })).json()) as {
        status: string;
      };
      expect(ticket.status).toBe(resolved.status === 200 ? 'resolved' : 'inProgress');
      const moves = await database.db
        .selectFrom('audit_entry')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('entity_id', '=', id)
        .where('action', '=', 'ticket.status_changed')
        .executeTakeFirstOrThrow();
      expect(Number(moves.n), `round ${round}`).toBe(1);
    }
  });

  it('lets only one of two operators adding the same person at once through two nodes succeed; the other gets 409', async () => {
    const add = (node: string, email: string) =>
      fetch(`${node}/api/people`, {
        method: 'POST',
        headers: { ...operator, 'content-type': 'application/json' },
        body: JSON.stringify({ email, name: 'Pat Doe' }),
      });
    for (let round = 0; round < 5; round++) {
      const email = `pat.${round}.${Date.now()}@contoso.com`;
      const answers = await Promise.all([add(a, email), add(b, email)]);
      expect(answers.map((r) => r.status).sort(), `round ${round}`).toEqual([201, 409]);
      expect(answers.find((r) => r.status === 409)!.headers.get('content-type')).toContain('application/problem+json');
    }
  });
});
