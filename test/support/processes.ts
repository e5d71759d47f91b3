// Herald as an operator runs it: `herald worker` / `herald serve` as child processes of the test,
// configured only through their environment, stopped with a signal.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const HERALD = fileURLToPath(new URL('../../bin/herald.js', import.meta.url));

export interface HeraldProcess {
  child: ChildProcess;
  /** Everything it printed, for the failure message when something goes wrong. */
  output(): string;
  /** Resolves once it printed a line matching `pattern`. */
  printed(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** SIGTERM (drains) or SIGKILL (dies on the spot); resolves when it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function startHerald(command: 'worker' | 'serve', env: Record<string, string>): HeraldProcess {
  const child = spawn(process.execPath, [HERALD, command], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const w of [...waiters]) {
      if (w.pattern.test(output)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => output,
    printed(pattern, timeoutMs = 30_000) {
      if (pattern.test(output)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`herald ${command} did not print ${pattern} within ${timeoutMs} ms:\n${output}`)),
          timeoutMs,
        );
        waiters.push({ pattern, resolve: () => (clearTimeout(timer), resolve()) });
        void exited.then(() =>
          reject(new Error(`herald ${command} exited (${child.exitCode ?? child.signalCode}):\n${output}`)),
        );
      });
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** A TCP port free on 127.0.0.1 right now, for a server the test or benchmark is about to start. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}
