// Every screen of every role, on a phone (390 × 844) and on a desktop (1440 × 900): nothing wider
// than the window, no browser console error, no failed request. Then what people checked by
// hand: preferences show the real state, and bad input in a form names the field in plain words
// and saves nothing.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '../src/app/demo/index.js';
import { screensByRole, visit } from './screens.js';
import { signInWithPassword, useHerald } from './support.js';

vi.setConfig({ testTimeout: 300_000 });

const e2e = useHerald();

const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } } as const;

async function open(email: string, size: keyof typeof SIZES) {
  const context = await e2e.browser.newContext({
    baseURL: e2e.herald.url,
    viewport: SIZES[size],
    ...(size === 'phone' ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}),
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`);
  });
  await page.goto('/');
  await signInWithPassword(page, email, DEMO_PASSWORD);
  await page.getByRole('navigation', { name: 'Main' }).waitFor({ state: 'attached' });
  // Before signing in, the console asks GET /api/session, whose 401 is how it learns to show the
  // sign-in form; what is checked is every screen after that.
  problems.length = 0;
  return { context, page, problems };
}

const overflow = (page: Page) =>
  page.evaluate<{ scrollWidth: number; innerWidth: number; widest: string }>(`(() => {
    const widest = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 1)
      .slice(0, 3).map((e) => e.tagName.toLowerCase() + '.' + e.className).join(', ');
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, widest };
  })()`);

describe('every screen fits and works, on a phone and on a desktop', () => {
  it('for each role', async () => {
    const screens = await screensByRole(e2e.herald);
    const found: string[] = [];
    for (const [email, paths] of Object.entries(screens)) {
      for (const size of ['phone', 'desktop'] as const) {
        const { context, page, problems } = await open(email, size);
        for (const path of paths) {
          try {
            await visit(page, path);
          } catch {
            found.push(`${email} ${size} ${path}: the screen did not finish loading`, ...problems.splice(0));
            continue;
          }
          const o = await overflow(page);
          if (o.scrollWidth > o.innerWidth)
            found.push(`${email} ${size} ${path}: ${o.scrollWidth}px wide in ${o.innerWidth}px (${o.widest})`);
          found.push(...problems.splice(0).map((p) => `${email} ${size} ${path}: ${p}`));
        }
        await context.close();
      }
    }
    expect(found).toEqual([]);
  });
});

describe('the public status page', () => {
  it('fits a phone and a desktop, in English, German, Arabic and the longer pseudo-locale', async () => {
    const found: string[] = [];
    for (const size of ['phone', 'desktop'] as const) {
      const context = await e2e.browser.newContext({
        baseURL: e2e.herald.url,
        viewport: SIZES[size],
        ...(size === 'phone' ? { isMobile: true, hasTouch: true } : {}),
      });
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') found.push(`${size}: console error: ${m.text()}`);
      });
      page.on('response', (r) => {
        if (r.status() >= 400) found.push(`${size}: HTTP ${r.status()} ${r.url()}`);
      });
      for (const url of ['/status', '/status?lang=de', '/status?lang=ar', '/status?lang=en-XA']) {
        await page.goto(url);
        const o = await overflow(page);
        if (o.scrollWidth > o.innerWidth)
          found.push(`${size} ${url}: ${o.scrollWidth}px wide in ${o.innerWidth}px (${o.widest})`);
      }
      await context.close();
    }
    expect(found).toEqual([]);
  });
});

describe('forms people checked by hand', () => {
  it('preferences show the defaults as on, with where each state comes from', async () => {
    const { context, page } = await open('raj@fabrikam.com', 'desktop');
    await visit(page, '/preferences');
    const incidentsByEmail = page.getByLabel('Incidents by email');
    expect(await incidentsByEmail.isChecked()).toBe(true);
    expect(await page.getByLabel('Message Center by email').isChecked()).toBe(false);
    await incidentsByEmail.uncheck();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.getByRole('status').filter({ hasText: 'Preferences saved' }).waitFor({ state: 'attached' });
    await page.reload();
    await page.getByLabel('Incidents by email').waitFor();
    expect(await page.getByLabel('Incidents by email').isChecked()).toBe(false);
    expect(await page.locator('tr', { hasText: 'Incidents' }).first().textContent()).toContain('your choice');
    await context.close();
  });

  it('bad input names the field in plain words and saves nothing', async () => {
    const db = e2e.herald.ctx.database.db;
    const before = await db
      .selectFrom('maintenance')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const { context, page } = await open('ops@herald.example', 'desktop');
    await visit(page, '/maintenance/new');
    await page.getByRole('button', { name: 'Schedule' }).click();
    await page.getByText('Title is required').first().waitFor();
    const alert = await page.getByRole('alert').first().textContent();
    expect(alert).toContain('Nothing was saved.');
    expect(alert).not.toMatch(/body\.|must NOT/);
    const after = await db
      .selectFrom('maintenance')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    await context.close();
  });
});
