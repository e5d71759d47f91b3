// Service health end to end, in Chromium: an operator opens an incident for one tenant in the
// console; that tenant's admin sees it arrive without reloading, gets the email over real SMTP,
// reads the update and marks the notice read; the other tenant sees nothing of it. An org admin
// adds an address that then receives the next notice. A maintenance overrun reaches the dashboard.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { advanceMaintenance } from '../src/app/updates/maintenanceProgress.js';
import { openAs, screenshot, useHerald } from './support.js';

vi.setConfig({ testTimeout: 60_000 });

const e2e = useHerald({ mail: true });

const mailTo = (address: string) =>
  e2e.sink.mails.filter((m) => [m.to ?? []].flat().some((a) => a.value.some((v) => v.address === address)));

/** Marks the page, so a test can tell that it was never reloaded. */
const markPage = (page: Page) => page.evaluate('window.__heraldNotReloaded = true');
const stillSamePage = (page: Page) => page.evaluate<boolean>('window.__heraldNotReloaded === true');

describe('an incident, from the operator to the admins', () => {
  const title = 'Users cannot save opportunities in Contoso Sales';
  let sam: Page;
  let fiona: Page;

  it('appears on the affected tenant’s dashboard without a reload, and nowhere else', async () => {
    ({ page: sam } = await openAs(e2e, 'sam@contoso.com'));
    ({ page: fiona } = await openAs(e2e, 'fiona@fabrikam.com', { colorScheme: 'dark' }));
    await sam.getByRole('heading', { name: 'Active issues' }).waitFor();
    await markPage(sam);

    const { page: ops } = await openAs(e2e, 'ops@herald.example');
    await ops.getByRole('link', { name: 'Open an incident' }).click();
    await ops.getByLabel('Title').fill(title);
    await ops.getByRole('group', { name: 'Services' }).getByLabel('Dynamics 365 Sales').check();
    await ops.getByRole('group', { name: 'Tenants' }).getByLabel('Contoso').check();
    await ops.getByLabel('Impact').fill('Saving an opportunity fails with an error for some users.');
    await ops.getByLabel('Workaround').fill('Save from the mobile app.');
    await ops.getByRole('group', { name: 'What users see' }).getByLabel('Errors').check();
    await screenshot(ops, 'operator-open-incident');
    await ops.getByRole('button', { name: 'Open incident' }).click();
    await ops.getByRole('heading', { name: title }).waitFor();
    await ops.getByRole('heading', { name: 'Timeline' }).waitFor();

    await sam.getByRole('link', { name: title }).first().waitFor();
    expect(await stillSamePage(sam)).toBe(true);
    await screenshot(sam, 'tenant-dashboard');

    // Fabrikam's admin: the live notice never reached them, and the issue is "not found".
    await fiona.reload();
    await fiona.getByRole('heading', { name: 'Active issues' }).waitFor();
    expect(await fiona.getByText(title).count()).toBe(0);
    const id = new URL(ops.url()).pathname.split('/').pop()!;
    await fiona.goto(`/service-health/incidents/${id}`);
    await fiona.getByRole('alert').waitFor();
    expect(await fiona.getByRole('alert').textContent()).toMatch(/Not found/);
    expect(await fiona.getByText(title).count()).toBe(0);
    await ops.context().close();
  });

  it('reaches the system admin by email over SMTP and in the console, where it is read and marked read', async () => {
    const about = () => mailTo('sam@contoso.com').filter((m) => m.subject?.includes(title));
    await expect.poll(() => about().length, { timeout: 15_000 }).toBe(1);
    const mail = about()[0]!;
    expect(mail.text).toContain('Save from the mobile app.');
    expect(e2e.sink.mails.filter((m) => m.subject?.includes(title) && !m.subject.startsWith('[Contoso]'))).toEqual([]);

    // The bell shows the notice, unread; following it opens the issue and marks it read.
    const bell = sam.locator('.bell summary');
    const unread = async () => Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1] ?? 0);
    await bell.click();
    const notice = sam
      .getByRole('region', { name: 'Notifications' })
      .getByRole('button', { name: new RegExp(`${title}.*unread`) });
    await notice.waitFor();
    const before = await unread();
    expect(before).toBeGreaterThan(0);
    await notice.click();
    await sam.getByRole('heading', { name: title, level: 1 }).waitFor();
    expect(await sam.locator('.timeline').textContent()).toContain('Saving an opportunity fails');
    await expect.poll(unread).toBe(before - 1);
    await bell.click();
    await sam
      .getByRole('region', { name: 'Notifications' })
      .getByRole('button', { name: title, exact: true })
      .waitFor();
    await bell.click();
    await screenshot(sam, 'tenant-issue');
  });

  it('shows the operator’s next update on the open issue, live', async () => {
    await markPage(sam);
    const { context, page: ops } = await openAs(e2e, 'ops@herald.example');
    await ops.getByRole('link', { name: title }).first().click();
    await ops.getByLabel('Status after this update').selectOption('restoringService');
    await ops.getByLabel('Update', { exact: true }).fill('A fix is being deployed to all affected environments.');
    await expect.poll(() => ops.getByLabel('Preview of the update').textContent()).toContain('A fix is being deployed');
    await screenshot(ops, 'operator-incident-editor');
    await ops.getByRole('button', { name: 'Post update' }).click();
    await ops.locator('.timeline li').nth(1).waitFor();

    await sam.getByText('A fix is being deployed to all affected environments.').waitFor();
    expect(await stillSamePage(sam)).toBe(true);
    expect(await sam.locator('.badge').first().textContent()).toBe('Restoring service');
    await context.close();
  });
});

