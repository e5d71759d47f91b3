// `herald serve` nodes for tests of what happens between them: each a child process (processes.ts)
// on a database the test prepared (migrated, seeded), on a free port of its own, sharing nothing
// but the database, as nodes behind a load balancer do.
import { startHerald, type HeraldProcess, freePort } from './processes.js';

export interface ServeProcess extends HeraldProcess {
  url: string;
}

async function untilReady(node: ServeProcess): Promise<void> {
  // Generous: on a loaded machine a cold start compiles the whole app first.
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (node.child.exitCode !== null)
      throw new Error(`herald serve exited (${node.child.exitCode}):\n${node.output()}`);
    try {
      if ((await fetch(`${node.url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`herald serve did not become ready within 180 s:\n${node.output()}`);
}

/** Starts `herald serve` on `databaseUrl` (no demo loading, no worker unless asked) and waits until it is ready. */
export async function startServe(databaseUrl: string, env: Record<string, string> = {}): Promise<ServeProcess> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const node = {
      url,
      ...startHerald('serve', {
        DATABASE_URL: databaseUrl,
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_URL: url,
        HERALD_DEMO: 'off',
        HERALD_WORKER: 'off',
        STATIC_SITE_DIR: '',
        ...env,
      }),
    };
    try {
      await untilReady(node);
      return node;
    } catch (err) {
      await node.stop('SIGKILL');
      // Another process on this busy machine took the free port between our check and the listen.
      if (attempt < 3 && node.output().includes('EADDRINUSE')) continue;
      throw err;
    }
  }
}
