// The operators' maintenance planner: a week of every region's windows with the work planned in
// them, the list of maintenance by state, and scheduling new work into a region's next windows.
import { useCallback, useEffect, useState } from 'react';
import { CheckList, Empty, Field, Loaded, Page, ProblemNote, Tabs, useAction, useFields } from '../../components/ui';
import { WeekOfWindows } from '../../components/WeekOfWindows';
import { api, withQuery } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { Link, navigate, setQueryParam, useLocation } from '../../lib/router';
import { useTime } from '../../lib/time';
import type { Maintenance, Page as ListPage, Region, RegionWindowsList, Service } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { AudiencePreview, useAudiencePreview, type AudienceCounts } from '../../components/AudiencePreview';
import { MaintenanceItem, workOf } from './parts';
import { MAINTENANCE_IMPACTS, MAINTENANCE_KINDS, type MaintenanceState } from '../../../shared/updates';

/** POST /api/maintenance/audience-preview: who the work's notice reaches, as scheduling resolves it. */
interface MaintenanceAudience extends AudienceCounts {
  environmentCount: number;
  announcement: 'notice' | 'unplanned' | 'none';
}

/** The planner's filters, in the order work goes through them (the trouble before the finished). */
const MAINTENANCE_FILTERS: readonly MaintenanceState[] = [
  'scheduled',
  'in_progress',
  'overran',
  'failed',
  'completed',
  'cancelled',
];

