// Releases and their safe deployment. The rollout board is a picture of a rollout: stations down
// the side in order (First Release first), their regions across, each cell coloured by how far
// the update got there and how many environments are done. Operators hold, resume or stop it.
import { useT } from '../../lib/i18n';
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
const CELL: Record<TargetState, string> = {
  planned: 'c-waiting',
  in_progress: 'c-running',
  completed: 'c-done',
  failed: 'c-trouble',
  halted: 'c-trouble',
  cancelled: 'c-waiting',
};

export function ReleasesScreen() {
  const releases = useApi<ListPage<Release>>('/api/releases?limit=50', ['release']);
  const time = useTime();
  const t = useT();
  return (
    <Page title={t('console.releases.title')} intro={t('console.releases.intro')}>
      <ReleaseTrains />
      <NewRelease onPublished={releases.reload} />
      <h2>{t('console.releases.releases')}</h2>
      <Loaded state={releases}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.releases.none')}</Empty>
          ) : (
            <ul className="list card">
              {items.map((r) => (
                <li key={r.id}>
                  <div className="actions">
                    <span className="item-title">{r.title}</span>
                    <Badge>{t('console.releases.kind', { kind: r.kind })}</Badge>
                    {r.rollout ? (
                      <Badge tone={ROLLOUT_TONE[r.rollout.state]}>
                        {t('console.releases.rolloutBadge', { state: r.rollout.state })}
                      </Badge>
                    ) : (
                      <Badge tone="warn">{t('console.releases.notRolledOut')}</Badge>
                    )}
                  </div>
                  <div className="meta">
                    <span>
                      {t('console.releases.versionOf', {
                        version: r.databaseVersion ? `${r.version} / ${r.databaseVersion}` : r.version,
                      })}
                    </span>
                    <span>{time.date(r.createdAt)}</span>
                    <a href={r.releaseNotesUrl} target="_blank" rel="noopener noreferrer">
                      {t('console.releases.notes')}
                    </a>
                    {r.features.some((f) => f.disruptive) ? (
                      <span>
                        {t('console.releases.disruptive', {
                          count: r.features.filter((f) => f.disruptive).length,
                        })}
                      </span>
                    ) : null}
                  </div>
                  {r.rollout ? (
                    <Link className="btn small" to={`/rollouts/${r.rollout.id}`}>
                      {t('console.releases.board')}
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
  const t = useT();
  const publish = useAction(async () => {
    const { databaseVersion, title, ...rest } = form.values;
    await api.post('/api/releases', {
      ...rest,
      ...(databaseVersion ? { databaseVersion } : {}),
      ...(title ? { title } : {}),
    });
    form.reset();
    onPublished();
  }, t('console.releases.published'));
  const submit = publish.submit;
  return (
    <details className="card">
      <summary>{t('console.releases.publishARelease')}</summary>
      <form noValidate onSubmit={submit} style={{ marginTop: '0.75rem' }}>
        <div className="form-row">
          <Field label={t('console.releases.kindLabel')} name="kind" error={publish.error}>
            {(p) => (
              <select {...p} value={form.values.kind} onChange={(e) => form.set('kind')(e.target.value)}>
                {(['weekly', 'wave', 'security'] as const).map((kind) => (
                  <option key={kind} value={kind}>
                    {t('console.releases.kindOption', { kind })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('console.releases.version')} name="version" error={publish.error}>
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
          <Field label={t('console.releases.databaseVersion')} name="databaseVersion" error={publish.error}>
            {(p) => (
              <input
                {...p}
                value={form.values.databaseVersion}
                onChange={(e) => form.set('databaseVersion')(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('console.releases.titleOptional')} name="title" error={publish.error}>
            {(p) => <input {...p} value={form.values.title} onChange={(e) => form.set('title')(e.target.value)} />}
          </Field>
          <Field label={t('console.releases.notesUrl')} name="releaseNotesUrl" error={publish.error}>
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
          {t('console.releases.publish')}
        </button>
      </form>
    </details>
  );
}

function StartRollout({ release, onStarted }: { release: Release; onStarted: (id: string) => void }) {
  const time = useTime();
  const t = useT();
  const form = useFields({ startsAt: time.toLocalInput(new Date(Date.now() + 3600_000).toISOString()) });
  const start = useAction(
    async () =>
      onStarted(
        (await api.post<Rollout>(`/api/releases/${release.id}/rollout`, { startsAt: time.toUtc(form.values.startsAt) }))
          .id,
      ),
    t('console.releases.planned'),
  );
  const submit = start.submit;
  return (
    <form noValidate className="toolbar" onSubmit={submit}>
      <Field label={t('console.releases.startFrom', { zone: time.zone })} name="startsAt" error={start.error}>
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
        {t('console.releases.plan')}
      </button>
      <ProblemNote error={start.error} />
    </form>
  );
}

export function RolloutScreen({ id }: { id: string }) {
  const rollout = useApi<Rollout>(`/api/rollouts/${id}`, ['release', 'environment']);
  const time = useTime();
  const t = useT();
  const act = useAction(async (action: 'hold' | 'resume' | 'stop') => {
    await api.post(`/api/rollouts/${id}/${action}`);
    rollout.reload();
  }, t('console.releases.changed'));
  return (
    <Loaded state={rollout}>
      {(r) => {
        return (
          <Page
            title={t('console.releases.rolloutTitle', { title: r.release.title })}
            actions={
              <>
                {r.state === 'active' ? (
                  <button className="btn" type="button" onClick={() => void act.run('hold')}>
                    {t('console.releases.hold')}
                  </button>
                ) : null}
                {r.state === 'held' || r.state === 'halted' ? (
                  <button className="btn primary" type="button" onClick={() => void act.run('resume')}>
                    {t('console.releases.resume')}
                  </button>
                ) : null}
                {r.state !== 'stopped' && r.state !== 'completed' ? (
                  <button className="btn danger" type="button" onClick={() => void act.run('stop')}>
                    {t('console.releases.stop')}
                  </button>
                ) : null}
              </>
            }
          >
            <p className="actions">
              <Badge tone={ROLLOUT_TONE[r.state]}>{t('console.releases.rolloutState', { state: r.state })}</Badge>
              <span className="muted">
                {t('console.releases.rolloutFacts', {
                  version: r.release.version,
                  time: time.dateTime(r.startsAt),
                  hours: r.pauseHours,
                })}
              </span>
            </p>
            <ProblemNote error={act.error} />
            <div className="table-wrap">
              <table className="board">
                <caption className="sr-only">{t('console.releases.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('console.releases.station')}</th>
                    <th scope="col">{t('console.releases.regions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.stations.map((s) => (
                    <tr key={s.number}>
                      <th scope="row">
                        {s.number}. {s.name}
                      </th>
                      <td>
                        {s.targets.length === 0 ? (
                          <span className="muted">{t('console.releases.nothingHere')}</span>
                        ) : null}
                        <ul className="cells">
                          {s.targets.map((target) => {
                            const e = target.environments;
                            const cell = CELL[target.state];
                            const trouble = e.failed + e.overran;
                            return (
                              <li
                                key={`${target.region}${target.firstRelease ? '-fr' : ''}`}
                                className={`cell ${trouble ? 'c-trouble' : cell}`}
                              >
                                <strong>{target.region}</strong>
                                <span>
                                  {trouble
                                    ? t('console.releases.inTrouble', { count: trouble })
                                    : t('console.releases.cellState', { state: target.state })}
                                </span>
                                <span>{t('console.releases.envDone', { done: e.databaseDone, total: e.total })}</span>
                                <span
                                  className="cell-time"
                                  title={t('console.releases.windows', {
                                    service: time.dateTime(target.serviceWindow.startsAt),
                                    database: time.dateTime(target.databaseWindow.startsAt),
                                  })}
                                >
                                  {time.date(target.serviceWindow.startsAt)}
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
                <i className="c-waiting" /> {t('console.releases.cellState', { state: 'planned' })}
              </span>
              <span>
                <i className="c-running" /> {t('console.releases.cellState', { state: 'in_progress' })}
              </span>
              <span>
                <i className="c-done" /> {t('console.releases.cellState', { state: 'completed' })}
              </span>
              <span>
                <i className="c-trouble" /> {t('console.releases.legendTrouble')}
              </span>
              <span>{t('console.releases.legendEnv')}</span>
            </div>
          </Page>
        );
      }}
    </Loaded>
  );
}
