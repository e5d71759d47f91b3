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
import { MESSAGE_CATEGORY_LABEL, plural, valueLabel } from '../../lib/labels';
import { Link, navigate, setQueryParam, useLocation } from '../../lib/router';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { OperatorMessage, Page as ListPage, Region, Service } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { isAudienceEmpty, MESSAGE_TAGS } from '../../../shared/messages';
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
  return (
    <Page
      title="Message Center posts"
      actions={
        <Link className="btn primary" to="/messages/new">
          New post
        </Link>
      }
    >
      <Tabs
        label="Which posts"
        current={status}
        onChange={(v) => setQueryParam('status', v)}
        tabs={[
          { id: '', label: 'All' },
          { id: 'draft', label: 'Drafts' },
          { id: 'published', label: 'Published' },
        ]}
      />
      <div className="toolbar" role="search">
        <Field label="Search" name="q">
          {(p) => <input {...p} type="search" defaultValue={q} onChange={(e) => setQueryParam('q', e.target.value)} />}
        </Field>
      </div>
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No posts here.</Empty>
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
                        ? `Scheduled for ${time.dateTime(m.publishAt)}`
                        : valueLabel(m.status)}
                    </Badge>
                    {m.isMajorChange ? <Badge tone="warn">Major change</Badge> : null}
                  </div>
                  <div className="meta">
                    <span>{m.id}</span>
                    <span>{MESSAGE_CATEGORY_LABEL[m.category]}</span>
                    {m.status === 'published' ? (
                      <span>
                        {plural(m.tenantCount, 'tenant')} · read by {m.readCount} · {m.feedback.relevant} found it
                        relevant
                      </span>
                    ) : null}
                    <span>changed {time.relative(m.lastModifiedDateTime)}</span>
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
  const { tenants } = useTenant();
  const services = useApi<Service[]>('/api/services', ['services']);
  const regions = useApi<Region[]>('/api/regions', ['regions']);
  const form = useFields({
    title: message?.title ?? '',
    body: message?.bodyMarkdown ?? '',
    category: message?.category ?? 'planForChange',
    severity: message?.severity ?? 'normal',
    tags: message?.tags.filter((t) => t !== 'Updated message') ?? [],
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
    message ? 'Post saved' : 'Draft saved',
  );
  const publish = useAction(async () => {
    await api.patch(`/api/messages/${message!.id}`, { ...payload(), publishAt: null });
    await api.post(`/api/messages/${message!.id}/publish`);
    onSaved();
  }, 'Published: its audience is being told');
  const [confirming, setConfirming] = useState(false);
  const error = save.error ?? publish.error;
  const submit = save.submit;

  return (
    <Page
      title={message ? message.title || 'Post' : 'New Message Center post'}
      intro={
        message
          ? `${message.id} · ${message.status === 'draft' && message.publishAt ? `Scheduled for ${time.dateTime(message.publishAt)}` : valueLabel(message.status)}${message.status === 'published' ? ` · revision ${message.revision}` : ''}`
          : undefined
      }
    >
      <form onSubmit={submit} noValidate className="two-cols">
        <div className="card">
          <Field label="Title" name="title" error={error}>
            {(p) => <input {...p} required value={v.title} onChange={(e) => form.set('title')(e.target.value)} />}
          </Field>
          <MarkdownEditor label="Body" name="body" value={v.body} onChange={form.set('body')} error={error} rows={12} />
          <div className="form-row">
            <Field label="Category" name="category" error={error}>
              {(p) => (
                <select
                  {...p}
                  value={v.category}
                  onChange={(e) => form.set('category')(e.target.value as typeof v.category)}
                >
                  {Object.entries(MESSAGE_CATEGORY_LABEL).map(([k, l]) => (
                    <option key={k} value={k}>
                      {l}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Severity" name="severity" error={error}>
              {(p) => (
                <select
                  {...p}
                  value={v.severity}
                  onChange={(e) => form.set('severity')(e.target.value as typeof v.severity)}
                >
                  <option value="normal">Normal</option>
                  <option value="high">High</option>
                  <option value="critical">Critical</option>
                </select>
              )}
            </Field>
            <Field label={`Shown from (${time.zone})`} name="startDateTime" error={error}>
              {(p) => (
                <input
                  {...p}
                  type="datetime-local"
                  value={v.start}
                  onChange={(e) => form.set('start')(e.target.value)}
                />
              )}
            </Field>
            <Field label={`Until (optional)`} name="endDateTime" error={error}>
              {(p) => (
                <input {...p} type="datetime-local" value={v.end} onChange={(e) => form.set('end')(e.target.value)} />
              )}
            </Field>
            <Field
              label="Act by (optional)"
              name="actionRequiredByDateTime"
              error={error}
              hint="A major change that needs action is posted at least 30 days before."
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
              label={`Publish at (optional, ${time.zone})`}
              name="publishAt"
              error={error}
              hint="Saved with a time, the draft publishes itself then; until then no tenant sees it and nobody is told."
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
            Major change (emailed to every admin it reaches)
          </label>
          <CheckList
            legend="Tags"
            name="tags"
            columns
            error={error}
            value={v.tags}
            onChange={form.set('tags')}
            options={MESSAGE_TAGS.filter((t) => t !== 'Updated message').map((t) => ({ value: t, label: t }))}
          />
          <CheckList
            legend="About these services"
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
            <h2 id="audience-rule">Audience</h2>
            <label className="check">
              <input
                type="checkbox"
                checked={v.allTenants}
                onChange={(e) => form.set('allTenants')(e.target.checked)}
              />
              All tenants
            </label>
            {v.allTenants ? null : (
              <CheckList
                legend="Tenants"
                name="audience.tenantIds"
                columns
                error={error}
                value={v.tenantIds}
                onChange={form.set('tenantIds')}
                options={tenants.map((t) => ({ value: t.id, label: t.name }))}
              />
            )}
            <CheckList
              legend="Only those with environments in"
              name="audience.regionCodes"
              columns
              error={error}
              value={v.regionCodes}
              onChange={form.set('regionCodes')}
              options={(regions.data ?? []).map((r) => ({ value: r.code, label: r.code }))}
            />
            <CheckList
              legend="Only those running"
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
            prompt={
              <p className="problem">
                Choose an audience: all tenants, some tenants, or the tenants with environments in some regions or
                running some services.
              </p>
            }
            how={(p) => (
              <>
                In the console{p.channels.includes('email') ? ' and by email' : ''}
                {p.optIn.includes('email') ? '; by email only to those who asked for Message Center email' : ''}.
              </>
            )}
          />
          <ProblemNote error={error} />
          <div className="actions">
            <button className="btn" type="submit" disabled={save.busy || publish.busy}>
              {message?.status === 'published' ? 'Save changes' : v.publishAt ? 'Save scheduled draft' : 'Save draft'}
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
                    Yes, publish and tell them
                  </button>
                  <button className="btn" type="button" onClick={() => setConfirming(false)}>
                    Not yet
                  </button>
                </>
              ) : (
                <button className="btn primary" type="button" onClick={() => setConfirming(true)}>
                  Publish…
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
  }, 'File attached');
  const remove = useAction(async (id: string) => {
    await api.delete(`/api/messages/${message.id}/attachments/${id}`);
    onChange();
  }, 'Attachment removed');
  return (
    <section className="card" aria-labelledby="attachments-title">
      <h2 id="attachments-title">Attachments</h2>
      {message.attachments.length ? (
        <ul className="list">
          {message.attachments.map((a) => (
            <li key={a.id} className="actions">
              <a className="spacer" href={`/api/messages/${message.id}/attachments/${a.id}`}>
                {a.name}
              </a>
              <span className="muted">{Math.ceil(a.size / 1024)} KB</span>
              <button
                className="btn small danger"
                type="button"
                onClick={() => void remove.run(a.id)}
                aria-label={`Remove ${a.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <Field label="Attach a file (up to 1 MiB)" name="contentBase64" error={attach.error}>
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
  const save = useAction(async () => {
    const { tenantCount } = await api.put<{ tenantCount: number }>(`/api/messages/${message.id}/releaseStatus`, {
      status: status || null,
    });
    return tenantCount;
  }, 'Release status set for the post’s tenants');
  return (
    <section className="card" aria-labelledby="release-title">
      <h2 id="release-title">Release status</h2>
      <div className="toolbar">
        <Field label="For every tenant of the post" name="status" error={save.error}>
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">Follow the post’s dates</option>
              <option value="scheduled">Scheduled</option>
              <option value="rollingOut">Rolling out</option>
              <option value="launched">Launched</option>
            </select>
          )}
        </Field>
        <button className="btn" type="button" disabled={save.busy} onClick={() => void save.run()}>
          Set
        </button>
      </div>
      <ProblemNote error={save.error} />
    </section>
  );
}
