// Every environment, by region: its tenant, type, version and the First Release and early-access
// flags the rollout planner reads.
import { Badge, Empty, Field, Loaded, Page } from '../../components/ui';
import { withQuery } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { Link, setQueryParam, useLocation } from '../../lib/router';
import { useTenant } from '../../lib/tenant';
import type { Environment, Page as ListPage, Region } from '../../lib/types';
import { useApi } from '../../lib/useApi';

export function EnvironmentsDirectoryScreen() {
  const { query } = useLocation();
  const region = query.get('region') ?? '';
  const list = useApi<ListPage<Environment>>(withQuery('/api/environments', { region, limit: 1000 }), [
    'environment',
    'release',
  ]);
  const regions = useApi<Region[]>('/api/regions', ['regions']);
  const t = useT();
  return (
    <Page title={t('console.directory.environments.title')}>
      <div className="toolbar">
        <Field label={t('console.directory.region')} name="region">
          {(p) => (
            <select {...p} value={region} onChange={(e) => setQueryParam('region', e.target.value)}>
              <option value="">{t('console.directory.environments.allRegions')}</option>
              {(regions.data ?? []).map((r) => (
                <option key={r.code} value={r.code}>
                  {r.code} · {r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Loaded state={list}>
        {({ items }) =>
          items.length ? (
            <EnvironmentTable items={items} showTenant />
          ) : (
            <Empty>{t('console.directory.environments.none')}</Empty>
          )
        }
      </Loaded>
    </Page>
  );
}

export function EnvironmentTable({ items, showTenant = false }: { items: Environment[]; showTenant?: boolean }) {
  const { nameOf } = useTenant();
  const t = useT();
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('console.directory.environment')}</th>
            {showTenant ? <th scope="col">{t('console.directory.tenant')}</th> : null}
            <th scope="col">{t('console.directory.region')}</th>
            <th scope="col">{t('console.directory.type')}</th>
            <th scope="col">{t('console.directory.version')}</th>
            <th scope="col">{t('console.directory.environments.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td>
                <div>{e.name}</div>
                <div className="muted">{e.url.replace(/^https?:\/\//, '')}</div>
              </td>
              {showTenant ? (
                <td>
                  <Link to={`/directory/tenants/${e.tenantId}`}>{nameOf(e.tenantId)}</Link>
                </td>
              ) : null}
              <td>{e.region}</td>
              <td>{t('console.directory.environmentType', { type: e.type })}</td>
              <td>{e.version}</td>
              <td>
                <div className="actions">
                  {e.firstRelease ? <Badge tone="warn">{t('console.directory.firstRelease')}</Badge> : null}
                  {e.earlyAccess ? <Badge tone="ok">{t('console.directory.earlyAccess')}</Badge> : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
