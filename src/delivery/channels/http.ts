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

export function createOutboundHttp(
  rules: TargetRules,
  options: { timeoutMs: number; maxSockets: number },
): OutboundHttp {
  const lookup = guardedLookup(rules);
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: options.maxSockets }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: options.maxSockets }),
  };
  return {
    post(raw, headers, body) {
      return new Promise<PostResult>((resolve, reject) => {
        const url = new URL(raw);
        const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
        // An address in the URL is connected to directly, without a lookup: check it here.
        if (isIP(host) && !rules.allowPrivate && isForbiddenAddress(host)) {
          return reject(
            new TargetRefused(
              `${host} is a private, loopback, link-local or otherwise special address Herald does not send to`,
              host,
            ),
          );
        }
        const transport = url.protocol === 'https:' ? https : http;
        const request = transport.request(
          url,
          {
            method: 'POST',
            agent: agents[url.protocol as 'http:' | 'https:'],
            lookup,
            headers: { 'content-length': String(Buffer.byteLength(body)), ...headers },
            signal: AbortSignal.timeout(options.timeoutMs),
          },
          (response) => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => {
              if (text.length < KEEP) text += chunk.slice(0, KEEP - text.length);
            });
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
            response.on('error', reject);
          },
        );
        request.on('error', (err: Error & { code?: string }) => {
          if (err.name === 'AbortError')
            return reject(
              Object.assign(new Error(`no answer within ${options.timeoutMs / 1000} s`), { code: 'ETIMEDOUT' }),
            );
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
