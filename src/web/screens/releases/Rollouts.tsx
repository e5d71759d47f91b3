// Releases and their safe deployment. The rollout board is a picture of a rollout: stations down
// the side in order (First Release first), their regions across, each cell coloured by how far
// the update got there and how many environments are done. Operators hold, resume or stop it.
import { valueLabel } from '../../lib/labels';
import { Badge, Empty, Field, Loaded, Page, ProblemNote, useAction, useFields, type Tone } from '../../components/ui';
import { api } from '../../lib/api';
import { Link, navigate } from '../../lib/router';
import { useTime } from '../../lib/time';
import type { Page as ListPage, Release, Rollout, RolloutState, TargetState } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { ReleaseTrains } from './ReleaseTrains';

const ROLLOUT_TONE: Record<RolloutState, Tone> = {
  active: 'info',
  held: 'warn',
  halted: 'bad',
  stopped: 'neutral',
  completed: 'ok',
};
const CELL: Record<TargetState, { label: string; className: string }> = {
  planned: { label: 'planned', className: 'c-waiting' },
  in_progress: { label: 'deploying', className: 'c-running' },
  completed: { label: 'done', className: 'c-done' },
  failed: { label: 'failed', className: 'c-trouble' },
  halted: { label: 'halted', className: 'c-trouble' },
  cancelled: { label: 'cancelled', className: 'c-waiting' },
};

