// Webhooks instead of polling: a tenant's endpoints, the event types each receives, their health
// (a failing endpoint is paused and resumed here), and the signing secret (shown once, rotated
// with an overlap). Payloads are signed per Standard Webhooks, or shaped for a Slack or Teams
// channel's incoming webhook.
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
import { useState } from 'react';
import { Badge, CheckList, Empty, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api } from '../../lib/api';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { Webhook, WebhookFormat } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { WEBHOOK_EVENT_TYPES } from '../../../shared/notifications';

/** Where an endpoint sends; the words are console.tenant.webhooks.format and .formatHint. */
const FORMATS: readonly WebhookFormat[] = ['standard', 'slack', 'teams'];

export function WebhooksScreen({ focus }: { focus?: string }) {
  const { tenantId, isOrgAdmin, nameOf } = useTenant();
  const path = `/api/tenants/${tenantId}/webhooks`;
  const list = useApi<{ items: Webhook[] }>(path, ['webhooks']);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const t = useT();
  return (
    <Page
      title={t('console.tenant.webhooks.title')}
      intro={t('console.tenant.webhooks.intro', { tenant: nameOf(tenantId) })}
    >
      {isOrgAdmin ? (
        <NewWebhook
          path={path}
          onCreated={(w) => (
            w.format === 'standard' ? setSecret({ url: w.url, secret: w.secret ?? '' }) : setSecret(null),
            list.reload()
          )}
        />
      ) : null}
      {secret ? (
        <div className="note" role="status">
          {t.rich('console.tenant.webhooks.secretNote', {
            url: secret.url,
            secret: secret.secret,
            code: (c) => <code>{c}</code>,
          })}
        </div>
      ) : null}
      <h2>{t('console.tenant.webhooks.endpoints')}</h2>
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.tenant.webhooks.empty')}</Empty>
          ) : (
            <ul className="list card">
              {items.map((w) => (
                <Endpoint
                  key={w.id}
                  hook={w}
                  path={`${path}/${w.id}`}
                  canManage={isOrgAdmin}
                  highlighted={w.id === focus}
                  onChange={list.reload}
                  onSecret={(s) => setSecret({ url: w.url, secret: s })}
                />
              ))}
            </ul>
          )
        }
      </Loaded>
    </Page>
  );
}

function Endpoint({
  hook,
  path,
  canManage,
  highlighted,
  onChange,
  onSecret,
}: {
  hook: Webhook;
  path: string;
  canManage: boolean;
  highlighted: boolean;
  onChange: () => void;
  onSecret: (s: string) => void;
}) {
  const time = useTime();
  const t = useT();
  const labels = useLabels();
  const act = useAction(async (what: 'pause' | 'resume' | 'rotate' | 'delete') => {
    if (what === 'delete') await api.delete(path);
    else if (what === 'rotate')
      onSecret((await api.post<{ secret: string }>(`${path}/rotate-secret`, { overlapHours: 24 })).secret);
    else await api.patch(path, { status: what === 'pause' ? 'paused' : 'active' });
    onChange();
  }, t('console.tenant.webhooks.changed'));
  return (
    <li className={highlighted ? 'highlight' : ''}>
      <div className="actions">
        <code className="item-title">{hook.url}</code>
        <Badge tone={hook.status === 'active' ? 'ok' : 'bad'}>{labels.value(hook.status)}</Badge>
        {hook.format === 'standard' ? null : (
          <Badge>{t('console.tenant.webhooks.format', { value: hook.format })}</Badge>
        )}
      </div>
      {hook.description ? <div>{hook.description}</div> : null}
      {hook.pausedReason ? <p className="problem">{hook.pausedReason}</p> : null}
      <div className="meta">
        <span>{t.list(hook.eventTypes.map(labels.eventType))}</span>
        <span>
          {hook.lastSuccessAt
            ? t('console.tenant.webhooks.lastDelivered', { when: time.relative(hook.lastSuccessAt) })
            : t('console.tenant.webhooks.neverDelivered')}
        </span>
        {hook.lastFailureAt ? (
          <span>{t('console.tenant.webhooks.lastFailure', { when: time.relative(hook.lastFailureAt) })}</span>
        ) : null}
      </div>
      {canManage ? (
        <div className="actions" style={{ marginTop: '0.4rem' }}>
          <button
            className="btn small"
            type="button"
            disabled={act.busy}
            onClick={() => void act.run(hook.status === 'active' ? 'pause' : 'resume')}
          >
            {hook.status === 'active' ? t('console.tenant.webhooks.pause') : t('console.tenant.webhooks.resume')}
          </button>
          {hook.format === 'standard' ? (
            <button className="btn small" type="button" disabled={act.busy} onClick={() => void act.run('rotate')}>
              {t('console.tenant.webhooks.newSecret')}
            </button>
          ) : null}
          <button className="btn small danger" type="button" disabled={act.busy} onClick={() => void act.run('delete')}>
            {t('console.tenant.webhooks.delete')}
          </button>
        </div>
      ) : null}
      <ProblemNote error={act.error} />
    </li>
  );
}

function NewWebhook({ path, onCreated }: { path: string; onCreated: (w: Webhook) => void }) {
  const form = useFields({
    url: 'https://',
    description: '',
    format: 'standard' as WebhookFormat,
    eventTypes: ['incident.opened', 'incident.updated', 'incident.restored'] as string[],
  });
  const t = useT();
  const labels = useLabels();
  const create = useAction(async () => {
    onCreated(await api.post<Webhook>(path, form.values));
    form.reset();
  }, t('console.tenant.webhooks.added'));
  const submit = create.submit;
  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="new-hook">
      <h2 id="new-hook">{t('console.tenant.webhooks.addTitle')}</h2>
      <Field
        label={t('console.tenant.webhooks.sendsTo')}
        name="format"
        error={create.error}
        hint={t('console.tenant.webhooks.formatHint', { value: form.values.format })}
      >
        {(p) => (
          <select
            {...p}
            value={form.values.format}
            onChange={(e) => form.set('format')(e.target.value as WebhookFormat)}
          >
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {t('console.tenant.webhooks.format', { value: f })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-row">
        <Field
          label={t('console.tenant.webhooks.url')}
          name="url"
          error={create.error}
          hint={t('console.tenant.webhooks.urlHint')}
        >
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
        <Field label={t('console.tenant.webhooks.description')} name="description" error={create.error}>
          {(p) => (
            <input {...p} value={form.values.description} onChange={(e) => form.set('description')(e.target.value)} />
          )}
        </Field>
      </div>
      <CheckList
        legend={t('console.tenant.webhooks.events')}
        name="eventTypes"
        columns
        error={create.error}
        value={form.values.eventTypes}
        onChange={form.set('eventTypes')}
        options={WEBHOOK_EVENT_TYPES.map((type) => ({
          value: type,
          label: t('console.tenant.webhooks.eventOption', { label: labels.eventType(type), code: type }),
        }))}
      />
      <ProblemNote error={create.error} />
      <button className="btn primary" type="submit" disabled={create.busy}>
        {t('console.tenant.webhooks.add')}
      </button>
    </form>
  );
}
