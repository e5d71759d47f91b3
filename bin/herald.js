#!/usr/bin/env node
// `herald` / `npx herald`: runs the compiled CLI (dist/, from `npm run build`) with plain Node, so
// a release needs only its production dependencies. In a checkout, `npm run herald -- …` runs the
// TypeScript source through tsx instead.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/herald.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('herald: dist/ is missing; run `npm run build` first (or `npm run herald -- …` in a checkout).');
  process.exit(1);
}
await import(cli.href);
