// The console in a real browser: signing in, the navigation of each role, light and dark, a phone.
import { describe, expect, it } from 'vitest';
import { openAs, screenshot, signInWithPassword, useHerald } from './support.js';

const e2e = useHerald();

describe('signing in', () => {
  it('refuses a wrong password with a message, then signs in and out', async () => {
    const context = await e2e.browser.newContext({ baseURL: e2e.herald.url });
    const page = await context.newPage();
    await page.goto('/');
    await signInWithPassword(page, 'alice@contoso.com', 'not-the-password');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('do not match');
    await screenshot(page, 'sign-in');

    await page.getByLabel('Password').fill('herald-demo-2026');
    await page.getByRole('button', { name: 'Sign in with password' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    // A reload keeps the session (the cookie), and the person's menu signs out.
    await page.reload();
    await page.locator('.person summary').click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('opens a shared link to a screen after signing in', async () => {
    const context = await e2e.browser.newContext({ baseURL: e2e.herald.url });
    const page = await context.newPage();
    await page.goto('/profile');
    await signInWithPassword(page, 'raj@fabrikam.com', 'herald-demo-2026');
    await page.getByRole('heading', { name: 'Profile' }).waitFor();
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Asia/Kolkata');
    await context.close();
  });
});

describe('the shell', () => {
  it('works on a phone: the menu opens as a drawer and closes on navigation', async () => {
    const { context, page } = await openAs(e2e, 'alice@contoso.com', { phone: true, colorScheme: 'dark' });
    await page.getByRole('heading', { name: 'Active issues' }).waitFor();
    // Nothing is wider than the phone: no sideways scrolling.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, 'phone-dashboard-dark');
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'phone-menu-dark');
    await page.getByRole('link', { name: 'Message Center' }).click();
    await page.getByRole('heading', { name: 'Message Center', level: 1 }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });

  it('switches between light and dark and remembers the choice', async () => {
    const { context, page } = await openAs(e2e, 'ops@herald.example');
    // (A string: it runs in the page, where the DOM is.)
    const background = () => page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor');
    const light = await background();
    await page.locator('.person summary').click();
    await page.getByLabel('Colour theme').selectOption('dark');
    expect(await background()).not.toBe(light);
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await background()).not.toBe(light);
    await page.locator('.person summary').click();
    expect(await page.getByLabel('Colour theme').inputValue()).toBe('dark');
    await context.close();
  });
});
