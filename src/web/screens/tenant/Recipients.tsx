// "Manage email notifications to admins": who else receives the tenant's email, and for which
// categories. Org admins add and remove addresses; everyone else may only look.
import { useState } from 'react';
import { Badge, Empty, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { Category, Page as ListPage, Person, Recipient } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import type { PrivacyReader } from '../../lib/types';
import { NOTIFICATION_CATEGORIES } from '../../../shared/directory';

const CATEGORIES: readonly Category[] = NOTIFICATION_CATEGORIES;
const DEFAULT_CATEGORIES: Category[] = ['incident', 'planned_maintenance', 'unplanned_maintenance'];

export function RecipientsScreen() {
  const { tenantId, isOrgAdmin, nameOf } = useTenant();
  const t = useT();
  return (
    <Page
      title={t('console.tenant.recipients.title')}
      intro={t('console.tenant.recipients.intro', { tenant: nameOf(tenantId) })}
    >
      <RecipientList tenantId={tenantId} canManage={isOrgAdmin} />
      {isOrgAdmin ? <PrivacyReaders tenantId={tenantId} /> : null}
    </Page>
  );
}

/** The recipients of one tenant; also on the tenant's page in the operators' directory. */
export function RecipientList({ tenantId, canManage }: { tenantId: string; canManage: boolean }) {
  const path = `/api/tenants/${tenantId}/recipients`;
  const list = useApi<Recipient[]>(path, ['recipients', 'roles']);
  const time = useTime();
  const t = useT();
  const labels = useLabels();
  const remove = useAction(async (r: Recipient) => {
    await api.delete(`${path}/${r.id}`);
    list.reload();
  }, t('console.tenant.recipients.removed'));

  return (
    <>
      {canManage ? <AddRecipient path={path} onAdded={list.reload} /> : null}
      <h2>{t('console.tenant.recipients.heading')}</h2>
      <ProblemNote error={remove.error} />
      <Loaded state={list}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t('console.tenant.recipients.empty')}</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('console.tenant.recipients.recipient')}</th>
                    <th scope="col">{t('console.tenant.recipients.receives')}</th>
                    <th scope="col">{t('console.tenant.recipients.added')}</th>
                    {canManage ? (
                      <th scope="col">
                        <span className="sr-only">{t('console.tenant.recipients.actions')}</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {items.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <div>{r.name !== r.email ? r.name : null}</div>
                        <div className={r.name !== r.email ? 'muted' : ''}>{r.email}</div>
                      </td>
                      <td>
                        <div className="actions">
                          {r.categories.map((c) => (
                            <Badge key={c} tone="info">
                              {labels.category(c)}
                            </Badge>
                          ))}
                        </div>
                      </td>
                      <td>{time.date(r.createdAt)}</td>
                      {canManage ? (
                        <td>
                          <button
                            className="btn small danger"
                            type="button"
                            disabled={remove.busy}
                            onClick={() => void remove.run(r)}
                            aria-label={t('console.tenant.recipients.removeLabel', { email: r.email })}
                          >
                            {t('console.tenant.recipients.remove')}
                          </button>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </>
  );
}

function AddRecipient({ path, onAdded }: { path: string; onAdded: () => void }) {
  const form = useFields({ email: '', name: '', categories: DEFAULT_CATEGORIES });
  const t = useT();
  const labels = useLabels();
  const add = useAction(async () => {
    await api.post(path, {
      email: form.values.email,
      name: form.values.name || undefined,
      categories: form.values.categories,
    });
    form.reset();
    onAdded();
  }, t('console.tenant.recipients.addedNote'));
  const toggle = (c: Category) =>
    form.set('categories')(
      form.values.categories.includes(c)
        ? form.values.categories.filter((x) => x !== c)
        : [...form.values.categories, c],
    );
  const submit = add.submit;
  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="add-recipient">
      <h2 id="add-recipient">{t('console.tenant.recipients.addTitle')}</h2>
      <div className="form-row">
        <Field label={t('console.tenant.recipients.email')} name="email" error={add.error}>
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
        <Field label={t('console.tenant.recipients.name')} name="name" error={add.error}>
          {(p) => <input {...p} value={form.values.name} onChange={(e) => form.set('name')(e.target.value)} />}
        </Field>
      </div>
      <fieldset aria-describedby={add.error?.about('categories') ? 'categories-error' : undefined}>
        <legend>{t('console.tenant.recipients.receivesAbout')}</legend>
        {CATEGORIES.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={form.values.categories.includes(c)} onChange={() => toggle(c)} />
            {labels.category(c)}
          </label>
        ))}
        {add.error?.about('categories') ? (
          <div className="field-error" id="categories-error">
            {t('console.tenant.recipients.categoriesError', { problem: add.error.about('categories') })}
          </div>
        ) : null}
      </fieldset>
      <ProblemNote error={add.error} />
      <button className="btn primary" type="submit" disabled={add.busy}>
        {t('console.tenant.recipients.add')}
      </button>
    </form>
  );
}

/**
 * Message Center posts tagged "Data privacy" reach only org admins and the people they name here
 * (Microsoft 365's data-privacy reader role).
 */
export function PrivacyReaders({ tenantId }: { tenantId: string }) {
  const path = `/api/tenants/${tenantId}/messagePrivacyReaders`;
  const readers = useApi<PrivacyReader[]>(path, ['messages', 'roles']);
  const people = useApi<ListPage<Person>>(`/api/people?tenantId=${tenantId}&limit=1000`, ['roles', 'recipients']);
  const [chosen, setChosen] = useState('');
  const t = useT();
  const change = useAction(async (personId: string, grant: boolean) => {
    if (grant) await api.put(`${path}/${personId}`, {});
    else await api.delete(`${path}/${personId}`);
    setChosen('');
    readers.reload();
  }, t('console.tenant.recipients.privacyChanged'));
  const current = new Set((readers.data ?? []).map((r) => r.personId));
  const candidates = (people.data?.items ?? []).filter(
    (p) => !current.has(p.id) && !p.roles.some((r) => r.role === 'org_admin' && r.tenantId === tenantId),
  );
  return (
    <section aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('console.tenant.recipients.privacyTitle')}</h2>
      <p className="intro">{t('console.tenant.recipients.privacyIntro')}</p>
      <Loaded state={readers}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('console.tenant.recipients.privacyEmpty')}</Empty>
          ) : (
            <ul className="list card">
              {list.map((r) => (
                <li key={r.personId} className="actions">
                  <span className="spacer">
                    {r.name} <span className="muted">{r.email}</span>
                  </span>
                  <button
                    className="btn small danger"
                    type="button"
                    onClick={() => void change.run(r.personId, false)}
                    aria-label={t('console.tenant.recipients.privacyStop', { email: r.email })}
                  >
                    {t('console.tenant.recipients.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <div className="toolbar">
        <Field label={t('console.tenant.recipients.addPerson')} name="personId" error={change.error}>
          {(p) => (
            <select {...p} value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">{t('console.tenant.recipients.choose')}</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.email})
                </option>
              ))}
            </select>
          )}
        </Field>
        <button
          className="btn"
          type="button"
          disabled={!chosen || change.busy}
          onClick={() => void change.run(chosen, true)}
        >
          {t('console.tenant.recipients.privacyGrant')}
        </button>
      </div>
      <ProblemNote error={change.error} />
    </section>
  );
}
