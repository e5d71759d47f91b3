// A person picks the console's language in their profile: the languages are offered in their own
// names, saving switches every word at once without reloading the page, and Arabic lays the
// console out right to left (the navigation moves to the right-hand side).
import { describe, expect, it } from 'vitest';
import { openAs, screenshot, useHerald } from './support.js';

const e2e = useHerald();

describe('the language of the console', () => {
  it('switches when saved in the profile, without a reload, and Arabic reads right to left', async () => {
    const { context, page } = await openAs(e2e, 'alice@contoso.com');
    await page.goto('/profile');
    await page.getByRole('heading', { name: 'Profile', level: 1 }).waitFor();
    const languages = await page.getByLabel('Language', { exact: true }).locator('option').allTextContents();
    expect(languages).toEqual(expect.arrayContaining(['English', 'Deutsch', '日本語', 'العربية']));
    // Set in this document only: it survives a language switch, not a reload.
    await page.evaluate('window.sameDocument = true');

    await page.getByLabel('Language', { exact: true }).selectOption('de');
    expect(await page.getByLabel('Regional format').inputValue()).toBe('de-DE');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Profil', level: 1 }).waitFor();
    // "Saved" is said in the language just chosen.
    await page.getByRole('status').filter({ hasText: 'Profil gespeichert' }).waitFor({ state: 'attached' });
    const main = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await main.getByRole('link', { name: 'Nachrichtencenter' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('de-DE');
    expect(await page.evaluate('window.sameDocument')).toBe(true);
    const saved = await e2e.herald.ctx.database.db
      .selectFrom('person')
      .select('locale')
      .where('email', '=', 'alice@contoso.com')
      .executeTakeFirstOrThrow();
    expect(saved.locale).toBe('de-DE');

    await page.getByLabel('Sprache', { exact: true }).selectOption('ar');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByRole('heading', { name: 'الملف الشخصي', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'تم حفظ الملف الشخصي' }).waitFor({ state: 'attached' });
    expect(await page.evaluate('document.documentElement.dir')).toBe('rtl');
    expect(await page.evaluate('window.sameDocument')).toBe(true);
    // Right to left, the navigation sits on the right of the main area.
    const nav = await page.locator('#nav').boundingBox();
    const content = await page.locator('#main').boundingBox();
    expect(nav!.x).toBeGreaterThan(content!.x);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1360);
    await screenshot(page, 'profile-arabic');
    await page.goto('/deliveries');
    await page.getByRole('heading', { name: 'سجل التسليم', level: 1 }).waitFor();
    await screenshot(page, 'delivery-log-arabic');
    await context.close();
  });
});
