// The weekly release train in Chromium: an operator sets it up on the releases screen, sees the
// coming weeks with their versions, and holds one.
import { describe, expect, it, vi } from 'vitest';
import { openAs, screenshot, useHerald } from './support.js';

vi.setConfig({ testTimeout: 60_000 });

const e2e = useHerald();

describe('the weekly release train', () => {
  it('is set up on the releases screen and a coming week is held', async () => {
    const { context, page } = await openAs(e2e, 'ops@herald.example');
    await page.getByRole('link', { name: 'Releases and rollouts' }).click();
    await page.getByText('No release train yet').waitFor();
    await page.getByText('Set up a release train').click();
    await page.getByLabel('Product line').fill('Dynamics 365');
    await page.getByLabel('Release notes link ({version}, {week})').fill('https://learn.example/weekly/{version}');
    await page.getByRole('button', { name: 'Set up the train' }).click();
    const rows = page.locator('section[aria-labelledby="trains-heading"] tbody tr');
    await expect.poll(() => rows.count()).toBe(8);
    // Weeks ahead of the planning horizon are open; hold the last one shown.
    const last = rows.nth(7);
    expect(await last.textContent()).toMatch(/9\.2\.\d{5}\.1/);
    await last.getByRole('button', { name: 'Hold' }).click();
    await expect.poll(async () => (await rows.nth(7).textContent()) ?? '').toContain('held');
    await rows.nth(7).getByRole('button', { name: 'Release the hold' }).waitFor();
    await screenshot(page, 'operator-release-train');
    await context.close();
  });
});
