// `npm start` (and `npm pack`) build only when the sources are newer than the last build, so the
// one-command demo works on a fresh clone without paying for a rebuild on every start.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The last build's time: the older of the server's and the console's entry points (each build
// rewrites both).
const outputs = [path.join(root, 'dist', 'cli', 'herald.js'), path.join(root, 'dist', 'web', 'index.html')];

function newest(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

const sources = ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'].map((p) =>
  path.join(root, p),
);
const built = Math.min(...outputs.map((file) => fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0));
if (Math.max(...sources.map(newest)) > built) {
  console.log('Building Herald (server and console)…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
