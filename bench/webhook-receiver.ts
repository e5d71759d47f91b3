// A local webhook receiver for bench:webhook, run as a child process: verifies each request's
// Standard Webhooks signature as a real receiver must (the secret of /hook/<i> is the i-th of
// those sent with { type: 'secrets' }), answers 204 (or 401 when the signature is wrong) and
// counts requests by webhook-id. IPC as in email-sink.ts: it sends { port }, and answers
// { type: 'stats' } with counts.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

const seen = new Map<string, number>();
let received = 0;
let invalid = 0;
let verifiers: Webhook[] = [];

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const id = String(req.headers['webhook-id'] ?? '(none)');
    const verifier = verifiers[Number(/\/hook\/(\d+)/.exec(req.url ?? '')?.[1] ?? -1)];
    if (verifiers.length) {
      try {
        if (!verifier) throw new Error('unknown endpoint');
        verifier.verify(Buffer.concat(chunks).toString('utf8'), req.headers as Record<string, string>);
      } catch {
        invalid++;
        res.writeHead(401).end();
        return;
      }
    }
    received++;
    seen.set(id, (seen.get(id) ?? 0) + 1);
    res.writeHead(204).end();
  });
});
server.keepAliveTimeout = 60_000;

server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));

process.on('message', (m: { type: string; secrets?: string[] }) => {
  if (m.type === 'secrets') {
    verifiers = m.secrets!.map((s) => new Webhook(s));
    process.send!({ type: 'secrets' });
    return;
  }
  if (m.type !== 'stats') return;
  let duplicates = 0;
  for (const n of seen.values()) duplicates += n - 1;
  process.send!({ type: 'stats', received, unique: seen.size, duplicates, invalid });
});
process.on('disconnect', () => process.exit(0));
