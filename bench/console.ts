// `npm run bench:console`: what the console's first screen costs a person opening Herald.
//
// Under the e2e harness (e2e/support.ts: a whole Herald in this process serving the built
// console, Debian's Chromium through playwright-core), an org admin who is already signed in
// opens `/` in a fresh browser profile (nothing cached). Measured per round:
// - the JavaScript and CSS transferred for that first screen, compressed as sent (the response
//   bodies' encoded sizes, read from Chromium); target ≤ 150 KB;
// - the time from navigation to the dashboard's first meaningful content: the service tiles
//   drawn (or the "all healthy" heading), from the page's own clock.
// Five rounds; the figures are medians. Run `npm run build:web` first (it measures dist/web).
import type { Response } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/app/demo/index.js';
import { launchBrowser, signInWithPassword, startHerald } from '../e2e/support.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGET_KB = 150;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const [herald, browser] = await Promise.all([startHerald(), launchBrowser()]);
  try {
    // Signed in once; each round starts from that session in an empty cache.
    const signIn = await browser.newContext({ baseURL: herald.url });
    const page = await signIn.newPage();
    await page.goto('/');
    await signInWithPassword(page, 'alice@contoso.com', DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ state: 'attached' });
    const storageState = await signIn.storageState();
    await signIn.close();

    const bytes: number[] = [];
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const context = await browser.newContext({
        baseURL: herald.url,
        storageState,
        viewport: { width: 1440, height: 900 },
      });
      const tab = await context.newPage();
      const assets: Response[] = [];
      tab.on('response', (r) => {
        const type = r.request().resourceType();
        if (type === 'script' || type === 'stylesheet') assets.push(r);
      });
      await tab.goto('/');
      await tab.waitForSelector('.health-tile, #overview-title');
      const ms = await tab.evaluate<number>('performance.now()');
      await tab.waitForLoadState('networkidle');
      let total = 0;
      for (const r of assets) total += (await r.request().sizes()).responseBodySize;
      bytes.push(total);
      times.push(ms);
      const files = assets.map((r) => new URL(r.url()).pathname.replace('/assets/', '')).join(', ');
      console.log(
        `round ${round + 1}: ${(total / 1024).toFixed(1)} KB JS+CSS (${assets.length} files: ${files}), first content ${ms.toFixed(0)} ms`,
      );
      await context.close();
    }
    const kb = median(bytes) / 1024;
    console.log(
      `\nconsole first screen: ${kb.toFixed(1)} KB JS+CSS transferred compressed (target ≤ ${TARGET_KB} KB: ${kb <= TARGET_KB ? 'met' : 'MISSED'}), ` +
        `dashboard's first meaningful content at ${median(times).toFixed(0)} ms (medians of ${ROUNDS})`,
    );
  } finally {
    await browser.close();
    await herald.close();
  }
}

await main();
