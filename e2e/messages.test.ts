// The Message Center end to end, in Chromium: an operator writes a post in Markdown with its
// preview, sees who will be told before publishing, publishes; the addressed tenant's admin finds
// it unread, reads it, marks it unread again, stars, archives and restores it; another tenant's
// admin never sees it.
import { describe, expect, it, vi } from 'vitest';
import { openAs, screenshot, useHerald } from './support.js';

vi.setConfig({ testTimeout: 60_000 });

const e2e = useHerald();

const title = 'Plan for the new opportunity scoring';

describe('a Message Center post', () => {
  it('is composed with a preview, its audience shown before it is published', async () => {
    const { context, page: ops } = await openAs(e2e, 'ops@herald.example');
    await ops.getByRole('link', { name: 'Message Center' }).click();
    await ops.getByRole('link', { name: 'New post' }).click();
    await ops.getByLabel('Title').fill(title);
    await ops
      .getByLabel('Body', { exact: true })
      .fill('Opportunity scoring changes **on 1 March**.\n\n- review your scoring rules\n- tell your sales team');
    const preview = ops.getByRole('region', { name: 'Body preview' });
    await expect.poll(() => preview.innerHTML()).toContain('<strong>on 1 March</strong>');
    expect(await preview.locator('li').count()).toBe(2);

    // An empty audience is a mistake the preview points out; choosing Contoso names its org admin
    // and the system admins of its environments (the document's target audience).
    await ops.getByText('Choose an audience').waitFor();
    await ops.getByRole('group', { name: 'Tenants' }).getByLabel('Contoso').check();
    const who = ops.getByRole('region', { name: 'Who will be told' });
    await expect.poll(() => who.textContent()).toMatch(/1 tenant, 3 people/);
    expect(await who.textContent()).toContain('alice@contoso.com');
    expect(await who.textContent()).toContain('sam@contoso.com');
    expect(await who.textContent()).not.toContain('fabrikam');
    await ops.getByLabel('Major change (emailed to every admin it reaches)').check();
    await expect.poll(() => who.textContent()).toContain('and by email');
    await screenshot(ops, 'operator-message-composer');

    await ops.getByRole('button', { name: 'Save draft' }).click();
    await ops.getByRole('button', { name: 'Publish…' }).click();
    await ops.getByRole('button', { name: 'Yes, publish and tell them' }).click();
    await expect.poll(() => ops.locator('.intro').first().textContent()).toMatch(/published/i);
    await context.close();
  });

  it('is read, marked, starred, archived and restored by the addressed admin', async () => {
    const { context, page: alice } = await openAs(e2e, 'alice@contoso.com');
    await alice.getByRole('link', { name: 'Message Center' }).click();
    const row = alice.getByRole('row', { name: new RegExp(title) });
    expect(await row.getAttribute('class')).toContain('unread');
    await screenshot(alice, 'tenant-message-center');

    await row.getByRole('link', { name: title }).click();
    await alice.getByRole('heading', { name: title, level: 1 }).waitFor();
    // Opening a post reads it.
    await alice.getByRole('button', { name: 'Mark as unread' }).waitFor();
    expect(await alice.locator('article.card').innerHTML()).toContain('<strong>on 1 March</strong>');
    await alice.getByRole('button', { name: 'Mark as unread' }).click();
    await alice.getByRole('button', { name: 'Mark as read' }).waitFor();
    await alice.getByRole('button', { name: 'Mark as read' }).click();
    await alice.getByRole('button', { name: '☆ Favorite' }).click();
    await alice.getByRole('button', { name: '★ Favorite' }).waitFor();
    await screenshot(alice, 'tenant-message');

    await alice.getByRole('link', { name: 'Message Center' }).click();
    const tabs = alice.getByRole('group', { name: 'Which posts' });
    await tabs.getByRole('button', { name: 'Favorites' }).click();
    await alice.getByRole('row', { name: new RegExp(title) }).waitFor();
    expect(await alice.getByRole('row', { name: new RegExp(title) }).getAttribute('class')).not.toContain('unread');

    // Many at once: select it, archive it; it moves to the archive and back.
    const selected = alice.getByRole('group', { name: 'With the selected posts' });
    await tabs.getByRole('button', { name: 'Inbox' }).click();
    await alice.getByRole('checkbox', { name: `Select ${title}` }).check();
    await selected.getByRole('button', { name: 'Archive' }).click();
    await expect.poll(() => alice.getByRole('row', { name: new RegExp(title) }).count()).toBe(0);
    await tabs.getByRole('button', { name: 'Archive' }).click();
    await alice.getByRole('checkbox', { name: `Select ${title}` }).check();
    await selected.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => alice.getByRole('row', { name: new RegExp(title) }).count()).toBe(0);

    // Filters live in the address, so a reload keeps them.
    await tabs.getByRole('button', { name: 'Inbox' }).click();
    await alice.getByLabel('Search').fill('opportunity scoring');
    await expect.poll(() => alice.url()).toContain('q=opportunity');
    await alice.reload();
    await alice.getByRole('row', { name: new RegExp(title) }).waitFor();
    await context.close();
  });

  it('never reaches another tenant', async () => {
    const { context, page: fiona } = await openAs(e2e, 'fiona@fabrikam.com');
    await fiona.getByRole('link', { name: 'Message Center' }).click();
    await fiona.getByRole('group', { name: 'Which posts' }).waitFor();
    await fiona.locator('table, .empty').first().waitFor();
    expect(await fiona.getByText(title).count()).toBe(0);
    await context.close();
  });
});
