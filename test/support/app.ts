// A whole Herald for one test file: a fresh database (SQLite or PostgreSQL, see database.ts),
// the demo directory, and a Fastify server to call with inject(). Sign in as any demo person.
import { loadConfig, type HeraldConfig } from '../../src/config.js';
import { createApiToken } from '../../src/app/auth.js';
import { createContext, type AppContext } from '../../src/app/context.js';
import { seedDemo } from '../../src/app/demo/index.js';
import type { DemoDirectory } from '../../src/app/demo/directory.js';
import { systemActor } from '../../src/domain/actor.js';
import { buildServer } from '../../src/http/server.js';
import type { HeraldServer } from '../../src/http/types.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestApp {
  ctx: AppContext;
  app: HeraldServer;
  database: TestDatabase;
  demo: DemoDirectory;
  /** A mutable clock: set `clock.now` to move time. */
  clock: { now: Date };
  /** `Authorization` header for a demo person (a fresh API token). */
  auth(email: string): Promise<{ authorization: string }>;
  close(): Promise<void>;
}

export async function createTestApp(
  options: { config?: Partial<HeraldConfig>; now?: Date; server?: boolean } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = {
    ...loadConfig({}),
    databaseUrl: database.url,
    staticSiteDir: null,
    allowPrivateWebhookTargets: true,
    ...options.config,
  };
  const clock = { now: options.now ?? new Date() };
  const ctx = createContext(database, config, () => new Date(clock.now));
  const demo = await seedDemo(ctx);
  const app = await buildServer(ctx);
  const tokens = new Map<string, string>();
  return {
    ctx,
    app,
    database,
    demo,
    clock,
    async auth(email) {
      let token = tokens.get(email);
      if (!token) {
        token = (await createApiToken(ctx, systemActor('test'), { email, name: 'test' })).token;
        tokens.set(email, token);
      }
      return { authorization: `Bearer ${token}` };
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
