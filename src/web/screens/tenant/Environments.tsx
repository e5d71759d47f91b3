// A tenant's environments: each one's About page (the version shows whether this week's update
// has landed: two parts, the second changing after the database update) and, for org admins, the
// early-access switch for the next major release wave.
import { Badge, Empty, Loaded, Page, ProblemNote, useAction } from '../../components/ui';
import { api } from '../../lib/api';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { Environment, Page as ListPage, Region } from '../../lib/types';
import { useApi } from '../../lib/useApi';

export function EnvironmentsScreen() {
  const { tenantId, isOrgAdmin, nameOf } = useTenant();
  const list = useApi<ListPage<Environment>>(`/api/environments?tenantId=${tenantId}&limit=1000`, ['environment', 'release']);
  const regions = useApi<Region[]>('/api/regions', ['regions']);
  const time = useTime();
  const switchEarly = useAction(async (env: Environment) => {
    await api.patch(`/api/environments/${env.id}`, { earlyAccess: !env.earlyAccess });
    list.reload();
  }, 'Early access changed');

  return (
    <Page title="Environments" intro={`${nameOf(tenantId)}’s environments with the version each runs (its About page). Updates run in each region’s maintenance window; the database part of the version changes about a day after the service part.`}>
      <ProblemNote error={switchEarly.error} />
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No environments you can see.</Empty>
          ) : (
            <div className="grid">
              {items.map((env) => {
                const region = regions.data?.find((r) => r.code === env.region);
                return (
                  <article key={env.id} className="card" aria-labelledby={`env-${env.id}`}>
                    <h2 id={`env-${env.id}`}>{env.name}</h2>
                    <div className="actions">
                      <Badge tone={env.type === 'production' ? 'info' : 'neutral'}>{env.type}</Badge>
                      {env.firstRelease ? <Badge tone="warn">First Release</Badge> : null}
                      {env.earlyAccess ? <Badge tone="ok">Early access</Badge> : null}
                    </div>
                    <dl className="facts" style={{ marginTop: '0.75rem' }}>
                      <dt>Version</dt>
                      <dd>
                        <strong>{env.version}</strong>
                      </dd>
                      <dt>Region</dt>
                      <dd>
                        {env.region}
                        {region ? ` · ${region.name}` : ''}
                      </dd>
                      {region ? (
                        <>
                          <dt>Window</dt>
                          <dd>
                            {region.window.start}–{region.window.end} UTC
                          </dd>
                        </>
                      ) : null}
                      <dt>URL</dt>
                      <dd>
                        <a href={env.url} rel="noopener noreferrer" target="_blank">
                          {env.url.replace(/^https?:\/\//, '')}
                        </a>
                      </dd>
                      <dt>Changed</dt>
                      <dd>{time.dateTime(env.updatedAt)}</dd>
                    </dl>
                    {isOrgAdmin ? (
                      <label className="check">
                        <input type="checkbox" role="switch" checked={env.earlyAccess} disabled={switchEarly.busy} onChange={() => void switchEarly.run(env)} />
                        Early access to the next release wave
                      </label>
                    ) : null}
                  </article>
                );
              })}
            </div>
          )
        }
      </Loaded>
    </Page>
  );
}
