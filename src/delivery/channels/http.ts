// One outbound HTTP POST for webhooks and push: connects only to permitted addresses (see
// targets.ts), follows no redirects (a 3xx is a failure: the receiver must give its final URL),
// gives up after a timeout, and reads at most a little of the answer for the delivery log.
// Connections are kept alive and reused, which is most of the speed of sending many.
import http from 'node:http';
import https from 'node:https';
import net, { isIP } from 'node:net';
import { guardedLookup, isForbiddenAddress, TargetRefused, type TargetRules } from './targets.js';

export interface PostResult {
  status: number;
  /** The start of the response body, for the delivery log. */
  body: string;
}

export interface OutboundHttp {
  post(url: string, headers: Record<string, string>, body: string | Buffer): Promise<PostResult>;
  /** Resolves when the URL's host accepts a TCP connection (the circuit's probe); sends nothing. */
  reachable(url: string): Promise<void>;
  close(): void;
}

const KEEP = 1024;

/** Where a URL's requests go, worked out once per URL (webhook endpoints are few, their requests many). */
interface Destination {
  transport: typeof http | typeof https;
  agent: http.Agent;
  options: { protocol: string; hostname: string; port: string; path: string; auth?: string };
  /** Set when the URL names a refused address (an address in the URL is connected to directly, without a lookup). */
  refused: string | null;
}

/** A request on its way, for the timeout's sweep. */
interface Pending {
  deadline: number;
  request: http.ClientRequest;
}

export function createOutboundHttp(
  rules: TargetRules,
  options: { timeoutMs: number; maxSockets: number },
): OutboundHttp {
  const lookup = guardedLookup(rules);
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: options.maxSockets }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: options.maxSockets }),
  };
  const destinations = new Map<string, Destination>();
  const destination = (raw: string): Destination => {
    let found = destinations.get(raw);
    if (found) return found;
    const url = new URL(raw);
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    found = {
      transport: url.protocol === 'https:' ? https : http,
      agent: agents[url.protocol as 'http:' | 'https:'],
      // As http.request makes them of a URL (urlToHttpOptions).
      options: {
        protocol: url.protocol,
        hostname: host,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        ...(url.username || url.password
          ? { auth: `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` }
          : {}),
      },
      refused: isIP(host) && !rules.allowPrivate && isForbiddenAddress(host) ? host : null,
    };
    if (destinations.size >= KEEP) destinations.clear();
    destinations.set(raw, found);
    return found;
  };
  // The timeout: one sweep for every request in flight rather than a timer (AbortSignal) each,
  // which cost about 26 µs of a webhook's 220 µs of CPU in bench:webhook (a quarter of what the
  // engine spent over the bare baseline); a request gives up at most a tenth of the timeout late.
  const pending = new Set<Pending>();
  let sweep: NodeJS.Timeout | null = null;
  const sweepEvery = Math.max(5, Math.min(1000, options.timeoutMs / 10));
  const timedOut = () =>
    Object.assign(new Error(`no answer within ${options.timeoutMs / 1000} s`), { code: 'ETIMEDOUT' });
  const watch = (entry: Pending) => {
    pending.add(entry);
    sweep ??= setInterval(() => {
      const now = performance.now();
      for (const p of pending)
        if (p.deadline <= now) {
          pending.delete(p);
          p.request.destroy(timedOut());
        }
      if (!pending.size) {
        clearInterval(sweep!);
        sweep = null;
      }
    }, sweepEvery);
    sweep.unref();
  };
  return {
    post(raw, headers, body) {
      return new Promise<PostResult>((resolve, reject) => {
        const to = destination(raw);
        if (to.refused)
          return reject(
            new TargetRefused(
              `${to.refused} is a private, loopback, link-local or otherwise special address Herald does not send to`,
              to.refused,
            ),
          );
        const entry: Pending = { deadline: performance.now() + options.timeoutMs, request: null! };
        const settle = () => pending.delete(entry);
        const request = to.transport.request(
          {
            ...to.options,
            method: 'POST',
            agent: to.agent,
            lookup,
            headers: { 'content-length': String(Buffer.byteLength(body)), ...headers },
          },
          (response) => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => {
              if (text.length < KEEP) text += chunk.slice(0, KEEP - text.length);
            });
            response.on('end', () => {
              settle();
              resolve({ status: response.statusCode ?? 0, body: text });
            });
            response.on('error', (err) => {
              settle();
              reject(err);
            });
          },
        );
        entry.request = request;
        watch(entry);
        request.on('error', (err: Error) => {
          settle();
          reject(err);
        });
        request.end(body);
      });
    },
    reachable(raw) {
      return new Promise<void>((resolve, reject) => {
        const url = new URL(raw);
        const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
        if (isIP(host) && !rules.allowPrivate && isForbiddenAddress(host))
          return reject(new TargetRefused(`${host} is not a permitted address`, host));
        const socket = net.connect({
          host,
          port: Number(url.port) || (url.protocol === 'https:' ? 443 : 80),
          lookup,
          timeout: options.timeoutMs,
        });
        socket.once('connect', () => {
          socket.destroy();
          resolve();
        });
        socket.once('timeout', () => socket.destroy(Object.assign(new Error('no answer'), { code: 'ETIMEDOUT' })));
        socket.once('error', reject);
      });
    },
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
