// The Message Center as tenant admins read it, after Microsoft 365's: posts about changes and
// releases, filtered by state, service, tag and category, searched by words; each reader's own
// read, archive and favorite marks (one at a time or many at once), "act by" dates, the release
// status for the organization, feedback and sharing by email.
import { useEffect, useRef, useState } from 'react';
import { Badge, Empty, Field, Loaded, Page, ProblemNote, Tabs, useAction } from '../../components/ui';
import { api, withQuery } from '../../lib/api';
import { MESSAGE_CATEGORY_LABEL } from '../../lib/labels';
import { Link, setQueryParam, useLocation } from '../../lib/router';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { Page as ListPage, ReaderMessage, Service } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { MESSAGE_TAGS } from '../../../shared/messages';
import { useReadNotices } from '../../components/NotificationBell';
import { TranslationNote } from '../../components/Translations';

type Mark = 'markRead' | 'markUnread' | 'archive' | 'unarchive' | 'favorite' | 'unfavorite';

const RELEASE_LABEL = { scheduled: 'Scheduled', rollingOut: 'Rolling out', launched: 'Launched' } as const;

/** A post's body: HTML Herald rendered from Markdown with raw HTML off and unsafe links refused. */
function RenderedHtml({ html }: { html: string }) {
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}

async function mark(action: Mark, ids: string[]): Promise<void> {
  await api.post(`/api/me/messages/${action}`, { messageIds: ids });
}