describe('additional recipients', () => {
  it('an org admin adds an address, which receives the next notice', async () => {
    const { context, page: alice } = await openAs(e2e, 'alice@contoso.com');
    await alice.getByRole('link', { name: 'Email recipients' }).click();
    // A mistake is named next to the field, and nothing is added.
    await alice.getByLabel('Email address').fill('not-an-address');
    await alice.getByRole('button', { name: 'Add recipient' }).click();
    await expect
      .poll(() => alice.locator('.field-error').first().textContent())
      .toMatch(/Email address is not an email address/);
    expect(await alice.getByText('No additional recipients yet').count()).toBe(1);

    await alice.getByLabel('Email address').fill('noc@contoso.com');
    await alice.getByLabel('Name (optional)').fill('Contoso NOC');
    await alice.getByRole('button', { name: 'Add recipient' }).click();
    await alice.locator('tbody tr', { hasText: 'noc@contoso.com' }).waitFor();
    await screenshot(alice, 'tenant-recipients');
    await context.close();

    const ops = await e2e.herald.auth('ops@herald.example');
    const incident = (await e2e.herald.app.inject({ url: '/api/incidents?state=active', headers: ops }))
      .json()
      .items.find((i: { title: string }) => i.title.startsWith('Users cannot save'));
    const res = await e2e.herald.app.inject({
      method: 'POST',
      url: `/api/incidents/${incident.id}/posts`,
      headers: ops,
      payload: { description: 'Most environments have the fix.' },
    });
    expect(res.statusCode).toBe(201);
    await expect
      .poll(() => mailTo('noc@contoso.com').map((m) => m.subject), { timeout: 15_000 })
      .toContainEqual(expect.stringContaining('Users cannot save opportunities'));
    // Fabrikam's people never hear of Contoso's incident.
    expect(
      mailTo('fiona@fabrikam.com')
        .concat(mailTo('raj@fabrikam.com'))
        .filter((m) => m.subject?.includes('Users cannot save')),
    ).toEqual([]);
  });
});

describe('maintenance that overruns its window', () => {
  it('appears on the tenant’s dashboard as an issue, and in the schedule as overran', async () => {
    const ops = await e2e.herald.auth('ops@herald.example');
    const next = (await e2e.herald.app.inject({ url: '/api/regions/NAM/windows', headers: ops })).json().windows[0]
      .service;
    // An hour before the window, so the admin's 12-hour session outlasts it.
    e2e.herald.clock.now = new Date(Date.parse(next.startsAt) - 3600_000);
    const scheduled = await e2e.herald.app.inject({
      method: 'POST',
      url: '/api/maintenance',
      headers: ops,
      payload: {
        kind: 'planned',
        title: 'Storage upgrade in North America',
        impact: 'downtime',
        durationMinutes: 120,
        windows: [{ region: 'NAM', startsAt: next.startsAt, endsAt: next.endsAt }],
      },
    });
    expect(scheduled.statusCode).toBe(201);

    const { context, page: sam } = await openAs(e2e, 'sam@contoso.com');
    await sam.getByRole('link', { name: 'Maintenance', exact: true }).click();
    await sam.getByRole('link', { name: 'Storage upgrade in North America' }).waitFor();
    await screenshot(sam, 'tenant-maintenance');
    await sam.getByRole('link', { name: 'Service health' }).click();
    await sam.getByRole('heading', { name: 'Active issues' }).waitFor();
    await markPage(sam);

    // The work starts in its window and is still going when the window ends.
    e2e.herald.clock.now = new Date(Date.parse(next.startsAt) + 10 * 60_000);
    await advanceMaintenance(e2e.herald.ctx);
    e2e.herald.clock.now = new Date(Date.parse(next.endsAt) + 60_000);
    await advanceMaintenance(e2e.herald.ctx); // the window has ended…
    await advanceMaintenance(e2e.herald.ctx); // …and the work with it: it overran

    const issue = sam.getByRole('main').locator('.list li', { hasText: 'Storage upgrade in North America' }).first();
    await issue.waitFor();
    const text = (await issue.textContent()) ?? '';
    expect(text, text).toMatch(/major/i);
    expect(await stillSamePage(sam)).toBe(true);
    await screenshot(sam, 'tenant-dashboard-overrun');
    await sam.getByRole('link', { name: 'Maintenance', exact: true }).click();
    await sam
      .getByRole('main')
      .locator('.list li', { hasText: 'Storage upgrade' })
      .getByText('Overran its window')
      .waitFor();
    await context.close();
  });
});
