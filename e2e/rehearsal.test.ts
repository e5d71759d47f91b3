// Rehearsal from the console, in Chromium: an operator runs the sample scenario and reads who
// would be told and what the pages would show; a scenario with a mistake is refused naming its
// line, and nothing live changes either way.
import { describe, expect, it, vi } from 'vitest';
import { openAs, screenshot, useHerald } from './support.js';

vi.setConfig({ testTimeout: 120_000 });

const e2e = useHerald();

const liveEvents = async () =>
  Number(
    (
      await e2e.herald.ctx.database.db
        .selectFrom('event')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the Rehearsal screen', () => {
  it('runs the sample and shows who is told and what the pages show; a mistake is named by its line', async () => {
    const before = await liveEvents();
    const { context, page } = await openAs(e2e, 'ops@herald.example');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rehearsal' }).click();
    const editor = page.getByLabel('Scenario (JSON)');
    await expect.poll(() => editor.inputValue()).toContain('"A sample day"');
    await page.getByRole('button', { name: 'Rehearse' }).click();
    const timeline = page.getByRole('region', { name: /Timeline of A sample day/ });
    await timeline.getByText('Sam Sys <sam@contoso.example>').first().waitFor({ timeout: 60_000 });
    const text = (await timeline.textContent()) ?? '';
    expect(text).toContain('incident.opened: Sales forms do not load');
    expect(text).toContain('service-incident');
    expect(text).toContain('Dashboard of Contoso: Sales forms do not load');
    expect(text).toContain('Nothing was sent.');
    await screenshot(page, 'operator-rehearsal');

    const broken = (await editor.inputValue()).replace('"kind": "incident.restored"', '"kind": "incident.vanished"');
    await editor.fill(broken);
    await page.getByRole('button', { name: 'Rehearse' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText(/unknown event kind "incident.vanished"/).waitFor();
    expect(await alert.textContent()).toMatch(/events\[1\] \(line \d+\)/);
    expect(await liveEvents()).toBe(before);
    await context.close();
  });
});
