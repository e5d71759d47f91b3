// The weekly release train on the releases screen: each product line's cadence and its coming
// weeks (version, start in the reader's zone, wave or weekly, state). Operators hold, release,
// skip or move a week before the train plans it; a planned week links to its rollout board.
import { useMemo, useState } from 'react';
import { Badge, Empty, Field, Loaded, ProblemNote, useAction, useFields, type Tone } from '../../components/ui';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useTime } from '../../lib/time';
import { useApi } from '../../lib/useApi';
import type { TrainWeek, Train } from '../../lib/types';

type WeekState = 'open' | 'planned' | 'held' | 'skipped';

const WEEK_TONE: Record<WeekState, Tone> = { open: 'neutral', planned: 'ok', held: 'warn', skipped: 'neutral' };
/** Sunday to Saturday (the API's weekday 0–6), in the reader's language. */
function useDays(): string[] {
  const t = useT();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(t.formatLocale, { weekday: 'long', timeZone: 'UTC' });
    // 4 January 2026 is a Sunday.
    return [0, 1, 2, 3, 4, 5, 6].map((i) => f.format(new Date(Date.UTC(2026, 0, 4 + i))));
  }, [t]);
}

export function ReleaseTrains() {
  const trains = useApi<{ items: Train[] }>('/api/release-trains', ['release']);
  const t = useT();
  return (
    <section aria-labelledby="trains-heading">
      <h2 id="trains-heading">{t('console.releases.trains.title')}</h2>
      <NewTrain onCreated={trains.reload} />
      <Loaded state={trains}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.releases.trains.none')}</Empty>
          ) : (
            <>
              {items.map((x) => (
                <TrainCard key={x.id} train={x} onChanged={trains.reload} />
              ))}
            </>
          )
        }
      </Loaded>
    </section>
  );
}

