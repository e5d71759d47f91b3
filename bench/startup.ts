// `npm run bench:startup`: how long Herald takes from process start to answering /readyz, and
// its resident memory once started, for the compiled release (`node bin/herald.js serve`, dist/)
// against the baseline measured in the same run: the start this release replaces, the TypeScript
// source through tsx (`tsx src/cli/herald.ts serve`, as `npm start` ran it, without the console
// build it also did). The two alternate for BENCH_ROUNDS rounds (default 5); figures are medians.
// Memory is the whole process tree's resident set (the tsx command runs the server in a child).
// Each start gets a copy of one migrated SQLite database, listens on 127.0.0.1 and is stopped
// with SIGTERM; every wait is bounded.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/support/processes.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const READY_TIMEOUT_MS = 180_000;
const SETTLE_MS = 1_000;

interface Start {
  readyMs: number;
  rssMb: number;
}

const MODES = {
  compiled: [process.execPath, path.join(root, 'bin', 'herald.js'), 'serve'],
  tsx: [path.join(root, 'node_modules', '.bin', 'tsx'), path.join(root, 'src', 'cli', 'herald.ts'), 'serve'],
} as const;

/** Resident memory of a process and all its descendants, in MiB (Linux /proc). */
function treeRssMb(pid: number): number {
  let kb = 0;
  const visit = (p: number) => {
    const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    for (const task of fs.readdirSync(`/proc/${p}/task`)) {
      const children = fs.readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(' ') : []) visit(Number(child));
    }
  };
  visit(pid);
  return kb / 1024;
}

async function startOnce(mode: keyof typeof MODES, template: string, dir: string): Promise<Start> {
  const db = path.join(dir, `${mode}-${Math.random().toString(36).slice(2)}.db`);
  fs.copyFileSync(template, db);
  const port = await freePort();
  const [command, ...args] = MODES[mode];
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      DATABASE_URL: `sqlite:${db}`,
      STATIC_SITE_DIR: path.join(dir, 'site'),
      HERALD_WORKER: 'off',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    let readyMs = 0;
    while (!readyMs) {
      if (child.exitCode !== null) throw new Error(`${mode} exited with ${child.exitCode} before it was ready`);
      if (performance.now() - started > READY_TIMEOUT_MS)
        throw new Error(`${mode} was not ready within ${READY_TIMEOUT_MS} ms`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) readyMs = performance.now() - started;
      else await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return { readyMs, rssMb: treeRssMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await Promise.race([
      new Promise((resolve) => child.once('exit', resolve)),
      new Promise((resolve) => setTimeout(resolve, 10_000)),
    ]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

execFileSync(process.execPath, [path.join(root, 'scripts', 'build-if-needed.mjs')], { stdio: 'inherit' });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-bench-startup-'));
try {
  const template = path.join(dir, 'template.db');
  execFileSync(process.execPath, [path.join(root, 'bin', 'herald.js'), 'migrate'], {
    cwd: dir,
    env: { ...process.env, DATABASE_URL: `sqlite:${template}` },
    stdio: 'ignore',
  });
  const results: Record<keyof typeof MODES, Start[]> = { compiled: [], tsx: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const mode of round % 2 ? (['tsx', 'compiled'] as const) : (['compiled', 'tsx'] as const)) {
      const r = await startOnce(mode, template, dir);
      results[mode].push(r);
      console.log(
        `round ${round} ${mode.padEnd(8)} ready in ${r.readyMs.toFixed(0).padStart(5)} ms, RSS ${r.rssMb.toFixed(1)} MiB`,
      );
    }
  }
  const summary = (mode: keyof typeof MODES) => ({
    readyMs: median(results[mode].map((r) => r.readyMs)),
    rssMb: median(results[mode].map((r) => r.rssMb)),
  });
  const compiled = summary('compiled');
  const tsx = summary('tsx');
  console.log('');
  console.log(
    `start to /readyz (median of ${ROUNDS}): compiled ${compiled.readyMs.toFixed(0)} ms, tsx baseline ${tsx.readyMs.toFixed(0)} ms, ratio compiled/tsx ${(compiled.readyMs / tsx.readyMs).toFixed(2)}`,
  );
  console.log(
    `resident memory after start:        compiled ${compiled.rssMb.toFixed(1)} MiB, tsx baseline ${tsx.rssMb.toFixed(1)} MiB, ratio compiled/tsx ${(compiled.rssMb / tsx.rssMb).toFixed(2)}`,
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
