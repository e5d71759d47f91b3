// The weekly release train on the releases screen: each product line's cadence and its coming
// weeks (version, start in the reader's zone, wave or weekly, state). Operators hold, release,
// skip or move a week before the train plans it; a planned week links to its rollout board.
import { useState } from 'react';
import { Badge, Empty, Field, Loaded, ProblemNote, useAction, useFields, type Tone } from '../../components/ui';
import { api } from '../../lib/api';
import { useTime } from '../../lib/time';
import { useApi } from '../../lib/useApi';
import type { TrainWeek, Train } from '../../lib/types';

type WeekState = 'open' | 'planned' | 'held' | 'skipped';

const WEEK_TONE: Record<WeekState, Tone> = { open: 'neutral', planned: 'ok', held: 'warn', skipped: 'neutral' };
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function ReleaseTrains() {
  const trains = useApi<{ items: Train[] }>('/api/release-trains', ['release']);
  return (
    <section aria-labelledby="trains-heading">
      <h2 id="trains-heading">Weekly release train</h2>
      <NewTrain onCreated={trains.reload} />
      <Loaded state={trains}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No release train yet: weekly updates are published by hand.</Empty>
          ) : (
            <>
              {items.map((t) => (
                <TrainCard key={t.id} train={t} onChanged={trains.reload} />
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
  const [moving, setMoving] = useState<string | null>(null);
  const moveForm = useFields({ startsAt: '' });
  const act = useAction(async (week: string, action: 'hold' | 'release' | 'skip' | 'move') => {
    await api.post(
      `/api/release-trains/${train.id}/weeks/${week}/${action}`,
      action === 'move' ? { startsAt: time.toUtc(moveForm.values.startsAt) ?? '' } : {},
    );
    setMoving(null);
    onChanged();
  }, 'Week changed');
  return (
    <div className="card">
      <div className="actions">
        <span className="item-title">{train.productLine}</span>
        <span className="meta">
          {train.versionPrefix}.x every {DAYS[train.weekday]} from {String(train.startHour).padStart(2, '0')}:00 UTC,
          planned and announced {train.leadDays} days ahead
          {train.regions ? ` in ${train.regions.join(', ')}` : ' in every region'}
        </span>
      </div>
      <ProblemNote error={act.error} />
      <table>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Starts ({time.zone})</th>
            <th scope="col">Version</th>
            <th scope="col">State</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {train.weeks.map((w) => (
            <tr key={w.week}>
              <td>{w.week}</td>
              <td>
                {time.dateTime(w.startsAt)}
                {w.moved ? ' (moved)' : ''}
              </td>
              <td>
                {w.version} {w.kind === 'wave' ? <Badge tone="info">release wave</Badge> : null}
              </td>
              <td>
                <Badge tone={WEEK_TONE[w.state]}>{w.state}</Badge>
              </td>
              <td>
                {w.state === 'planned' && w.releaseId ? (
                  <span className="meta">hold or stop it on its rollout board</span>
                ) : null}
                {w.state === 'open' ? (
                  <>
                    <button
                      className="btn small"
                      type="button"
                      disabled={act.busy}
                      onClick={() => void act.run(w.week, 'hold')}
                    >
                      Hold
                    </button>{' '}
                    <button
                      className="btn small"
                      type="button"
                      disabled={act.busy}
                      onClick={() => void act.run(w.week, 'skip')}
                    >
                      Skip
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
                      Release the hold
                    </button>{' '}
                    <button
                      className="btn small"
                      type="button"
                      disabled={act.busy}
                      onClick={() => void act.run(w.week, 'skip')}
                    >
                      Skip
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
                      <Field label={`New start (${time.zone})`} name="startsAt" error={act.error}>
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
                        Move
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
                      Move…
                    </button>
                  )
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
  }, 'Release train set up');
  return (
    <details className="card">
      <summary>Set up a release train</summary>
      <form noValidate onSubmit={create.submit} style={{ marginTop: '0.75rem' }}>
        <div className="form-row">
          <Field label="Product line" name="productLine" error={create.error}>
            {(p) => (
              <input
                {...p}
                required
                value={form.values.productLine}
                onChange={(e) => form.set('productLine')(e.target.value)}
              />
            )}
          </Field>
          <Field label="Version major.minor" name="versionPrefix" error={create.error}>
            {(p) => (
              <input
                {...p}
                value={form.values.versionPrefix}
                onChange={(e) => form.set('versionPrefix')(e.target.value)}
              />
            )}
          </Field>
          <Field label="Release notes link ({version}, {week})" name="releaseNotesPattern" error={create.error}>
            {(p) => (
              <input
                {...p}
                type="url"
                value={form.values.releaseNotesPattern}
                onChange={(e) => form.set('releaseNotesPattern')(e.target.value)}
              />
            )}
          </Field>
          <Field label="Rollout starts on" name="weekday" error={create.error}>
            {(p) => (
              <select {...p} value={form.values.weekday} onChange={(e) => form.set('weekday')(e.target.value)}>
                {DAYS.map((d, i) => (
                  <option key={d} value={String(i)}>
                    {d}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="At (UTC hour)" name="startHour" error={create.error}>
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
          <Field label="Planned days ahead" name="leadDays" error={create.error}>
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
          Set up the train
        </button>
      </form>
    </details>
  );
}
