// Starts a receiver of the notification benchmarks as a child process (email-sink.ts, the SMTP
// sink; webhook-receiver.ts, the HTTP receiver) and asks it what it received.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ReceiverStats {
  received: number;
  unique: number;
  duplicates: number;
  /** Requests whose signature did not verify (the webhook receiver). */
  invalid?: number;
}

export interface Receiver {
  /** smtp://… or http://… */
  url: string;
  stats(): Promise<ReceiverStats>;
  /** Calls back with each message's Message-ID and arrival time in epoch ms (the SMTP sink). */
  watch(onArrival: (id: string, at: number) => void): Promise<void>;
  reset(): Promise<void>;
  /** The webhook receiver: the signing secret of /hook/<i> is secrets[i]; it verifies every request. */
  verifyWith(secrets: string[]): Promise<void>;
  close(): void;
}

function ask<T>(child: ChildProcess, type: string, payload: object = {}): Promise<T> {
  return new Promise((resolve) => {
    const listener = (m: { type?: string }) => {
      if (m.type !== type) return;
      child.off('message', listener);
      resolve(m as T);
    };
    child.on('message', listener);
    child.send({ type, ...payload });
  });
}

export async function startReceiver(kind: 'email-sink' | 'webhook-receiver'): Promise<Receiver> {
  const child = fork(fileURLToPath(new URL(`./${kind}.ts`, import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`${kind} exited (${code})`)));
  });
  return {
    url: `${kind === 'email-sink' ? 'smtp' : 'http'}://127.0.0.1:${port}`,
    stats: () => ask<ReceiverStats>(child, 'stats'),
    watch: async (onArrival) => {
      child.on('message', (m: { type?: string; id?: string; at?: number }) => {
        if (m.type === 'arrived') onArrival(m.id!, m.at!);
      });
      await ask(child, 'watch');
    },
    reset: async () => {
      await ask(child, 'reset');
    },
    verifyWith: async (secrets) => {
      await ask(child, 'secrets', { secrets });
    },
    close: () => child.kill(),
  };
}

export const startSink = (): Promise<Receiver> => startReceiver('email-sink');
