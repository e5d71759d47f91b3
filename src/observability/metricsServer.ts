// METRICS_PORT: /metrics on a listener of its own, off the public port (bind it to a private
// address with METRICS_HOST). `herald worker` has no web server, so this is how its sends and job
// runs are scraped; `herald serve` can use it too instead of METRICS_TOKEN.
import http from 'node:http';
import type { AppContext } from '../app/context.js';
import { METRICS_CONTENT_TYPE, metricsText } from './metrics.js';

export interface MetricsServer {
  /** Where it listens (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

export async function startMetricsServer(ctx: AppContext, host: string, port: number): Promise<MetricsServer> {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Only GET /metrics is served here.\n');
      return;
    }
    metricsText(ctx).then(
      (text) => res.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE, 'cache-control': 'no-store' }).end(text),
      (err: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`${err.message}\n`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    port: (server.address() as import('node:net').AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The metrics listener METRICS_PORT asks for, or null when it is not set. */
export function startConfiguredMetricsServer(ctx: AppContext): Promise<MetricsServer | null> {
  return ctx.config.metricsPort === null
    ? Promise.resolve(null)
    : startMetricsServer(ctx, ctx.config.metricsHost, ctx.config.metricsPort);
}
