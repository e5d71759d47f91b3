// The operators' Team pages screen in Chromium: an update that ran past its window paged the team
// owning its service; the screen says who was paged, when and for what, and the Acknowledge button
// records who acknowledged it; each service's owning team is shown there too.
import { describe, expect, it, vi } from 'vitest';
import { advanceMaintenance } from '../src/app/updates/maintenanceProgress.js';
import { openAs, screenshot, useHerald } from './support.js';

vi.setConfig({ testTimeout: 60_000 });

const e2e = useHerald();

describe('team pages', () => {
  it('shows who was paged for an overrun and lets an operator acknowledge it', async () => {
    const ops = await e2e.herald.auth('ops@herald.example');
    const team = await e2e.herald.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: ops,
      payload: { name: 'Sales on-call', email: 'oncall-sales@provider.example' },
    });
    expect(team.statusCode, team.body).toBe(201);
    const owner = await e2e.herald.app.inject({
      method: 'PUT',
      url: '/api/services/sales/owner',
      headers: ops,
      payload: { teamId: team.json().id },
    });
    expect(owner.statusCode).toBe(204);
    const hour = 3_600_000;
    const start = new Date(Math.ceil((e2e.herald.clock.now.getTime() + 2 * hour) / hour) * hour);
    const m = await e2e.herald.app.inject({
      method: 'POST',
      url: '/api/maintenance',
      headers: ops,
      payload: {
        kind: 'planned',
        title: 'Storage upgrade',
        impact: 'downtime',
        durationMinutes: 60,
        services: ['sales'],
        windows: [
          { region: 'NAM', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * hour).toISOString() },
        ],
      },
    });
    expect(m.statusCode, m.body).toBe(201);
    e2e.herald.clock.now = new Date(start.getTime() + 30 * 60_000);
    await advanceMaintenance(e2e.herald.ctx);
    e2e.herald.clock.now = new Date(start.getTime() + 2 * hour);
    await advanceMaintenance(e2e.herald.ctx);

    const { context, page } = await openAs(e2e, 'ops@herald.example');
    await page.getByRole('link', { name: 'Team pages' }).click();
    await page.getByRole('heading', { name: 'Team pages', level: 1 }).waitFor();
    const item = page.getByRole('listitem').filter({ hasText: 'Storage upgrade' });
    await item.waitFor();
    expect(await item.textContent()).toContain('paged Sales on-call');
    expect(await item.textContent()).toContain('Update ran past its window');
    await item.getByRole('button', { name: 'Acknowledge' }).click();
    await item.getByText('acknowledged by ops@herald.example').waitFor();
    expect(await item.getByRole('button', { name: 'Acknowledge' }).count()).toBe(0);
    // The service's owning team is shown where operators set it.
    const owned = () =>
      page
        .getByLabel(/^Owning team of /)
        .evaluateAll(
          (els, id) => els.filter((e) => (e as unknown as { value: string }).value === id).length,
          team.json().id,
        );
    await expect.poll(owned).toBe(1);
    await screenshot(page, 'operator-team-pages');
    await context.close();

    const audit = (
      await e2e.herald.app.inject({ url: '/api/audit-log?action=page.acknowledged', headers: ops })
    ).json();
    expect(audit.items).toHaveLength(1);
  });
});
