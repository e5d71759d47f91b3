// The rehearsal's timeline says, at each moment, what each tenant's dashboard and the public page
// show: read by the same use cases as the live pages, at the simulated time.
import { describe, expect, it } from 'vitest';
import { timelineText } from '../../src/app/rehearsal/report.js';
import { rehearse, type Timeline, type TimelineEntry } from '../../src/app/rehearsal/rehearse.js';
import { SAMPLE_SCENARIO_TEXT } from '../../src/app/rehearsal/sample.js';
import { parseScenario } from '../../src/app/rehearsal/scenario.js';
import { loadConfig } from '../../src/config.js';

const opened = (t: Timeline, title: string): TimelineEntry =>
  t.entries.find((e) => e.event.type === 'incident.opened' && e.event.title === title)!;
const restored = (t: Timeline, title: string): TimelineEntry =>
  t.entries.find((e) => e.event.type === 'incident.restored' && e.event.title === title)!;
const dashboard = (e: TimelineEntry, tenant: string) =>
  (e.shows.dashboards.find((d) => d.tenant === tenant)?.activeIssues ?? []).map((i) => i.title);

describe('what the pages show during a rehearsal', () => {
  it('each tenant’s dashboard and the public page, moment by moment', async () => {
    const timeline = await rehearse(parseScenario(SAMPLE_SCENARIO_TEXT, 'sample.json'), { config: loadConfig({}) });

    // An environment's incident: on its tenant's dashboard only, never on the public page.
    const forms = opened(timeline, 'Sales forms do not load');
    expect(dashboard(forms, 'Contoso')).toEqual(['Sales forms do not load']);
    expect(dashboard(forms, 'Fabrikam')).toEqual([]);
    expect(forms.shows.dashboards.find((d) => d.tenant === 'Contoso')!.activeIssues[0]).toMatchObject({
      status: 'investigating',
      severity: 'minor',
    });
    expect(forms.shows.publicPage).toMatchObject({ status: 'operational', incidents: [] });
    expect(dashboard(restored(timeline, 'Sales forms do not load'), 'Contoso')).toEqual([]);

    // A major region-wide incident: on the dashboard of the tenant in the region and on the public page.
    const eur = opened(timeline, 'Sign-in fails in Europe');
    expect(dashboard(eur, 'Fabrikam')).toEqual(['Sign-in fails in Europe']);
    expect(dashboard(eur, 'Contoso')).toEqual([]);
    expect(eur.shows.publicPage.incidents).toEqual([expect.objectContaining({ title: 'Sign-in fails in Europe' })]);
    expect(eur.shows.publicPage.incidents[0]!.severity).toBe('major');
    expect(eur.shows.publicPage.status).not.toBe('operational');
    const over = restored(timeline, 'Sign-in fails in Europe');
    expect(over.shows.publicPage.incidents).toEqual([]);
    expect(dashboard(over, 'Fabrikam')).toEqual([]);

    // Planned maintenance is on the public page from when it is scheduled until it is completed.
    const scheduled = timeline.entries.find((e) => e.event.type === 'maintenance.scheduled')!;
    expect(scheduled.shows.publicPage.maintenance).toEqual([
      expect.objectContaining({ title: 'Storage upgrade in North America', status: 'scheduled' }),
    ]);
    const post = timeline.entries.find((e) => e.event.title === 'New admin center')!;
    expect(post.shows.publicPage.maintenance).toEqual([]);

    expect(forms.shows.quietDashboards).toBe(1);
    expect(over.shows).toMatchObject({ dashboards: [], quietDashboards: 2 });

    const text = timelineText(timeline);
    expect(text).toContain('shows: dashboard Contoso: "Sales forms do not load" (investigating, minor)');
    expect(text).toContain('shows: dashboards of 1 other tenant: no active issues');
    expect(text).toContain('shows: every dashboard: no active issues');
    expect(text).toContain('shows: public page:');
    expect(text).toMatch(/incidents "Sign-in fails in Europe" \(\w+, major\)/);
  }, 120_000);
});
