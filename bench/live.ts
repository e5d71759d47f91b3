// `npm run bench:live`: how fast a change reaches every open console over /api/live.
//
// CONNECTIONS browsers (demo people in turn, each with its own API token) hold /api/live open on
// a full Herald server. NOTICES change notices for Contoso are emitted one after the other; each
// counts as delivered when every listener allowed to hear it (Contoso's people and the operator)
// has received it, and nobody else has. The baseline, measured in the same run, is a bare Node
// HTTP server holding the same connections and writing the same event to the same listeners with
// no rights check, no Fastify and no authentication. Printed: notices per second and the p50/p99
// time from emit to the last listener, for both, and Herald's share of the baseline's rate.
// SQLite by default; TEST_DATABASE_URL=postgres://… runs Herald on PostgreSQL.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventEmitter } from 'node:events';
import type { ChangeNotice } from '../src/app/context.js';
import { createTestApp } from '../test/support/app.js';

const CONNECTIONS = 600;
const NOTICES = 300;
const PEOPLE = [
  'ops@herald.example',
  'alice@contoso.com',
  'sam@contoso.com',
  'eva@contoso.com',
  'fiona@fabrikam.com',
  'raj@fabrikam.com',
  'wendy@woodgrovebank.com',
];
const HEARS_CONTOSO = new Set(['ops@herald.example', 'alice@contoso.com', 'sam@contoso.com', 'eva@contoso.com']);

interface Listener {
  email: string;
  received: number;
  close(): void;
}

/** Opens one SSE stream and counts the `change` events on it; resolves once the headers are in. */
function listen(url: string, headers: Record<string, string>, email: string, onEvent: () => void): Promise<Listener> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { accept: 'text/event-stream', ...headers }, agent: false }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`${email}: HTTP ${res.statusCode}`));
      const listener: Listener = { email, received: 0, close: () => req.destroy() };
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          if (buffer.slice(0, end).startsWith('event: change')) {
            listener.received++;
            onEvent();
          }
          buffer = buffer.slice(end + 2);
        }
      });
      resolve(listener);
    });
    req.on('error', reject);
  });
}

interface Result {
  perSecond: number;
  p50: number;
  p99: number;
}

/** Emits notices one at a time, each waiting until `expected` listeners have it. */
async function run(
  emit: () => void,
  expected: number,
  counter: { events: number; wake: (() => void) | null },
): Promise<Result> {
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < NOTICES; i++) {
    const target = counter.events + expected;
    const t0 = performance.now();
    const done = new Promise<void>((resolve) => (counter.wake = () => counter.events >= target && resolve()));
    emit();
    await Promise.race([
      done,
      new Promise((_, reject) =>
        setTimeout(
          () =>
            reject(new Error(`notice ${i} reached ${counter.events - (target - expected)} of ${expected} listeners`)),
          10_000,
        ),
      ),
    ]);
    times.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    perSecond: NOTICES / seconds,
    p50: times[Math.floor(times.length * 0.5)]!,
    p99: times[Math.floor(times.length * 0.99)]!,
  };
}

async function main() {
  const t = await createTestApp();
  const contoso = t.demo.tenants.contoso.id;
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const heraldUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/live`;

  // Baseline: the same streams on a bare server, written to without any check.
  const bus = new EventEmitter();
  bus.setMaxListeners(0);
  const bare = http.createServer((req, res) => {
    const email = String(req.headers['x-person']);
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(': connected\n\n');
    const send = (data: string) => HEARS_CONTOSO.has(email) && res.write(`event: change\ndata: ${data}\n\n`);
    bus.on('change', send);
    res.on('close', () => bus.off('change', send));
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;

  const tokens = new Map<string, Record<string, string>>();
  for (const email of PEOPLE) tokens.set(email, await t.auth(email));
  const expected = Array.from({ length: CONNECTIONS }, (_, i) => PEOPLE[i % PEOPLE.length]!).filter((e) =>
    HEARS_CONTOSO.has(e),
  ).length;

  const measure = async (
    name: string,
    url: string,
    headersOf: (email: string) => Record<string, string>,
    emit: () => void,
  ): Promise<Result> => {
    const counter = { events: 0, wake: null as (() => void) | null };
    const listeners: Listener[] = [];
    for (let i = 0; i < CONNECTIONS; i++) {
      const email = PEOPLE[i % PEOPLE.length]!;
      listeners.push(await listen(url, headersOf(email), email, () => (counter.events++, counter.wake?.())));
    }
    const result = await run(emit, expected, counter);
    const wrong = listeners.filter((l) => (HEARS_CONTOSO.has(l.email) ? l.received !== NOTICES : l.received !== 0));
    if (wrong.length) throw new Error(`${name}: ${wrong.length} listeners heard the wrong number of notices`);
    for (const l of listeners) l.close();
    return result;
  };

  const notice: ChangeNotice = { tenantIds: [contoso], topic: 'incident' };
  const data = JSON.stringify({ topic: 'incident', tenantIds: [contoso] });
  // Baseline first, then Herald, then both again: the second pair is reported (warm).
  await measure(
    'baseline',
    bareUrl,
    (email) => ({ 'x-person': email }),
    () => bus.emit('change', data),
  );
  await measure(
    'herald',
    heraldUrl,
    (email) => tokens.get(email)!,
    () => t.ctx.signals.emit('change', notice),
  );
  const base = await measure(
    'baseline',
    bareUrl,
    (email) => ({ 'x-person': email }),
    () => bus.emit('change', data),
  );
  const herald = await measure(
    'herald',
    heraldUrl,
    (email) => tokens.get(email)!,
    () => t.ctx.signals.emit('change', notice),
  );

  const row = (name: string, r: Result) =>
    `${name.padEnd(30)} ${r.perSecond.toFixed(0).padStart(7)} notices/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms`;
  console.log(
    `/api/live fan-out: ${CONNECTIONS} open streams, ${expected} of them allowed to hear each of ${NOTICES} notices (${t.database.dialect})`,
  );
  console.log(row('baseline (bare Node SSE)', base));
  console.log(row('Herald /api/live', herald));
  console.log(`Herald delivers at ${((herald.perSecond / base.perSecond) * 100).toFixed(0)} % of the baseline's rate`);

  bare.close();
  await t.close();
}

await main();
