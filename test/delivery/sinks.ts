// Real receivers for the delivery tests: an SMTP server that parses what it receives (smtp-server
// + mailparser), and an HTTP server that records requests and answers as told.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailSink {
  url: string;
  mails: ParsedMail[];
  close(): Promise<void>;
}

export async function startMailSink(): Promise<MailSink> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push(mail);
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedRequest {
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface HttpReceiver {
  url: string;
  requests: ReceivedRequest[];
  /** What to answer next: a status code (default 200), or a function of the request. */
  respond: (r: ReceivedRequest, res: http.ServerResponse) => void;
  close(): Promise<void>;
}

export async function startHttpReceiver(): Promise<HttpReceiver> {
  const receiver: HttpReceiver = {
    url: '',
    requests: [],
    respond: (_r, res) => res.writeHead(200).end('ok'),
    close: async () => {},
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = { url: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks) };
      receiver.requests.push(r);
      receiver.respond(r, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  receiver.url = `http://127.0.0.1:${port}`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}

export interface CountingMailSink {
  url: string;
  port: number;
  /** Times each Message-ID arrived (epoch ms), in order. */
  arrivals: Map<string, number[]>;
  /** How long the server takes over each message before it answers 250. */
  delayMs: number;
  /** Messages received in all (repeats included). */
  received(): number;
  /** Message-IDs received more than once. */
  duplicates(): string[];
  /** Stops listening and drops open connections (the server goes down). */
  stop(): Promise<void>;
  /** Listens again on the same port (the server comes back). */
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * An SMTP server that counts what it receives by Message-ID without parsing bodies (fast enough
 * for tens of thousands of messages), can be slowed down, and can go down and come back on its port.
 */
export async function startCountingMailSink(): Promise<CountingMailSink> {
  let server: SMTPServer | null = null;
  const sink: CountingMailSink = {
    url: '',
    port: 0,
    arrivals: new Map(),
    delayMs: 0,
    received: () => [...sink.arrivals.values()].reduce((n, a) => n + a.length, 0),
    duplicates: () => [...sink.arrivals].filter(([, a]) => a.length > 1).map(([id]) => id),
    async stop() {
      const s = server;
      server = null;
      if (!s) return;
      // smtp-server's close waits for clients to leave; a server that goes down does not.
      for (const socket of (s as unknown as { connections: Set<{ _socket?: { destroy(): void } }> }).connections ?? [])
        socket._socket?.destroy();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    async start() {
      const s = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        maxClients: 1000,
        onData(stream, _session, callback) {
          let head = '';
          stream.on('data', (chunk: Buffer) => {
            if (head.length < 8192) head += chunk.toString('latin1', 0, Math.min(chunk.length, 8192));
          });
          stream.on('end', () => {
            const id = /^message-id:\s*(<[^>\r\n]+>)/im.exec(head)?.[1] ?? '(none)';
            const answer = () => {
              sink.arrivals.set(id, [...(sink.arrivals.get(id) ?? []), Date.now()]);
              callback();
            };
            if (sink.delayMs) setTimeout(answer, sink.delayMs);
            else answer();
          });
        },
      });
      s.on('error', () => {});
      await new Promise<void>((resolve, reject) => {
        s.server.once('error', reject);
        s.listen(sink.port, '127.0.0.1', () => resolve());
      });
      sink.port = (s.server.address() as AddressInfo).port;
      sink.url = `smtp://127.0.0.1:${sink.port}`;
      server = s;
    },
    close: () => sink.stop(),
  };
  await sink.start();
  return sink;
}