function TrainCard({ train, onChanged }: { train: Train; onChanged: () => void }) {
  const time = useTime();
  const t = useT();
  const days = useDays();
  const [moving, setMoving] = useState<string | null>(null);
  const moveForm = useFields({ startsAt: '' });
  const act = useAction(async (week: string, action: 'hold' | 'release' | 'skip' | 'move') => {
    await api.post(
      `/api/release-trains/${train.id}/weeks/${week}/${action}`,
      action === 'move' ? { startsAt: time.toUtc(moveForm.values.startsAt) ?? '' } : {},
    );
    setMoving(null);
    onChanged();
  }, t('console.releases.trains.weekChanged'));
  return (
    <div className="card">
      <div className="actions">
        <span className="item-title">{train.productLine}</span>
        <span className="meta">
          {t('console.releases.trains.cadence', {
            prefix: train.versionPrefix,
            weekday: days[train.weekday],
            hour: `${String(train.startHour).padStart(2, '0')}:00`,
            leadDays: train.leadDays,
            scope: train.regions ? 'some' : 'all',
            regions: train.regions ? t.list(train.regions) : '',
          })}
        </span>
      </div>
      <ProblemNote error={act.error} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('console.releases.trains.weekOf')}</th>
              <th scope="col">{t('console.releases.trains.starts', { zone: time.zone })}</th>
              <th scope="col">{t('console.releases.version')}</th>
              <th scope="col">{t('console.releases.trains.state')}</th>
              <th scope="col">{t('console.releases.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {train.weeks.map((w) => (
              <tr key={w.week}>
                <td>{w.week}</td>
                <td>
                  {w.moved
                    ? t('console.releases.trains.moved', { time: time.dateTime(w.startsAt) })
                    : time.dateTime(w.startsAt)}
                </td>
                <td>
                  {w.version}{' '}
                  {w.kind === 'wave' ? <Badge tone="info">{t('console.releases.trains.wave')}</Badge> : null}
                </td>
                <td>
                  <Badge tone={WEEK_TONE[w.state]}>{t('console.releases.trains.weekState', { state: w.state })}</Badge>
                </td>
                <td>
                  {w.state === 'planned' && w.releaseId ? (
                    <span className="meta">{t('console.releases.trains.onBoard')}</span>
                  ) : null}
                  {w.state === 'open' ? (
                    <>
                      <button
                        className="btn small"
                        type="button"
                        disabled={act.busy}
                        onClick={() => void act.run(w.week, 'hold')}
                      >
                        {t('console.releases.hold')}
                      </button>{' '}
                      <button
                        className="btn small"
                        type="button"
                        disabled={act.busy}
                        onClick={() => void act.run(w.week, 'skip')}
                      >
                        {t('console.releases.trains.skip')}
                      </button>{' '}
                    </>
                  ) : null}
                  {w.state === 'held' ? (
                    <>
                      <button
                        className="btn small"
                        type="button"
                        disabled={act.busy}
                        onClick={() => void act.run(w.week, 'release')}
                      >
                        {t('console.releases.trains.releaseHold')}
                      </button>{' '}
                      <button
                        className="btn small"
                        type="button"
                        disabled={act.busy}
                        onClick={() => void act.run(w.week, 'skip')}
                      >
                        {t('console.releases.trains.skip')}
                      </button>{' '}
                    </>
                  ) : null}
                  {w.state === 'open' || w.state === 'held' ? (
                    moving === w.week ? (
                      <form
                        noValidate
                        className="toolbar"
                        onSubmit={(e) => {
                          e.preventDefault();
                          void act.run(w.week, 'move');
                        }}
                      >
                        <Field
                          label={t('console.releases.trains.newStart', { zone: time.zone })}
                          name="startsAt"
                          error={act.error}
                        >
                          {(p) => (
                            <input
                              {...p}
                              type="datetime-local"
                              value={moveForm.values.startsAt}
                              onChange={(e) => moveForm.set('startsAt')(e.target.value)}
                            />
                          )}
                        </Field>
                        <button className="btn small" type="submit" disabled={act.busy}>
                          {t('console.releases.trains.move')}
                        </button>
                      </form>
                    ) : (
                      <button
                        className="btn small"
                        type="button"
                        onClick={() => {
                          moveForm.setAll({ startsAt: time.toLocalInput(w.startsAt) });
                          setMoving(w.week);
                        }}
                      >
                        {t('console.releases.trains.moveEllipsis')}
                      </button>
                    )
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function NewTrain({ onCreated }: { onCreated: () => void }) {
  const form = useFields({
    productLine: '',
    versionPrefix: '9.2',
    releaseNotesPattern: 'https://',
    weekday: '1',
    startHour: '0',
    leadDays: '7',
  });
  const t = useT();
  const days = useDays();
  const create = useAction(async () => {
    const v = form.values;
    await api.post('/api/release-trains', {
      ...v,
      weekday: Number(v.weekday),
      startHour: Number(v.startHour),
      leadDays: Number(v.leadDays),
    });
    form.reset();
    onCreated();
  }, t('console.releases.trains.created'));
  return (
    <details className="card">
      <summary>{t('console.releases.trains.setUp')}</summary>
      <form noValidate onSubmit={create.submit} style={{ marginTop: '0.75rem' }}>
        <div className="form-row">
          <Field label={t('console.releases.trains.productLine')} name="productLine" error={create.error}>
            {(p) => (
              <input
                {...p}
                required
                value={form.values.productLine}
                onChange={(e) => form.set('productLine')(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('console.releases.trains.versionPrefix')} name="versionPrefix" error={create.error}>
            {(p) => (
              <input
                {...p}
                value={form.values.versionPrefix}
                onChange={(e) => form.set('versionPrefix')(e.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('console.releases.trains.notesPattern', { placeholders: '{version}, {week}' })}
            name="releaseNotesPattern"
            error={create.error}
          >
            {(p) => (
              <input
                {...p}
                type="url"
                value={form.values.releaseNotesPattern}
                onChange={(e) => form.set('releaseNotesPattern')(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('console.releases.trains.weekday')} name="weekday" error={create.error}>
            {(p) => (
              <select {...p} value={form.values.weekday} onChange={(e) => form.set('weekday')(e.target.value)}>
                {days.map((d, i) => (
                  <option key={d} value={String(i)}>
                    {d}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('console.releases.trains.startHour')} name="startHour" error={create.error}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={0}
                max={23}
                value={form.values.startHour}
                onChange={(e) => form.set('startHour')(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('console.releases.trains.leadDays')} name="leadDays" error={create.error}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={1}
                max={28}
                value={form.values.leadDays}
                onChange={(e) => form.set('leadDays')(e.target.value)}
              />
            )}
          </Field>
        </div>
        <ProblemNote error={create.error} />
        <button className="btn primary" type="submit" disabled={create.busy}>
          {t('console.releases.trains.create')}
        </button>
      </form>
    </details>
  );
}
