// The operators' directory of tenants: find one, add one, open one.
import { useState } from 'react';
import { Empty, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api, RawBody, withQuery, type ApiError } from '../../lib/api';
import { Link, navigate, setQueryParam, useLocation } from '../../lib/router';
import { useTime } from '../../lib/time';
import type { Page as ListPage, Tenant } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { SUPPORT_PLANS } from '../../../shared/directory';

export function TenantsScreen() {
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const list = useApi<ListPage<Tenant>>(withQuery('/api/tenants', { q, limit: 200 }), ['directory']);
  const [adding, setAdding] = useState(false);
  const time = useTime();

  return (
    <Page
      title="Tenants"
      actions={
        <button className="btn primary" type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          New tenant
        </button>
      }
    >
      {adding ? <NewTenant /> : null}
      <Import onDone={list.reload} />
      <div className="toolbar" role="search">
        <Field label="Search by name or domain" name="q">
          {(p) => <input {...p} type="search" defaultValue={q} onChange={(e) => setQueryParam('q', e.target.value)} />}
        </Field>
      </div>
      <Loaded state={list}>
        {({ items, total }) =>
          items.length === 0 ? (
            <Empty>No tenant matches.</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="sr-only">{total} tenants</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Domain</th>
                    <th scope="col">Support plan</th>
                    <th scope="col">Purchased</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((t) => (
                    <tr key={t.id}>
                      <td>
                        <Link to={`/directory/tenants/${t.id}`}>{t.name}</Link>
                      </td>
                      <td>{t.domain}</td>
                      <td>{t.supportPlan}</td>
                      <td>{time.date(`${t.purchaseDate}T12:00:00Z`)}</td>
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
  const create = useAction(async () => {
    const t = await api.post<Tenant>('/api/tenants', form.values);
    navigate(`/directory/tenants/${t.id}`);
  }, 'Tenant created');
  const submit = create.submit;
  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="new-tenant">
      <h2 id="new-tenant">New tenant</h2>
      <TenantFields form={form} error={create.error} />
      <ProblemNote error={create.error} />
      <button className="btn primary" type="submit" disabled={create.busy}>
        Create tenant
      </button>
    </form>
  );
}

type TenantForm = ReturnType<
  typeof useFields<{ name: string; domain: string; purchaseDate: string; supportPlan: string }>
>;

export function TenantFields({ form, error }: { form: TenantForm; error: ApiError | undefined }) {
  return (
    <div className="form-row">
      <Field label="Name" name="name" error={error}>
        {(p) => <input {...p} required value={form.values.name} onChange={(e) => form.set('name')(e.target.value)} />}
      </Field>
      <Field label="Domain" name="domain" error={error}>
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
      <Field label="Purchase date" name="purchaseDate" error={error} hint="Starts the first year’s lifecycle mail.">
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
      <Field label="Support plan" name="supportPlan" error={error}>
        {(p) => (
          <select {...p} value={form.values.supportPlan} onChange={(e) => form.set('supportPlan')(e.target.value)}>
            {SUPPORT_PLANS.map((s) => (
              <option key={s}>{s}</option>
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
  const load = useAction(async (file: File) => {
    setResult(null);
    const text = await file.text();
    const csv = file.name.toLowerCase().endsWith('.csv');
    const r = await api.post<{ tenants: number; environments: number; people: number; roles: number }>(
      csv ? `/api/import?kind=${kind}` : '/api/import',
      csv ? new RawBody(text, 'text/csv') : JSON.parse(text),
    );
    setResult(
      `Imported ${r.tenants} tenants, ${r.environments} environments, ${r.people} people and ${r.roles} roles.`,
    );
    onDone();
  });
  return (
    <details className="card">
      <summary>Import from a file</summary>
      <p className="hint">
        A JSON document with <code>tenants</code>, <code>environments</code> and <code>people</code>, or a CSV file of
        one kind with a header row. Nothing is imported unless every line is right.
      </p>
      <div className="toolbar">
        <Field label="A CSV file holds" name="kind">
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="tenants">tenants</option>
              <option value="environments">environments</option>
              <option value="people">people</option>
            </select>
          )}
        </Field>
        <Field label="File" name="file" error={load.error}>
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
            <li key={`${p.field}${p.message}`}>
              {p.field}: {p.message}
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
