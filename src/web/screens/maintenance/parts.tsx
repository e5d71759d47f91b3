// Maintenance as it appears in lists and on its own page, for operators and tenant admins alike:
// its state (an overrun or a failure stands out), impact, and windows in the reader's time zone.
// Operators also report progress per region and cancel work that has not started.
import { useState } from 'react';
import { Badge, Field, Loaded, Page, ProblemNote, useAction, type Tone } from '../../components/ui';
import type { PlannedWork } from '../../components/WeekOfWindows';
import { api } from '../../lib/api';
import { plural, valueLabel } from '../../lib/labels';
import { Link } from '../../lib/router';
import { useMe } from '../../lib/session';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { Maintenance, MaintenanceState } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { useReadNotices } from '../../components/NotificationBell';

const STATE: Record<MaintenanceState, { label: string; tone: Tone }> = {
  scheduled: { label: 'Scheduled', tone: 'info' },
  in_progress: { label: 'In progress', tone: 'warn' },
  completed: { label: 'Completed', tone: 'ok' },
  overran: { label: 'Overran its window', tone: 'bad' },
  failed: { label: 'Failed', tone: 'bad' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
};

const IMPACT: Record<Maintenance['impact'], string> = {
  none: 'no impact expected',
  degraded: 'degraded service',
  downtime: 'downtime',
};

export const StateBadge = ({ state }: { state: MaintenanceState }) => (
  <Badge tone={STATE[state].tone}>{STATE[state].label}</Badge>
);

/** The windows of some maintenance, for the week picture. */
export const workOf = (items: Maintenance[]): PlannedWork[] =>
  items
    .filter((m) => m.state !== 'cancelled')
    .flatMap((m) =>
      m.windows.map((w) => ({ regionCode: w.region, startsAt: w.startsAt, endsAt: w.endsAt, title: m.title })),
    );

export function MaintenanceItem({ maintenance: m }: { maintenance: Maintenance }) {
  const time = useTime();
  const first = [...m.windows].sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  return (
    <li>
      <div className="actions">
        <Link to={`/maintenance/${m.id}`} className="item-title">
          {m.title}
        </Link>
        <StateBadge state={m.state} />
        <Badge tone={m.impact === 'downtime' ? 'warn' : 'neutral'}>{IMPACT[m.impact]}</Badge>
        {m.kind !== 'planned' ? <Badge>{valueLabel(m.kind)}</Badge> : null}
      </div>
      <div className="meta">
        <span>{m.windows.map((w) => w.region).join(', ')}</span>
        {first ? (
          <span>
            {time.dateTime(first.startsAt)} – {time.time(first.endsAt)}
            {m.windows.length > 1 ? ` and ${m.windows.length - 1} more window${m.windows.length > 2 ? 's' : ''}` : ''}
          </span>
        ) : null}
        <span>about {m.durationMinutes} min</span>
        <span>{plural(m.environments.length, 'environment')}</span>
      </div>
    </li>
  );
}

export function MaintenanceScreen({ id }: { id: string }) {
  const me = useMe();
  const maintenance = useApi<Maintenance>(`/api/maintenance/${id}`, ['maintenance']);
  useReadNotices('maintenance', maintenance.data?.id);
  const time = useTime();
  const { nameOf } = useTenant();
  return (
    <Loaded state={maintenance}>
      {(m) => (
        <Page title={m.title}>
          <p className="actions">
            <StateBadge state={m.state} />
            <Badge tone={m.impact === 'downtime' ? 'warn' : 'neutral'}>{IMPACT[m.impact]}</Badge>
            <Badge>{valueLabel(m.kind)}</Badge>
            {m.noticeSentAt ? (
              <span className="muted">announced {time.dateTime(m.noticeSentAt)}</span>
            ) : m.noticeDueAt ? (
              <span className="muted">to be announced {time.dateTime(m.noticeDueAt)}</span>
            ) : null}
          </p>
          {m.description ? <p className="pre">{m.description}</p> : null}
          <div className="two-cols">
            <section>
              <h2>Windows, in {time.zone}</h2>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Region</th>
                      <th scope="col">Window</th>
                      <th scope="col">State</th>
                    </tr>
                  </thead>
                  <tbody>
                    {m.windows.map((w) => (
                      <tr key={w.region}>
                        <td>{w.region}</td>
                        <td>
                          {time.dateTime(w.startsAt)} – {time.time(w.endsAt)}
                          {w.startedAt ? <div className="muted">started {time.dateTime(w.startedAt)}</div> : null}
                          {w.finishedAt ? <div className="muted">finished {time.dateTime(w.finishedAt)}</div> : null}
                        </td>
                        <td>
                          <StateBadge state={w.state} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <h2>Updates</h2>
              {m.updates.length ? (
                <ol className="timeline">
                  {[...m.updates].reverse().map((u) => (
                    <li
                      key={u.id}
                      className={
                        u.state === 'completed'
                          ? 'restored'
                          : u.state === 'overran' || u.state === 'failed'
                            ? 'opened'
                            : ''
                      }
                    >
                      <div className="actions">
                        <strong>{time.dateTime(u.at)}</strong>
                        <StateBadge state={u.state} />
                      </div>
                      <p className="pre">{u.body}</p>
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="muted">No updates yet.</p>
              )}
              {me.isOperator && !['completed', 'cancelled', 'failed'].includes(m.state) ? (
                <Progress maintenance={m} onDone={maintenance.reload} />
              ) : null}
            </section>
            <aside className="card">
              <h2>Environments ({m.environments.length})</h2>
              <ul className="list">
                {m.environments.map((e) => (
                  <li key={e.id}>
                    {e.name} <span className="muted">{e.region}</span>
                    {me.isOperator ? <div className="meta">{nameOf(e.tenantId)}</div> : null}
                  </li>
                ))}
              </ul>
            </aside>
          </div>
        </Page>
      )}
    </Loaded>
  );
}

/** Operators: say how the work goes in some regions, or cancel it before it starts. */
function Progress({ maintenance: m, onDone }: { maintenance: Maintenance; onDone: () => void }) {
  const [regions, setRegions] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const report = useAction(async (status: 'in_progress' | 'completed' | 'failed') => {
    await api.post(`/api/maintenance/${m.id}/progress`, {
      status,
      ...(regions.length ? { regions } : {}),
      ...(note ? { note } : {}),
    });
    setNote('');
    onDone();
  }, 'Progress recorded');
  const cancel = useAction(async () => {
    await api.post(`/api/maintenance/${m.id}/cancel`, note ? { reason: note } : {});
    onDone();
  }, 'Maintenance cancelled; those told of it are told');
  return (
    <section className="card" aria-labelledby="progress-title">
      <h2 id="progress-title">Report progress</h2>
      <fieldset>
        <legend>Regions (all when none is chosen)</legend>
        {m.windows.map((w) => (
          <label key={w.region} className="check">
            <input
              type="checkbox"
              checked={regions.includes(w.region)}
              onChange={() =>
                setRegions(regions.includes(w.region) ? regions.filter((r) => r !== w.region) : [...regions, w.region])
              }
            />
            {w.region}
          </label>
        ))}
      </fieldset>
      <Field label="Note (optional)" name="note" error={report.error}>
        {(p) => <input {...p} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      {/* The primary action follows the state: start work that has not started, complete work under way. */}
      <div className="actions">
        {m.state === 'scheduled' ? (
          <button
            className="btn primary"
            type="button"
            disabled={report.busy}
            onClick={() => void report.run('in_progress')}
          >
            Start
          </button>
        ) : (
          <>
            <button
              className="btn primary"
              type="button"
              disabled={report.busy}
              onClick={() => void report.run('completed')}
            >
              Completed
            </button>
            <button
              className="btn danger"
              type="button"
              disabled={report.busy}
              onClick={() => void report.run('failed')}
            >
              Failed
            </button>
          </>
        )}
        {m.state === 'scheduled' ? (
          <button className="btn danger" type="button" disabled={cancel.busy} onClick={() => void cancel.run()}>
            Cancel maintenance
          </button>
        ) : null}
      </div>
      <ProblemNote error={report.error ?? cancel.error} />
    </section>
  );
}
