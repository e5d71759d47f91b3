// A tenant's environments, each with its About page: the version (two parts: it shows
// "background update pending" until the database part of an update is done, about a day after the
// service part), the updates coming to it, and, for org admins, early access to the next release
// wave and the switches of disruptive features, which stay off until turned on after testing.
import { Badge, Empty, Loaded, Page, ProblemNote, useAction } from '../../components/ui';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { Environment, EnvironmentFeature, EnvironmentUpdates, Page as ListPage, Region } from '../../lib/types';
import { useApi } from '../../lib/useApi';

export function EnvironmentsScreen() {
  const { tenantId, nameOf } = useTenant();
  const list = useApi<ListPage<Environment>>(`/api/environments?tenantId=${tenantId}&limit=1000`, [
    'environment',
    'release',
  ]);
  const regions = useApi<Region[]>('/api/regions', ['regions']);
  const t = useT();
  return (
    <Page
      title={t('console.tenant.environments.title')}
      intro={t('console.tenant.environments.intro', { tenant: nameOf(tenantId) })}
    >
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.tenant.environments.empty')}</Empty>
          ) : (
            <div className="env-list">
              {items.map((env) => (
                <EnvironmentCard
                  key={env.id}
                  env={env}
                  region={regions.data?.find((r) => r.code === env.region)}
                  onChange={list.reload}
                />
              ))}
            </div>
          )
        }
      </Loaded>
    </Page>
  );
}

function EnvironmentCard({
  env,
  region,
  onChange,
}: {
  env: Environment;
  region: Region | undefined;
  onChange: () => void;
}) {
  const { isOrgAdmin } = useTenant();
  const time = useTime();
  const t = useT();
  const updates = useApi<EnvironmentUpdates>(`/api/environments/${env.id}/updates`, ['release', 'environment']);
  const features = useApi<{ items: EnvironmentFeature[] }>(`/api/environments/${env.id}/features`, [
    'release',
    'environment',
  ]);
  const early = useAction(async () => {
    await api.patch(`/api/environments/${env.id}`, { earlyAccess: !env.earlyAccess });
    onChange();
  }, t('console.tenant.environments.earlyAccessChanged'));
  const feature = useAction(async (f: EnvironmentFeature) => {
    await api.put(`/api/environments/${env.id}/features/${f.id}`, { enabled: !f.enabled });
    features.reload();
  }, t('console.tenant.environments.featureSwitched'));
  const coming = (updates.data?.updates ?? []).filter((u) => u.state !== 'database_done');

  return (
    <article className="card" aria-labelledby={`env-${env.id}`}>
      <div className="page-head">
        <h2 id={`env-${env.id}`}>{env.name}</h2>
        <span className="actions">
          <Badge tone={env.type === 'production' ? 'info' : 'neutral'}>
            {t('console.tenant.environments.type', { value: env.type })}
          </Badge>
          {env.firstRelease ? <Badge tone="warn">{t('console.tenant.environments.firstRelease')}</Badge> : null}
          {env.earlyAccess ? <Badge tone="ok">{t('console.tenant.environments.earlyAccess')}</Badge> : null}
        </span>
      </div>
      <div className="two-cols">
        <dl className="facts">
          <dt>{t('console.tenant.environments.version')}</dt>
          <dd>
            <strong>{updates.data?.versionText ?? env.version}</strong>
            {updates.data?.backgroundUpdatePending ? (
              <div className="hint">{t('console.tenant.environments.backgroundPending')}</div>
            ) : null}
          </dd>
          <dt>{t('console.tenant.environments.region')}</dt>
          <dd>
            {env.region}
            {region ? ` · ${region.name}` : ''}
          </dd>
          {region ? (
            <>
              <dt>{t('console.tenant.environments.window')}</dt>
              <dd>
                {t('console.tenant.environments.windowUtc', { start: region.window.start, end: region.window.end })}
              </dd>
            </>
          ) : null}
          <dt>{t('console.tenant.environments.url')}</dt>
          <dd>
            <a href={env.url} rel="noopener noreferrer" target="_blank">
              {env.url.replace(/^https?:\/\//, '')}
            </a>
          </dd>
        </dl>
        <div>
          <h3>{t('console.tenant.environments.updatesComing')}</h3>
          {coming.length === 0 ? (
            <p className="muted">{t('console.tenant.environments.nonePlanned')}</p>
          ) : (
            <ul className="list">
              {coming.map((u) => (
                <li key={u.rolloutId}>
                  <a href={u.releaseNotesUrl} target="_blank" rel="noopener noreferrer">
                    {u.title}
                  </a>{' '}
                  <Badge tone="info">{t('console.tenant.environments.updateState', { value: u.state })}</Badge>
                  <div className="meta">
                    {t('console.tenant.environments.updateWindows', {
                      service: time.dateTime(u.serviceWindow.startsAt),
                      database: time.dateTime(u.databaseWindow.startsAt),
                    })}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {isOrgAdmin ? (
        <label className="check">
          <input
            type="checkbox"
            role="switch"
            checked={env.earlyAccess}
            disabled={early.busy}
            onChange={() => void early.run()}
          />
          {t('console.tenant.environments.earlyAccessSwitch')}
        </label>
      ) : null}
      <ProblemNote error={early.error ?? feature.error} />
      {features.data?.items.some((f) => f.disruptive) ? (
        <>
          <h3>{t('console.tenant.environments.disruptiveTitle')}</h3>
          <p className="hint">{t('console.tenant.environments.disruptiveHint')}</p>
          <ul className="list">
            {features.data.items
              .filter((f) => f.disruptive)
              .map((f) => (
                <li key={f.id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      role="switch"
                      checked={f.enabled}
                      disabled={!isOrgAdmin || !f.available || feature.busy}
                      onChange={() => void feature.run(f)}
                    />
                    <span>
                      <strong>{f.name}</strong> <span className="muted">({f.releaseTitle})</span>
                      {f.available ? null : (
                        <span className="muted"> · {t('console.tenant.environments.notYetHere')}</span>
                      )}
                    </span>
                  </label>
                  {f.description ? <div className="hint">{f.description}</div> : null}
                </li>
              ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
