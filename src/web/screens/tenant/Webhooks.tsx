// Webhooks instead of polling: a tenant's endpoints, the event types each receives, their health
// (a failing endpoint is paused and resumed here), and the signing secret (shown once, rotated
// with an overlap). Payloads are signed per Standard Webhooks, or shaped for a Slack or Teams
// channel's incoming webhook.
import { valueLabel } from '../../lib/labels';
import { useState } from 'react';
import { Badge, CheckList, Empty, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api } from '../../lib/api';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { Webhook, WebhookFormat } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { WEBHOOK_EVENT_TYPES } from '../../../shared/notifications';

const FORMAT_LABEL: Record<WebhookFormat, string> = {
  standard: 'Standard Webhooks (signed JSON)',
  slack: 'Slack incoming webhook',
  teams: 'Microsoft Teams workflow',
};

const FORMAT_HINT: Record<WebhookFormat, string> = {
  standard: 'For your own systems: JSON signed with the endpoint’s secret.',
  slack:
    'A message in a Slack channel: the URL Slack gives for an incoming webhook (https://hooks.slack.com/services/…).',
  teams:
    'A card in a Teams channel: the URL of a Workflows “Post to a channel when a webhook request is received” flow.',
};

export function WebhooksScreen({ focus }: { focus?: string }) {
  const { tenantId, isOrgAdmin, nameOf } = useTenant();
  const path = `/api/tenants/${tenantId}/webhooks`;
  const list = useApi<{ items: Webhook[] }>(path, ['webhooks']);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  return (
    <Page
      title="Webhooks"
      intro={`Herald posts ${nameOf(tenantId)}’s events to these URLs as they happen: to your systems signed with the endpoint’s secret (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature), or as a message in a Slack or Microsoft Teams channel.`}
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
          Signing secret for {secret.url} — copy it now, it is not shown again: <code>{secret.secret}</code>
        </div>
      ) : null}
      <h2>Endpoints</h2>
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No endpoints.</Empty>
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
  const act = useAction(async (what: 'pause' | 'resume' | 'rotate' | 'delete') => {
    if (what === 'delete') await api.delete(path);
    else if (what === 'rotate')
      onSecret((await api.post<{ secret: string }>(`${path}/rotate-secret`, { overlapHours: 24 })).secret);
    else await api.patch(path, { status: what === 'pause' ? 'paused' : 'active' });
    onChange();
  }, 'Endpoint changed');
  return (
    <li className={highlighted ? 'highlight' : ''}>
      <div className="actions">
        <code className="item-title">{hook.url}</code>
        <Badge tone={hook.status === 'active' ? 'ok' : 'bad'}>{valueLabel(hook.status)}</Badge>
        {hook.format === 'standard' ? null : <Badge>{FORMAT_LABEL[hook.format]}</Badge>}
      </div>
      {hook.description ? <div>{hook.description}</div> : null}
      {hook.pausedReason ? <p className="problem">{hook.pausedReason}</p> : null}
      <div className="meta">
        <span>{hook.eventTypes.join(', ')}</span>
        <span>last delivered {hook.lastSuccessAt ? time.relative(hook.lastSuccessAt) : 'never'}</span>
        {hook.lastFailureAt ? <span>last failure {time.relative(hook.lastFailureAt)}</span> : null}
      </div>
      {canManage ? (
        <div className="actions" style={{ marginTop: '0.4rem' }}>
          <button
            className="btn small"
            type="button"
            disabled={act.busy}
            onClick={() => void act.run(hook.status === 'active' ? 'pause' : 'resume')}
          >
            {hook.status === 'active' ? 'Pause' : 'Resume'}
          </button>
          {hook.format === 'standard' ? (
            <button className="btn small" type="button" disabled={act.busy} onClick={() => void act.run('rotate')}>
              New secret
            </button>
          ) : null}
          <button className="btn small danger" type="button" disabled={act.busy} onClick={() => void act.run('delete')}>
            Delete
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
  const create = useAction(async () => {
    onCreated(await api.post<Webhook>(path, form.values));
    form.reset();
  }, 'Endpoint added');
  const submit = create.submit;
  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="new-hook">
      <h2 id="new-hook">Add an endpoint</h2>
      <Field label="Sends to" name="format" error={create.error} hint={FORMAT_HINT[form.values.format]}>
        {(p) => (
          <select
            {...p}
            value={form.values.format}
            onChange={(e) => form.set('format')(e.target.value as WebhookFormat)}
          >
            {Object.entries(FORMAT_LABEL).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-row">
        <Field label="URL" name="url" error={create.error} hint="HTTPS, reachable from Herald.">
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
        <Field label="Description (optional)" name="description" error={create.error}>
          {(p) => (
            <input {...p} value={form.values.description} onChange={(e) => form.set('description')(e.target.value)} />
          )}
        </Field>
      </div>
      <CheckList
        legend="Events"
        name="eventTypes"
        columns
        error={create.error}
        value={form.values.eventTypes}
        onChange={form.set('eventTypes')}
        options={WEBHOOK_EVENT_TYPES.map((t) => ({ value: t, label: t }))}
      />
      <ProblemNote error={create.error} />
      <button className="btn primary" type="submit" disabled={create.busy}>
        Add endpoint
      </button>
    </form>
  );
}