export function MaintenancePlannerScreen() {
  const { query } = useLocation();
  const state = query.get('state') ?? '';
  const week = Number(query.get('week') ?? 0);
  const time = useTime();
  const t = useT();
  const regions = useApi<Region[]>('/api/regions', ['regions']);
  const list = useApi<ListPage<Maintenance>>(withQuery('/api/maintenance', { state, limit: 200 }), ['maintenance']);
  const weekOf = new Date(Date.now() + week * 7 * 86_400_000);

  return (
    <Page
      title={t('console.maintenance.title')}
      actions={
        <Link className="btn primary" to="/maintenance/new">
          {t('console.maintenance.scheduleLink')}
        </Link>
      }
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
            regions={rs}
            work={workOf(list.data?.items ?? [])}
            weekOf={weekOf}
            zone={time.zone}
            locale={time.locale}
            now={new Date()}
          />
        )}
      </Loaded>
      <Tabs
        label={t('console.maintenance.whichMaintenance')}
        current={state}
        onChange={(v) => setQueryParam('state', v)}
        tabs={[
          { id: '', label: t('console.maintenance.filter', { value: 'all' }) },
          ...MAINTENANCE_FILTERS.map((id) => ({ id, label: t('console.maintenance.filter', { value: id }) })),
        ]}
      />
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.maintenance.empty')}</Empty>
          ) : (
            <ul className="list card">
              {items.map((m) => (
                <MaintenanceItem key={m.id} maintenance={m} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </Page>
  );
}

export function NewMaintenanceScreen() {
  const time = useTime();
  const t = useT();
  const regions = useApi<Region[]>('/api/regions', ['regions']);
  const services = useApi<Service[]>('/api/services', ['services']);
  const form = useFields({
    kind: 'planned',
    title: '',
    description: '',
    impact: 'downtime',
    durationMinutes: 60,
    regions: [] as string[],
    services: [] as string[],
  });
  // The window chosen per region: the start of one of its next windows, or one typed in.
  const [chosen, setChosen] = useState<Record<string, { startsAt: string; endsAt: string }>>({});
  const v = form.values;
  const choose = useCallback(
    (code: string, w: { startsAt: string; endsAt: string }) => setChosen((c) => ({ ...c, [code]: w })),
    [],
  );
  const [confirmNone, setConfirmNone] = useState(false);
  const audience = useAudiencePreview<MaintenanceAudience>(
    '/api/maintenance/audience-preview',
    v.regions.length
      ? { kind: v.kind, impact: v.impact, regions: v.regions, ...(v.services.length ? { services: v.services } : {}) }
      : null,
  );
  const reachesNobody = audience.data?.environmentCount === 0 && v.regions.length > 0;
  const schedule = useAction(async () => {
    const { regions: codes, services: only, ...rest } = v;
    const windows = codes.map((region) => ({ region, ...(chosen[region] ?? { startsAt: '', endsAt: '' }) }));
    const made = await api.post<Maintenance>('/api/maintenance', {
      ...rest,
      windows,
      ...(only.length ? { services: only } : {}),
      ...(confirmNone ? { confirmNoEnvironments: true } : {}),
    });
    navigate(`/maintenance/${made.id}`);
  }, t('console.maintenance.scheduled'));
  const submit = schedule.submit;

  return (
    <Page title={t('console.maintenance.newTitle')} intro={t('console.maintenance.newIntro')}>
      <form className="card" onSubmit={submit} noValidate>
        <div className="form-row">
          <Field label={t('console.maintenance.kind')} name="kind" error={schedule.error}>
            {(p) => (
              <select {...p} value={v.kind} onChange={(e) => form.set('kind')(e.target.value)}>
                {MAINTENANCE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t('console.maintenance.kindOption', { value: kind })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('console.maintenance.expectedImpact')} name="impact" error={schedule.error}>
            {(p) => (
              <select {...p} value={v.impact} onChange={(e) => form.set('impact')(e.target.value)}>
                {MAINTENANCE_IMPACTS.map((impact) => (
                  <option key={impact} value={impact}>
                    {t('console.maintenance.impactOption', { value: impact })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('console.maintenance.duration')} name="durationMinutes" error={schedule.error}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={1}
                value={v.durationMinutes}
                onChange={(e) => form.set('durationMinutes')(Number(e.target.value))}
              />
            )}
          </Field>
        </div>
        <Field label={t('console.maintenance.titleField')} name="title" error={schedule.error}>
          {(p) => <input {...p} required value={v.title} onChange={(e) => form.set('title')(e.target.value)} />}
        </Field>
        <Field label={t('console.maintenance.description')} name="description" error={schedule.error}>
          {(p) => (
            <textarea {...p} rows={3} value={v.description} onChange={(e) => form.set('description')(e.target.value)} />
          )}
        </Field>
        <CheckList
          legend={t('console.maintenance.regions')}
          name="windows"
          columns
          error={schedule.error}
          value={v.regions}
          onChange={form.set('regions')}
          options={(regions.data ?? []).map((r) => ({ value: r.code, label: `${r.code} · ${r.name}` }))}
        />
        {v.regions.map((code) => (
          <RegionWindowChoice key={code} code={code} zone={time.zone} value={chosen[code]} onChange={choose} />
        ))}
        <CheckList
          legend={t('console.maintenance.onlyRunning')}
          name="services"
          columns
          error={schedule.error}
          value={v.services}
          onChange={form.set('services')}
          options={(services.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
        <AudiencePreview
          state={audience}
          ready={v.regions.length > 0}
          prompt={<p className="muted">{t('console.maintenance.chooseRegions')}</p>}
          // Zero environments is said loudly: such work tells nobody, and the server refuses it unless confirmed.
          warning={(p) =>
            p.environmentCount === 0 ? (
              <p className="problem" role="alert">
                {t('console.maintenance.reachesNobody', { services: v.services.length ? 'some' : 'none' })}
              </p>
            ) : null
          }
          how={(p) => t('console.maintenance.how', { value: p.announcement })}
        />
        {reachesNobody || schedule.error?.code === 'HERALD_NEEDS_CONFIRMATION' ? (
          <label className="check">
            <input type="checkbox" checked={confirmNone} onChange={(e) => setConfirmNone(e.target.checked)} />
            {t('console.maintenance.scheduleAnyway')}
          </label>
        ) : null}
        <ProblemNote error={schedule.error} />
        <button className="btn primary" type="submit" disabled={schedule.busy || (reachesNobody && !confirmNone)}>
          {t('console.maintenance.schedule')}
        </button>
      </form>
    </Page>
  );
}

/** One region's next service windows to pick from, or a start and end typed in the operator's zone. */
type Window = { startsAt: string; endsAt: string };

function RegionWindowChoice({
  code,
  zone,
  value,
  onChange: choose,
}: {
  code: string;
  zone: string;
  value: Window | undefined;
  onChange: (code: string, w: Window) => void;
}) {
  const onChange = useCallback((w: Window) => choose(code, w), [choose, code]);
  const time = useTime();
  const t = useT();
  const windows = useApi<RegionWindowsList>(`/api/regions/${encodeURIComponent(code)}/windows`);
  // Planned work is announced ahead, so a window already under way is not offered.
  const options = (windows.data?.windows ?? [])
    .map((w) => w.service)
    .filter((w) => Date.parse(w.startsAt) > Date.now())
    .slice(0, 10);
  const [custom, setCustom] = useState(false);
  // The first window is the default, so scheduling "the next window" is one click.
  const first = options[0];
  useEffect(() => {
    if (!value && first) onChange({ startsAt: first.startsAt, endsAt: first.endsAt });
  }, [value, first, onChange]);
  return (
    <fieldset>
      <legend>{t('console.maintenance.regionWindow', { region: code })}</legend>
      {custom ? (
        <div className="form-row">
          <Field label={t('console.maintenance.starts', { zone })} name={`${code}-start`}>
            {(p) => (
              <input
                {...p}
                type="datetime-local"
                value={time.toLocalInput(value?.startsAt)}
                onChange={(e) => onChange({ startsAt: time.toUtc(e.target.value) ?? '', endsAt: value?.endsAt ?? '' })}
              />
            )}
          </Field>
          <Field label={t('console.maintenance.ends', { zone })} name={`${code}-end`}>
            {(p) => (
              <input
                {...p}
                type="datetime-local"
                value={time.toLocalInput(value?.endsAt)}
                onChange={(e) =>
                  onChange({ startsAt: value?.startsAt ?? '', endsAt: time.toUtc(e.target.value) ?? '' })
                }
              />
            )}
          </Field>
        </div>
      ) : (
        <Field label={t('console.maintenance.inWindow')} name={`${code}-window`}>
          {(p) => (
            <select
              {...p}
              value={value?.startsAt ?? ''}
              onChange={(e) => {
                const w = options.find((o) => o.startsAt === e.target.value);
                if (w) onChange({ startsAt: w.startsAt, endsAt: w.endsAt });
              }}
            >
              {options.map((o) => (
                <option key={o.startsAt} value={o.startsAt}>
                  {t('common.range', { start: time.dateTime(o.startsAt), end: time.time(o.endsAt) })}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <label className="check">
        <input type="checkbox" checked={custom} onChange={(e) => setCustom(e.target.checked)} />
        {t('console.maintenance.otherTimes')}
      </label>
    </fieldset>
  );
}
