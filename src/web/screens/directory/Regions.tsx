// Regions with their weekly maintenance windows, and the safe-deployment stations. The picture
// shows this week's windows in the reader's time zone; operators may move a window or a station.
import { useState } from 'react';
import { Loaded, Page, ProblemNote, useAction, useFields, Field } from '../../components/ui';
import { WeekOfWindows } from '../../components/WeekOfWindows';
import { api } from '../../lib/api';
import { useMe } from '../../lib/session';
import { useTime } from '../../lib/time';
import type { Region, Station } from '../../lib/types';
import { useApi } from '../../lib/useApi';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function RegionsScreen() {
  const me = useMe();
  const time = useTime();
  const regions = useApi<Region[]>('/api/regions', ['regions']);
  const stations = useApi<Station[]>('/api/stations', ['regions']);
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <Page
      title="Regions and stations"
      intro="Each region’s weekly service-update window (database updates run 24 hours later), and the order in which updates reach them: station 1 (First Release) first."
    >
      <Loaded state={regions}>
        {(list) => (
          <>
            <WeekOfWindows regions={list} weekOf={new Date()} zone={time.zone} locale={time.locale} now={new Date()} />
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Region</th>
                    <th scope="col">Window (UTC)</th>
                    <th scope="col">In your time ({time.zone})</th>
                    <th scope="col">Station</th>
                    {me.isOperator ? (
                      <th scope="col">
                        <span className="sr-only">Actions</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {list.map((r) => (
                    <tr key={r.code}>
                      <td>
                        <strong>{r.code}</strong> {r.name}
                        <div className="muted">{r.serviceUrl}</div>
                      </td>
                      <td>
                        {r.window.start}–{r.window.end}
                        {r.window.days.length < 7 ? (
                          <div className="muted">{r.window.days.map((d) => WEEKDAYS[d - 1]).join(', ')}</div>
                        ) : null}
                      </td>
                      <td>{inZone(r, time.zone, time.locale)}</td>
                      <td>{r.station}</td>
                      {me.isOperator ? (
                        <td>
                          <button
                            className="btn small"
                            type="button"
                            onClick={() => setEditing(editing === r.code ? null : r.code)}
                            aria-expanded={editing === r.code}
                          >
                            Change
                          </button>
                          {editing === r.code ? (
                            <EditRegion
                              region={r}
                              stations={stations.data ?? []}
                              onSaved={() => (setEditing(null), regions.reload())}
                            />
                          ) : null}
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Loaded>
      <h2>Stations</h2>
      <Loaded state={stations}>
        {(list) => (
          <ol className="list">
            {list.map((s) => (
              <li key={s.number}>
                <span className="item-title">
                  {s.number}. {s.name}
                </span>{' '}
                <span className="muted">
                  {s.regions.join(', ') || 'First Release environments in every region'} · pause {s.pauseHours} h before
                  the next station
                </span>
              </li>
            ))}
          </ol>
        )}
      </Loaded>
    </Page>
  );
}

/** Today's window of a region in the reader's zone, e.g. "21:00 – 06:00". */
function inZone(r: Region, zone: string, locale: string): string {
  const [h, m] = r.window.start.split(':').map(Number);
  const [eh, em] = r.window.end.split(':').map(Number);
  const start = new Date(Date.UTC(2026, 0, 5, h, m));
  const end = new Date(Date.UTC(2026, 0, 5, eh, em));
  const f = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: 'numeric', minute: '2-digit' });
  return `${f.format(start)} – ${f.format(end)}`;
}

function EditRegion({ region, stations, onSaved }: { region: Region; stations: Station[]; onSaved: () => void }) {
  const form = useFields({
    start: region.window.start,
    end: region.window.end,
    days: region.window.days,
    station: region.station,
  });
  const save = useAction(async () => {
    await api.patch(`/api/regions/${encodeURIComponent(region.code)}`, {
      window: { start: form.values.start, end: form.values.end, days: form.values.days },
      station: form.values.station,
    });
    onSaved();
  }, `${region.code} saved`);
  const submit = save.submit;
  const toggleDay = (d: number) =>
    form.set('days')(
      form.values.days.includes(d) ? form.values.days.filter((x) => x !== d) : [...form.values.days, d].sort(),
    );
  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={`Change ${region.code}`}
      style={{ marginTop: '0.5rem', minWidth: 260 }}
    >
      <div className="form-row">
        <Field label="Starts (UTC)" name="window.start" error={save.error}>
          {(p) => (
            <input {...p} type="time" value={form.values.start} onChange={(e) => form.set('start')(e.target.value)} />
          )}
        </Field>
        <Field
          label="Ends (UTC)"
          name="window.end"
          error={save.error}
          hint="Earlier than the start: it ends the next day."
        >
          {(p) => (
            <input {...p} type="time" value={form.values.end} onChange={(e) => form.set('end')(e.target.value)} />
          )}
        </Field>
      </div>
      <fieldset>
        <legend>Starts on</legend>
        {WEEKDAYS.map((d, i) => (
          <label key={d} className="check">
            <input type="checkbox" checked={form.values.days.includes(i + 1)} onChange={() => toggleDay(i + 1)} />
            {d}
          </label>
        ))}
      </fieldset>
      <Field label="Station" name="station" error={save.error}>
        {(p) => (
          <select {...p} value={form.values.station} onChange={(e) => form.set('station')(Number(e.target.value))}>
            {stations.map((s) => (
              <option key={s.number} value={s.number}>
                {s.number}. {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ProblemNote error={save.error} />
      <button className="btn primary small" type="submit" disabled={save.busy}>
        Save {region.code}
      </button>
    </form>
  );
}
