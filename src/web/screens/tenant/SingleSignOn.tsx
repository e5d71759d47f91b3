// An org admin's single sign-on and provisioning: the organisation's OpenID Connect providers,
// which directory group gives which role, SCIM tokens for the directory (shown once), and people
// waiting for approval to join.
import { useState } from 'react';
import { Badge, Empty, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
import { useTime } from '../../lib/time';
import { useTenant } from '../../lib/tenant';
import { useApi } from '../../lib/useApi';
import type { IdentityProvider as Provider, GroupRule, ScimToken, DirectoryMember as Member } from '../../lib/types';

export function SingleSignOnScreen() {
  const { tenantId, nameOf } = useTenant();
  const base = `/api/tenants/${tenantId}`;
  const t = useT();
  return (
    <Page title={t('console.tenant.sso.title')} intro={t('console.tenant.sso.intro', { tenant: nameOf(tenantId) })}>
      <Providers base={base} />
      <GroupRules base={base} />
      <ScimTokens base={base} />
      <Pending base={base} />
    </Page>
  );
}

function Providers({ base }: { base: string }) {
  const list = useApi<Provider[]>(`${base}/identity-providers`, ['identity']);
  const t = useT();
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
  }, t('console.tenant.sso.providerAdded'));
  const remove = useAction(async (id: string) => {
    await api.delete(`${base}/identity-providers/${id}`);
    list.reload();
  }, t('console.tenant.sso.providerRemoved'));
  return (
    <section>
      <h2>{t('console.tenant.sso.providers')}</h2>
      <Loaded state={list}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t('console.tenant.sso.providersEmpty')}</Empty>
          ) : (
            <ul className="list card">
              {items.map((p) => (
                <li key={p.id}>
                  <div className="actions">
                    <span className="item-title">{p.name}</span>
                    <Badge tone={p.joinPolicy === 'join' ? 'ok' : 'warn'}>
                      {t('console.tenant.sso.joinPolicyBadge', { value: p.joinPolicy })}
                    </Badge>
                    {p.passwordFallback ? <Badge tone="warn">{t('console.tenant.sso.passwordAllowed')}</Badge> : null}
                  </div>
                  <div className="meta">
                    <span>{p.issuer}</span>
                    <span>{t('console.tenant.sso.client', { clientId: p.clientId })}</span>
                    <span>{t.list(p.allowedDomains)}</span>
                  </div>
                  <div className="meta">
                    <span>
                      {t.rich('console.tenant.sso.redirectUri', {
                        uri: p.redirectUri,
                        code: (c) => <code>{c}</code>,
                      })}
                    </span>
                    <span>
                      {t.rich('console.tenant.sso.backchannelLogout', {
                        uri: p.backchannelLogoutUri,
                        code: (c) => <code>{c}</code>,
                      })}
                    </span>
                  </div>
                  <button
                    className="btn small danger"
                    type="button"
                    disabled={remove.busy}
                    onClick={() => void remove.run(p.id)}
                  >
                    {t('console.tenant.sso.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <ProblemNote error={remove.error} />
      <form noValidate className="card" onSubmit={create.submit} aria-labelledby="new-idp">
        <h3 id="new-idp">{t('console.tenant.sso.addProviderTitle')}</h3>
        <div className="form-row">
          <Field label={t('console.tenant.sso.name')} name="name" error={create.error}>
            {(p) => (
              <input {...p} required value={form.values.name} onChange={(e) => form.set('name')(e.target.value)} />
            )}
          </Field>
          <Field
            label={t('console.tenant.sso.issuer')}
            name="issuer"
            error={create.error}
            hint={t('console.tenant.sso.issuerHint')}
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
          <Field label={t('console.tenant.sso.clientId')} name="clientId" error={create.error}>
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
            label={t('console.tenant.sso.clientSecret')}
            name="clientSecret"
            error={create.error}
            hint={t('console.tenant.sso.clientSecretHint')}
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
          label={t('console.tenant.sso.domains')}
          name="allowedDomains"
          error={create.error}
          hint={t('console.tenant.sso.domainsHint')}
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
          <Field label={t('console.tenant.sso.newcomers')} name="joinPolicy" error={create.error}>
            {(p) => (
              <select {...p} value={form.values.joinPolicy} onChange={(e) => form.set('joinPolicy')(e.target.value)}>
                <option value="join">{t('console.tenant.sso.joinOption')}</option>
                <option value="approval">{t('console.tenant.sso.approvalOption')}</option>
              </select>
            )}
          </Field>
          <label className="check">
            <input
              type="checkbox"
              checked={form.values.passwordFallback}
              onChange={(e) => form.set('passwordFallback')(e.target.checked)}
            />{' '}
            {t('console.tenant.sso.passwordFallback')}
          </label>
        </div>
        <ProblemNote error={create.error} />
        <button className="btn primary" type="submit" disabled={create.busy}>
          {t('console.tenant.sso.addProvider')}
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
  const t = useT();
  const labels = useLabels();
  const create = useAction(async () => {
    await api.post(`${base}/group-rules`, {
      groupName: form.values.groupName,
      role: form.values.role,
      ...(form.values.role === 'system_admin' ? { environmentId: form.values.environmentId } : {}),
    });
    form.reset();
    list.reload();
  }, t('console.tenant.sso.ruleAdded'));
  const remove = useAction(async (id: string) => {
    await api.delete(`${base}/group-rules/${id}`);
    list.reload();
  }, t('console.tenant.sso.ruleRemoved'));
  const envName = (id: string | null) => environments.data?.items.find((e) => e.id === id)?.name ?? id ?? '';
  return (
    <section>
      <h2>{t('console.tenant.sso.groups')}</h2>
      <p className="hint">{t('console.tenant.sso.groupsHint')}</p>
      <Loaded state={list}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t('console.tenant.sso.groupsEmpty')}</Empty>
          ) : (
            <ul className="list card">
              {items.map((r) => (
                <li key={r.id} className="actions">
                  <code>{r.groupName}</code> →{' '}
                  {r.role === 'org_admin'
                    ? labels.role('org_admin')
                    : t('console.tenant.sso.systemAdminOf', { environment: envName(r.environmentId) })}
                  <button
                    className="btn small danger"
                    type="button"
                    disabled={remove.busy}
                    onClick={() => void remove.run(r.id)}
                  >
                    {t('console.tenant.sso.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <ProblemNote error={remove.error} />
      <form
        noValidate
        className="card form-row"
        onSubmit={create.submit}
        aria-label={t('console.tenant.sso.addRuleLabel')}
      >
        <Field label={t('console.tenant.sso.group')} name="groupName" error={create.error}>
          {(p) => (
            <input
              {...p}
              required
              value={form.values.groupName}
              onChange={(e) => form.set('groupName')(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('console.tenant.sso.role')} name="role" error={create.error}>
          {(p) => (
            <select {...p} value={form.values.role} onChange={(e) => form.set('role')(e.target.value)}>
              <option value="org_admin">{labels.role('org_admin')}</option>
              <option value="system_admin">{t('console.tenant.sso.systemAdminOption')}</option>
            </select>
          )}
        </Field>
        {form.values.role === 'system_admin' ? (
          <Field label={t('console.tenant.sso.environment')} name="environmentId" error={create.error}>
            {(p) => (
              <select
                {...p}
                value={form.values.environmentId}
                onChange={(e) => form.set('environmentId')(e.target.value)}
              >
                <option value="">{t('console.tenant.sso.choose')}</option>
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
          {t('console.tenant.sso.addRule')}
        </button>
      </form>
    </section>
  );
}

function ScimTokens({ base }: { base: string }) {
  const list = useApi<ScimToken[]>(`${base}/scim-tokens`, ['identity']);
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<string | null>(null);
  const t = useT();
  const time = useTime();
  const create = useAction(async () => {
    setIssued((await api.post<{ token: string }>(`${base}/scim-tokens`, { name })).token);
    setName('');
    list.reload();
  }, t('console.tenant.sso.tokenIssued'));
  const revoke = useAction(async (id: string) => {
    await api.delete(`${base}/scim-tokens/${id}`);
    list.reload();
  }, t('console.tenant.sso.tokenRevoked'));
  return (
    <section>
      <h2>{t('console.tenant.sso.scim')}</h2>
      <p className="hint">
        {t.rich('console.tenant.sso.scimHint', {
          url: `${window.location.origin}/scim/v2`,
          code: (c) => <code>{c}</code>,
        })}
      </p>
      {issued ? (
        <div className="note" role="status">
          {t.rich('console.tenant.sso.copyToken', { token: issued, code: (c) => <code>{c}</code> })}
        </div>
      ) : null}
      <Loaded state={list}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t('console.tenant.sso.scimEmpty')}</Empty>
          ) : (
            <ul className="list card">
              {items.map((token) => (
                <li key={token.id} className="actions">
                  <span className="item-title">{token.name}</span>
                  {token.revokedAt ? (
                    <Badge tone="bad">{t('console.tenant.sso.revoked')}</Badge>
                  ) : (
                    <span className="meta">
                      {token.lastUsedAt
                        ? t('console.tenant.sso.lastUsed', { time: time.dateTime(token.lastUsedAt) })
                        : t('console.tenant.sso.neverUsed')}
                    </span>
                  )}
                  {!token.revokedAt ? (
                    <button
                      className="btn small danger"
                      type="button"
                      disabled={revoke.busy}
                      onClick={() => void revoke.run(token.id)}
                    >
                      {t('console.tenant.sso.revoke')}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <ProblemNote error={revoke.error} />
      <form
        noValidate
        className="card form-row"
        onSubmit={create.submit}
        aria-label={t('console.tenant.sso.issueTokenLabel')}
      >
        <Field label={t('console.tenant.sso.tokenName')} name="name" error={create.error}>
          {(p) => <input {...p} required value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <ProblemNote error={create.error} />
        <button className="btn primary" type="submit" disabled={create.busy}>
          {t('console.tenant.sso.issueToken')}
        </button>
      </form>
    </section>
  );
}

function Pending({ base }: { base: string }) {
  const list = useApi<Member[]>(`${base}/members?status=pending`, ['identity']);
  const t = useT();
  const approve = useAction(async (personId: string) => {
    await api.post(`${base}/members/${personId}/approve`);
    list.reload();
  }, t('console.tenant.sso.approved'));
  return (
    <section>
      <h2>{t('console.tenant.sso.waiting')}</h2>
      <Loaded state={list}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t('console.tenant.sso.waitingEmpty')}</Empty>
          ) : (
            <ul className="list card">
              {items.map((m) => (
                <li key={m.personId} className="actions">
                  <span className="item-title">{m.name}</span> <span>{m.email}</span>{' '}
                  <span className="meta">{t.list(m.groups)}</span>
                  <button
                    className="btn small primary"
                    type="button"
                    disabled={approve.busy}
                    onClick={() => void approve.run(m.personId)}
                  >
                    {t('console.tenant.sso.approve')}
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
