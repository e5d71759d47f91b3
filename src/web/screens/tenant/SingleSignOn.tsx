// An org admin's single sign-on and provisioning: the organisation's OpenID Connect providers,
// which directory group gives which role, SCIM tokens for the directory (shown once), and people
// waiting for approval to join.
import { useState } from 'react';
import { Badge, Empty, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api } from '../../lib/api';
import { useTenant } from '../../lib/tenant';
import { useApi } from '../../lib/useApi';
import type { IdentityProvider as Provider, GroupRule, ScimToken, DirectoryMember as Member } from '../../lib/types';

export function SingleSignOnScreen() {
  const { tenantId, nameOf } = useTenant();
  const base = `/api/tenants/${tenantId}`;
  return (
    <Page
      title="Single sign-on and provisioning"
      intro={`How ${nameOf(tenantId)}’s people sign in to Herald and how your directory keeps them up to date.`}
    >
      <Providers base={base} />
      <GroupRules base={base} />
      <ScimTokens base={base} />
      <Pending base={base} />
    </Page>
  );
}

function Providers({ base }: { base: string }) {
  const list = useApi<Provider[]>(`${base}/identity-providers`, ['identity']);
  const form = useFields({
    name: '',
    issuer: 'https://',
    clientId: '',
    clientSecret: '',
    allowedDomains: '',
    joinPolicy: 'join',
    passwordFallback: false,
  });
  const create = useAction(async () => {
    await api.post(`${base}/identity-providers`, {
      ...form.values,
      allowedDomains: form.values.allowedDomains
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean),
    });
    form.reset();
    list.reload();
  }, 'Identity provider added');
  const remove = useAction(async (id: string) => {
    await api.delete(`${base}/identity-providers/${id}`);
    list.reload();
  }, 'Identity provider removed');
  return (
    <section>
      <h2>Identity providers</h2>
      <Loaded state={list}>
        {(items) =>
          items.length === 0 ? (
            <Empty>No identity provider: everyone signs in with a Herald password.</Empty>
          ) : (
            <ul className="list card">
              {items.map((p) => (
                <li key={p.id}>
                  <div className="actions">
                    <span className="item-title">{p.name}</span>
                    <Badge tone={p.joinPolicy === 'join' ? 'ok' : 'warn'}>
                      {p.joinPolicy === 'join' ? 'joins at first sign-in' : 'approval required'}
                    </Badge>
                    {p.passwordFallback ? <Badge tone="warn">password also allowed</Badge> : null}
                  </div>
                  <div className="meta">
                    <span>{p.issuer}</span>
                    <span>client {p.clientId}</span>
                    <span>{p.allowedDomains.join(', ')}</span>
                  </div>
                  <div className="meta">
                    <span>
                      Redirect URI <code>{p.redirectUri}</code>
                    </span>
                    <span>
                      Back-channel logout <code>{p.backchannelLogoutUri}</code>
                    </span>
                  </div>
                  <button
                    className="btn small danger"
                    type="button"
                    disabled={remove.busy}
                    onClick={() => void remove.run(p.id)}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <ProblemNote error={remove.error} />
      <form noValidate className="card" onSubmit={create.submit} aria-labelledby="new-idp">
        <h3 id="new-idp">Add an OpenID Connect provider</h3>
        <div className="form-row">
          <Field label="Name" name="name" error={create.error}>
            {(p) => (
              <input {...p} required value={form.values.name} onChange={(e) => form.set('name')(e.target.value)} />
            )}
          </Field>
          <Field
            label="Issuer"
            name="issuer"
            error={create.error}
            hint="Herald reads its /.well-known/openid-configuration."
          >
            {(p) => (
              <input
                {...p}
                type="url"
                required
                value={form.values.issuer}
                onChange={(e) => form.set('issuer')(e.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="form-row">
          <Field label="Client id" name="clientId" error={create.error}>
            {(p) => (
              <input
                {...p}
                required
                value={form.values.clientId}
                onChange={(e) => form.set('clientId')(e.target.value)}
              />
            )}
          </Field>
          <Field
            label="Client secret"
            name="clientSecret"
            error={create.error}
            hint="Stored encrypted; not shown again."
          >
            {(p) => (
              <input
                {...p}
                type="password"
                required
                value={form.values.clientSecret}
                onChange={(e) => form.set('clientSecret')(e.target.value)}
              />
            )}
          </Field>
        </div>
        <Field
          label="Email domains"
          name="allowedDomains"
          error={create.error}
          hint="Comma-separated, such as contoso.com, contoso.co.uk"
        >
          {(p) => (
            <input
              {...p}
              required
              value={form.values.allowedDomains}
              onChange={(e) => form.set('allowedDomains')(e.target.value)}
            />
          )}
        </Field>
        <div className="form-row">
          <Field label="Newcomers" name="joinPolicy" error={create.error}>
            {(p) => (
              <select {...p} value={form.values.joinPolicy} onChange={(e) => form.set('joinPolicy')(e.target.value)}>
                <option value="join">join at their first sign-in</option>
                <option value="approval">wait for an org admin’s approval</option>
              </select>
            )}
          </Field>
          <label className="check">
            <input
              type="checkbox"
              checked={form.values.passwordFallback}
              onChange={(e) => form.set('passwordFallback')(e.target.checked)}
            />{' '}
            Also allow Herald passwords
          </label>
        </div>
        <ProblemNote error={create.error} />
        <button className="btn primary" type="submit" disabled={create.busy}>
          Add provider
        </button>
      </form>
    </section>
  );
}

function GroupRules({ base }: { base: string }) {
  const { tenantId } = useTenant();
  const list = useApi<GroupRule[]>(`${base}/group-rules`, ['identity']);
  const environments = useApi<{ items: { id: string; name: string }[] }>(`/api/environments?tenantId=${tenantId}`, [
    'environments',
  ]);
  const form = useFields({ groupName: '', role: 'org_admin', environmentId: '' });
  const create = useAction(async () => {
    await api.post(`${base}/group-rules`, {
      groupName: form.values.groupName,
      role: form.values.role,
      ...(form.values.role === 'system_admin' ? { environmentId: form.values.environmentId } : {}),
    });
    form.reset();
    list.reload();
  }, 'Group rule added');
  const remove = useAction(async (id: string) => {
    await api.delete(`${base}/group-rules/${id}`);
    list.reload();
  }, 'Group rule removed');
  const envName = (id: string | null) => environments.data?.items.find((e) => e.id === id)?.name ?? id ?? '';
  return (
    <section>
      <h2>Groups and roles</h2>
      <p className="hint">
        A group named in the ID token’s groups claim or pushed by SCIM gives its members this role. Changes apply at the
        next sign-in or provisioning call.
      </p>
      <Loaded state={list}>
        {(items) =>
          items.length === 0 ? (
            <Empty>No rules: people who sign in receive no admin role.</Empty>
          ) : (
            <ul className="list card">
              {items.map((r) => (
                <li key={r.id} className="actions">
                  <code>{r.groupName}</code> →{' '}
                  {r.role === 'org_admin' ? 'org admin' : `system admin of ${envName(r.environmentId)}`}
                  <button
                    className="btn small danger"
                    type="button"
                    disabled={remove.busy}
                    onClick={() => void remove.run(r.id)}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <ProblemNote error={remove.error} />
      <form noValidate className="card form-row" onSubmit={create.submit} aria-label="Add a group rule">
        <Field label="Group" name="groupName" error={create.error}>
          {(p) => (
            <input
              {...p}
              required
              value={form.values.groupName}
              onChange={(e) => form.set('groupName')(e.target.value)}
            />
          )}
        </Field>
        <Field label="Role" name="role" error={create.error}>
          {(p) => (
            <select {...p} value={form.values.role} onChange={(e) => form.set('role')(e.target.value)}>
              <option value="org_admin">org admin</option>
              <option value="system_admin">system admin of an environment</option>
            </select>
          )}
        </Field>
        {form.values.role === 'system_admin' ? (
          <Field label="Environment" name="environmentId" error={create.error}>
            {(p) => (
              <select
                {...p}
                value={form.values.environmentId}
                onChange={(e) => form.set('environmentId')(e.target.value)}
              >
                <option value="">choose…</option>
                {(environments.data?.items ?? []).map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <ProblemNote error={create.error} />
        <button className="btn primary" type="submit" disabled={create.busy}>
          Add rule
        </button>
      </form>
    </section>
  );
}

function ScimTokens({ base }: { base: string }) {
  const list = useApi<ScimToken[]>(`${base}/scim-tokens`, ['identity']);
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<string | null>(null);
  const create = useAction(async () => {
    setIssued((await api.post<{ token: string }>(`${base}/scim-tokens`, { name })).token);
    setName('');
    list.reload();
  }, 'SCIM token issued');
  const revoke = useAction(async (id: string) => {
    await api.delete(`${base}/scim-tokens/${id}`);
    list.reload();
  }, 'SCIM token revoked');
  return (
    <section>
      <h2>SCIM provisioning</h2>
      <p className="hint">
        Point your directory (Entra ID, Okta …) at <code>{`${window.location.origin}/scim/v2`}</code> with one of these
        tokens.
      </p>
      {issued ? (
        <div className="note" role="status">
          Copy the token now, it is not shown again: <code>{issued}</code>
        </div>
      ) : null}
      <Loaded state={list}>
        {(items) =>
          items.length === 0 ? (
            <Empty>No SCIM token.</Empty>
          ) : (
            <ul className="list card">
              {items.map((t) => (
                <li key={t.id} className="actions">
                  <span className="item-title">{t.name}</span>
                  {t.revokedAt ? (
                    <Badge tone="bad">revoked</Badge>
                  ) : (
                    <span className="meta">last used {t.lastUsedAt ?? 'never'}</span>
                  )}
                  {!t.revokedAt ? (
                    <button
                      className="btn small danger"
                      type="button"
                      disabled={revoke.busy}
                      onClick={() => void revoke.run(t.id)}
                    >
                      Revoke
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <ProblemNote error={revoke.error} />
      <form noValidate className="card form-row" onSubmit={create.submit} aria-label="Issue a SCIM token">
        <Field label="Token name" name="name" error={create.error}>
          {(p) => <input {...p} required value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <ProblemNote error={create.error} />
        <button className="btn primary" type="submit" disabled={create.busy}>
          Issue token
        </button>
      </form>
    </section>
  );
}

function Pending({ base }: { base: string }) {
  const list = useApi<Member[]>(`${base}/members?status=pending`, ['identity']);
  const approve = useAction(async (personId: string) => {
    await api.post(`${base}/members/${personId}/approve`);
    list.reload();
  }, 'Approved');
  return (
    <section>
      <h2>Waiting for approval</h2>
      <Loaded state={list}>
        {(items) =>
          items.length === 0 ? (
            <Empty>Nobody is waiting.</Empty>
          ) : (
            <ul className="list card">
              {items.map((m) => (
                <li key={m.personId} className="actions">
                  <span className="item-title">{m.name}</span> <span>{m.email}</span>{' '}
                  <span className="meta">{m.groups.join(', ')}</span>
                  <button
                    className="btn small primary"
                    type="button"
                    disabled={approve.busy}
                    onClick={() => void approve.run(m.personId)}
                  >
                    Approve
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <ProblemNote error={approve.error} />
    </section>
  );
}
