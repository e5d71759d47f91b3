// The operators' list of incidents and advisories: what is going on, or what has ended.
import { IncidentItem } from '../../components/incidents';
import { Empty, Field, Loaded, Page, Tabs } from '../../components/ui';
import { withQuery } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
import { Link, setQueryParam, useLocation } from '../../lib/router';
import { useTime } from '../../lib/time';
import type { Incident, Page as ListPage, Region, Service } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { INCIDENT_STATUSES } from '../../../shared/incidents';

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
  const t = useT();
  const labels = useLabels();
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
      title={t('console.incidents.list.title')}
      actions={
        <Link className="btn primary" to="/incidents/new">
          {t('console.incidents.openAnIncident')}
        </Link>
      }
    >
      <Tabs
        label={t('console.incidents.list.which')}
        current={state}
        onChange={(v) => setQueryParam('state', v)}
        tabs={[
          { id: 'active', label: t('console.incidents.list.goingOn') },
          { id: 'resolved', label: t('console.incidents.list.ended') },
          { id: 'all', label: t('console.incidents.list.all') },
        ]}
      />
      <div className="toolbar">
        <Field label={t('console.incidents.kind')} name="classification">
          {(p) => (
            <select {...p} value={classification} onChange={(e) => setQueryParam('classification', e.target.value)}>
              <option value="">{t('console.incidents.list.title')}</option>
              <option value="incident">{labels.category('incident')}</option>
              <option value="advisory">{labels.category('advisory')}</option>
            </select>
          )}
        </Field>
        <Field label={t('console.incidents.list.search')} name="q">
          {(p) => (
            <input {...p} type="search" defaultValue={search.q} onChange={(e) => setQueryParam('q', e.target.value)} />
          )}
        </Field>
        <Field label={t('console.incidents.region')} name="region">
          {(p) => (
            <select {...p} value={search.region} onChange={(e) => setQueryParam('region', e.target.value)}>
              <option value="">{t('console.incidents.list.any')}</option>
              {(regions.data ?? []).map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('console.incidents.service')} name="serviceId">
          {(p) => (
            <select {...p} value={search.serviceId} onChange={(e) => setQueryParam('serviceId', e.target.value)}>
              <option value="">{t('console.incidents.list.any')}</option>
              {(services.data ?? []).map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('console.incidents.status')} name="status">
          {(p) => (
            <select {...p} value={search.status} onChange={(e) => setQueryParam('status', e.target.value)}>
              <option value="">{t('console.incidents.list.any')}</option>
              {INCIDENT_STATUSES.map((id) => (
                <option key={id} value={id}>
                  {labels.status(id)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('console.incidents.list.from')} name="from">
          {(p) => <input {...p} type="date" value={from} onChange={(e) => setQueryParam('from', e.target.value)} />}
        </Field>
        <Field label={t('console.incidents.list.to')} name="to">
          {(p) => <input {...p} type="date" value={to} onChange={(e) => setQueryParam('to', e.target.value)} />}
        </Field>
        <Field label={t('console.incidents.severity')} name="severity">
          {(p) => (
            <select {...p} value={severity} onChange={(e) => setQueryParam('severity', e.target.value)}>
              <option value="">{t('console.incidents.list.any')}</option>
              <option value="major">{labels.value('major')}</option>
              <option value="minor">{labels.value('minor')}</option>
            </select>
          )}
        </Field>
      </div>
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>
              {t(state === 'active' ? 'console.incidents.list.nothingGoingOn' : 'console.incidents.list.noneMatch')}
            </Empty>
          ) : (
            <ul className="list card">
              {items.map((i) => (
                <IncidentItem
                  key={i.id}
                  incident={i}
                  to={`/incidents/${i.id}`}
                  extra={
                    <span>{i.scope ? t('console.incidents.tenantCount', { count: i.scope.tenantCount }) : null}</span>
                  }
                />
              ))}
            </ul>
          )
        }
      </Loaded>
    </Page>
  );
}
