// The operators' branding screen in Chromium: a colour the page could not be read with is refused
// next to its field with the contrast ratio; a readable branding is saved and the public status
// page shows it, and the embed renders in a frame on the status page's own origin.
import { describe, expect, it, vi } from 'vitest';
import { publicSnapshotOf } from '../src/http/pages/publicSnapshot.js';
import { openAs, screenshot, useHerald } from './support.js';

vi.setConfig({ testTimeout: 60_000 });

const e2e = useHerald({ config: { embedFrameAncestors: "'self'" } });

describe('status page branding', () => {
  it('refuses an unreadable colour next to its field, then saves and shows the branding on the public page', async () => {
    const { context, page } = await openAs(e2e, 'ops@herald.example');
    await page.getByRole('link', { name: 'Status page branding' }).click();
    await page.getByRole('heading', { name: 'Status page branding', level: 1 }).waitFor();
    await page.getByLabel('Page name').fill('Northwind Cloud status');
    await page.getByLabel('Primary colour', { exact: true }).fill('#123456');
    await page.getByLabel('Accent colour', { exact: true }).fill('#ffcc00');
    await page.getByRole('button', { name: 'Save branding' }).click();
    const error = page.locator('.field-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^Accent colour #ffcc00 has a contrast ratio of 1\.\d\d:1/);

    await page.getByLabel('Accent colour', { exact: true }).fill('#7a2e0e');
    await page.getByRole('button', { name: 'Save branding' }).click();
    await expect.poll(() => page.locator('.field-error').count()).toBe(0);
    await expect
      .poll(
        async () =>
          (
            await e2e.herald.app.inject({ url: '/api/branding', headers: await e2e.herald.auth('ops@herald.example') })
          ).json().pageName,
      )
      .toBe('Northwind Cloud status');
    await screenshot(page, 'operator-branding');

    await publicSnapshotOf(e2e.herald.ctx)!.refresh();
    await page.goto('/status');
    await page.getByRole('heading', { name: 'Northwind Cloud status', level: 1 }).waitFor();
    // Computed in the page (the DOM is not in this file's types, hence a script as text).
    const style = (selector: string, property: string) =>
      page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).${property}`);
    expect(await style('header.brand', 'backgroundColor')).toBe('rgb(18, 52, 86)');
    expect(await style('main h2', 'color')).toBe('rgb(122, 46, 14)');
    await screenshot(page, 'public-status-branded');

    // The embed in a frame on the same origin ('self' may frame it): it renders the branding.
    await page.goto(`${e2e.herald.url}/api/v2/status.json`);
    const iframe = `<iframe src="${e2e.herald.url}/embed" title="Status" width="320" height="240"></iframe>`;
    await page.evaluate(`document.body.innerHTML = ${JSON.stringify(iframe)}`);
    const frame = page.frameLocator('iframe[title="Status"]');
    await frame.getByText('Northwind Cloud status').waitFor();
    await context.close();
  });
});
