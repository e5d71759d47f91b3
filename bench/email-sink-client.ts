// Starts bench/email-sink.ts as a child process and asks it what it received.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface SinkStats {
  received: number;
  unique: number;
  duplicates: number;
}

export interface Sink {
  url: string;
  stats(): Promise<SinkStats>;
  /** Epoch ms of each Message-ID's first arrival. */
  arrivals(): Promise<Record<string, number>>;
  reset(): Promise<void>;
  close(): void;
}

function ask<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const listener = (m: { type?: string }) => {
      if (m.type !== type) return;
      child.off('message', listener);
      resolve(m as T);
    };
    child.on('message', listener);
    child.send({ type });
  });
}

export async function startSink(): Promise<Sink> {
  const child = fork(fileURLToPath(new URL('./email-sink.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`the SMTP sink exited (${code})`)));
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    stats: () => ask<SinkStats>(child, 'stats'),
    arrivals: async () => (await ask<{ arrivals: Record<string, number> }>(child, 'arrivals')).arrivals,
    reset: async () => {
      await ask(child, 'reset');
    },
    close: () => child.kill(),
  };
}
