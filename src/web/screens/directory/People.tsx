// People and their roles (operators): find someone, add someone, give or take a role.
import { useState } from 'react';
import { Badge, Empty, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api, withQuery } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
import { Link, navigate, setQueryParam, useLocation } from '../../lib/router';
import { useTenant } from '../../lib/tenant';
import type { Environment, Page as ListPage, Person, Role } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { ROLES } from '../../../shared/directory';

export function PeopleScreen() {
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const list = useApi<ListPage<Person>>(withQuery('/api/people', { q, limit: 200 }), [
    'roles',
    'directory',
    'recipients',
  ]);
  const [adding, setAdding] = useState(false);
  const t = useT();
  return (
    <Page
      title={t('console.directory.people.title')}
      actions={
        <button className="btn primary" type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          {t('console.directory.people.new')}
        </button>
      }
    >
      {adding ? <NewPerson /> : null}
      <div className="toolbar" role="search">
        <Field label={t('console.directory.people.search')} name="q">
          {(p) => <input {...p} type="search" defaultValue={q} onChange={(e) => setQueryParam('q', e.target.value)} />}
        </Field>
      </div>
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.directory.people.noneMatch')}</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('console.directory.people.person')}</th>
                    <th scope="col">{t('console.directory.people.roles')}</th>
                    <th scope="col">{t('console.directory.people.timeZone')}</th>
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
  const labels = useLabels();
  return (
    <div className="actions">
      {roles.map((r) => (
        <Badge key={r.id} tone={r.role === 'operator' ? 'warn' : 'info'}>
          {labels.role(r.role)}
          {r.tenantId ? ` · ${nameOf(r.tenantId)}` : ''}
        </Badge>
      ))}
    </div>
  );
}

function NewPerson() {
  const form = useFields({ email: '', name: '', timeZone: 'UTC', locale: 'en-US' });
  const t = useT();
  const create = useAction(async () => {
    const p = await api.post<Person>('/api/people', form.values);
    navigate(`/directory/people/${p.id}`);
  }, t('console.directory.people.added'));
  const submit = create.submit;
  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="new-person">
      <h2 id="new-person">{t('console.directory.people.new')}</h2>
      <div className="form-row">
        <Field label={t('console.directory.people.email')} name="email" error={create.error}>
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
        <Field label={t('console.directory.name')} name="name" error={create.error}>
          {(p) => <input {...p} required value={form.values.name} onChange={(e) => form.set('name')(e.target.value)} />}
        </Field>
        <Field label={t('console.directory.people.timeZone')} name="timeZone" error={create.error}>
          {(p) => <input {...p} value={form.values.timeZone} onChange={(e) => form.set('timeZone')(e.target.value)} />}
        </Field>
        <Field label={t('console.directory.people.language')} name="locale" error={create.error}>
          {(p) => <input {...p} value={form.values.locale} onChange={(e) => form.set('locale')(e.target.value)} />}
        </Field>
      </div>
      <ProblemNote error={create.error} />
      <button className="btn primary" type="submit" disabled={create.busy}>
        {t('console.directory.people.add')}
      </button>
    </form>
  );
}

export function PersonDetailScreen({ id }: { id: string }) {
  const person = useApi<Person>(`/api/people/${id}`, ['roles', 'directory', 'recipients']);
  const { nameOf } = useTenant();
  const t = useT();
  const labels = useLabels();
  const remove = useAction(async (roleId: string) => {
    await api.delete(`/api/roles/${roleId}`);
    person.reload();
  }, t('console.directory.people.roleRemoved'));
  return (
    <Loaded state={person}>
      {(p) => (
        <Page title={p.name}>
          <dl className="facts">
            <dt>{t('console.directory.people.email')}</dt>
            <dd>{p.email}</dd>
            <dt>{t('console.directory.people.timeZone')}</dt>
            <dd>{p.timeZone}</dd>
            <dt>{t('console.directory.people.language')}</dt>
            <dd>{p.locale}</dd>
          </dl>
          <h2>{t('console.directory.people.roles')}</h2>
          <ProblemNote error={remove.error} />
          {p.roles.length === 0 ? (
            <Empty>{t('console.directory.people.noRoles')}</Empty>
          ) : (
            <ul className="list">
              {p.roles.map((r) => (
                <li key={r.id} className="actions">
                  <strong>{labels.role(r.role)}</strong>
                  {r.tenantId ? <Link to={`/directory/tenants/${r.tenantId}`}>{nameOf(r.tenantId)}</Link> : null}
                  {r.categories.length ? (
                    <span className="muted">{t.list(r.categories.map(labels.category))}</span>
                  ) : null}
                  <button
                    className="btn small danger"
                    type="button"
                    onClick={() => void remove.run(r.id)}
                    aria-label={t('console.directory.people.removeRole', { role: labels.role(r.role) })}
                  >
                    {t('console.directory.remove')}
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
  const t = useT();
  const labels = useLabels();
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
  }, t('console.directory.people.roleGiven'));
  const submit = add.submit;
  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="add-role">
      <h3 id="add-role">{t('console.directory.people.giveARole')}</h3>
      <div className="form-row">
        <Field label={t('console.directory.people.role')} name="role" error={add.error}>
          {(p) => (
            <select {...p} value={form.values.role} onChange={(e) => form.set('role')(e.target.value as Role['role'])}>
              {ROLES.map((v) => (
                <option key={v} value={v}>
                  {labels.role(v)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.values.role !== 'operator' ? (
          <Field label={t('console.directory.tenant')} name="tenantId" error={add.error}>
            {(p) => (
              <select {...p} value={form.values.tenantId} onChange={(e) => form.set('tenantId')(e.target.value)}>
                <option value="">{t('console.directory.choose')}</option>
                {tenants.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {form.values.role === 'system_admin' || form.values.role === 'member' ? (
          <Field label={t('console.directory.environment')} name="environmentId" error={add.error}>
            {(p) => (
              <select
                {...p}
                value={form.values.environmentId}
                onChange={(e) => form.set('environmentId')(e.target.value)}
              >
                <option value="">{t('console.directory.choose')}</option>
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
        {t('console.directory.people.giveRole')}
      </button>
    </form>
  );
}
