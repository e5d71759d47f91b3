// A support ticket as a conversation, in Chromium with the worker sending over real SMTP: an org
// admin files it, the operator answers on the ticket page, the admin gets the answer by email,
// follows its link (which clears the bell notice) and replies with a screenshot, the operator
// resolves it, and both read the same history. Another tenant's admin finds nothing there.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { openAs, screenshot, useHerald } from './support.js';

vi.setConfig({ testTimeout: 90_000 });

const e2e = useHerald({ mail: true });

const mailTo = (address: string) =>
  e2e.sink.mails.filter((m) => [m.to ?? []].flat().some((a) => a.value.some((v) => v.address === address)));
const unread = async (page: Page): Promise<number> => {
  const label = (await page.locator('details.bell > summary').getAttribute('aria-label')) ?? '';
  return Number(/(\d+) unread/.exec(label)?.[1] ?? 0);
};
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 7)]);

describe('a ticket conversation', () => {
  const title = 'Opportunity form will not save in Contoso Sales';

  it('goes from the tenant to the operator and back, by email, until it is resolved', async () => {
    const { page: alice } = await openAs(e2e, 'alice@contoso.com');
    await alice.getByRole('link', { name: 'Support tickets' }).click();
    await alice.getByLabel('What is wrong').fill(title);
    await alice.getByLabel('Severity').selectOption('B');
    await alice.getByLabel('Details').fill('Every save fails with error 500 since 8:00.');
    await alice.getByLabel('Contact phone').fill('+1 425 555 0100');
    await alice.getByRole('button', { name: 'File ticket' }).click();
    await alice.getByRole('heading', { name: title }).waitFor();
    const path = new URL(alice.url()).pathname;
    expect(path).toMatch(/^\/tickets\/[\w-]+$/);
    await expect(alice.locator('.facts').textContent()).resolves.toContain('B: moderate impact');

    const { page: ops } = await openAs(e2e, 'ops@herald.example');
    await ops.goto(path);
    await ops.locator('#main').getByText('Every save fails with error 500 since 8:00.').waitFor();
    await ops.getByLabel('Your reply').fill('Which browser? A screenshot would help.');
    await ops.getByRole('button', { name: 'Send reply' }).click();
    await ops.locator('#main').getByText('In progress').first().waitFor();

    await vi.waitFor(
      () =>
        expect(
          mailTo('alice@contoso.com').some((m) => m.text?.includes('Which browser? A screenshot would help.')),
        ).toBe(true),
      {
        timeout: 30_000,
        interval: 250,
      },
    );
    const mail = mailTo('alice@contoso.com').find((m) => m.text?.includes('Which browser?'))!;
    expect(mail.subject).toBe(`New reply on a support ticket: ${title}`);
    const link = /(https?:\/\/\S+\/tickets\/[\w-]+)/.exec(mail.text ?? '')![1]!;
    expect(new URL(link).pathname).toBe(path);

    // The in-app notice of the reply is in the bell until Alice opens the ticket from the mail.
    await alice.goto('/');
    await vi.waitFor(async () => expect(await unread(alice)).toBeGreaterThan(0), { timeout: 15_000, interval: 250 });
    const before = await unread(alice);
    await alice.goto(new URL(link).pathname);
    await alice.locator('#main').getByText('Which browser? A screenshot would help.').waitFor();
    await vi.waitFor(async () => expect(await unread(alice)).toBe(before - 1), { timeout: 15_000, interval: 250 });

    await alice.getByLabel('File to attach').setInputFiles({ name: 'error.png', mimeType: 'image/png', buffer: PNG });
    await alice.getByRole('button', { name: 'Attach', exact: true }).click();
    await alice.getByRole('link', { name: 'error.png' }).waitFor();
    await alice.getByLabel('File to attach').setInputFiles({
      name: 'setup.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ\u0090\u0000'),
    });
    await alice.getByRole('button', { name: 'Attach', exact: true }).click();
    await expect(alice.getByRole('alert').filter({ hasText: 'setup.exe' }).textContent()).resolves.toContain(
      'setup.exe',
    );

    await alice.getByLabel('Your reply').fill('Edge, on every computer. Screenshot attached.');
    await alice.getByRole('button', { name: 'Send reply' }).click();
    await alice.locator('#main').getByText('Edge, on every computer. Screenshot attached.').waitFor();
    await vi.waitFor(
      () => expect(mailTo('ops@herald.example').some((m) => m.text?.includes('Edge, on every computer.'))).toBe(true),
      {
        timeout: 30_000,
        interval: 250,
      },
    );

    // The operator's page follows live; resolving it shows on Alice's page too.
    await ops.locator('#main').getByText('Edge, on every computer. Screenshot attached.').waitFor({ timeout: 15_000 });
    await ops.getByRole('link', { name: 'error.png' }).waitFor();
    await ops.getByRole('button', { name: 'Mark resolved' }).click();
    await ops.locator('.facts').getByText('Resolved').waitFor();
    await alice.locator('.facts').getByText('Resolved').waitFor({ timeout: 15_000 });
    const conversation = async (page: Page) =>
      (await page.locator('.conversation li .pre').allTextContents()).map((s) => s.trim());
    expect(await conversation(alice)).toEqual([
      'Every save fails with error 500 since 8:00.',
      'Which browser? A screenshot would help.',
      'Edge, on every computer. Screenshot attached.',
    ]);
    expect(await conversation(ops)).toEqual(await conversation(alice));
    await screenshot(alice, 'ticket-conversation');

    await alice.goto('/tickets');
    await alice.getByRole('link', { name: title }).waitFor();
    expect(await alice.locator('.badge', { hasText: 'Resolved' }).count()).toBeGreaterThan(0);
    expect(await alice.locator('#main').getByText('serviceDegradation').count()).toBe(0);

    // "Sent mail" is a page for an org admin now, with the mail of this conversation in it.
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sent mail' }).click();
    await alice.getByRole('heading', { name: 'Sent mail' }).waitFor();
    await alice.locator('#main').getByText(title).first().waitFor();
    expect(await alice.locator('#main').getByText('to alice@contoso.com').count()).toBeGreaterThan(0);

    const { page: fiona } = await openAs(e2e, 'fiona@fabrikam.com');
    await fiona.goto(path);
    await fiona.locator('#main').getByText('Not found.').waitFor();
    expect(await fiona.locator('#main').getByText(title).count()).toBe(0);
    await fiona.goto('/sent-mail');
    await fiona.getByRole('heading', { name: 'Sent mail' }).waitFor();
    await fiona.locator('#main .list, #main .empty').first().waitFor();
    expect(await fiona.locator('#main').getByText(title).count()).toBe(0);
  });
});
