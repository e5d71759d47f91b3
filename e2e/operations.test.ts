// The operators' planning screens in Chromium: scheduling maintenance into a region's next window
// from the planner (and seeing it on the week of windows), the rollout board of a release, and the
// delivery log saying who was told of what and why.
import { describe, expect, it, vi } from 'vitest';
import { openAs, screenshot, useHerald } from './support.js';

vi.setConfig({ testTimeout: 60_000 });

const e2e = useHerald();

describe('operations', () => {
  it('schedules maintenance into a region’s next window, drawn on the week of windows', async () => {
    const { context, page } = await openAs(e2e, 'ops@herald.example');
    await page.getByRole('link', { name: 'Maintenance', exact: true }).click();
    const planned = () => page.locator('svg.week rect.work').count();
    const before = await planned();
    await page.getByRole('link', { name: 'Schedule maintenance' }).click();
    await page.getByLabel('Title').fill('Network upgrade in Japan');
    await page.getByRole('group', { name: 'Regions' }).getByLabel('JPN · Japan').check();
    // The region's next service window is offered first, already chosen.
    const choice = page.getByLabel('In its service window of');
    await expect.poll(() => choice.inputValue()).not.toBe('');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page.getByRole('heading', { name: 'Network upgrade in Japan', level: 1 }).waitFor();
    expect(await page.getByRole('row', { name: /JPN/ }).textContent()).toContain('Scheduled');
    // Fabrikam runs an environment in JPN: it is among those affected, nobody else's is.
    expect(await page.locator('aside').textContent()).toContain('Fabrikam Japan');

    await page.getByRole('link', { name: 'Maintenance', exact: true }).click();
    await page.getByRole('link', { name: 'Network upgrade in Japan' }).waitFor();
    // It may fall in next week; either way the picture of its week shows one more piece of work.
    const when = new Date(
      (
        await e2e.herald.app.inject({
          url: '/api/maintenance?limit=1',
          headers: await e2e.herald.auth('ops@herald.example'),
        })
      ).json().items[0].windows[0].startsAt,
    );
    if (when.getTime() - Date.now() > 5 * 86_400_000) await page.getByRole('button', { name: 'Next week →' }).click();
    await expect.poll(planned).toBeGreaterThan(when.getTime() - Date.now() > 5 * 86_400_000 ? 0 : before);
    await screenshot(page, 'operator-maintenance-planner');
    await context.close();
  });

  it('shows a release’s rollout, station by station', async () => {
    const { context, page } = await openAs(e2e, 'ops@herald.example');
    await page.getByRole('link', { name: 'Releases and rollouts' }).click();
    await page.getByRole('link', { name: 'Rollout board' }).first().click();
    await page.getByRole('heading', { name: /^Rollout: / }).waitFor();
    const board = page.getByRole('table');
    expect(await board.getByRole('rowheader').first().textContent()).toMatch(/^\d\. /);
    expect(await board.locator('.cell').count()).toBeGreaterThan(3);
    await screenshot(page, 'operator-rollout-board');
    await context.close();
  });

  it('says in the delivery log who was told of an event, and why', async () => {
    const { context, page } = await openAs(e2e, 'ops@herald.example');
    await page.getByRole('link', { name: 'Delivery log' }).click();
    await page.getByLabel('Event', { exact: true }).selectOption({ label: 'Maintenance scheduled' });
    // Narrowed to the email: the list keeps the event and counts that channel's deliveries.
    await page.getByLabel('Channel', { exact: true }).selectOption({ label: 'Email' });
    await page.getByRole('columnheader', { name: 'Deliveries (Email)' }).waitFor();
    expect(await page.getByLabel('Outcome', { exact: true }).locator('option').allTextContents()).toContain(
      'Not sent (suppressed)',
    );
    await page.getByRole('link', { name: 'Network upgrade in Japan' }).click();
    await page.getByRole('heading', { name: 'Network upgrade in Japan', level: 1 }).waitFor();
    // The policy rule and its sentence are shown; the Fabrikam admins are the ones chosen.
    expect(await page.locator('.note').textContent()).toMatch(/planned/i);
    const recipients = await page.locator('tbody td:first-child').allTextContents();
    expect(recipients.length).toBeGreaterThan(0);
    expect(recipients.every((r) => /fabrikam/i.test(r))).toBe(true);
    await context.close();
  });
});
