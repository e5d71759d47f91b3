// Chaos: `herald serve` as a real process on a PostgreSQL server of this test's own (initdb +
// pg_ctl on a free port in a temporary folder, never the shared server), under load on the public
// JSON, the status page of a signed-in visitor, the API and /readyz, while the server is stopped
// (fast, then immediate), frozen (SIGSTOP) and brought back. Herald must stay up; the public
// status answers 200 throughout; the API and /readyz answer 503 within a second while the
// database is away; afterwards everything works without restarting Herald, the worker delivers
// again, and every write that was acknowledged is there.
//
// It runs once per CI run, in the PostgreSQL pass (the database under test is its own either way).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/auth.js';
import { createContext } from '../../src/app/context.js';
import { DEMO_PASSWORD } from '../../src/app/demo/index.js';
import { loadConfig } from '../../src/config.js';
import { systemActor } from '../../src/domain/actor.js';
import { openDatabase } from '../../src/store/database.js';
import { testDialect } from '../support/database.js';
import { freePort } from '../support/processes.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The newest PostgreSQL installed from Debian's packages. */
function postgresBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : null;
}

const BIN = postgresBin();
const enabled = testDialect() === 'postgres' && BIN !== null && process.getuid?.() === 0;

/** A PostgreSQL server of the test's own. It refuses to run as root, hence `runuser -u postgres`. */
class OwnPostgres {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-chaos-'));
  readonly data = path.join(this.dir, 'data');
  port = 0;
  private frozen: number[] = [];

  private pg(tool: string, args: string[]) {
    return run('runuser', ['-u', 'postgres', '--', path.join(BIN!, tool), ...args], { timeout: 30_000 });
  }