export function ReleasesScreen() {
  const releases = useApi<ListPage<Release>>('/api/releases?limit=50', ['release']);
  const time = useTime();
  return (
    <Page
      title="Releases and rollouts"
      intro="Weekly updates, the April and October release waves and security updates, each deployed station by station in every region’s window."
    >
      <ReleaseTrains />
      <NewRelease onPublished={releases.reload} />
      <h2>Releases</h2>
      <Loaded state={releases}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No releases yet.</Empty>
          ) : (
            <ul className="list card">
              {items.map((r) => (
                <li key={r.id}>
                  <div className="actions">
                    <span className="item-title">{r.title}</span>
                    <Badge>{valueLabel(r.kind)}</Badge>
                    {r.rollout ? (
                      <Badge tone={ROLLOUT_TONE[r.rollout.state]}>rollout {r.rollout.state}</Badge>
                    ) : (
                      <Badge tone="warn">not rolled out</Badge>
                    )}
                  </div>
                  <div className="meta">
                    <span>
                      version {r.version}
                      {r.databaseVersion ? ` / ${r.databaseVersion}` : ''}
                    </span>
                    <span>{time.date(r.createdAt)}</span>
                    <a href={r.releaseNotesUrl} target="_blank" rel="noopener noreferrer">
                      release notes
                    </a>
                    {r.features.some((f) => f.disruptive) ? (
                      <span>{r.features.filter((f) => f.disruptive).length} disruptive features (off by default)</span>
                    ) : null}
                  </div>
                  {r.rollout ? (
                    <Link className="btn small" to={`/rollouts/${r.rollout.id}`}>
                      Rollout board
                    </Link>
                  ) : (
                    <StartRollout release={r} onStarted={(id) => navigate(`/rollouts/${id}`)} />
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </Page>
  );
}

function NewRelease({ onPublished }: { onPublished: () => void }) {
  const form = useFields({ kind: 'weekly', version: '', databaseVersion: '', title: '', releaseNotesUrl: 'https://' });
  const publish = useAction(async () => {
    const { databaseVersion, title, ...rest } = form.values;
    await api.post('/api/releases', {
      ...rest,
      ...(databaseVersion ? { databaseVersion } : {}),
      ...(title ? { title } : {}),
    });
    form.reset();
    onPublished();
  }, 'Release published');
  const submit = publish.submit;
  return (
    <details className="card">
      <summary>Publish a release</summary>
      <form noValidate onSubmit={submit} style={{ marginTop: '0.75rem' }}>
        <div className="form-row">
          <Field label="Kind" name="kind" error={publish.error}>
            {(p) => (
              <select {...p} value={form.values.kind} onChange={(e) => form.set('kind')(e.target.value)}>
                <option value="weekly">Weekly update</option>
                <option value="wave">Major release wave</option>
                <option value="security">Security update</option>
              </select>
            )}
          </Field>
          <Field label="Version" name="version" error={publish.error}>
            {(p) => (
              <input
                {...p}
                required
                placeholder="9.2.26402.10"
                value={form.values.version}
                onChange={(e) => form.set('version')(e.target.value)}
              />
            )}
          </Field>
          <Field label="Database version (optional)" name="databaseVersion" error={publish.error}>
            {(p) => (
              <input
                {...p}
                value={form.values.databaseVersion}
                onChange={(e) => form.set('databaseVersion')(e.target.value)}
              />
            )}
          </Field>
          <Field label="Title (optional)" name="title" error={publish.error}>
            {(p) => <input {...p} value={form.values.title} onChange={(e) => form.set('title')(e.target.value)} />}
          </Field>
          <Field label="Release notes" name="releaseNotesUrl" error={publish.error}>
            {(p) => (
              <input
                {...p}
                type="url"
                value={form.values.releaseNotesUrl}
                onChange={(e) => form.set('releaseNotesUrl')(e.target.value)}
              />
            )}
          </Field>
        </div>
        <ProblemNote error={publish.error} />
        <button className="btn primary" type="submit" disabled={publish.busy}>
          Publish release
        </button>
      </form>
    </details>
  );
}

function StartRollout({ release, onStarted }: { release: Release; onStarted: (id: string) => void }) {
  const time = useTime();
  const form = useFields({ startsAt: time.toLocalInput(new Date(Date.now() + 3600_000).toISOString()) });
  const start = useAction(
    async () =>
      onStarted(
        (await api.post<Rollout>(`/api/releases/${release.id}/rollout`, { startsAt: time.toUtc(form.values.startsAt) }))
          .id,
      ),
    'Rollout planned',
  );
  const submit = start.submit;
  return (
    <form noValidate className="toolbar" onSubmit={submit}>
      <Field label={`Start from (${time.zone})`} name="startsAt" error={start.error}>
        {(p) => (
          <input
            {...p}
            type="datetime-local"
            value={form.values.startsAt}
            onChange={(e) => form.set('startsAt')(e.target.value)}
          />
        )}
      </Field>
      <button className="btn" type="submit" disabled={start.busy}>
        Plan the rollout
      </button>
      <ProblemNote error={start.error} />
    </form>
  );
}

export function RolloutScreen({ id }: { id: string }) {
  const rollout = useApi<Rollout>(`/api/rollouts/${id}`, ['release', 'environment']);
  const time = useTime();
  const act = useAction(async (action: 'hold' | 'resume' | 'stop') => {
    await api.post(`/api/rollouts/${id}/${action}`);
    rollout.reload();
  }, 'Rollout changed');
  return (
    <Loaded state={rollout}>
      {(r) => {
        return (
          <Page
            title={`Rollout: ${r.release.title}`}
            actions={
              <>
                {r.state === 'active' ? (
                  <button className="btn" type="button" onClick={() => void act.run('hold')}>
                    Hold
                  </button>
                ) : null}
                {r.state === 'held' || r.state === 'halted' ? (
                  <button className="btn primary" type="button" onClick={() => void act.run('resume')}>
                    Resume
                  </button>
                ) : null}
                {r.state !== 'stopped' && r.state !== 'completed' ? (
                  <button className="btn danger" type="button" onClick={() => void act.run('stop')}>
                    Stop
                  </button>
                ) : null}
              </>
            }
          >
            <p className="actions">
              <Badge tone={ROLLOUT_TONE[r.state]}>{r.state}</Badge>
              <span className="muted">
                version {r.release.version} · from {time.dateTime(r.startsAt)} · {r.pauseHours} h between stations
              </span>
            </p>
            <ProblemNote error={act.error} />
            <div className="table-wrap">
              <table className="board">
                <caption className="sr-only">
                  Rollout by station, in order; for each region: state, environments fully updated of all, and the
                  service window
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Station</th>
                    <th scope="col">Regions</th>
                  </tr>
                </thead>
                <tbody>
                  {r.stations.map((s) => (
                    <tr key={s.number}>
                      <th scope="row">
                        {s.number}. {s.name}
                      </th>
                      <td>
                        {s.targets.length === 0 ? <span className="muted">nothing to deploy here</span> : null}
                        <ul className="cells">
                          {s.targets.map((t) => {
                            const e = t.environments;
                            const cell = CELL[t.state];
                            const trouble = e.failed + e.overran;
                            return (
                              <li
                                key={`${t.region}${t.firstRelease ? '-fr' : ''}`}
                                className={`cell ${trouble ? 'c-trouble' : cell.className}`}
                              >
                                <strong>{t.region}</strong>
                                <span>{trouble ? `${trouble} in trouble` : cell.label}</span>
                                <span>
                                  {e.databaseDone}/{e.total} env.
                                </span>
                                <span
                                  className="cell-time"
                                  title={`service window ${time.dateTime(t.serviceWindow.startsAt)}; database ${time.dateTime(t.databaseWindow.startsAt)}`}
                                >
                                  {time.date(t.serviceWindow.startsAt)}
                                </span>
                              </li>
                            );
                          })}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="legend">
              <span>
                <i className="c-waiting" /> planned
              </span>
              <span>
                <i className="c-running" /> deploying
              </span>
              <span>
                <i className="c-done" /> done
              </span>
              <span>
                <i className="c-trouble" /> failed, overran or halted
              </span>
              <span>env.: environments fully updated (service and database) of all</span>
            </div>
          </Page>
        );
      }}
    </Loaded>
  );
}
