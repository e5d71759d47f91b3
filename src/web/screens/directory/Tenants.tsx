// The operators' directory of tenants: find one, add one, open one.
import { useState } from 'react';
import { Empty, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api, RawBody, withQuery, type ApiError } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { Link, navigate, setQueryParam, useLocation } from '../../lib/router';
import { useTime } from '../../lib/time';
import type { Page as ListPage, Tenant } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { IMPORT_KINDS, SUPPORT_PLANS } from '../../../shared/directory';

export function TenantsScreen() {
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const list = useApi<ListPage<Tenant>>(withQuery('/api/tenants', { q, limit: 200 }), ['directory']);
  const [adding, setAdding] = useState(false);
  const time = useTime();
  const t = useT();

  return (
    <Page
      title={t('console.directory.tenants.title')}
      actions={
        <button className="btn primary" type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          {t('console.directory.tenants.new')}
        </button>
      }
    >
      {adding ? <NewTenant /> : null}
      <Import onDone={list.reload} />
      <div className="toolbar" role="search">
        <Field label={t('console.directory.tenants.search')} name="q">
          {(p) => <input {...p} type="search" defaultValue={q} onChange={(e) => setQueryParam('q', e.target.value)} />}
        </Field>
      </div>
      <Loaded state={list}>
        {({ items, total }) =>
          items.length === 0 ? (
            <Empty>{t('console.directory.tenants.noneMatch')}</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="sr-only">{t('console.incidents.tenantCount', { count: total })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('console.directory.name')}</th>
                    <th scope="col">{t('console.directory.tenants.domain')}</th>
                    <th scope="col">{t('console.directory.tenants.supportPlan')}</th>
                    <th scope="col">{t('console.directory.tenants.purchased')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((x) => (
                    <tr key={x.id}>
                      <td>
                        <Link to={`/directory/tenants/${x.id}`}>{x.name}</Link>
                      </td>
                      <td>{x.domain}</td>
                      <td>{t('console.directory.supportPlan', { plan: x.supportPlan })}</td>
                      <td>{time.date(`${x.purchaseDate}T12:00:00Z`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </Page>
  );
}

function NewTenant() {
  const form = useFields({
    name: '',
    domain: '',
    purchaseDate: new Date().toISOString().slice(0, 10),
    supportPlan: 'standard',
  });
  const t = useT();
  const create = useAction(async () => {
    const made = await api.post<Tenant>('/api/tenants', form.values);
    navigate(`/directory/tenants/${made.id}`);
  }, t('console.directory.tenants.created'));
  const submit = create.submit;
  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="new-tenant">
      <h2 id="new-tenant">{t('console.directory.tenants.new')}</h2>
      <TenantFields form={form} error={create.error} />
      <ProblemNote error={create.error} />
      <button className="btn primary" type="submit" disabled={create.busy}>
        {t('console.directory.tenants.create')}
      </button>
    </form>
  );
}

type TenantForm = ReturnType<
  typeof useFields<{ name: string; domain: string; purchaseDate: string; supportPlan: string }>
>;

export function TenantFields({ form, error }: { form: TenantForm; error: ApiError | undefined }) {
  const t = useT();
  return (
    <div className="form-row">
      <Field label={t('console.directory.name')} name="name" error={error}>
        {(p) => <input {...p} required value={form.values.name} onChange={(e) => form.set('name')(e.target.value)} />}
      </Field>
      <Field label={t('console.directory.tenants.domain')} name="domain" error={error}>
        {(p) => (
          <input
            {...p}
            required
            placeholder="contoso.com"
            value={form.values.domain}
            onChange={(e) => form.set('domain')(e.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('console.directory.tenants.purchaseDate')}
        name="purchaseDate"
        error={error}
        hint={t('console.directory.tenants.purchaseDateHint')}
      >
        {(p) => (
          <input
            {...p}
            type="date"
            required
            value={form.values.purchaseDate}
            onChange={(e) => form.set('purchaseDate')(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('console.directory.tenants.supportPlan')} name="supportPlan" error={error}>
        {(p) => (
          <select {...p} value={form.values.supportPlan} onChange={(e) => form.set('supportPlan')(e.target.value)}>
            {SUPPORT_PLANS.map((plan) => (
              <option key={plan} value={plan}>
                {t('console.directory.supportPlan', { plan })}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

/**
 * Bulk import of tenants, environments and people: one JSON document, or one CSV file per kind.
 * All or nothing: a file with a mistake imports nothing and names the line.
 */
function Import({ onDone }: { onDone: () => void }) {
  const [kind, setKind] = useState('tenants');
  const [result, setResult] = useState<string | null>(null);
  const t = useT();
  const load = useAction(async (file: File) => {
    setResult(null);
    const text = await file.text();
    const csv = file.name.toLowerCase().endsWith('.csv');
    const r = await api.post<{ tenants: number; environments: number; people: number; roles: number }>(
      csv ? `/api/import?kind=${kind}` : '/api/import',
      csv ? new RawBody(text, 'text/csv') : JSON.parse(text),
    );
    setResult(t('console.directory.import.done', r));
    onDone();
  });
  return (
    <details className="card">
      <summary>{t('console.directory.import.title')}</summary>
      <p className="hint">
        {t.rich('console.directory.import.hint', {
          code: (c) => <code>{c}</code>,
          tenants: 'tenants',
          environments: 'environments',
          people: 'people',
        })}
      </p>
      <div className="toolbar">
        <Field label={t('console.directory.import.kind')} name="kind">
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value)}>
              {IMPORT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t('console.directory.import.kindOption', { kind: k })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('console.directory.import.file')} name="file" error={load.error}>
          {(p) => (
            <input
              {...p}
              type="file"
              accept=".json,.csv,application/json,text/csv"
              onChange={(e) => e.target.files?.[0] && void load.run(e.target.files[0])}
            />
          )}
        </Field>
      </div>
      {result ? (
        <p className="note" role="status">
          {result}
        </p>
      ) : null}
      <ProblemNote error={load.error} />
      {load.error?.problems.length ? (
        <ul className="field-error">
          {load.error.problems.slice(0, 20).map((p) => (
            <li key={`${p.field}${p.message}`}>{t('common.labelValue', { label: p.field, value: p.message })}</li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
