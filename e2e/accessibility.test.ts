// Accessibility: axe-core's WCAG 2 A and AA rules on every console screen of each role and on the
// public status page, in light and dark, with no serious or critical violation; and the console
// works by keyboard. axe runs once (on the SQLite run): the database does not change what is drawn.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { screensByRole, visit } from './screens.js';
import { openAs, useHerald } from './support.js';

vi.setConfig({ testTimeout: 90_000 });

const onPostgres = (process.env.TEST_DATABASE_URL ?? '').startsWith('postgres');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const e2e = useHerald();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** The serious and critical WCAG 2 A/AA violations on the page as drawn now, in light and in dark, one line each. */
async function axeProblems(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.addScriptTag({ path: AXE });
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await page.evaluate<Violation[]>(
      `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'], resultTypes: ['violations'] }).then((r) => r.violations)`,
    );
    for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'))
      problems.push(
        `${where} (${colorScheme}): ${v.id} [${v.impact}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
      );
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return problems;
}

describe.skipIf(onPostgres)('axe-core, WCAG 2 A and AA', () => {
  // One test per role (an operator, an org admin, a system admin, a member), each over all that role's screens.
  it.each(['ops@herald.example', 'alice@contoso.com', 'sam@contoso.com', 'mia@contoso.com'])(
    'every console screen of %s: no serious or critical violation, in light and dark',
    async (email) => {
      const paths = (await screensByRole(e2e.herald))[email] ?? [];
      expect(paths.length).toBeGreaterThan(0);
      const problems: string[] = [];
      const { context, page } = await openAs(e2e, email, { bypassCSP: true });
      page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
      for (const path of paths) {
        await visit(page, path);
        problems.push(...(await axeProblems(page, path)));
      }
      await context.close();
      expect(problems, problems.join('\n')).toEqual([]);
    },
  );

  it('the public status page: no serious or critical violation, in light and dark', async () => {
    // The CSP is bypassed so axe-core's script can be added to the page.
    const context = await e2e.browser.newContext({ baseURL: e2e.herald.url, bypassCSP: true });
    const page = await context.newPage();
    const problems: string[] = [];
    // Arabic too: right to left, with its own lang on the page and on each language link.
    for (const url of ['/status', '/status?lang=ar']) {
      await page.goto(url);
      problems.push(...(await axeProblems(page, url)));
    }
    await context.close();
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('keyboard', () => {
  it('is usable by keyboard: skip link, navigation and a form', async () => {
    const { context, page } = await openAs(e2e, 'alice@contoso.com');
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
