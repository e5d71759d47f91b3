// A tenant's maintenance schedule, in the admin's own time zone: the week of windows in the
// regions of their environments with the work planned there, the list of maintenance coming and
// recent, and a calendar feed to subscribe to.
import { useState } from 'react';
import { Empty, Loaded, Page, ProblemNote, useAction } from '../../components/ui';
import { WeekOfWindows } from '../../components/WeekOfWindows';
import { api, withQuery } from '../../lib/api';
import { setQueryParam, useLocation } from '../../lib/router';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { Environment, Maintenance, Page as ListPage, Region } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { MaintenanceItem, workOf } from './parts';

const DAY = 86_400_000;

export function MaintenanceScheduleScreen() {
  const { tenantId, isOrgAdmin, nameOf } = useTenant();
  const time = useTime();
  const { query } = useLocation();
  const week = Number(query.get('week') ?? 0);
  const weekOf = new Date(Date.now() + week * 7 * DAY);
  // Fixed when the screen opens: a range that moved with every render would fetch without end.
  const [range] = useState(() => ({
    from: new Date(Date.now() - 30 * DAY).toISOString(),
    to: new Date(Date.now() + 90 * DAY).toISOString(),
  }));
  const list = useApi<{ items: Maintenance[] }>(withQuery(`/api/tenants/${tenantId}/maintenance`, range), [
    'maintenance',
  ]);
  const regions = useApi<Region[]>('/api/regions', ['regions']);
  const environments = useApi<ListPage<Environment>>(`/api/environments?tenantId=${tenantId}&limit=1000`, [
    'environment',
  ]);
  const ours = new Set((environments.data?.items ?? []).map((e) => e.region));
  const now = Date.now();
  const items = list.data?.items ?? [];
  const coming = items
    .filter((m) => m.state === 'scheduled' || m.state === 'in_progress' || m.state === 'overran')
    .sort((a, b) => start(a) - start(b));
  const past = items.filter((m) => !coming.includes(m) && start(m) < now).sort((a, b) => start(b) - start(a));

  return (
    <Page
      title="Maintenance"
      intro={`Work planned on ${nameOf(tenantId)}’s environments, in ${time.zone}. Updates run in each region’s window; if one fails or runs past its window, it appears on the service health dashboard.`}
    >
      <div className="actions" role="group" aria-label="Week shown">
        <button className="btn small" type="button" onClick={() => setQueryParam('week', String(week - 1))}>
          ← Previous week
        </button>
        <button className="btn small" type="button" disabled={week === 0} onClick={() => setQueryParam('week', null)}>
          This week
        </button>
        <button className="btn small" type="button" onClick={() => setQueryParam('week', String(week + 1))}>
          Next week →
        </button>
      </div>
      <Loaded state={regions}>
        {(rs) => (
          <WeekOfWindows
            regions={rs.filter((r) => ours.has(r.code))}
            work={workOf(items)}
            weekOf={weekOf}
            zone={time.zone}
            locale={time.locale}
            ours={ours}
            now={new Date()}
          />
        )}
      </Loaded>
      <h2>Coming up and going on</h2>
      <Loaded state={list}>
        {() =>
          coming.length === 0 ? (
            <Empty>No maintenance planned on your environments.</Empty>
          ) : (
            <ul className="list card">
              {coming.map((m) => (
                <MaintenanceItem key={m.id} maintenance={m} />
              ))}
            </ul>
          )
        }
      </Loaded>
      {past.length ? (
        <>
          <h2>Last 30 days</h2>
          <ul className="list card">
            {past.map((m) => (
              <MaintenanceItem key={m.id} maintenance={m} />
            ))}
          </ul>
        </>
      ) : null}
      {isOrgAdmin ? <CalendarFeed tenantId={tenantId} /> : null}
    </Page>
  );
}

const start = (m: Maintenance) => Math.min(...m.windows.map((w) => Date.parse(w.startsAt)));

function CalendarFeed({ tenantId }: { tenantId: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const make = useAction(
    async () => setUrl((await api.post<{ url: string }>(`/api/tenants/${tenantId}/calendar-url`)).url),
    'Calendar address created',
  );
  return (
    <section aria-labelledby="ical-title">
      <h2 id="ical-title">In your calendar</h2>
      <p className="intro">
        A private address for Outlook, Google Calendar or any iCalendar app, with this schedule and every update window.
        Making a new one stops the old one.
      </p>
      {url ? (
        <p className="note">
          <code>{url}</code>
        </p>
      ) : null}
      <button className="btn" type="button" disabled={make.busy} onClick={() => void make.run()}>
        {url ? 'Make a new address' : 'Get the calendar address'}
      </button>
      <ProblemNote error={make.error} />
    </section>
  );
}
