// A tenant's maintenance schedule, in the admin's own time zone: the week of windows in the
// regions of their environments with the work planned there, the list of maintenance coming and
// recent, and a calendar feed to subscribe to.
import { useState } from 'react';
import { Empty, Loaded, Page, ProblemNote, useAction } from '../../components/ui';
import { WeekOfWindows } from '../../components/WeekOfWindows';
import { api, withQuery } from '../../lib/api';
import { useT } from '../../lib/i18n';
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
  const t = useT();
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
      title={t('console.maintenance.title')}
      intro={t('console.maintenance.scheduleIntro', { tenant: nameOf(tenantId), zone: time.zone })}
    >
      <div className="actions" role="group" aria-label={t('console.maintenance.weekShown')}>
        <button className="btn small" type="button" onClick={() => setQueryParam('week', String(week - 1))}>
          {t('console.maintenance.previousWeek')}
        </button>
        <button className="btn small" type="button" disabled={week === 0} onClick={() => setQueryParam('week', null)}>
          {t('console.maintenance.thisWeek')}
        </button>
        <button className="btn small" type="button" onClick={() => setQueryParam('week', String(week + 1))}>
          {t('console.maintenance.nextWeek')}
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
      <h2>{t('console.maintenance.coming')}</h2>
      <Loaded state={list}>
        {() =>
          coming.length === 0 ? (
            <Empty>{t('console.maintenance.comingEmpty')}</Empty>
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
          <h2>{t('console.maintenance.lastDays', { days: 30 })}</h2>
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
  const t = useT();
  const make = useAction(
    async () => setUrl((await api.post<{ url: string }>(`/api/tenants/${tenantId}/calendar-url`)).url),
    t('console.maintenance.calendarCreated'),
  );
  return (
    <section aria-labelledby="ical-title">
      <h2 id="ical-title">{t('console.maintenance.calendarTitle')}</h2>
      <p className="intro">{t('console.maintenance.calendarIntro')}</p>
      {url ? (
        <p className="note">
          <code>{url}</code>
        </p>
      ) : null}
      <button className="btn" type="button" disabled={make.busy} onClick={() => void make.run()}>
        {url ? t('console.maintenance.calendarNew') : t('console.maintenance.calendarGet')}
      </button>
      <ProblemNote error={make.error} />
    </section>
  );
}
