// Two `herald serve` processes on one PostgreSQL database share one sign-in allowance: an attacker
// who spreads guesses over both nodes gets no more tries than on one. (SQLite runs one process.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.js';
import { seedDemo } from '../../src/app/demo/index.js';
import { loadConfig } from '../../src/config.js';
import { createTestDatabase, testDialect, type TestDatabase } from '../support/database.js';
import { startServe, type ServeProcess } from '../support/serveProcess.js';

const ALLOWANCE = 4;

describe.skipIf(testDialect() !== 'postgres')('rate limits across nodes', () => {
  let database: TestDatabase;
  let nodes: ServeProcess[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(createContext(database, { ...loadConfig({}), databaseUrl: database.url, staticSiteDir: null }));
    const env = { SIGN_IN_ATTEMPTS_PER_MINUTE: String(ALLOWANCE), FIND_ADMIN_REQUESTS_PER_MINUTE: String(ALLOWANCE) };
    nodes = await Promise.all([startServe(database.url, env), startServe(database.url, env)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.stop()));
    await database?.drop();
  });

  // The limits count in fixed one-minute windows: start well inside one so the test sees one window.
  const insideOneWindow = async () => {
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 10_000) await new Promise((r) => setTimeout(r, left + 500));
  };

  const post = (node: ServeProcess, path: string, body: unknown) =>
    fetch(`${node.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((r) => r.status);

  it('does not double the sign-in allowance when guesses alternate between two nodes', async () => {
    await insideOneWindow();
    const codes: number[] = [];
    // The second node gets the address with spaces and capitals: still the same allowance.
    for (let i = 0; i < ALLOWANCE * 2; i++)
      codes.push(
        await post(nodes[i % 2]!, '/api/session', {
          email: i % 2 ? ' Raj@Fabrikam.com ' : 'raj@fabrikam.com',
          password: 'wrong-password!',
        }),
      );
    expect(codes.filter((c) => c === 401)).toHaveLength(ALLOWANCE);
    expect(codes.slice(ALLOWANCE)).toEqual(Array(ALLOWANCE).fill(429));
  }, 60_000);

  it('does not double the find-your-admin allowance either', async () => {
    await insideOneWindow();
    const codes: number[] = [];
    for (let i = 0; i < ALLOWANCE * 2; i++)
      codes.push(await post(nodes[i % 2]!, '/api/find-admin', { email: `n${i}@x.example` }));
    expect(codes.filter((c) => c === 202)).toHaveLength(ALLOWANCE);
    expect(codes.slice(ALLOWANCE)).toEqual(Array(ALLOWANCE).fill(429));
  }, 60_000);
});
