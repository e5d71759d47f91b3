// The operators' Message Center: every post (drafts and published), and the composer: Markdown
// with its preview, category, tags, services, dates (read in the operator's time zone), the
// audience with a preview of who will be told, then publish. Changing a published post tags it
// "Updated message" and tells its readers again when the change is material.
import { useState } from 'react';
import { MarkdownEditor } from '../../components/Markdown';
import {
  Badge,
  CheckList,
  Empty,
  Field,
  Loaded,
  Page,
  ProblemNote,
  Tabs,
  useAction,
  useFields,
} from '../../components/ui';
import { api, withQuery } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
import { Link, navigate, setQueryParam, useLocation } from '../../lib/router';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { OperatorMessage, Page as ListPage, Region, Service } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import {
  isAudienceEmpty,
  MESSAGE_CATEGORIES,
  MESSAGE_SEVERITIES,
  MESSAGE_TAGS,
  RELEASE_STATUSES,
} from '../../../shared/messages';
import { tagLabel } from './tags';
import { AudiencePreview, useAudiencePreview, type AudienceCounts } from '../../components/AudiencePreview';
import { MessageTranslations } from '../../components/Translations';

/** POST /api/messages/audience-preview: the tenants the audience rule matches and the people the policy picks. */
interface MessageAudiencePreview extends AudienceCounts {
  channels: string[];
  optIn: string[];
}

