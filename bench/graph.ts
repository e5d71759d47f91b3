// `npm run bench:graph`: what the Graph-compatible API costs over Herald's own. The Graph routes
// read the organization's whole list through the same use cases and apply the OData options in
// memory (any presented field can be filtered or sorted on), so a page costs more than Herald's
// own paged query. Measured against that query in the same run, on the demo directory plus
// POSTS Message Center posts for one organization:
// 1. a page of 100 messages: GET /api/me/messages?limit=100 (baseline) vs GET …/messages;
// 2. the same with a $filter, $orderby and $count;
// 3. one message by id: GET /api/me/messages/{id} (baseline) vs GET …/messages/{id};
// 4. the organization's issues: GET /api/tenants/{id}/incidents (baseline) vs GET …/issues.
// Fresh SQLite file by default; BENCH_DATABASE_URL=postgres://… uses a fresh PostgreSQL database.
import { runCommand } from '../src/app/command.js';
import { createApiToken } from '../src/app/auth.js';
import { createContext } from '../src/app/context.js';
import { seedDemo } from '../src/app/demo/index.js';
import { insertMessage } from '../src/app/messages/insertMessage.js';
import { loadConfig } from '../src/config.js';
import { systemActor } from '../src/domain/actor.js';
import { MESSAGE_CATEGORIES, MESSAGE_SEVERITIES } from '../src/domain/messages.js';
import { buildServer } from '../src/http/server.js';
import type { HeraldServer } from '../src/http/types.js';
import { createTestDatabase } from '../test/support/database.js';

const POSTS = 1_000;
const READS = 100;

if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;

async function time(app: HeraldServer, url: string, headers: Record<string, string>): Promise<number> {
  const first = await app.inject({ url, headers });
  if (first.statusCode !== 200) throw new Error(`${url}: ${first.statusCode} ${first.body}`);
  const started = performance.now();
  for (let i = 0; i < READS; i++) await app.inject({ url, headers });
  return (performance.now() - started) / READS;
}

async function main(): Promise<void> {
  const database = await createTestDatabase();
  const ctx = createContext(database, {
    ...loadConfig({}),
    databaseUrl: database.url,
    staticSiteDir: null,
    inProcessWorker: false,
  });
  const app = await buildServer(ctx);
  try {
    const demo = await seedDemo(ctx);
    const contoso = demo.tenants.contoso.id;
    await runCommand(ctx, systemActor('bench'), async (s) => {
      for (let n = 0; n < POSTS; n++) {
        await insertMessage(s, {
          title: `Change ${n}`,
          body: `Post ${n}.`,
          category: MESSAGE_CATEGORIES[n % 3]!,
          severity: MESSAGE_SEVERITIES[n % 3]!,
          tags: n % 4 ? ['New feature'] : ['Retirement'],
          isMajorChange: n % 7 === 0,
          actionRequiredBy: null,
          services: ['sales'],
          startsAt: new Date().toISOString(),
          endsAt: null,
          audience: { tenantIds: [contoso] },
        });
      }
    });
    const token = (await createApiToken(ctx, systemActor('bench'), { email: 'alice@contoso.com', name: 'bench' }))
      .token;
    const headers = { authorization: `Bearer ${token}` };
    const graph = '/v1.0/admin/serviceAnnouncement';
    const someId = (await app.inject({ url: '/api/me/messages?limit=1', headers })).json().items[0].id as string;
    const filter = encodeURIComponent(
      "category eq 'planForChange' and tags/any(t: t eq 'Retirement') and lastModifiedDateTime ge 2020-01-01T00:00:00Z",
    );

    const rows: [string, number, number][] = [
      [
        'a page of 100 messages',
        await time(app, '/api/me/messages?limit=100', headers),
        await time(app, `${graph}/messages`, headers),
      ],
      [
        'filtered, sorted, counted',
        await time(app, '/api/me/messages?limit=100&category=planForChange&tag=Retirement', headers),
        await time(app, `${graph}/messages?$filter=${filter}&$orderby=title&$count=true`, headers),
      ],
      [
        'one message by id',
        await time(app, `/api/me/messages/${someId}`, headers),
        await time(app, `${graph}/messages/${someId}`, headers),
      ],
      [
        'the organization’s issues',
        await time(app, `/api/tenants/${contoso}/incidents?view=active`, headers),
        await time(app, `${graph}/issues`, headers),
      ],
    ];
    console.log(
      `Graph-compatible API on ${database.dialect}: ${POSTS} posts for one organization (plus the demo's), ${READS} reads each`,
    );
    for (const [what, native, compatible] of rows) {
      console.log(
        `${what.padEnd(28)} Herald API ${native.toFixed(2).padStart(7)} ms   Graph API ${compatible.toFixed(2).padStart(7)} ms   ratio ${(compatible / native).toFixed(1)}×`,
      );
    }
  } finally {
    await app.close();
    await database.drop();
  }
}

await main();
