// The incident composer's conveniences and chat endpoints, in Chromium: an operator keeps a
// template, opens an incident from it with "Use template", and posts a correction without
// notifying (marked in the timeline, no email over real SMTP); an org admin adds a Slack
// endpoint, and at 1440 px the event checkboxes do not run into each other.
import { describe, expect, it, vi } from 'vitest';
import { openAs, screenshot, useHerald } from './support.js';

vi.setConfig({ testTimeout: 60_000 });

const e2e = useHerald({ mail: true });

const title = 'Quote exports fail in Contoso Sales';
const mailsAbout = () => e2e.sink.mails.filter((m) => m.subject?.includes(title));

describe('the incident composer', () => {
  it('keeps a template, fills the form from it, and posts a correction without notifying anyone', async () => {
    const { page } = await openAs(e2e, 'ops@herald.example');
    await page.getByRole('link', { name: 'Incident templates' }).click();
    await page.getByLabel('Template name').fill('Export failures');
    await page.getByLabel('Incident title').fill(title);
    await page.getByLabel('Impact and first update').fill('Exporting quotes fails with an error.');
    await page.getByRole('group', { name: 'Affected services' }).getByLabel('Dynamics 365 Sales').check();
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByText('Export failures').waitFor();

    await page.getByRole('link', { name: 'Use template' }).click();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe(title);
    expect(await page.getByLabel('Impact').inputValue()).toBe('Exporting quotes fails with an error.');
    expect(await page.getByRole('group', { name: 'Services' }).getByLabel('Dynamics 365 Sales').isChecked()).toBe(true);
    // Before opening, who will be told: Contoso's environments running Sales and their system admin.
    await page.getByText('Choose the services and where the incident is').waitFor();
    await page.getByRole('group', { name: 'Tenants' }).getByLabel('Contoso').check();
    const who = page.getByRole('region', { name: 'Who will be told' });
    await expect
      .poll(() => who.textContent())
      .toMatch(/2 environments, 1 tenant, 0 org admins, 1 system admin, 1 person/);
    expect(await who.textContent()).toContain('sam@contoso.com');
    expect(await who.textContent()).not.toMatch(/fabrikam|woodgrove/i);
    await screenshot(page, 'operator-incident-audience');
    await page.getByRole('button', { name: 'Open incident' }).click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await expect.poll(() => mailsAbout().length, { timeout: 15_000 }).toBeGreaterThan(0);
    // The mail went to the people the preview named.
    expect(
      new Set(mailsAbout().flatMap((m) => [m.to].flat().flatMap((a) => a?.value.map((v) => v.address) ?? []))),
    ).toEqual(new Set(['sam@contoso.com']));
    const told = mailsAbout().length;

    // A severity change says whom it will tell before it is set: those told before.
    await page.getByLabel('Override').selectOption('major');
    const change = page.getByRole('region', { name: 'Who will be told' });
    await expect.poll(() => change.textContent()).toMatch(/1 system admin, 1 person/);
    expect(await change.textContent()).toContain('told before');
    await page.getByLabel('Override').selectOption('');

    await page.getByLabel('Update', { exact: true }).fill('Correction: only quotes with more than 500 lines.');
    await page.getByLabel(/Post without notifying/).check();
    await page.getByRole('button', { name: 'Post without notifying' }).click();
    await page.getByText('Correction: only quotes with more than 500 lines.').first().waitFor();
    await page.getByText('Posted without notifying', { exact: true }).waitFor();
    await screenshot(page, 'operator-correction');
    // Give the worker (polling every 200 ms) ample time to send anything it would send.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(mailsAbout().length).toBe(told);
  });
});

describe('chat endpoints', () => {
  it('an org admin adds a Slack endpoint; at 1440 px no event checkbox overlaps another', async () => {
    const { page } = await openAs(e2e, 'alice@contoso.com');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('link', { name: 'Webhooks' }).click();
    // Each screen is loaded when first opened: wait for the form before measuring it.
    await page.getByRole('group', { name: 'Events' }).locator('label').first().waitFor();
    const boxes = await page
      .getByRole('group', { name: 'Events' })
      .locator('label')
      .evaluateAll((labels) =>
        labels.map((l) => {
          const r = l.getBoundingClientRect();
          return {
            text: l.textContent,
            left: r.left,
            right: r.right,
            top: r.top,
            bottom: r.bottom,
            scroll: l.scrollWidth - l.clientWidth,
          };
        }),
      );
    expect(boxes.length).toBeGreaterThan(10);
    for (const [i, a] of boxes.entries()) {
      expect(a.scroll, `${a.text} is cut off`).toBeLessThanOrEqual(0);
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, `${a.text} overlaps ${b.text}`).toBe(false);
      }
    }
    await page.getByLabel('Sends to').selectOption('slack');
    await page.getByLabel('URL').fill('https://hooks.slack.com/services/T000/B000/XXXX');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await page.getByText('https://hooks.slack.com/services/T000/B000/XXXX').waitFor();
    await page.getByText('Slack incoming webhook').last().waitFor();
    // No signing secret to copy for a chat endpoint.
    expect(await page.getByText('Signing secret for').count()).toBe(0);
    await screenshot(page, 'tenant-webhooks-slack');
  });
});
