// Members (end users) in Chromium: a member signs in to the small view — their environment, and
// "Who is my admin?" with their org admins and their environment's system admins — and has no other
// screen in the menu; a member of another tenant sees none of those names.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { ensureMembers, MEMBERS } from './screens.js';
import { openAs, screenshot, useHerald } from './support.js';

vi.setConfig({ testTimeout: 60_000 });

const e2e = useHerald({ ready: ({ herald }) => ensureMembers(herald) });

const menu = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();

describe('a member', () => {
  it('sees their environment and who their admins are, and no other screen', async () => {
    const { context, page } = await openAs(e2e, MEMBERS.mia);
    await page.getByRole('heading', { name: 'Your environments', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Contoso Sales' }).waitFor();
    expect(await menu(page)).toEqual(['Your environments', 'Who is my admin?']);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Who is my admin?' }).click();
    const card = page.getByRole('article', { name: 'Contoso Sales' });
    await card.getByText('alice@contoso.com').waitFor();
    const text = await card.textContent();
    expect(text).toContain('Alice Anders');
    expect(text).toContain('Sam Sato');
    expect(text).toContain('sam@contoso.com');
    await screenshot(page, 'member-admins');

    // An admin screen by its address is not one of theirs.
    await page.goto('/directory/people');
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    await context.close();
  });

  it('of another tenant sees their own admins and none of Contoso’s', async () => {
    const { context, page } = await openAs(e2e, MEMBERS.lou);
    await page.goto('/find-admin');
    const main = page.getByRole('main');
    await main.getByText('fiona@fabrikam.com').waitFor();
    const text = (await main.textContent()) ?? '';
    expect(text).toContain('Raj Rao');
    expect(text).not.toMatch(/contoso|Alice Anders|Sam Sato/i);
    await context.close();
  });
});
