// Compressed copies of the public snapshot's files (status page, Statuspage JSON, feeds), made
// once per file of a snapshot and only when a client asks, instead of once per request: these
// routes carry most of the traffic.
import zlib from 'node:zlib';
import type { SiteFile } from './publicSite.js';

export type Encoding = 'br' | 'gzip';

const copies = new WeakMap<SiteFile, Partial<Record<Encoding, Buffer>>>();
// Below this the headers outweigh what compression saves.
const MIN_BYTES = 1024;

/** The encoding to answer with: brotli, then gzip, when the client lists it (and not with q=0). */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  let gzip = false;
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p))) continue;
    if (name === 'br') return 'br';
    if (name === 'gzip' || name === '*') gzip = true;
  }
  return gzip ? 'gzip' : null;
}

/** The file's body in that encoding, or null when it is too small to be worth it. */
export function compressedBody(file: SiteFile, encoding: Encoding): Buffer | null {
  if (file.body.length < MIN_BYTES) return null;
  let entry = copies.get(file);
  if (!entry) copies.set(file, (entry = {}));
  // Brotli at 5: close to gzip's speed with smaller output; the file is compressed once.
  entry[encoding] ??=
    encoding === 'br'
      ? zlib.brotliCompressSync(file.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })
      : zlib.gzipSync(file.body, { level: 6 });
  return entry[encoding];
}
