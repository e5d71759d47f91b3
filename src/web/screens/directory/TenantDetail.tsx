// One tenant in the operators' directory: its details, its environments (add one), its people
// and who else receives its email.
import { useState } from 'react';
import { Empty, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
import { useTime } from '../../lib/time';
import { Link } from '../../lib/router';
import type { Environment, Page as ListPage, Person, Region, Service, Tenant } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { ENVIRONMENT_TYPES } from '../../../shared/directory';
import { RecipientList } from '../tenant/Recipients';
import { EnvironmentTable } from './Environments';
import { TenantFields } from './Tenants';

export function TenantDetailScreen({ id }: { id: string }) {
  const state = useApi<Tenant>(`/api/tenants/${id}`, ['directory']);
  const environments = useApi<ListPage<Environment>>(`/api/tenants/${id}/environments?limit=1000`, ['environment']);
  const people = useApi<ListPage<Person>>(`/api/people?tenantId=${id}&limit=1000`, ['roles', 'directory']);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const t = useT();
  const labels = useLabels();
  const time = useTime();

  return (
    <Loaded state={state}>
      {(tenant) => (
        <Page
          title={tenant.name}
          actions={
            <button className="btn" type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
              {t('console.directory.tenants.editDetails')}
            </button>
          }
        >
          <p className="meta">
            <span>{tenant.domain}</span>
            <span>
              {t('console.directory.tenants.supportPlanOf', {
                plan: t('console.directory.supportPlan', { plan: tenant.supportPlan }),
              })}
            </span>
            <span>
              {t('console.directory.tenants.purchasedOn', { date: time.date(`${tenant.purchaseDate}T12:00:00Z`) })}
            </span>
          </p>
          {editing ? <EditTenant tenant={tenant} onSaved={() => (setEditing(false), state.reload())} /> : null}

          <div className="page-head">
            <h2>{t('console.directory.environments.title')}</h2>
            <button className="btn" type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
              {t('console.directory.tenants.addEnvironment')}
            </button>
          </div>
          {adding ? <NewEnvironment tenantId={id} onAdded={() => (setAdding(false), environments.reload())} /> : null}
          <Loaded state={environments}>
            {({ items }) =>
              items.length ? (
                <EnvironmentTable items={items} />
              ) : (
                <Empty>{t('console.directory.tenants.noEnvironments')}</Empty>
              )
            }
          </Loaded>

          <h2>{t('console.directory.people.title')}</h2>
          <Loaded state={people}>
            {({ items }) =>
              items.length === 0 ? (
                <Empty>{t('console.directory.tenants.nobody')}</Empty>
              ) : (
                <ul className="list">
                  {items.map((p) => (
                    <li key={p.id}>
                      <Link to={`/directory/people/${p.id}`}>{p.name}</Link> <span className="muted">{p.email}</span>
                      <div className="meta">
                        {p.roles
                          .filter((r) => r.tenantId === id)
                          .map((r) => (
                            <span key={r.id}>{labels.role(r.role)}</span>
                          ))}
                      </div>
                    </li>
                  ))}
                </ul>
              )
            }
          </Loaded>
          <RecipientList tenantId={id} canManage />
        </Page>
      )}
    </Loaded>
  );
}

function EditTenant({ tenant, onSaved }: { tenant: Tenant; onSaved: () => void }) {
  const form = useFields({
    name: tenant.name,
    domain: tenant.domain,
    purchaseDate: tenant.purchaseDate,
    supportPlan: tenant.supportPlan,
  });
  const t = useT();
  const save = useAction(async () => {
    await api.patch(`/api/tenants/${tenant.id}`, form.values);
    onSaved();
  }, t('console.directory.tenants.saved'));
  const submit = save.submit;
  return (
    <form noValidate className="card" onSubmit={submit} aria-label={t('console.directory.tenants.edit')}>
      <TenantFields form={form} error={save.error} />
      <ProblemNote error={save.error} />
      <button className="btn primary" type="submit" disabled={save.busy}>
        {t('console.directory.save')}
      </button>
    </form>
  );
}

function NewEnvironment({ tenantId, onAdded }: { tenantId: string; onAdded: () => void }) {
  const regions = useApi<Region[]>('/api/regions');
  const services = useApi<Service[]>('/api/services', ['services']);
  const t = useT();
  const form = useFields({
    name: '',
    region: 'NAM',
    type: 'production',
    url: 'https://',
    version: '9.2.0.0',
    services: [] as string[],
    firstRelease: false,
  });
  const create = useAction(async () => {
    await api.post(`/api/tenants/${tenantId}/environments`, form.values);
    onAdded();
  }, t('console.directory.tenants.environmentAdded'));
  const submit = create.submit;
  const toggle = (id: string) =>
    form.set('services')(
      form.values.services.includes(id) ? form.values.services.filter((s) => s !== id) : [...form.values.services, id],
    );
  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="new-env">
      <h3 id="new-env">{t('console.directory.tenants.newEnvironment')}</h3>
      <div className="form-row">
        <Field label={t('console.directory.name')} name="name" error={create.error}>
          {(p) => <input {...p} required value={form.values.name} onChange={(e) => form.set('name')(e.target.value)} />}
        </Field>
        <Field label={t('console.directory.region')} name="region" error={create.error}>
          {(p) => (
            <select {...p} value={form.values.region} onChange={(e) => form.set('region')(e.target.value)}>
              {(regions.data ?? []).map((r) => (
                <option key={r.code} value={r.code}>
                  {r.code} · {r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('console.directory.type')} name="type" error={create.error}>
          {(p) => (
            <select {...p} value={form.values.type} onChange={(e) => form.set('type')(e.target.value)}>
              {ENVIRONMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t('console.directory.environmentType', { type })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('console.directory.url')} name="url" error={create.error}>
          {(p) => (
            <input
              {...p}
              type="url"
              required
              value={form.values.url}
              onChange={(e) => form.set('url')(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('console.directory.version')} name="version" error={create.error}>
          {(p) => (
            <input {...p} required value={form.values.version} onChange={(e) => form.set('version')(e.target.value)} />
          )}
        </Field>
      </div>
      <fieldset>
        <legend>{t('console.directory.services')}</legend>
        {(services.data ?? []).map((s) => (
          <label key={s.id} className="check">
            <input type="checkbox" checked={form.values.services.includes(s.id)} onChange={() => toggle(s.id)} />
            {s.name}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={form.values.firstRelease}
          onChange={(e) => form.set('firstRelease')(e.target.checked)}
        />
        {t('console.directory.tenants.firstReleaseCheck')}
      </label>
      <ProblemNote error={create.error} />
      <div className="actions" style={{ marginTop: '0.75rem' }}>
        <button className="btn primary" type="submit" disabled={create.busy}>
          {t('console.directory.tenants.addEnvironment')}
        </button>
      </div>
    </form>
  );
}
