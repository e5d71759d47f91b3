// The operators' maintenance planner: a week of every region's windows with the work planned in
// them, the list of maintenance by state, and scheduling new work into a region's next windows.
import { useCallback, useEffect, useState } from 'react';
import { CheckList, Empty, Field, Loaded, Page, ProblemNote, Tabs, useAction, useFields } from '../../components/ui';
import { WeekOfWindows } from '../../components/WeekOfWindows';
import { api, withQuery } from '../../lib/api';
import { Link, navigate, setQueryParam, useLocation } from '../../lib/router';
import { useTime } from '../../lib/time';
import type { Maintenance, Page as ListPage, Region, RegionWindowsList, Service } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { AudiencePreview, useAudiencePreview, type AudienceCounts } from '../../components/AudiencePreview';
import { MaintenanceItem, workOf } from './parts';

/** POST /api/maintenance/audience-preview: who the work's notice reaches, as scheduling resolves it. */
interface MaintenanceAudience extends AudienceCounts {
  environmentCount: number;
  announcement: 'notice' | 'unplanned' | 'none';
}

const HOW: Record<MaintenanceAudience['announcement'], string> = {
  notice: 'Emailed and shown in the console ahead of the window.',
  unplanned: 'Emailed at once, as unplanned maintenance.',
  none: 'Without impact, it is only shown in the schedule; nobody is told.',
};

export function MaintenancePlannerScreen() {
  const { query } = useLocation();
  const state = query.get('state') ?? '';
  const week = Number(query.get('week') ?? 0);
  const time = useTime();
  const regions = useApi<Region[]>('/api/regions', ['regions']);
  const list = useApi<ListPage<Maintenance>>(withQuery('/api/maintenance', { state, limit: 200 }), ['maintenance']);
  const weekOf = new Date(Date.now() + week * 7 * 86_400_000);

  return (
    <Page
      title="Maintenance"
      actions={
        <Link className="btn primary" to="/maintenance/new">
          Schedule maintenance
        </Link>
      }
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
        label="Which maintenance"
        current={state}
        onChange={(v) => setQueryParam('state', v)}
        tabs={[
          { id: '', label: 'All' },
          { id: 'scheduled', label: 'Scheduled' },
          { id: 'in_progress', label: 'In progress' },
          { id: 'overran', label: 'Overran' },
          { id: 'failed', label: 'Failed' },
          { id: 'completed', label: 'Completed' },
          { id: 'cancelled', label: 'Cancelled' },
        ]}
      />
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No maintenance here.</Empty>
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
  }, 'Maintenance scheduled');
  const submit = schedule.submit;

  return (
    <Page
      title="Schedule maintenance"
      intro="Planned work with downtime or user impact is announced to the admins of the environments it touches ahead of the window; work without impact only appears in the schedule. Unplanned maintenance is emailed at once."
    >
      <form className="card" onSubmit={submit} noValidate>
        <div className="form-row">
          <Field label="Kind" name="kind" error={schedule.error}>
            {(p) => (
              <select {...p} value={v.kind} onChange={(e) => form.set('kind')(e.target.value)}>
                <option value="planned">Planned</option>
                <option value="unplanned">Unplanned</option>
                <option value="security">Security update</option>
              </select>
            )}
          </Field>
          <Field label="Expected impact" name="impact" error={schedule.error}>
            {(p) => (
              <select {...p} value={v.impact} onChange={(e) => form.set('impact')(e.target.value)}>
                <option value="none">None</option>
                <option value="degraded">Degraded</option>
                <option value="downtime">Downtime</option>
              </select>
            )}
          </Field>
          <Field label="Estimated duration (minutes)" name="durationMinutes" error={schedule.error}>
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
        <Field label="Title" name="title" error={schedule.error}>
          {(p) => <input {...p} required value={v.title} onChange={(e) => form.set('title')(e.target.value)} />}
        </Field>
        <Field label="What will be done, and what users will notice" name="description" error={schedule.error}>
          {(p) => (
            <textarea {...p} rows={3} value={v.description} onChange={(e) => form.set('description')(e.target.value)} />
          )}
        </Field>
        <CheckList
          legend="Regions"
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
          legend="Only environments running (optional)"
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
          prompt={<p className="muted">Choose the regions the work is in.</p>}
          // Zero environments is said loudly: such work tells nobody, and the server refuses it unless confirmed.
          warning={(p) =>
            p.environmentCount === 0 ? (
              <p className="problem" role="alert">
                No environment runs in these regions{v.services.length ? ' with these services' : ''}: nobody would be
                told. Check the regions and services.
              </p>
            ) : null
          }
          how={(p) => HOW[p.announcement]}
        />
        {reachesNobody || schedule.error?.code === 'HERALD_NEEDS_CONFIRMATION' ? (
          <label className="check">
            <input type="checkbox" checked={confirmNone} onChange={(e) => setConfirmNone(e.target.checked)} />
            Schedule it anyway, although it reaches no environment
          </label>
        ) : null}
        <ProblemNote error={schedule.error} />
        <button className="btn primary" type="submit" disabled={schedule.busy || (reachesNobody && !confirmNone)}>
          Schedule
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
      <legend>{code} window</legend>
      {custom ? (
        <div className="form-row">
          <Field label={`Starts (${zone})`} name={`${code}-start`}>
            {(p) => (
              <input
                {...p}
                type="datetime-local"
                value={time.toLocalInput(value?.startsAt)}
                onChange={(e) => onChange({ startsAt: time.toUtc(e.target.value) ?? '', endsAt: value?.endsAt ?? '' })}
              />
            )}
          </Field>
          <Field label={`Ends (${zone})`} name={`${code}-end`}>
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
        <Field label="In its service window of" name={`${code}-window`}>
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
                  {time.dateTime(o.startsAt)} – {time.time(o.endsAt)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <label className="check">
        <input type="checkbox" checked={custom} onChange={(e) => setCustom(e.target.checked)} />
        Other times (unplanned work)
      </label>
    </fieldset>
  );
}