  async init(): Promise<void> {
    // initdb runs as postgres, and writes here.
    const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
    fs.chownSync(this.dir, await id('-u'), await id('-g'));
    fs.chmodSync(this.dir, 0o700);
    this.port = await freePort();
    await this.pg('initdb', [
      '-D',
      this.data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
  }

  start() {
    return this.pg('pg_ctl', [
      '-D',
      this.data,
      '-l',
      path.join(this.dir, 'log'),
      '-w',
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ]);
  }

  stop(mode: 'fast' | 'immediate') {
    return this.pg('pg_ctl', ['-D', this.data, '-m', mode, '-w', 'stop']);
  }

  /** SIGSTOP to the postmaster and every backend: connections stay open, nothing answers. */
  async freeze(): Promise<void> {
    const postmaster = Number(fs.readFileSync(path.join(this.data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    // The postmaster first, so that it forks no backend after the list of its children is taken.
    process.kill(postmaster, 'SIGSTOP');
    this.frozen = [postmaster];
    const children = (await run('pgrep', ['-P', String(postmaster)]).catch(() => ({ stdout: '' }))).stdout
      .split('\n')
      .filter(Boolean)
      .map(Number);
    for (const pid of children) process.kill(pid, 'SIGSTOP');
    this.frozen.push(...children);
  }

  thaw(): void {
    for (const pid of this.frozen) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // gone already
      }
    }
    this.frozen = [];
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async remove(): Promise<void> {
    this.thaw();
    await this.stop('immediate').catch(() => {});
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** What the database is doing when a request starts; 'changing' and 'recovering' are not judged. */
type Phase = 'up' | 'changing' | 'stopped' | 'frozen' | 'recovering';
interface Sample {
  kind: 'public' | 'signed-in status' | 'api' | 'readyz' | 'write';
  phase: Phase;
  status: number;
  ms: number;
  /** The database changed state (stopped, started, froze …) while the request ran. */
  straddled: boolean;
}

describe.skipIf(!enabled)('the database fails under load', () => {
  const server = new OwnPostgres();
  let herald: ChildProcess;
  let url = '';
  let output = '';
  let exited: number | string | null = null;
  const listenLog: string[] = [];

  beforeAll(async () => {
    await server.init();
    await server.start();
    const admin = new pg.Client({ connectionString: server.url('postgres') });
    await admin.connect();
    await admin.query('create database herald');
    await admin.end();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    herald = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'cli', 'herald.ts'), 'serve'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: server.url('herald'),
        HOST: '127.0.0.1',
        PORT: String(port),
        STATIC_SITE_DIR: path.join(server.dir, 'site'),
        LOG_LEVEL: 'warn',
        HERALD_DEMO: 'on',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      const text = chunk.toString();
      // Kept apart: the request log's 503 lines soon push them out of the tail below. Only the
      // worker's: the change feed reconnects on a schedule of its own and logs in its own words.
      for (const line of text.split('\n')) if (line.includes('herald worker: LISTEN connection')) listenLog.push(line);
      output = (output + text).slice(-20_000);
    };
    herald.stdout!.on('data', keep);
    herald.stderr!.on('data', keep);
    herald.on('exit', (code, signal) => (exited = code ?? signal));
    const t0 = performance.now();
    for (let i = 0; ; i++) {
      const res = await fetch(`${url}/readyz`).catch(() => null);
      if (res?.ok) break;
      if (exited !== null || i > 300) throw new Error(`herald serve did not become ready:\n${output}`);
      await sleep(200);
    }
    console.log(`herald serve ready after ${Math.round(performance.now() - t0)} ms`);
  }, 120_000);

  afterAll(async () => {
    if (herald && exited === null) {
      herald.kill('SIGKILL');
      await new Promise((resolve) => herald.once('exit', resolve));
    }
    await server.remove();
  }, 60_000);

  it('keeps the public status up, answers 503 fast while it is away, and loses nothing acknowledged', async () => {
    // A token and a signed-in visitor, made the way an operator and a browser would.
    const database = openDatabase(server.url('herald'));
    const ctx = createContext(database, { ...loadConfig({}), databaseUrl: server.url('herald') });
    const { token } = await createApiToken(ctx, systemActor('chaos test'), {
      email: 'ops@herald.example',
      name: 'chaos',
    });
    await database.close();
    const ops = { authorization: `Bearer ${token}` };
    const signIn = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'alice@contoso.com', password: DEMO_PASSWORD }),
    });
    expect(signIn.status, `${await signIn.clone().text()}\n${output}`).toBe(200);
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const tenants = (await (await fetch(`${url}/api/tenants`, { headers: ops })).json()) as {
      items: { id: string; name: string }[];
    };
    const contoso = tenants.items.find((x) => x.name === 'Contoso')!.id;

    let current: Phase = 'up';
    let changes = 0;
    const phaseOf = { get: () => current };
    const setPhase = (p: Phase) => {
      current = p;
      changes += 1;
    };
    let loading = true;
    const samples: Sample[] = [];
    const acknowledged: string[] = [];
    let written = 0;

    const request = async (
      kind: Sample['kind'],
      path: string,
      init: RequestInit = {},
    ): Promise<{ status: number; text: string }> => {
      const started = phaseOf.get();
      const changesBefore = changes;
      const t0 = performance.now();
      const res = await fetch(`${url}${path}`, { ...init, signal: AbortSignal.timeout(5_000) }).catch(() => null);
      const text = res ? await res.text().catch(() => '') : '';
      samples.push({
        kind,
        phase: started,
        status: res?.status ?? 0,
        ms: performance.now() - t0,
        straddled: changes !== changesBefore,
      });
      return { status: res?.status ?? 0, text };
    };
    const openIncident = () => {
      written += 1;
      return {
        method: 'POST',
        headers: { ...ops, 'content-type': 'application/json' },
        body: JSON.stringify({
          title: `Chaos ${written}`,
          classification: 'incident',
          services: ['sales'],
          scope: { tenantIds: [contoso] },
          impactDescription: 'Testing.',
          userExperience: '',
          workaround: '',
          symptoms: [],
        }),
      };
    };
    const loop = async (step: () => Promise<unknown>) => {
      while (loading) {
        await step();
        await sleep(40);
      }
    };
    const load = Promise.all([
      loop(() => request('public', '/api/v2/summary.json')),
      loop(() => request('signed-in status', '/status', { headers: { cookie } })),
      loop(() => request('api', '/api/incidents', { headers: ops })),
      loop(() => request('readyz', '/readyz')),
      loop(async () => {
        const res = await request('write', '/api/incidents', openIncident());
        if (res.status === 201) acknowledged.push((JSON.parse(res.text) as { id: string }).id);
      }),
    ]);

    const untilReady = async () => {
      setPhase('recovering');
      for (let i = 0; i < 100; i++) {
        const res = await fetch(`${url}/readyz`).catch(() => null);
        if (res?.ok) break;
        await sleep(100);
      }
      await sleep(1_000);
      setPhase('up');
    };

    try {
      await sleep(1_500);
      for (const mode of ['fast', 'immediate'] as const) {
        setPhase('changing');
        await server.stop(mode);
        setPhase('stopped');
        await sleep(2_500);
        // Requests started while it was away finish before it comes back.
        setPhase('recovering');
        await sleep(1_100);
        await server.start();
        await untilReady();
      }
      setPhase('changing');
      await server.freeze();
      setPhase('frozen');
      await sleep(3_000);
      setPhase('recovering');
      await sleep(1_100);
      server.thaw();
      await untilReady();
    } finally {
      loading = false;
      await load;
    }

    const report = () =>
      `${JSON.stringify(summarize(samples), null, 1)}\n--- herald output ---\n${output.slice(-4_000)}`;
    expect(exited, report()).toBeNull();
    // The public status, for anonymous and signed-in visitors alike, never failed.
    const publicFailures = samples.filter(
      (s) => (s.kind === 'public' || s.kind === 'signed-in status') && s.status !== 200,
    );
    expect(publicFailures, report()).toEqual([]);
    // While away: 503 within about a second. A request that meets the freeze waits for the
    // probe: by design at most a third of DB_PROBE_TIMEOUT_MS (600 ms), a tick, and the probe
    // timeout, about 850 ms; the rest of the bound is for a test machine running much else.
    const away = samples.filter(
      (s) =>
        (s.kind === 'api' || s.kind === 'readyz' || s.kind === 'write') &&
        (s.phase === 'stopped' || s.phase === 'frozen'),
    );
    expect(away.length, report()).toBeGreaterThan(20);
    expect(
      away.filter((s) => s.status !== 503 || s.ms > 1_500),
      report(),
    ).toEqual([]);
    // Up: every API answer is a success (a request the stop caught in flight may rightly get 503).
    const up = samples.filter(
      (s) => s.kind !== 'public' && s.kind !== 'signed-in status' && s.phase === 'up' && !s.straddled,
    );
    expect(
      up.filter((s) => s.status >= 300),
      report(),
    ).toEqual([]);
    expect(acknowledged.length, report()).toBeGreaterThanOrEqual(3);
    // The worker's LISTEN connection came back after the last restart (its reconnect pauses grow
    // up to 10 s, so it may come back after the load has stopped).
    expect(listenLog.length, report()).toBeGreaterThan(0);
    for (let waited = 0; !listenLog.at(-1)!.includes('LISTEN connection back') && waited < 25_000; waited += 250)
      await new Promise((r) => setTimeout(r, 250));
    expect(listenLog.at(-1), report()).toContain('LISTEN connection back');
    console.log(`chaos samples (kind phase status: count, slowest ms): ${JSON.stringify(summarize(samples))}`);

    // After the last recovery: it reads, writes, and the worker delivers — no restart needed.
    const last = await fetch(`${url}/api/incidents`, { ...openIncident() });
    expect(last.status, report()).toBe(201);
    const lastId = ((await last.json()) as { id: string }).id;
    acknowledged.push(lastId);
    const check = new pg.Client({ connectionString: server.url('herald') });
    await check.connect();
    try {
      const stored = await check.query<{ id: string }>('select id from incident where id = any($1)', [acknowledged]);
      expect(stored.rows.map((r) => r.id).sort(), 'acknowledged incidents that are missing').toEqual(
        [...new Set(acknowledged)].sort(),
      );
      let pending = -1;
      for (let i = 0; i < 100 && pending !== 0; i++) {
        if (i > 0) await sleep(200);
        const res = await check.query<{ n: string }>(
          "select count(*) as n from delivery d join event e on e.id = d.event_id where e.subject_id = any($1) and d.status in ('pending', 'failed')",
          [[lastId]],
        );
        pending = Number(res.rows[0]!.n);
      }
      // The worker resumed: what was planned after the recovery is sent. (A delivery that failed
      // during the outage waits for its retry schedule.)
      expect(pending, `deliveries of the incident opened after recovery still waiting\n${report()}`).toBe(0);
    } finally {
      await check.end();
    }
  }, 120_000);
});

/** Counts by kind, phase and status, with the slowest answer of each: what a failure message needs. */
function summarize(samples: Sample[]) {
  const out: Record<string, { n: number; maxMs: number }> = {};
  for (const s of samples) {
    const key = `${s.kind} ${s.phase} ${s.status}`;
    const e = (out[key] ??= { n: 0, maxMs: 0 });
    e.n += 1;
    e.maxMs = Math.max(e.maxMs, Math.round(s.ms));
  }
  return out;
}
