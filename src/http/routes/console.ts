// The web console (src/web, built by `npm run build:web` into config.webDir), served by Herald at `/`.
// A built file is served as it is; any other page a browser asks for (a client-side route such
// as /incidents/abc, opened from a link or reloaded) gets index.html, so the console opens on
// that screen. The API and the other server-side pages are never answered with the console: an
// unknown /api/… path is still a problem+json 404.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.js';
import type { HeraldServer } from '../types.js';

/** Paths that belong to the server, not to the console. */
const SERVER_PREFIXES = ['/api', '/v1.0', '/status', '/docs', '/openapi.json', '/healthz', '/readyz', '/unsubscribe'];

function isServerPath(pathname: string): boolean {
  return SERVER_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Herald</title>
<p>The web console has not been built. Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it) and reload.
The API is at <a href="/docs">/docs</a> and the public status page at <a href="/status">/status</a>.</p>`;

export async function registerConsoleRoutes(app: HeraldServer, ctx: AppContext): Promise<void> {
  const root = path.resolve(ctx.config.webDir);

  // Its own scope, so that reply.sendFile does not clash with another plugin's @fastify/static.
  await app.register(async (scope) => {
    const built = fs.existsSync(path.join(root, 'index.html'));
    // preCompressed: the build wrote .br and .gz beside each text file (scripts/compress-web.mjs).
    if (built) await scope.register(fastifyStatic, { root, serve: false, preCompressed: true });

    /** The file under root a URL path names, or null (missing, a folder, or outside root). */
    const fileFor = (pathname: string): string | null => {
      let decoded: string;
      try {
        decoded = decodeURIComponent(pathname);
      } catch {
        return null;
      }
      const full = path.resolve(root, `.${decoded}`);
      if (!full.startsWith(root + path.sep)) return null;
      try {
        return fs.statSync(full, { throwIfNoEntry: false })?.isFile() ? path.relative(root, full) : null;
      } catch {
        return null; // ENOTDIR (/index.html/x) and the like: not a file we serve
      }
    };

    /**
     * No file and no console screen has a NUL or a path segment longer than 255 bytes (a file
     * name's limit); asking the file system anyway throws (ERR_INVALID_ARG_VALUE, ENAMETOOLONG).
     */
    const isImpossible = (pathname: string): boolean => {
      let decoded: string;
      try {
        decoded = decodeURIComponent(pathname);
      } catch {
        return true;
      }
      return decoded.includes('\0') || decoded.split('/').some((part) => Buffer.byteLength(part) > 255);
    };

    const wantsPage = (request: FastifyRequest): boolean => (request.headers.accept ?? '').includes('text/html');

    const sendIndex = (reply: FastifyReply) => {
      // Always revalidated: it names the current build's hashed assets.
      reply.header('cache-control', 'no-cache');
      return built ? reply.sendFile('index.html', { cacheControl: false }) : reply.type('text/html').send(NOT_BUILT);
    };

    scope.get('/*', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
      const pathname = request.url.split('?')[0]!;
      if (isServerPath(pathname) || isImpossible(pathname)) return reply.callNotFound();
      if (pathname === '/') return sendIndex(reply);
      // Browsers ask for /favicon.ico whatever the page links to: answer with the console's icon.
      if (pathname === '/favicon.ico' && built && fileFor('/icon-192.png')) {
        return reply.header('cache-control', 'public, max-age=86400').sendFile('icon-192.png', { cacheControl: false });
      }
      const file = built ? fileFor(pathname) : null;
      if (file) {
        // Vite names what is under assets/ by its content hash, so it never changes.
        if (file.startsWith(`assets${path.sep}`)) return reply.sendFile(file, { maxAge: '365d', immutable: true });
        reply.header('cache-control', 'no-cache');
        return reply.sendFile(file, { cacheControl: false });
      }
      // A missing file (a name with an extension) or a non-browser client gets the usual 404.
      if (path.extname(pathname) || !wantsPage(request)) return reply.callNotFound();
      return sendIndex(reply);
    });
  });
}
