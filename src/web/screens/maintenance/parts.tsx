// Maintenance as it appears in lists and on its own page, for operators and tenant admins alike:
// its state (an overrun or a failure stands out), impact, and windows in the reader's time zone.
// Operators also report progress per region and cancel work that has not started.
import { useState } from 'react';
import { Badge, Field, Loaded, Page, ProblemNote, useAction, type Tone } from '../../components/ui';
import type { PlannedWork } from '../../components/WeekOfWindows';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
import { Link } from '../../lib/router';
import { useMe } from '../../lib/session';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { Maintenance, MaintenanceState } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { useReadNotices } from '../../components/NotificationBell';

/** The colour of each state; its words are console.maintenance.state. */
const STATE_TONE: Record<MaintenanceState, Tone> = {
  scheduled: 'info',
  in_progress: 'warn',
  completed: 'ok',
  overran: 'bad',
  failed: 'bad',
  cancelled: 'neutral',
};

export function StateBadge({ state }: { state: MaintenanceState }) {
  const t = useT();
  return <Badge tone={STATE_TONE[state]}>{t('console.maintenance.state', { value: state })}</Badge>;
}

function ImpactBadge({ impact }: { impact: Maintenance['impact'] }) {
  const t = useT();
  return (
    <Badge tone={impact === 'downtime' ? 'warn' : 'neutral'}>
      {t('console.maintenance.impact', { value: impact })}
    </Badge>
  );
}

/** The windows of some maintenance, for the week picture. */
export const workOf = (items: Maintenance[]): PlannedWork[] =>
  items
    .filter((m) => m.state !== 'cancelled')
    .flatMap((m) =>
      m.windows.map((w) => ({ regionCode: w.region, startsAt: w.startsAt, endsAt: w.endsAt, title: m.title })),
    );

export function MaintenanceItem({ maintenance: m }: { maintenance: Maintenance }) {
  const time = useTime();
  const t = useT();
  const labels = useLabels();
  const first = [...m.windows].sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  return (
    <li>
      <div className="actions">
        <Link to={`/maintenance/${m.id}`} className="item-title">
          {m.title}
        </Link>
        <StateBadge state={m.state} />
        <ImpactBadge impact={m.impact} />
        {m.kind !== 'planned' ? <Badge>{labels.value(m.kind)}</Badge> : null}
      </div>
      <div className="meta">
        <span>{t.list(m.windows.map((w) => w.region))}</span>
        {first ? (
          <span>
            {t('console.maintenance.firstWindow', {
              start: time.dateTime(first.startsAt),
              end: time.time(first.endsAt),
              more: m.windows.length - 1,
            })}
          </span>
        ) : null}
        <span>{t('console.maintenance.about', { minutes: m.durationMinutes })}</span>
        <span>{t('console.maintenance.environmentCount', { count: m.environments.length })}</span>
      </div>
    </li>
  );
}

export function MaintenanceScreen({ id }: { id: string }) {
  const me = useMe();
  const maintenance = useApi<Maintenance>(`/api/maintenance/${id}`, ['maintenance']);
  useReadNotices('maintenance', maintenance.data?.id);
  const time = useTime();
  const t = useT();
  const labels = useLabels();
  const { nameOf } = useTenant();
  return (
    <Loaded state={maintenance}>
      {(m) => (
        <Page title={m.title}>
          <p className="actions">
            <StateBadge state={m.state} />
            <ImpactBadge impact={m.impact} />
            <Badge>{labels.value(m.kind)}</Badge>
            {m.noticeSentAt ? (
              <span className="muted">
                {t('console.maintenance.announced', { time: time.dateTime(m.noticeSentAt) })}
              </span>
            ) : m.noticeDueAt ? (
              <span className="muted">
                {t('console.maintenance.toBeAnnounced', { time: time.dateTime(m.noticeDueAt) })}
              </span>
            ) : null}
          </p>
          {m.description ? <p className="pre">{m.description}</p> : null}
          <div className="two-cols">
            <section>
              <h2>{t('console.maintenance.windowsIn', { zone: time.zone })}</h2>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('console.maintenance.region')}</th>
                      <th scope="col">{t('console.maintenance.window')}</th>
                      <th scope="col">{t('console.maintenance.stateColumn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {m.windows.map((w) => (
                      <tr key={w.region}>
                        <td>{w.region}</td>
                        <td>
                          {t('common.range', { start: time.dateTime(w.startsAt), end: time.time(w.endsAt) })}
                          {w.startedAt ? (
                            <div className="muted">
                              {t('console.maintenance.started', { time: time.dateTime(w.startedAt) })}
                            </div>
                          ) : null}
                          {w.finishedAt ? (
                            <div className="muted">
                              {t('console.maintenance.finished', { time: time.dateTime(w.finishedAt) })}
                            </div>
                          ) : null}
                        </td>
                        <td>
                          <StateBadge state={w.state} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <h2>{t('console.maintenance.updates')}</h2>
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
                <p className="muted">{t('console.maintenance.noUpdates')}</p>
              )}
              {me.isOperator && !['completed', 'cancelled', 'failed'].includes(m.state) ? (
                <Progress maintenance={m} onDone={maintenance.reload} />
              ) : null}
            </section>
            <aside className="card">
              <h2>{t('console.maintenance.environments', { count: m.environments.length })}</h2>
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
  const t = useT();
  const report = useAction(async (status: 'in_progress' | 'completed' | 'failed') => {
    await api.post(`/api/maintenance/${m.id}/progress`, {
      status,
      ...(regions.length ? { regions } : {}),
      ...(note ? { note } : {}),
    });
    setNote('');
    onDone();
  }, t('console.maintenance.progressRecorded'));
  const cancel = useAction(async () => {
    await api.post(`/api/maintenance/${m.id}/cancel`, note ? { reason: note } : {});
    onDone();
  }, t('console.maintenance.cancelledNote'));
  return (
    <section className="card" aria-labelledby="progress-title">
      <h2 id="progress-title">{t('console.maintenance.reportProgress')}</h2>
      <fieldset>
        <legend>{t('console.maintenance.progressRegions')}</legend>
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
      <Field label={t('console.maintenance.note')} name="note" error={report.error}>
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
            {t('console.maintenance.start')}
          </button>
        ) : (
          <>
            <button
              className="btn primary"
              type="button"
              disabled={report.busy}
              onClick={() => void report.run('completed')}
            >
              {t('console.maintenance.completed')}
            </button>
            <button
              className="btn danger"
              type="button"
              disabled={report.busy}
              onClick={() => void report.run('failed')}
            >
              {t('console.maintenance.failed')}
            </button>
          </>
        )}
        {m.state === 'scheduled' ? (
          <button className="btn danger" type="button" disabled={cancel.busy} onClick={() => void cancel.run()}>
            {t('console.maintenance.cancel')}
          </button>
        ) : null}
      </div>
      <ProblemNote error={report.error ?? cancel.error} />
    </section>
  );
}
