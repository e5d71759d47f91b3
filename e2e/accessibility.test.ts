// Accessibility checks over the main screens of both roles, in light and dark: one heading per
// screen, every form control labelled, every picture named, text contrast of at least 4.5:1
// (WCAG AA) against what is behind it, no script errors; and the console works by keyboard.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser, openAs, startHerald, type Herald } from './support.js';

vi.setConfig({ testTimeout: 90_000 });

let herald: Herald;
let browser: Browser;
beforeAll(async () => {
  [herald, browser] = await Promise.all([startHerald(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await herald?.close();
});

// Runs in the page: what is wrong with the screen as it is drawn now.
const AUDIT = `(() => {
  const problems = [];
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const h1 = [...document.querySelectorAll('h1')].filter(visible);
  if (h1.length !== 1) problems.push('headings: ' + h1.length + ' h1');
  for (const el of document.querySelectorAll('input, select, textarea')) {
    if (!visible(el) || el.type === 'hidden') continue;
    const named = el.labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.title;
    if (!named) problems.push('unlabelled ' + el.tagName.toLowerCase() + ' ' + (el.name || el.id || el.outerHTML.slice(0, 60)));
  }
  for (const el of document.querySelectorAll('[role=img]')) if (!el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby')) problems.push('unnamed picture');
  for (const el of document.querySelectorAll('button, a')) if (visible(el) && !(el.textContent.trim() || el.getAttribute('aria-label'))) problems.push('nameless ' + el.tagName.toLowerCase());
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const behind = (el) => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length === 3 || c[3] > 0.9) return c; } return rgb(getComputedStyle(document.documentElement).backgroundColor); };
  const seen = new Set();
  for (const el of document.querySelectorAll('body *')) {
    if (!visible(el) || !el.childNodes.length || ![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
    if (el.closest('svg, [disabled], :disabled, .sr-only, option')) continue;
    const style = getComputedStyle(el);
    const fg = rgb(style.color), bg = behind(el);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    if (ratio < 4.5 && Number(style.opacity) === 1) {
      const key = el.className + ':' + style.color + '/' + bg.join(',');
      if (!seen.has(key)) { seen.add(key); problems.push('contrast ' + ratio.toFixed(2) + ' "' + el.textContent.trim().slice(0, 30) + '" (' + el.tagName.toLowerCase() + '.' + el.className + ')'); }
    }
  }
  return problems;
})()`;

/** Audits a screen in light, then in dark (the theme switched in place, as the header's switch does). */
async function audit(page: Page, path: string): Promise<string[]> {
  // Moves within the console as its links do (no reload), then waits for the screen's data.
  await page.evaluate(
    `history.pushState(null, '', ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent('popstate'))`,
  );
  await page.waitForFunction(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document;
    return Boolean(doc.querySelector('h1')) && !doc.querySelector('.loading');
  });
  const light = await page.evaluate<string[]>(AUDIT);
  await page.evaluate("document.documentElement.dataset.theme = 'dark'");
  const dark = await page.evaluate<string[]>(AUDIT);
  await page.evaluate('delete document.documentElement.dataset.theme');
  return [...light.map((p) => `${path} (light): ${p}`), ...dark.map((p) => `${path} (dark): ${p}`)];
}

const SCREENS: Record<string, string[]> = {
  'ops@herald.example': [
    '/',
    '/incidents',
    '/incidents/new',
    '/maintenance',
    '/maintenance/new',
    '/releases',
    '/messages',
    '/messages/new',
    '/reports',
    '/sla-claims',
    '/status-branding',
    '/tickets',
    '/deliveries',
    '/directory/tenants',
    '/directory/people',
    '/directory/regions',
    '/audit',
    '/profile',
    '/preferences',
  ],
  'alice@contoso.com': [
    '/',
    '/messages',
    '/maintenance',
    '/environments',
    '/recipients',
    '/webhooks',
    '/service-health/sla',
    '/tickets',
    '/find-admin',
    '/deliveries',
    '/preferences',
  ],
};

describe('accessibility', () => {
  it('every main screen passes, in light and in dark', async () => {
    const problems: string[] = [];
    for (const [email, paths] of Object.entries(SCREENS)) {
      const { context, page } = await openAs(browser, herald, email);
      page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
      for (const path of paths) problems.push(...(await audit(page, path)));
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('is usable by keyboard: skip link, navigation and a form', async () => {
    const { context, page } = await openAs(browser, herald, 'alice@contoso.com');
    await page.reload();
    await page.getByRole('heading', { name: 'Service health', level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate<string>('location.hash')).toBe('#main');
    // Into the navigation, to Email recipients, by Tab and Enter only.
    await page.getByRole('link', { name: 'Email recipients' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Email recipients', level: 1 }).waitFor();
    // The new screen's heading takes the focus, so a screen reader announces where one is.
    expect(await page.evaluate<string>('document.activeElement.tagName')).toBe('H1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.getAttribute("type")')).toBe('email');
    await page.keyboard.type('helpdesk@contoso.com');
    await page.keyboard.press('Enter');
    await page.getByText('helpdesk@contoso.com').waitFor();
    await context.close();
  });
});
