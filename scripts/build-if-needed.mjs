// `npm start` builds only when the sources are newer than the last build, so the one-command demo
// works on a fresh clone without paying for a rebuild on every start.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = path.join(root, 'dist', '.build-stamp');

function newest(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

const sources = ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'].map((p) => path.join(root, p));
const built = fs.statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (Math.max(...sources.map(newest)) > built || !fs.existsSync(path.join(root, 'dist', 'web', 'index.html'))) {
  console.log('Building Herald (server and console)…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
  fs.writeFileSync(stamp, new Date().toISOString());
}
