// The release as a provider installs it: `npm pack` (dist/ inside, built by `npm test` before
// this runs), unpacked into an empty folder, `npm ci --omit=dev` there, started with plain node:
// it answers /readyz, serves the console and the status page, and has no TypeScript loader or
// build tool to lean on. The database does not matter here, so it runs in the SQLite run only.
//
// better-sqlite3 is a native addon built from source at install (its prebuilt binaries cannot be
// downloaded here), which takes minutes on this machine; the install therefore skips install
// scripts and reuses the addon this checkout already built: same version (same lockfile), same
// Node. Everything else is exactly what `npm ci --omit=dev` installs.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialect } from './support/database.js';
import { freePort } from './support/processes.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let dir: string;
let release: string;
let server: ChildProcess | null = null;
let output = '';
let port = 0;

describe.skipIf(testDialect() !== 'sqlite')('the release', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    if (!fs.existsSync(path.join(root, 'dist', 'cli', 'herald.js')))
      throw new Error('dist/ is not built: run `npm run build` (npm test does it for you).');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-release-'));
    const packed = JSON.parse(
      execFileSync(npm, ['pack', '--json', '--pack-destination', dir], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    ) as { filename: string }[];
    execFileSync('tar', ['-xzf', path.join(dir, packed[0]!.filename), '-C', dir]);
    release = path.join(dir, 'package');
    execFileSync(npm, ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], {
      cwd: release,
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 600_000,
    });
    fs.cpSync(
      path.join(root, 'node_modules', 'better-sqlite3', 'build'),
      path.join(release, 'node_modules', 'better-sqlite3', 'build'),
      { recursive: true },
    );
    port = await freePort();
  }, 900_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server!.once('exit', resolve));
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('holds the build and a lockfile, and installs no development tool', () => {
    for (const file of ['bin/herald.js', 'dist/cli/herald.js', 'dist/web/index.html', 'npm-shrinkwrap.json'])
      expect(fs.existsSync(path.join(release, file)), file).toBe(true);
    expect(fs.existsSync(path.join(release, 'src'))).toBe(false);
    for (const tool of ['tsx', 'typescript', 'vite', 'vitest', 'esbuild', 'react', 'playwright-core'])
      expect(fs.existsSync(path.join(release, 'node_modules', tool)), tool).toBe(false);
  });

  it('starts with node and answers /readyz, the console and the status page', async () => {
    const data = path.join(dir, 'data');
    server = spawn(process.execPath, [path.join(release, 'bin', 'herald.js'), 'serve'], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        HERALD_SECRET: 'release-test-secret-0123456789abcdef',
        PORT: String(port),
        DATABASE_URL: `sqlite:${path.join(data, 'herald.db')}`,
        STATIC_SITE_DIR: path.join(data, 'site'),
        HERALD_WORKER: 'off',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const url = (p: string) => `http://127.0.0.1:${port}${p}`;
    let ready = false;
    for (let i = 0; i < 240 && !ready && server.exitCode === null; i++) {
      ready = await fetch(url('/readyz')).then(
        (r) => r.ok,
        () => false,
      );
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(ready, output).toBe(true);

    const page = await fetch(url('/'), { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script, html).toBeDefined();
    const asset = await fetch(url(script!), { headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect((await asset.text()).length).toBeGreaterThan(1000);

    const status = await fetch(url('/status'));
    expect(status.status).toBe(200);
    expect(await status.text()).toMatch(/<html/i);
  });
});
