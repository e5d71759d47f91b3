// People and their roles (operators): find someone, add someone, give or take a role.
import { useState } from 'react';
import { Badge, Empty, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api, withQuery } from '../../lib/api';
import { ROLE_LABEL } from '../../lib/labels';
import { Link, navigate, setQueryParam, useLocation } from '../../lib/router';
import { useTenant } from '../../lib/tenant';
import type { Environment, Page as ListPage, Person, Role } from '../../lib/types';
import { useApi } from '../../lib/useApi';

export function PeopleScreen() {
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const list = useApi<ListPage<Person>>(withQuery('/api/people', { q, limit: 200 }), [
    'roles',
    'directory',
    'recipients',
  ]);
  const [adding, setAdding] = useState(false);
  return (
    <Page
      title="People"
      actions={
        <button className="btn primary" type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          New person
        </button>
      }
    >
      {adding ? <NewPerson /> : null}
      <div className="toolbar" role="search">
        <Field label="Search by name or email" name="q">
          {(p) => <input {...p} type="search" defaultValue={q} onChange={(e) => setQueryParam('q', e.target.value)} />}
        </Field>
      </div>
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>Nobody matches.</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Person</th>
                    <th scope="col">Roles</th>
                    <th scope="col">Time zone</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((p) => (
                    <tr key={p.id}>
                      <td>
                        <Link to={`/directory/people/${p.id}`}>{p.name}</Link>
                        <div className="muted">{p.email}</div>
                      </td>
                      <td>
                        <RoleBadges roles={p.roles} />
                      </td>
                      <td>{p.timeZone}</td>
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

function RoleBadges({ roles }: { roles: Role[] }) {
  const { nameOf } = useTenant();
  return (
    <div className="actions">
      {roles.map((r) => (
        <Badge key={r.id} tone={r.role === 'operator' ? 'warn' : 'info'}>
          {ROLE_LABEL[r.role]}
          {r.tenantId ? ` · ${nameOf(r.tenantId)}` : ''}
        </Badge>
      ))}
    </div>
  );
}

function NewPerson() {
  const form = useFields({ email: '', name: '', timeZone: 'UTC', locale: 'en-US' });
  const create = useAction(async () => {
    const p = await api.post<Person>('/api/people', form.values);
    navigate(`/directory/people/${p.id}`);
  }, 'Person added');
  const submit = create.submit;
  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="new-person">
      <h2 id="new-person">New person</h2>
      <div className="form-row">
        <Field label="Email" name="email" error={create.error}>
          {(p) => (
            <input
              {...p}
              type="email"
              required
              value={form.values.email}
              onChange={(e) => form.set('email')(e.target.value)}
            />
          )}
        </Field>
        <Field label="Name" name="name" error={create.error}>
          {(p) => <input {...p} required value={form.values.name} onChange={(e) => form.set('name')(e.target.value)} />}
        </Field>
        <Field label="Time zone" name="timeZone" error={create.error}>
          {(p) => <input {...p} value={form.values.timeZone} onChange={(e) => form.set('timeZone')(e.target.value)} />}
        </Field>
        <Field label="Language" name="locale" error={create.error}>
          {(p) => <input {...p} value={form.values.locale} onChange={(e) => form.set('locale')(e.target.value)} />}
        </Field>
      </div>
      <ProblemNote error={create.error} />
      <button className="btn primary" type="submit" disabled={create.busy}>
        Add person
      </button>
    </form>
  );
}

export function PersonDetailScreen({ id }: { id: string }) {
  const person = useApi<Person>(`/api/people/${id}`, ['roles', 'directory', 'recipients']);
  const { nameOf } = useTenant();
  const remove = useAction(async (roleId: string) => {
    await api.delete(`/api/roles/${roleId}`);
    person.reload();
  }, 'Role removed');
  return (
    <Loaded state={person}>
      {(p) => (
        <Page title={p.name}>
          <dl className="facts">
            <dt>Email</dt>
            <dd>{p.email}</dd>
            <dt>Time zone</dt>
            <dd>{p.timeZone}</dd>
            <dt>Language</dt>
            <dd>{p.locale}</dd>
          </dl>
          <h2>Roles</h2>
          <ProblemNote error={remove.error} />
          {p.roles.length === 0 ? (
            <Empty>No roles: this person receives nothing and sees nothing.</Empty>
          ) : (
            <ul className="list">
              {p.roles.map((r) => (
                <li key={r.id} className="actions">
                  <strong>{ROLE_LABEL[r.role]}</strong>
                  {r.tenantId ? <Link to={`/directory/tenants/${r.tenantId}`}>{nameOf(r.tenantId)}</Link> : null}
                  {r.categories.length ? <span className="muted">{r.categories.join(', ')}</span> : null}
                  <button
                    className="btn small danger"
                    type="button"
                    onClick={() => void remove.run(r.id)}
                    aria-label={`Remove role ${ROLE_LABEL[r.role]}`}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
          <AddRole personId={id} onAdded={person.reload} />
        </Page>
      )}
    </Loaded>
  );
}

function AddRole({ personId, onAdded }: { personId: string; onAdded: () => void }) {
  const { tenants } = useTenant();
  const form = useFields({ role: 'org_admin' as Role['role'], tenantId: '', environmentId: '' });
  const environments = useApi<ListPage<Environment>>(
    (form.values.role === 'system_admin' || form.values.role === 'member') && form.values.tenantId
      ? `/api/tenants/${form.values.tenantId}/environments?limit=1000`
      : null,
  );
  const add = useAction(async () => {
    const { role, tenantId, environmentId } = form.values;
    await api.post(`/api/people/${personId}/roles`, {
      role,
      ...(role === 'operator' ? {} : { tenantId }),
      ...(role === 'system_admin' || role === 'member' ? { environmentId } : {}),
    });
    onAdded();
  }, 'Role given');
  const submit = add.submit;
  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="add-role">
      <h3 id="add-role">Give a role</h3>
      <div className="form-row">
        <Field label="Role" name="role" error={add.error}>
          {(p) => (
            <select {...p} value={form.values.role} onChange={(e) => form.set('role')(e.target.value as Role['role'])}>
              {Object.entries(ROLE_LABEL).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.values.role !== 'operator' ? (
          <Field label="Tenant" name="tenantId" error={add.error}>
            {(p) => (
              <select {...p} value={form.values.tenantId} onChange={(e) => form.set('tenantId')(e.target.value)}>
                <option value="">Choose…</option>
                {tenants.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {form.values.role === 'system_admin' || form.values.role === 'member' ? (
          <Field label="Environment" name="environmentId" error={add.error}>
            {(p) => (
              <select
                {...p}
                value={form.values.environmentId}
                onChange={(e) => form.set('environmentId')(e.target.value)}
              >
                <option value="">Choose…</option>
                {(environments.data?.items ?? []).map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name} ({e.region})
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      <ProblemNote error={add.error} />
      <button className="btn primary" type="submit" disabled={add.busy}>
        Give role
      </button>
    </form>
  );
}
