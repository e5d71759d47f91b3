// A PostgreSQL connection that LISTENs on one channel for as long as the process runs. It is a
// client of its own, outside the pool: a pooled connection would be handed to queries and lose
// its LISTEN. When the connection drops (server restart, network), it reconnects with growing
// pauses (0.25 s doubling to 10 s), and tells the caller so it can catch up on what it missed.
import pg from 'pg';

export interface Listening {
  close(): Promise<void>;
}

export interface ListenOptions {
  /** Called with each notification's payload. */
  onPayload(payload: string): void;
  /** Called each time the LISTEN is in place (first connection and every reconnect). */
  onListening?(): void;
  /** Called after a reconnect: notifications sent while the connection was down are lost. */
  onReconnect?(): void;
  /** Called when the connection fails or drops (for the log). */
  onError?(err: Error): void;
  /** How long connecting may take before it counts as failed (default: pg's, no limit). */
  connectTimeoutMs?: number;
}

const FIRST_PAUSE_MS = 250;
const LONGEST_PAUSE_MS = 10_000;

export function listen(url: string, channel: string, options: ListenOptions): Listening {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a plain channel name: ${channel}`);
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  let pause = FIRST_PAUSE_MS;
  let connectedBefore = false;

  const dropped = (c: pg.Client, err: Error) => {
    if (client !== c) return; // an old connection's late error
    client = null;
    options.onError?.(err);
    c.end().catch(() => {});
    if (closed || retry) return;
    retry = setTimeout(connect, pause);
    pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
  };

  function connect(): void {
    retry = null;
    const c = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: options.connectTimeoutMs,
      keepAlive: true,
    });
    client = c;
    c.on('notification', (n) => {
      if (n.channel === channel) options.onPayload(n.payload ?? '');
    });
    // Without an 'error' listener, a dropped connection would crash the process.
    c.on('error', (err) => dropped(c, err));
    c.on('end', () => dropped(c, new Error('the LISTEN connection ended')));
    c.connect()
      .then(() => c.query(`listen ${channel}`))
      .then(() => {
        pause = FIRST_PAUSE_MS;
        options.onListening?.();
        if (connectedBefore) options.onReconnect?.();
        connectedBefore = true;
      })
      .catch((err: Error) => dropped(c, err));
  }

  connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
