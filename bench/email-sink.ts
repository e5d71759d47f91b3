// A local SMTP sink for the email, crash and latency benchmarks, run as a child process so that
// receiving does not compete with the sender's event loop. It counts messages by Message-ID
// (once the whole message is in, before it answers 250) and notes when each first arrived.
// Talks to its parent over IPC: it sends { port } when listening, and answers { type: 'stats' }
// with counts; after { type: 'watch' } it reports each arrival as { type: 'arrived', id, at }
// (epoch ms from the wall clock, which every process reads alike).
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

const seen = new Map<string, number>();
let received = 0;
let watching = false;

function messageIdOf(head: string): string {
  return /^message-id:\s*(<[^>\r\n]+>)/im.exec(head)?.[1] ?? '(none)';
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  maxClients: 1000,
  size: 10 * 1024 * 1024,
  onData(stream, _session, callback) {
    let head = '';
    stream.on('data', (chunk: Buffer) => {
      if (head.length < 8192) head += chunk.toString('latin1', 0, Math.min(chunk.length, 8192));
    });
    stream.on('end', () => {
      const id = messageIdOf(head);
      received++;
      seen.set(id, (seen.get(id) ?? 0) + 1);
      if (watching) process.send!({ type: 'arrived', id, at: Date.now() });
      callback();
    });
  },
});

// A sender killed mid-message resets its connection: that message is not counted, nothing else happens.
server.on('error', () => {});

server.listen(0, '127.0.0.1', () => {
  process.send!({ port: (server.server.address() as AddressInfo).port });
});

process.on('message', (m: { type: string }) => {
  if (m.type === 'stats') {
    let duplicates = 0;
    for (const n of seen.values()) duplicates += n - 1;
    process.send!({ type: 'stats', received, unique: seen.size, duplicates });
  } else if (m.type === 'watch') {
    watching = true;
    process.send!({ type: 'watch' });
  } else if (m.type === 'reset') {
    seen.clear();
    received = 0;
    process.send!({ type: 'reset' });
  }
});
process.on('disconnect', () => process.exit(0));
