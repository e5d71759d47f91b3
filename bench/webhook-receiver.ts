// A local webhook receiver for bench:webhook and bench:crash, run as a child process: answers 204
// at once and counts requests by webhook-id. IPC as in email-sink.ts: it sends { port }, and
// answers { type: 'stats' } with counts.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const seen = new Map<string, number>();
let received = 0;

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const id = String(req.headers['webhook-id'] ?? '(none)');
    received++;
    seen.set(id, (seen.get(id) ?? 0) + 1);
    res.writeHead(204).end();
  });
});
server.keepAliveTimeout = 60_000;

server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));

process.on('message', (m: { type: string }) => {
  if (m.type !== 'stats') return;
  let duplicates = 0;
  for (const n of seen.values()) duplicates += n - 1;
  process.send!({ type: 'stats', received, unique: seen.size, duplicates });
});
process.on('disconnect', () => process.exit(0));
