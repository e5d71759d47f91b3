// The /docs page's own Content-Security-Policy and its heavy files compressed. Swagger UI styles
// its elements inline, which the console's policy (no inline styles from scripts' attributes in
// script-src, and helmet's defaults) made the browser log as violations; its 1.7 MB bundle went
// uncompressed, which made /docs take seconds. The allowances apply to /docs alone.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { HeraldServer } from './types.js';

export const DOCS_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'self'",
].join('; ');

const HEAVY: Record<string, string> = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
};

/** Serves Swagger UI's large files brotli- or gzip-compressed, compressed once on first request and kept. */
export function registerDocsAssets(app: HeraldServer): void {
  const staticDir = path.join(path.dirname(createRequire(import.meta.url).resolve('@fastify/swagger-ui')), 'static');
  const cache = new Map<string, { raw: Buffer; br: Buffer; gzip: Buffer }>();
  for (const [file, type] of Object.entries(HEAVY)) {
    app.get(`/docs/static/${file}`, { schema: { hide: true }, config: { public: true } }, async (request, reply) => {
      let entry = cache.get(file);
      if (!entry) {
        const raw = fs.readFileSync(path.join(staticDir, file));
        entry = {
          raw,
          br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
          gzip: gzipSync(raw, { level: 9 }),
        };
        cache.set(file, entry);
      }
      const accepts = String(request.headers['accept-encoding'] ?? '');
      reply.type(type).header('cache-control', 'public, max-age=86400').header('vary', 'accept-encoding');
      if (/\bbr\b/.test(accepts)) return reply.header('content-encoding', 'br').send(entry.br);
      if (/\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(entry.gzip);
      return reply.send(entry.raw);
    });
  }
}