export function MessagesAdminScreen() {
  const { query } = useLocation();
  const status = query.get('status') ?? '';
  const q = query.get('q') ?? '';
  const list = useApi<ListPage<OperatorMessage>>(withQuery('/api/messages', { status, q, limit: 200 }), ['messages']);
  const time = useTime();
  const t = useT();
  const labels = useLabels();
  return (
    <Page
      title={t('console.messages.adminTitle')}
      actions={
        <Link className="btn primary" to="/messages/new">
          {t('console.messages.newPost')}
        </Link>
      }
    >
      <Tabs
        label={t('console.messages.whichPosts')}
        current={status}
        onChange={(v) => setQueryParam('status', v)}
        tabs={[
          { id: '', label: t('console.messages.adminTab', { value: 'all' }) },
          { id: 'draft', label: t('console.messages.adminTab', { value: 'draft' }) },
          { id: 'published', label: t('console.messages.adminTab', { value: 'published' }) },
        ]}
      />
      <div className="toolbar" role="search">
        <Field label={t('console.messages.search')} name="q">
          {(p) => <input {...p} type="search" defaultValue={q} onChange={(e) => setQueryParam('q', e.target.value)} />}
        </Field>
      </div>
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.messages.empty')}</Empty>
          ) : (
            <ul className="list card">
              {items.map((m) => (
                <li key={m.id}>
                  <div className="actions">
                    <Link to={`/messages/${m.id}`} className="item-title">
                      {m.title}
                    </Link>
                    <Badge tone={m.status === 'draft' ? 'warn' : 'ok'}>
                      {m.status === 'draft' && m.publishAt
                        ? t('console.messages.scheduledFor', { time: time.dateTime(m.publishAt) })
                        : labels.value(m.status)}
                    </Badge>
                    {m.isMajorChange ? <Badge tone="warn">{t('console.messages.majorChange')}</Badge> : null}
                  </div>
                  <div className="meta">
                    <span>{m.id}</span>
                    <span>{labels.messageCategory(m.category)}</span>
                    {m.status === 'published' ? (
                      <span>
                        {t('console.messages.stats', {
                          tenants: m.tenantCount,
                          reads: m.readCount,
                          relevant: m.feedback.relevant,
                        })}
                      </span>
                    ) : null}
                    <span>{t('console.messages.changed', { when: time.relative(m.lastModifiedDateTime) })}</span>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </Page>
  );
}

export function MessageEditScreen({ id }: { id: string }) {
  const message = useApi<OperatorMessage>(`/api/messages/${id}`, ['messages']);
  return <Loaded state={message}>{(m) => <Composer message={m} onSaved={message.reload} />}</Loaded>;
}

export function NewMessageScreen() {
  return <Composer message={null} onSaved={() => undefined} />;
}

function Composer({ message, onSaved }: { message: OperatorMessage | null; onSaved: () => void }) {
  const time = useTime();
  const t = useT();
  const labels = useLabels();
  const { tenants } = useTenant();
  const services = useApi<Service[]>('/api/services', ['services']);
  const regions = useApi<Region[]>('/api/regions', ['regions']);
  const form = useFields({
    title: message?.title ?? '',
    body: message?.bodyMarkdown ?? '',
    category: message?.category ?? 'planForChange',
    severity: message?.severity ?? 'normal',
    tags: message?.tags.filter((tag) => tag !== 'Updated message') ?? [],
    isMajorChange: message?.isMajorChange ?? false,
    actionRequiredBy: time.toLocalInput(message?.actionRequiredByDateTime),
    services: message?.serviceIds ?? [],
    start: time.toLocalInput(message?.startDateTime ?? new Date().toISOString()),
    end: time.toLocalInput(message?.endDateTime),
    allTenants: message?.audience.allTenants ?? false,
    tenantIds: message?.audience.tenantIds ?? [],
    regionCodes: message?.audience.regionCodes ?? [],
    audienceServices: message?.audience.serviceIds ?? [],
    publishAt: time.toLocalInput(message?.publishAt),
  });
  const v = form.values;
  const audience = {
    allTenants: v.allTenants || undefined,
    tenantIds: v.tenantIds,
    regionCodes: v.regionCodes,
    serviceIds: v.audienceServices,
  };
  const preview = useAudiencePreview<MessageAudiencePreview>(
    '/api/messages/audience-preview',
    isAudienceEmpty(audience) ? null : { audience, isMajorChange: v.isMajorChange, tags: v.tags },
  );
  const payload = () => ({
    title: v.title,
    body: v.body,
    category: v.category,
    severity: v.severity,
    tags: v.tags,
    isMajorChange: v.isMajorChange,
    ...(v.actionRequiredBy ? { actionRequiredByDateTime: time.toUtc(v.actionRequiredBy) } : {}),
    services: v.services,
    startDateTime: time.toUtc(v.start) ?? v.start,
    ...(v.end ? { endDateTime: time.toUtc(v.end) } : {}),
    audience,
  });
  // A draft saved with a time publishes itself then (the server refuses a time already past).
  const schedule = () =>
    message?.status === 'published' ? {} : { publishAt: v.publishAt ? (time.toUtc(v.publishAt) ?? v.publishAt) : null };
  const save = useAction(
    async () => {
      if (message) await api.patch(`/api/messages/${message.id}`, { ...payload(), ...schedule() });
      else
        navigate(`/messages/${(await api.post<OperatorMessage>('/api/messages', { ...payload(), ...schedule() })).id}`);
      onSaved();
    },
    message ? t('console.messages.postSaved') : t('console.messages.draftSaved'),
  );
  const publish = useAction(async () => {
    await api.patch(`/api/messages/${message!.id}`, { ...payload(), publishAt: null });
    await api.post(`/api/messages/${message!.id}/publish`);
    onSaved();
  }, t('console.messages.publishedNote'));
  const [confirming, setConfirming] = useState(false);
  const error = save.error ?? publish.error;
  const submit = save.submit;

  return (
    <Page
      title={message ? message.title || t('console.messages.untitled') : t('console.messages.newTitle')}
      intro={
        message
          ? [
              message.id,
              message.status === 'draft' && message.publishAt
                ? t('console.messages.scheduledFor', { time: time.dateTime(message.publishAt) })
                : labels.value(message.status),
              ...(message.status === 'published'
                ? [t('console.messages.revision', { revision: message.revision })]
                : []),
            ].join(' · ')
          : undefined
      }
    >
      <form onSubmit={submit} noValidate className="two-cols">
        <div className="card">
          <Field label={t('console.messages.title')} name="title" error={error}>
            {(p) => <input {...p} required value={v.title} onChange={(e) => form.set('title')(e.target.value)} />}
          </Field>
          <MarkdownEditor
            label={t('console.messages.body')}
            name="body"
            value={v.body}
            onChange={form.set('body')}
            error={error}
            rows={12}
          />
          <div className="form-row">
            <Field label={t('console.messages.category')} name="category" error={error}>
              {(p) => (
                <select
                  {...p}
                  value={v.category}
                  onChange={(e) => form.set('category')(e.target.value as typeof v.category)}
                >
                  {MESSAGE_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {labels.messageCategory(c)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('console.messages.severity')} name="severity" error={error}>
              {(p) => (
                <select
                  {...p}
                  value={v.severity}
                  onChange={(e) => form.set('severity')(e.target.value as typeof v.severity)}
                >
                  {MESSAGE_SEVERITIES.map((level) => (
                    <option key={level} value={level}>
                      {t('console.messages.severityOption', { value: level })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('console.messages.shownFrom', { zone: time.zone })} name="startDateTime" error={error}>
              {(p) => (
                <input
                  {...p}
                  type="datetime-local"
                  value={v.start}
                  onChange={(e) => form.set('start')(e.target.value)}
                />
              )}
            </Field>
            <Field label={t('console.messages.untilOptional')} name="endDateTime" error={error}>
              {(p) => (
                <input {...p} type="datetime-local" value={v.end} onChange={(e) => form.set('end')(e.target.value)} />
              )}
            </Field>
            <Field
              label={t('console.messages.actByOptional')}
              name="actionRequiredByDateTime"
              error={error}
              hint={t('console.messages.actByHint')}
            >
              {(p) => (
                <input
                  {...p}
                  type="datetime-local"
                  value={v.actionRequiredBy}
                  onChange={(e) => form.set('actionRequiredBy')(e.target.value)}
                />
              )}
            </Field>
          </div>
          {message?.status === 'published' ? null : (
            <Field
              label={t('console.messages.publishAt', { zone: time.zone })}
              name="publishAt"
              error={error}
              hint={t('console.messages.publishAtHint')}
            >
              {(p) => (
                <input
                  {...p}
                  type="datetime-local"
                  value={v.publishAt}
                  onChange={(e) => form.set('publishAt')(e.target.value)}
                />
              )}
            </Field>
          )}
          <label className="check">
            <input
              type="checkbox"
              checked={v.isMajorChange}
              onChange={(e) => form.set('isMajorChange')(e.target.checked)}
            />
            {t('console.messages.majorChangeCheck')}
          </label>
          <CheckList
            legend={t('console.messages.tags')}
            name="tags"
            columns
            error={error}
            value={v.tags}
            onChange={form.set('tags')}
            options={MESSAGE_TAGS.filter((tag) => tag !== 'Updated message').map((tag) => ({
              value: tag,
              label: tagLabel(t, tag),
            }))}
          />
          <CheckList
            legend={t('console.messages.aboutServices')}
            name="services"
            columns
            error={error}
            value={v.services}
            onChange={form.set('services')}
            options={(services.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          />
        </div>
        <div>
          <section className="card" aria-labelledby="audience-rule">
            <h2 id="audience-rule">{t('console.messages.audience')}</h2>
            <label className="check">
              <input
                type="checkbox"
                checked={v.allTenants}
                onChange={(e) => form.set('allTenants')(e.target.checked)}
              />
              {t('console.messages.allTenants')}
            </label>
            {v.allTenants ? null : (
              <CheckList
                legend={t('console.messages.tenants')}
                name="audience.tenantIds"
                columns
                error={error}
                value={v.tenantIds}
                onChange={form.set('tenantIds')}
                options={tenants.map((t) => ({ value: t.id, label: t.name }))}
              />
            )}
            <CheckList
              legend={t('console.messages.onlyRegions')}
              name="audience.regionCodes"
              columns
              error={error}
              value={v.regionCodes}
              onChange={form.set('regionCodes')}
              options={(regions.data ?? []).map((r) => ({ value: r.code, label: r.code }))}
            />
            <CheckList
              legend={t('console.messages.onlyRunning')}
              name="audience.serviceIds"
              columns
              error={error}
              value={v.audienceServices}
              onChange={form.set('audienceServices')}
              options={(services.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            />
          </section>
          <AudiencePreview
            state={preview}
            ready={!isAudienceEmpty(audience)}
            prompt={<p className="problem">{t('console.messages.chooseAudience')}</p>}
            how={(p) =>
              t('console.messages.how', {
                how: p.channels.includes('email')
                  ? p.optIn.includes('email')
                    ? 'emailOptIn'
                    : 'email'
                  : p.optIn.includes('email')
                    ? 'optIn'
                    : 'console',
              })
            }
          />
          <ProblemNote error={error} />
          <div className="actions">
            <button className="btn" type="submit" disabled={save.busy || publish.busy}>
              {message?.status === 'published'
                ? t('console.messages.saveChanges')
                : v.publishAt
                  ? t('console.messages.saveScheduled')
                  : t('console.messages.saveDraft')}
            </button>
            {message?.status === 'draft' ? (
              confirming ? (
                <>
                  <button
                    className="btn primary"
                    type="button"
                    disabled={publish.busy}
                    onClick={() => void publish.run()}
                  >
                    {t('console.messages.confirmPublish')}
                  </button>
                  <button className="btn" type="button" onClick={() => setConfirming(false)}>
                    {t('console.messages.notYet')}
                  </button>
                </>
              ) : (
                <button className="btn primary" type="button" onClick={() => setConfirming(true)}>
                  {t('console.messages.publish')}
                </button>
              )
            ) : null}
          </div>
          {message ? <Attachments message={message} onChange={onSaved} /> : null}
          {message?.status === 'published' ? <ReleaseStatus message={message} /> : null}
        </div>
      </form>
      {message ? <MessageTranslations messageId={message.id} /> : null}
    </Page>
  );
}

/** Files attached to a post (at most 1 MiB each), readers download them from the post. */
function Attachments({ message, onChange }: { message: OperatorMessage; onChange: () => void }) {
  const t = useT();
  const attach = useAction(async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    await api.post(`/api/messages/${message.id}/attachments`, {
      name: file.name,
      contentType: file.type || 'application/octet-stream',
      contentBase64: btoa(binary),
    });
    onChange();
  }, t('console.messages.fileAttached'));
  const remove = useAction(async (id: string) => {
    await api.delete(`/api/messages/${message.id}/attachments/${id}`);
    onChange();
  }, t('console.messages.attachmentRemoved'));
  return (
    <section className="card" aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('console.messages.attachments')}</h2>
      {message.attachments.length ? (
        <ul className="list">
          {message.attachments.map((a) => (
            <li key={a.id} className="actions">
              <a className="spacer" href={`/api/messages/${message.id}/attachments/${a.id}`}>
                {a.name}
              </a>
              <span className="muted">{t('console.messages.kilobytes', { size: Math.ceil(a.size / 1024) })}</span>
              <button
                className="btn small danger"
                type="button"
                onClick={() => void remove.run(a.id)}
                aria-label={t('console.messages.removeFile', { name: a.name })}
              >
                {t('console.messages.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <Field label={t('console.messages.attachFile')} name="contentBase64" error={attach.error}>
        {(p) => (
          <input {...p} type="file" onChange={(e) => e.target.files?.[0] && void attach.run(e.target.files[0])} />
        )}
      </Field>
      <ProblemNote error={attach.error ?? remove.error} />
    </section>
  );
}

/** Where the change a published post announces stands, for all its tenants (Graph's release status). */
function ReleaseStatus({ message }: { message: OperatorMessage }) {
  const [status, setStatus] = useState('');
  const t = useT();
  const save = useAction(async () => {
    const { tenantCount } = await api.put<{ tenantCount: number }>(`/api/messages/${message.id}/releaseStatus`, {
      status: status || null,
    });
    return tenantCount;
  }, t('console.messages.releaseSet'));
  return (
    <section className="card" aria-labelledby="release-title">
      <h2 id="release-title">{t('console.messages.releaseTitle')}</h2>
      <div className="toolbar">
        <Field label={t('console.messages.forEveryTenant')} name="status" error={save.error}>
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">{t('console.messages.followDates')}</option>
              {RELEASE_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t('console.messages.releaseStatus', { value })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button className="btn" type="button" disabled={save.busy} onClick={() => void save.run()}>
          {t('console.messages.set')}
        </button>
      </div>
      <ProblemNote error={save.error} />
    </section>
  );
}
