// Browser tests drive the built console (dist/web) in Debian's Chromium against a whole Herald
// started in this process on a random port, on the test database of the run (SQLite or
// PostgreSQL, see test/support/database.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DEMO_PASSWORD } from '../src/app/demo/index.js';
import type { HeraldConfig } from '../src/config.js';
import { startWorker } from '../src/delivery/worker.js';
import { startMailSink, type MailSink } from '../test/delivery/sinks.js';
import { createTestApp, type TestApp } from '../test/support/app.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SCREENSHOTS = path.join(root, 'e2e', 'screenshots');

export interface Herald extends TestApp {
  url: string;
}

/**
 * Herald on a random local port, serving the built console; with `worker`, the delivery worker
 * runs too (mail goes to `config.smtpUrl`). Periodic jobs do not run: a test calls the job it means.
 */
export async function startHerald(
  options: { config?: Partial<HeraldConfig>; now?: Date; worker?: boolean } = {},
): Promise<Herald> {
  const webDir = path.join(root, 'dist', 'web');
  if (!fs.existsSync(path.join(webDir, 'index.html'))) {
    throw new Error('The console is not built: run `npm run build:web` first (npm test does it for you).');
  }
  const t = await createTestApp({ now: options.now, config: { webDir, ...options.config } });
  const worker = options.worker ? startWorker(t.ctx, { pollMs: 200, jobs: false }) : null;
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    ...t,
    url: `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`,
    async close() {
      await worker?.stop();
      await t.close();
    },
  };
}

/** What a test file drives: its Herald, its Chromium and, with `mail`, the SMTP sink Herald sends to. */
export interface Suite {
  herald: Herald;
  browser: Browser;
  sink: MailSink;
}

/**
 * Starts a Herald and a Chromium before the file's tests and closes them after; with `mail`, a
 * real SMTP sink too, and the worker sending to it. The fields are set when the tests run (read
 * them inside a test or hook, not when the file loads). `when: false` starts nothing, for a file
 * whose tests all skip on this run.
 */
export function useHerald(
  options: {
    config?: Partial<HeraldConfig>;
    mail?: boolean;
    when?: boolean;
    ready?: (suite: Suite) => Promise<void>;
  } = {},
): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    if (options.when === false) return;
    if (options.mail) suite.sink = await startMailSink();
    [suite.herald, suite.browser] = await Promise.all([
      startHerald({
        config: { ...options.config, ...(options.mail ? { smtpUrl: suite.sink.url } : {}) },
        worker: options.mail,
      }),
      launchBrowser(),
    ]);
    await options.ready?.(suite);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.herald?.close();
    await suite.sink?.close();
  });
  return suite;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/** A separate browser profile (cookies, storage) per person, as on separate computers. */
export async function openAs(
  { browser, herald }: Pick<Suite, 'browser' | 'herald'>,
  email: string,
  options: { phone?: boolean; colorScheme?: 'light' | 'dark'; bypassCSP?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: herald.url,
    // Only for a test that adds its own script to the page (axe-core); the CSP stays on otherwise.
    bypassCSP: options.bypassCSP ?? false,
    colorScheme: options.colorScheme ?? 'light',
    ...(options.phone
      ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
      : { viewport: { width: 1360, height: 860 } }),
  });
  // Well inside the test's own time limit, so a missing element fails with its own message.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  // The tests find elements by their English words, whatever the person's own language (Fiona
  // reads Japanese): ?lang=en holds for this tab (src/web/lib/i18n.tsx).
  await page.goto('/?lang=en');
  await signInWithPassword(page, email, DEMO_PASSWORD);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return { context, page };
}

/** The sign-in form as a person uses it: the email first (it finds their way of signing in), then the password. */
export async function signInWithPassword(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in with password' }).click();
}

/** Saves a screenshot under e2e/screenshots (git-ignored); a few are copied to docs/screenshots. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}
