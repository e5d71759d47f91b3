// The console talks to the server only over HTTP: what both sides need (value lists, the API
// contracts, a few pure rules) lives in src/shared. A console file that imports server code would
// pull it (and its dependencies) into the bundle and let the console's types drift from the API
// again, so these checks read every import of src/web and src/shared.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'public' || e.name === 'node_modules' ? [] : filesUnder(path);
    return /\.(ts|tsx|mts)$/.test(e.name) ? [path] : [];
  });
}

// Static imports and re-exports (`import … from '…'`, `export … from '…'`, `import '…'`) and
// dynamic ones (`import('…')`, the console's lazy screens).
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(SPECIFIER)].map((m) => m[1]!);
}

/** The folder of src/ a relative import lands in ("domain", "shared", "web", …). */
function areaOf(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = relative(src, resolve(dirname(file), specifier));
  return target.startsWith('..') ? '(outside src)' : (target.split(/[\\/]/)[0] ?? null);
}

function reachesOutside(folder: string, allowed: readonly string[]): string[] {
  return filesUnder(join(src, folder)).flatMap((file) =>
    importsOf(file)
      .filter((spec) => {
        const area = areaOf(file, spec);
        return area !== null && !allowed.includes(area);
      })
      .map((spec) => `${relative(src, file)} imports ${spec}`),
  );
}

describe('what the console may import', () => {
  it('finds the imports it checks (the check would pass on an empty list)', () => {
    const all = filesUnder(join(src, 'web')).flatMap(importsOf);
    expect(all).toContain('../../shared/windows');
    expect(all.some((s) => s.includes('shared/contracts/'))).toBe(true);
  });

  it('imports only src/web and src/shared, never server code (domain, app, http, store, delivery)', () => {
    expect(reachesOutside('web', ['web', 'shared'])).toEqual([]);
  });

  it('src/shared imports nothing of the server either: both sides can use it', () => {
    expect(reachesOutside('shared', ['shared'])).toEqual([]);
  });

  it('src/shared/contracts depend on TypeBox and src/shared alone', () => {
    const packages = filesUnder(join(src, 'shared', 'contracts'))
      .flatMap((file) => importsOf(file).map((spec) => ({ file, spec })))
      .filter(({ spec }) => !spec.startsWith('.') && spec !== 'typebox')
      .map(({ file, spec }) => `${relative(src, file)} imports ${spec}`);
    expect(packages).toEqual([]);
  });
});
