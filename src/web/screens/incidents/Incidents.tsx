// The operators' list of incidents and advisories: what is going on, or what has ended.
import { IncidentItem } from '../../components/incidents';
import { Empty, Field, Loaded, Page, Tabs } from '../../components/ui';
import { withQuery } from '../../lib/api';
import { plural } from '../../lib/labels';
import { Link, setQueryParam, useLocation } from '../../lib/router';
import type { Incident, Page as ListPage } from '../../lib/types';
import { useApi } from '../../lib/useApi';

export function IncidentsScreen() {
  const { query } = useLocation();
  const state = query.get('state') ?? 'active';
  const classification = query.get('classification') ?? '';
  const severity = query.get('severity') ?? '';
  const list = useApi<ListPage<Incident>>(withQuery('/api/incidents', { state: state === 'all' ? undefined : state, classification, severity, limit: 200 }), ['incident']);

  return (
    <Page
      title="Incidents and advisories"
      actions={
        <Link className="btn primary" to="/incidents/new">
          Open an incident
        </Link>
      }
    >
      <Tabs
        label="Which incidents"
        current={state}
        onChange={(v) => setQueryParam('state', v)}
        tabs={[
          { id: 'active', label: 'Going on' },
          { id: 'resolved', label: 'Ended' },
          { id: 'all', label: 'All' },
        ]}
      />
      <div className="toolbar">
        <Field label="Kind" name="classification">
          {(p) => (
            <select {...p} value={classification} onChange={(e) => setQueryParam('classification', e.target.value)}>
              <option value="">Incidents and advisories</option>
              <option value="incident">Incidents</option>
              <option value="advisory">Advisories</option>
            </select>
          )}
        </Field>
        <Field label="Severity" name="severity">
          {(p) => (
            <select {...p} value={severity} onChange={(e) => setQueryParam('severity', e.target.value)}>
              <option value="">Any</option>
              <option value="major">Major</option>
              <option value="minor">Minor</option>
            </select>
          )}
        </Field>
      </div>
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{state === 'active' ? 'Nothing is going on.' : 'No incidents match.'}</Empty>
          ) : (
            <ul className="list card">
              {items.map((i) => (
                <IncidentItem key={i.id} incident={i} to={`/incidents/${i.id}`} extra={<span>{plural(i.scope.tenantCount, 'tenant')}</span>} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </Page>
  );
}
