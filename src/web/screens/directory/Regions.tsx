// Regions with their weekly maintenance windows, and the safe-deployment stations. The picture
// shows this week's windows in the reader's time zone; operators may move a window or a station.
import { useMemo, useState } from 'react';
import { Loaded, Page, ProblemNote, useAction, useFields, Field } from '../../components/ui';
import { WeekOfWindows } from '../../components/WeekOfWindows';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/session';
import { useTime } from '../../lib/time';
import type { Region, Station } from '../../lib/types';
import { useApi } from '../../lib/useApi';

/** Monday to Sunday (ISO days 1–7), short, in the reader's language. */
function useWeekdays(): string[] {
  const t = useT();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(t.formatLocale, { weekday: 'short', timeZone: 'UTC' });
    // 5 January 2026 is a Monday.
    return [0, 1, 2, 3, 4, 5, 6].map((i) => f.format(new Date(Date.UTC(2026, 0, 5 + i))));
  }, [t]);
}

export function RegionsScreen() {
  const me = useMe();
  const time = useTime();
  const regions = useApi<Region[]>('/api/regions', ['regions']);
  const stations = useApi<Station[]>('/api/stations', ['regions']);
  const [editing, setEditing] = useState<string | null>(null);
  const t = useT();
  const weekdays = useWeekdays();

  return (
    <Page title={t('console.directory.regions.title')} intro={t('console.directory.regions.intro', { hours: 24 })}>
      <Loaded state={regions}>
        {(list) => (
          <>
            <WeekOfWindows regions={list} weekOf={new Date()} zone={time.zone} locale={time.locale} now={new Date()} />
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('console.directory.region')}</th>
                    <th scope="col">{t('console.directory.regions.window')}</th>
                    <th scope="col">{t('console.directory.regions.yourTime', { zone: time.zone })}</th>
                    <th scope="col">{t('console.directory.regions.station')}</th>
                    {me.isOperator ? (
                      <th scope="col">
                        <span className="sr-only">{t('console.directory.actions')}</span>
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
                          <div className="muted">{t.list(r.window.days.map((d) => weekdays[d - 1]!))}</div>
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
                            {t('console.directory.regions.change')}
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
      <h2>{t('console.directory.regions.stations')}</h2>
      <Loaded state={stations}>
        {(list) => (
          <ol className="list">
            {list.map((s) => (
              <li key={s.number}>
                <span className="item-title">
                  {s.number}. {s.name}
                </span>{' '}
                <span className="muted">
                  {s.regions.length ? t.list(s.regions) : t('console.directory.regions.everyRegion')} ·{' '}
                  {t('console.directory.regions.pause', { hours: s.pauseHours })}
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
  const t = useT();
  const weekdays = useWeekdays();
  const form = useFields({
    start: region.window.start,
    end: region.window.end,
    days: region.window.days,
    station: region.station,
  });
  const save = useAction(
    async () => {
      await api.patch(`/api/regions/${encodeURIComponent(region.code)}`, {
        window: { start: form.values.start, end: form.values.end, days: form.values.days },
        station: form.values.station,
      });
      onSaved();
    },
    t('console.directory.regions.saved', { region: region.code }),
  );
  const submit = save.submit;
  const toggleDay = (d: number) =>
    form.set('days')(
      form.values.days.includes(d) ? form.values.days.filter((x) => x !== d) : [...form.values.days, d].sort(),
    );
  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={t('console.directory.regions.changeRegion', { region: region.code })}
      style={{ marginTop: '0.5rem', minWidth: 260 }}
    >
      <div className="form-row">
        <Field label={t('console.directory.regions.starts')} name="window.start" error={save.error}>
          {(p) => (
            <input {...p} type="time" value={form.values.start} onChange={(e) => form.set('start')(e.target.value)} />
          )}
        </Field>
        <Field
          label={t('console.directory.regions.ends')}
          name="window.end"
          error={save.error}
          hint={t('console.directory.regions.endsHint')}
        >
          {(p) => (
            <input {...p} type="time" value={form.values.end} onChange={(e) => form.set('end')(e.target.value)} />
          )}
        </Field>
      </div>
      <fieldset>
        <legend>{t('console.directory.regions.startsOn')}</legend>
        {weekdays.map((d, i) => (
          <label key={d} className="check">
            <input type="checkbox" checked={form.values.days.includes(i + 1)} onChange={() => toggleDay(i + 1)} />
            {d}
          </label>
        ))}
      </fieldset>
      <Field label={t('console.directory.regions.station')} name="station" error={save.error}>
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
        {t('console.directory.regions.save', { region: region.code })}
      </button>
    </form>
  );
}
