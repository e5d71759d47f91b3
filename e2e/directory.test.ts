// The directory end to end, in Chromium: an operator adds a tenant with an environment and gives
// a person a role; the new admin signs in to their own tenant's console; bad input is named next
// to its field and nothing is written; a tenant admin's menu has no operator screens.
import { describe, expect, it, vi } from 'vitest';
import { openAs, screenshot, useHerald } from './support.js';

vi.setConfig({ testTimeout: 60_000 });

const e2e = useHerald();

describe('the directory', () => {
  it('an operator adds a tenant and its environment; a mistake is named at its field', async () => {
    const { context, page } = await openAs(e2e, 'ops@herald.example');
    await page.getByRole('link', { name: 'Tenants' }).click();
    await page.getByRole('button', { name: 'New tenant' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Northwind Traders');
    await page.getByLabel('Domain', { exact: true }).fill('not a domain');
    await page.getByRole('button', { name: 'Create tenant' }).click();
    await expect.poll(() => page.locator('.field.invalid label').allTextContents()).toEqual(['Domain']);
    const before = (
      await e2e.herald.app.inject({ url: '/api/tenants', headers: await e2e.herald.auth('ops@herald.example') })
    ).json().total;

    await page.getByLabel('Domain', { exact: true }).fill('northwindtraders.com');
    await page.getByRole('button', { name: 'Create tenant' }).click();
    await page.getByRole('heading', { name: 'Northwind Traders', level: 1 }).waitFor();
    expect(
      (
        await e2e.herald.app.inject({ url: '/api/tenants', headers: await e2e.herald.auth('ops@herald.example') })
      ).json().total,
    ).toBe(before + 1);

    await page.getByRole('button', { name: 'Add environment' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Northwind Production');
    await page.getByLabel('Region').selectOption('FRA');
    await page.getByLabel('URL').fill('https://northwind.crm12.dynamics.com');
    await page.getByRole('group', { name: 'Services' }).getByLabel('Dynamics 365 Sales').check();
    await page.getByRole('button', { name: 'Add environment', exact: true }).last().click();
    await page.getByRole('cell', { name: /Northwind Production/ }).waitFor();
    await screenshot(page, 'operator-tenant');
    await context.close();
  });

  it('an operator makes someone org admin, who then signs in to that tenant only', async () => {
    const { context, page } = await openAs(e2e, 'ops@herald.example');
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('button', { name: 'New person' }).click();
    await page.getByLabel('Email', { exact: true }).fill('nina@northwindtraders.com');
    await page.getByLabel('Name', { exact: true }).fill('Nina Novak');
    await page.getByLabel('Time zone').fill('Europe/Paris');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('heading', { name: 'Nina Novak', level: 1 }).waitFor();
    await page.getByLabel('Role', { exact: true }).selectOption('org_admin');
    await page.getByLabel('Tenant', { exact: true }).selectOption({ label: 'Northwind Traders' });
    await page.getByRole('button', { name: 'Give role' }).click();
    await page.getByRole('button', { name: 'Remove role Org admin' }).waitFor();
    await context.close();

    // She has no password yet: an operator sets one as they would for a first sign-in.
    const nina = (
      await e2e.herald.app.inject({ url: '/api/people?q=nina', headers: await e2e.herald.auth('ops@herald.example') })
    ).json().items[0];
    await e2e.herald.app.inject({
      method: 'PATCH',
      url: `/api/people/${nina.id}`,
      headers: await e2e.herald.auth('ops@herald.example'),
      payload: { password: 'herald-demo-2026' },
    });
    const { context: hers, page: ninaPage } = await openAs(e2e, 'nina@northwindtraders.com');
    expect(await ninaPage.locator('.tenant-name').textContent()).toBe('Northwind Traders');
    const nav = await ninaPage.getByRole('navigation', { name: 'Main' }).textContent();
    expect(nav).toContain('Email recipients');
    expect(nav).not.toContain('Tenants');
    expect(nav).not.toContain('Regions and stations');
    await ninaPage.goto('/directory/tenants');
    await ninaPage.getByRole('heading', { name: 'Page not found' }).waitFor();
    await ninaPage.getByRole('link', { name: 'Environments' }).click();
    await ninaPage.getByRole('heading', { name: 'Northwind Production' }).waitFor();
    expect(await ninaPage.getByText('Contoso').count()).toBe(0);
    await hers.close();
  });

  it('shows each region’s window in the reader’s time zone', async () => {
    const { context, page } = await openAs(e2e, 'fiona@fabrikam.com');
    await page.goto('/profile');
    await page.getByLabel('Time zone').selectOption('Asia/Tokyo');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('link', { name: 'Maintenance' }).click();
    // Fabrikam runs environments in JPN and IND; the picture has those regions, in Tokyo time.
    await expect.poll(() => page.locator('figcaption').textContent()).toContain('Asia/Tokyo');
    expect(await page.locator('svg.week text').allTextContents()).toEqual(expect.arrayContaining(['JPN', 'IND']));
    await context.close();
  });
});
