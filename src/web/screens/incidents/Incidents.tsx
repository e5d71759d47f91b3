// The operators' list of incidents and advisories: what is going on, or what has ended.
import { IncidentItem } from '../../components/incidents';
import { Empty, Field, Loaded, Page, Tabs } from '../../components/ui';
import { withQuery } from '../../lib/api';
import { plural, STATUS_LABEL } from '../../lib/labels';
import { Link, setQueryParam, useLocation } from '../../lib/router';
import { useTime } from '../../lib/time';
import type { Incident, Page as ListPage, Region, Service } from '../../lib/types';
import { useApi } from '../../lib/useApi';

export function IncidentsScreen() {
  const { query } = useLocation();
  const state = query.get('state') ?? 'active';
  const classification = query.get('classification') ?? '';
  const severity = query.get('severity') ?? '';
  const search = {
    q: query.get('q') ?? '',
    region: query.get('region') ?? '',
    serviceId: query.get('serviceId') ?? '',
    status: query.get('status') ?? '',
  };
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  const time = useTime();
  const regions = useApi<Region[]>('/api/regions', ['regions']);
  const services = useApi<Service[]>('/api/services', ['services']);
  // Dates are picked as days in the reader's zone; the API takes instants.
  const list = useApi<ListPage<Incident>>(
    withQuery('/api/incidents', {
      state: state === 'all' ? undefined : state,
      classification,
      severity,
      ...search,
      from: from ? time.toUtc(`${from}T00:00`) : undefined,
      to: to ? time.toUtc(`${to}T23:59`) : undefined,
      limit: 200,
    }),
    ['incident'],
  );

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
        <Field label="Search title or id" name="q">
          {(p) => (
            <input {...p} type="search" defaultValue={search.q} onChange={(e) => setQueryParam('q', e.target.value)} />
          )}
        </Field>
        <Field label="Region" name="region">
          {(p) => (
            <select {...p} value={search.region} onChange={(e) => setQueryParam('region', e.target.value)}>
              <option value="">Any</option>
              {(regions.data ?? []).map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Service" name="serviceId">
          {(p) => (
            <select {...p} value={search.serviceId} onChange={(e) => setQueryParam('serviceId', e.target.value)}>
              <option value="">Any</option>
              {(services.data ?? []).map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Status" name="status">
          {(p) => (
            <select {...p} value={search.status} onChange={(e) => setQueryParam('status', e.target.value)}>
              <option value="">Any</option>
              {Object.entries(STATUS_LABEL)
                .filter(([id]) => id !== 'serviceOperational')
                .map(([id, label]) => (
                  <option key={id} value={id}>
                    {label}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label="Started from" name="from">
          {(p) => <input {...p} type="date" value={from} onChange={(e) => setQueryParam('from', e.target.value)} />}
        </Field>
        <Field label="Started until" name="to">
          {(p) => <input {...p} type="date" value={to} onChange={(e) => setQueryParam('to', e.target.value)} />}
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
                <IncidentItem
                  key={i.id}
                  incident={i}
                  to={`/incidents/${i.id}`}
                  extra={<span>{i.scope ? plural(i.scope.tenantCount, 'tenant') : null}</span>}
                />
              ))}
            </ul>
          )
        }
      </Loaded>
    </Page>
  );
}