export function MessageCenterScreen() {
  const { tenantId } = useTenant();
  const { query } = useLocation();
  const state = query.get('state') ?? 'inbox';
  const filters = {
    service: query.get('service') ?? '',
    tag: query.get('tag') ?? '',
    category: query.get('category') ?? '',
    q: query.get('q') ?? '',
  };
  const list = useApi<ListPage<ReaderMessage>>(
    withQuery('/api/me/messages', { tenantId, ...filters, state: state === 'inbox' ? undefined : state, limit: 200 }),
    ['messages'],
  );
  const services = useApi<Service[]>('/api/services', ['services']);
  const [selected, setSelected] = useState<string[]>([]);
  const time = useTime();
  const bulk = useAction(async (action: Mark) => {
    await mark(action, selected);
    setSelected([]);
    list.reload();
  }, 'Done');
  const star = useAction(async (m: ReaderMessage) => {
    await mark(m.viewPoint.isFavorited ? 'unfavorite' : 'favorite', [m.id]);
    list.reload();
  });

  const items = list.data?.items ?? [];
  const allSelected = items.length > 0 && items.every((m) => selected.includes(m.id));

  return (
    <Page
      title="Message Center"
      intro="Changes, releases and what to prepare for. Posts with an “act by” date need something from you before then."
    >
      <Tabs
        label="Which posts"
        current={state}
        onChange={(v) => (setSelected([]), setQueryParam('state', v === 'inbox' ? null : v))}
        tabs={[
          { id: 'inbox', label: 'Inbox' },
          { id: 'unread', label: 'Unread' },
          { id: 'actionRequired', label: 'Act by' },
          { id: 'favorite', label: 'Favorites' },
          { id: 'archived', label: 'Archive' },
        ]}
      />
      <div className="toolbar" role="search">
        <Field label="Search" name="q">
          {(p) => (
            <input {...p} type="search" defaultValue={filters.q} onChange={(e) => setQueryParam('q', e.target.value)} />
          )}
        </Field>
        <Field label="Service" name="service">
          {(p) => (
            <select {...p} value={filters.service} onChange={(e) => setQueryParam('service', e.target.value)}>
              <option value="">All services</option>
              {(services.data ?? []).map((s) => (
                <option key={s.id} value={s.name}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Tag" name="tag">
          {(p) => (
            <select {...p} value={filters.tag} onChange={(e) => setQueryParam('tag', e.target.value)}>
              <option value="">All tags</option>
              {MESSAGE_TAGS.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Category" name="category">
          {(p) => (
            <select {...p} value={filters.category} onChange={(e) => setQueryParam('category', e.target.value)}>
              <option value="">All categories</option>
              {Object.entries(MESSAGE_CATEGORY_LABEL).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <div className="actions bulk" role="group" aria-label="With the selected posts">
        <span className="muted">
          {selected.length ? `${selected.length} selected` : 'Select posts to act on several at once'}
        </span>
        <button
          className="btn small"
          type="button"
          disabled={!selected.length || bulk.busy}
          onClick={() => void bulk.run('markRead')}
        >
          Mark as read
        </button>
        <button
          className="btn small"
          type="button"
          disabled={!selected.length || bulk.busy}
          onClick={() => void bulk.run('markUnread')}
        >
          Mark as unread
        </button>
        {state === 'archived' ? (
          <button
            className="btn small"
            type="button"
            disabled={!selected.length || bulk.busy}
            onClick={() => void bulk.run('unarchive')}
          >
            Restore
          </button>
        ) : (
          <button
            className="btn small"
            type="button"
            disabled={!selected.length || bulk.busy}
            onClick={() => void bulk.run('archive')}
          >
            Archive
          </button>
        )}
      </div>
      <ProblemNote error={bulk.error ?? star.error} />

      <Loaded state={list}>
        {() =>
          items.length === 0 ? (
            <Empty>No posts here.</Empty>
          ) : (
            <div className="table-wrap messages-wrap">
              <table className="messages">
                <thead>
                  <tr>
                    <th scope="col">
                      <input
                        type="checkbox"
                        aria-label="Select all"
                        checked={allSelected}
                        onChange={() => setSelected(allSelected ? [] : items.map((m) => m.id))}
                      />
                    </th>
                    <th scope="col">
                      <span className="sr-only">Favorite</span>
                    </th>
                    <th scope="col">Post</th>
                    <th scope="col">Category</th>
                    <th scope="col">Act by</th>
                    <th scope="col">Updated</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((m) => (
                    <tr key={m.id} className={m.viewPoint.isRead ? '' : 'unread'}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Select ${m.title}`}
                          checked={selected.includes(m.id)}
                          onChange={() =>
                            setSelected(
                              selected.includes(m.id) ? selected.filter((x) => x !== m.id) : [...selected, m.id],
                            )
                          }
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          className="star"
                          aria-pressed={m.viewPoint.isFavorited}
                          aria-label={`Favorite ${m.title}`}
                          onClick={() => void star.run(m)}
                        >
                          {m.viewPoint.isFavorited ? '★' : '☆'}
                        </button>
                      </td>
                      <td>
                        <Link to={`/messages/${m.id}`} className="title">
                          {m.title}
                        </Link>
                        {m.viewPoint.isRead ? null : <span className="sr-only"> (unread)</span>}
                        <div className="meta">
                          <span>{m.id}</span>
                          <span>{m.services.join(', ')}</span>
                          {m.isMajorChange ? <Badge tone="warn">Major change</Badge> : null}
                          {m.tags.map((t) => (
                            <Badge key={t}>{t}</Badge>
                          ))}
                        </div>
                      </td>
                      <td data-label="Category">{MESSAGE_CATEGORY_LABEL[m.category]}</td>
                      <td data-label="Act by">
                        {m.actionRequiredByDateTime ? <ActBy iso={m.actionRequiredByDateTime} /> : '—'}
                      </td>
                      <td data-label="Updated">{time.date(m.lastModifiedDateTime)}</td>
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

function ActBy({ iso }: { iso: string }) {
  const time = useTime();
  const soon = new Date(iso).getTime() - Date.now() < 7 * 86_400_000;
  return (
    <span title={time.dateTime(iso)}>
      <Badge tone={soon ? 'bad' : 'warn'}>{time.date(iso)}</Badge>
    </span>
  );
}

export function MessageScreen({ id }: { id: string }) {
  const { tenantId } = useTenant();
  const message = useApi<ReaderMessage>(withQuery(`/api/me/messages/${id}`, { tenantId }), ['messages']);
  useReadNotices('message', message.data?.id);
  const time = useTime();
  const act = useAction(async (action: Mark) => {
    await mark(action, [id]);
    message.reload();
  });
  const feedback = useAction(async (value: 'relevant' | 'notRelevant' | null) => {
    await api.put(`/api/me/messages/${id}/feedback`, { feedback: value });
    message.reload();
  }, 'Thank you for the feedback');

  // Opening a post reads it, as in Microsoft 365 (once: "Mark as unread" then keeps it unread).
  const opened = useRef(false);
  useEffect(() => {
    if (!message.data || opened.current) return;
    opened.current = true;
    if (!message.data.viewPoint.isRead) void act.run('markRead');
  }, [message.data, act]);

  return (
    <Loaded state={message}>
      {(m) => (
        <Page
          title={m.title}
          actions={
            <>
              <button
                className="btn"
                type="button"
                disabled={act.busy}
                onClick={() => void act.run(m.viewPoint.isRead ? 'markUnread' : 'markRead')}
              >
                {m.viewPoint.isRead ? 'Mark as unread' : 'Mark as read'}
              </button>
              <button
                className="btn"
                type="button"
                aria-pressed={m.viewPoint.isFavorited}
                disabled={act.busy}
                onClick={() => void act.run(m.viewPoint.isFavorited ? 'unfavorite' : 'favorite')}
              >
                {m.viewPoint.isFavorited ? '★ Favorite' : '☆ Favorite'}
              </button>
              <button
                className="btn"
                type="button"
                disabled={act.busy}
                onClick={() => void act.run(m.viewPoint.isArchived ? 'unarchive' : 'archive')}
              >
                {m.viewPoint.isArchived ? 'Restore' : 'Archive'}
              </button>
            </>
          }
        >
          <p className="actions">
            <Badge tone="info">{MESSAGE_CATEGORY_LABEL[m.category]}</Badge>
            {m.isMajorChange ? <Badge tone="warn">Major change</Badge> : null}
            {m.releaseStatus ? <Badge tone="ok">{RELEASE_LABEL[m.releaseStatus]}</Badge> : null}
            {m.tags.map((t) => (
              <Badge key={t}>{t}</Badge>
            ))}
            <span className="muted">{m.viewPoint.isRead ? 'Read' : 'Unread'}</span>
          </p>
          <ProblemNote error={act.error} />
          <div className="two-cols">
            <article className="card">
              <TranslationNote post={m} />
              <RenderedHtml html={m.body.content} />
              {m.attachments.length ? (
                <>
                  <h2>Attachments</h2>
                  <ul>
                    {m.attachments.map((a) => (
                      <li key={a.id}>
                        <a href={`/api/messages/${m.id}/attachments/${a.id}`}>{a.name}</a>{' '}
                        <span className="muted">({Math.ceil(a.size / 1024)} KB)</span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </article>
            <aside>
              <dl className="facts card">
                <dt>Message ID</dt>
                <dd>{m.id}</dd>
                <dt>Services</dt>
                <dd>{m.services.join(', ') || '—'}</dd>
                {m.actionRequiredByDateTime ? (
                  <>
                    <dt>Act by</dt>
                    <dd>
                      <ActBy iso={m.actionRequiredByDateTime} />{' '}
                      <span className="muted">{time.relative(m.actionRequiredByDateTime)}</span>
                    </dd>
                  </>
                ) : null}
                <dt>Published</dt>
                <dd>{time.dateTime(m.startDateTime)}</dd>
                {m.endDateTime ? (
                  <>
                    <dt>Until</dt>
                    <dd>{time.dateTime(m.endDateTime)}</dd>
                  </>
                ) : null}
                <dt>Last updated</dt>
                <dd>{time.dateTime(m.lastModifiedDateTime)}</dd>
              </dl>
              <section className="card" aria-labelledby="feedback-title">
                <h2 id="feedback-title">Was this post relevant to you?</h2>
                <div className="actions">
                  <button
                    className="btn"
                    type="button"
                    aria-pressed={m.viewPoint.feedback === 'relevant'}
                    onClick={() => void feedback.run(m.viewPoint.feedback === 'relevant' ? null : 'relevant')}
                  >
                    Yes
                  </button>
                  <button
                    className="btn"
                    type="button"
                    aria-pressed={m.viewPoint.feedback === 'notRelevant'}
                    onClick={() => void feedback.run(m.viewPoint.feedback === 'notRelevant' ? null : 'notRelevant')}
                  >
                    No
                  </button>
                </div>
                <ProblemNote error={feedback.error} />
              </section>
              <Share id={m.id} />
            </aside>
          </div>
        </Page>
      )}
    </Loaded>
  );
}

function Share({ id }: { id: string }) {
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const share = useAction(async () => {
    await api.post(`/api/me/messages/${id}/share`, {
      to: to.split(/[\s,;]+/).filter(Boolean),
      note: note || undefined,
    });
    setTo('');
    setNote('');
  }, 'Shared by email');
  const submit = share.submit;
  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="share-title">
      <h2 id="share-title">Share by email</h2>
      <Field
        label="To"
        name="to"
        error={share.error}
        hint="People of your organization; separate addresses with commas."
      >
        {(p) => <input {...p} value={to} onChange={(e) => setTo(e.target.value)} />}
      </Field>
      <Field label="Note (optional)" name="note" error={share.error}>
        {(p) => <textarea {...p} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <ProblemNote error={share.error} />
      <button className="btn" type="submit" disabled={share.busy || !to.trim()}>
        Share
      </button>
    </form>
  );
}
