// The compiled `herald` (dist/, run with plain node as a release is) started the way a provider
// starts it: NODE_ENV=production refuses a missing secret; with one, an empty database stays
// empty of demo accounts, and `herald operator add` prints a link that signs in once.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/app/demo/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { freePort } from '../support/processes.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin', 'herald.js');
const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

let database: TestDatabase;
let dir: string;
let port: number;
let server: ChildProcess | null = null;
let serverOutput = '';

function env(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HERALD_SECRET: SECRET,
    DATABASE_URL: database.url,
    PORT: String(port),
    HERALD_WORKER: 'off',
    STATIC_SITE_DIR: path.join(dir, 'site'),
  };
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete base[k];
    else base[k] = v;
  }
  return base;
}

function herald(
  args: string[],
  extra: Record<string, string | undefined> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: env(extra), cwd: dir, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

const url = (p: string) => `http://127.0.0.1:${port}${p}`;
const people = async () =>
  (await database.db.selectFrom('person').select('email').orderBy('email').execute()).map((r) => r.email);

beforeAll(async () => {
  if (!fs.existsSync(path.join(root, 'dist', 'cli', 'herald.js')))
    throw new Error('dist/ is not built: run `npm run build` (npm test does it for you).');
  database = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-prod-'));
  port = await freePort();
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server!.once('exit', resolve));
  }
  await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

// Each step starts real processes; on a busy shared machine one start can take seconds.
describe('a production start', { timeout: 240_000 }, () => {
  it('refuses to start without HERALD_SECRET, or with a short one, and says so in one line', async () => {
    const missing = await herald(['serve'], { HERALD_SECRET: undefined });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/HERALD_SECRET must be set to at least 32 random bytes .*NODE_ENV=production/);

    const short = await herald(['serve'], { HERALD_SECRET: 'too-short' });
    expect(short.code).not.toBe(0);
    expect(short.stderr).toMatch(/HERALD_SECRET/);

    // Not production by name, but reachable by others: the same rule.
    const exposed = await herald(['serve'], {
      NODE_ENV: undefined,
      HERALD_SECRET: undefined,
      PUBLIC_URL: 'https://status.provider.example',
    });
    expect(exposed.code).not.toBe(0);
    expect(exposed.stderr).toMatch(
      /HERALD_SECRET .*PUBLIC_URL https:\/\/status\.provider\.example is not a loopback address/,
    );
  });

  it('starts on an empty database without demo accounts, and says how to add the first operator', async () => {
    server = spawn(process.execPath, [bin, 'serve'], { env: env(), cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (d: Buffer) => (serverOutput += d.toString()));
    server.stderr!.on('data', (d: Buffer) => (serverOutput += d.toString()));
    let ready = false;
    for (let i = 0; i < 120 && !ready && server.exitCode === null; i++) {
      ready = await fetch(url('/readyz')).then(
        (r) => r.ok,
        () => false,
      );
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(ready, serverOutput).toBe(true);
    expect(await people()).toEqual([]);
    const demo = await fetch(url('/api/session'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ops@herald.example', password: DEMO_PASSWORD }),
    });
    expect(demo.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(serverOutput).not.toMatch(/ops@herald\.example|herald-demo/);
    expect(serverOutput).toMatch(/herald operator add --email/);
  });

  it('herald operator add prints a link that signs in once, and then no more', async () => {
    const added = await herald([
      'operator',
      'add',
      '--email',
      'First.Operator@Provider.example',
      '--name',
      'First Operator',
    ]);
    expect(added.code, added.stderr).toBe(0);
    const link = /http:\/\/\S+\/set-password#(\S+)/.exec(added.stdout);
    expect(link, added.stdout).not.toBeNull();
    const token = link![1]!;

    const redeem = () =>
      fetch(url('/api/session/link'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, password: 'a long first password' }),
      });
    const first = await redeem();
    expect(first.status).toBe(200);
    expect(((await first.json()) as { person: unknown }).person).toMatchObject({
      email: 'first.operator@provider.example',
      isOperator: true,
    });
    expect(first.headers.get('set-cookie')).toMatch(/herald_session=/);

    const second = await redeem();
    expect(second.status).toBe(400);
    expect(JSON.stringify(await second.json())).toMatch(/already been used/);

    const listed = await herald(['operator', 'list']);
    expect(listed.stdout).toMatch(/first\.operator@provider\.example {2}First Operator .* password set/);
  });

  it('answers bad input to the operator commands with a clear error and changes nothing', async () => {
    const before = await people();
    const unknown = await herald(['operator', 'remove', '--email', 'nobody@provider.example']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/operator "nobody@provider\.example"/);

    const malformed = await herald(['operator', 'add', '--email', 'not-an-email']);
    expect(malformed.code).not.toBe(0);
    expect(malformed.stderr).toMatch(/email: is not an email address/);

    const twice = await herald(['operator', 'add', '--email', 'first.operator@provider.example']);
    expect(twice.code).not.toBe(0);
    expect(twice.stderr).toMatch(/already an operator/);

    const last = await herald(['operator', 'remove', '--email', 'first.operator@provider.example']);
    expect(last.code).not.toBe(0);
    expect(last.stderr).toMatch(/only operator/);
    expect(await people()).toEqual(before);
    expect((await herald(['operator', 'list'])).stdout).toMatch(/first\.operator@provider\.example/);
  });
});
