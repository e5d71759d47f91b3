// The Message Center as tenant admins read it, after Microsoft 365's: posts about changes and
// releases, filtered by state, service, tag and category, searched by words; each reader's own
// read, archive and favorite marks (one at a time or many at once), "act by" dates, the release
// status for the organization, feedback and sharing by email.
import { useEffect, useRef, useState } from 'react';
import { Badge, Empty, Field, Loaded, Page, ProblemNote, Tabs, useAction } from '../../components/ui';
import { api, withQuery } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
import { Link, setQueryParam, useLocation } from '../../lib/router';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { Page as ListPage, ReaderMessage, Service } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { MESSAGE_CATEGORIES, MESSAGE_TAGS } from '../../../shared/messages';
import { tagLabel } from './tags';
import { useReadNotices } from '../../components/NotificationBell';
import { TranslationNote } from '../../components/Translations';

type Mark = 'markRead' | 'markUnread' | 'archive' | 'unarchive' | 'favorite' | 'unfavorite';

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
  const t = useT();
  const labels = useLabels();
  const bulk = useAction(async (action: Mark) => {
    await mark(action, selected);
    setSelected([]);
    list.reload();
  }, t('console.messages.done'));
  const star = useAction(async (m: ReaderMessage) => {
    await mark(m.viewPoint.isFavorited ? 'unfavorite' : 'favorite', [m.id]);
    list.reload();
  });

  const items = list.data?.items ?? [];
  const allSelected = items.length > 0 && items.every((m) => selected.includes(m.id));

  return (
    <Page title={t('console.messages.center')} intro={t('console.messages.centerIntro')}>
      <Tabs
        label={t('console.messages.whichPosts')}
        current={state}
        onChange={(v) => (setSelected([]), setQueryParam('state', v === 'inbox' ? null : v))}
        tabs={[
          { id: 'inbox', label: t('console.messages.readerTab', { value: 'inbox' }) },
          { id: 'unread', label: t('console.messages.readerTab', { value: 'unread' }) },
          { id: 'actionRequired', label: t('console.messages.readerTab', { value: 'actionRequired' }) },
          { id: 'favorite', label: t('console.messages.readerTab', { value: 'favorite' }) },
          { id: 'archived', label: t('console.messages.readerTab', { value: 'archived' }) },
        ]}
      />
      <div className="toolbar" role="search">
        <Field label={t('console.messages.search')} name="q">
          {(p) => (
            <input {...p} type="search" defaultValue={filters.q} onChange={(e) => setQueryParam('q', e.target.value)} />
          )}
        </Field>
        <Field label={t('console.messages.service')} name="service">
          {(p) => (
            <select {...p} value={filters.service} onChange={(e) => setQueryParam('service', e.target.value)}>
              <option value="">{t('console.messages.allServices')}</option>
              {(services.data ?? []).map((s) => (
                <option key={s.id} value={s.name}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('console.messages.tagField')} name="tag">
          {(p) => (
            <select {...p} value={filters.tag} onChange={(e) => setQueryParam('tag', e.target.value)}>
              <option value="">{t('console.messages.allTags')}</option>
              {MESSAGE_TAGS.map((tag) => (
                <option key={tag} value={tag}>
                  {tagLabel(t, tag)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('console.messages.category')} name="category">
          {(p) => (
            <select {...p} value={filters.category} onChange={(e) => setQueryParam('category', e.target.value)}>
              <option value="">{t('console.messages.allCategories')}</option>
              {MESSAGE_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {labels.messageCategory(c)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <div className="actions bulk" role="group" aria-label={t('console.messages.bulk')}>
        <span className="muted">
          {selected.length
            ? t('console.messages.selected', { count: selected.length })
            : t('console.messages.selectHint')}
        </span>
        <button
          className="btn small"
          type="button"
          disabled={!selected.length || bulk.busy}
          onClick={() => void bulk.run('markRead')}
        >
          {t('console.messages.markRead')}
        </button>
        <button
          className="btn small"
          type="button"
          disabled={!selected.length || bulk.busy}
          onClick={() => void bulk.run('markUnread')}
        >
          {t('console.messages.markUnread')}
        </button>
        {state === 'archived' ? (
          <button
            className="btn small"
            type="button"
            disabled={!selected.length || bulk.busy}
            onClick={() => void bulk.run('unarchive')}
          >
            {t('console.messages.restore')}
          </button>
        ) : (
          <button
            className="btn small"
            type="button"
            disabled={!selected.length || bulk.busy}
            onClick={() => void bulk.run('archive')}
          >
            {t('console.messages.archive')}
          </button>
        )}
      </div>
      <ProblemNote error={bulk.error ?? star.error} />

      <Loaded state={list}>
        {() =>
          items.length === 0 ? (
            <Empty>{t('console.messages.empty')}</Empty>
          ) : (
            <div className="table-wrap messages-wrap">
              <table className="messages">
                <thead>
                  <tr>
                    <th scope="col">
                      <input
                        type="checkbox"
                        aria-label={t('console.messages.selectAll')}
                        checked={allSelected}
                        onChange={() => setSelected(allSelected ? [] : items.map((m) => m.id))}
                      />
                    </th>
                    <th scope="col">
                      <span className="sr-only">{t('console.messages.favorite')}</span>
                    </th>
                    <th scope="col">{t('console.messages.post')}</th>
                    <th scope="col">{t('console.messages.category')}</th>
                    <th scope="col">{t('console.messages.actBy')}</th>
                    <th scope="col">{t('console.messages.updated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((m) => (
                    <tr key={m.id} className={m.viewPoint.isRead ? '' : 'unread'}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('console.messages.selectPost', { title: m.title })}
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
                          aria-label={t('console.messages.favoritePost', { title: m.title })}
                          onClick={() => void star.run(m)}
                        >
                          {m.viewPoint.isFavorited ? '★' : '☆'}
                        </button>
                      </td>
                      <td>
                        <Link to={`/messages/${m.id}`} className="title">
                          {m.title}
                        </Link>
                        {m.viewPoint.isRead ? null : (
                          <span className="sr-only"> {t('console.messages.unreadMark')}</span>
                        )}
                        <div className="meta">
                          <span>{m.id}</span>
                          <span>{t.list(m.services)}</span>
                          {m.isMajorChange ? <Badge tone="warn">{t('console.messages.majorChange')}</Badge> : null}
                          {m.tags.map((tag) => (
                            <Badge key={tag}>{tagLabel(t, tag)}</Badge>
                          ))}
                        </div>
                      </td>
                      <td data-label={t('console.messages.category')}>{labels.messageCategory(m.category)}</td>
                      <td data-label={t('console.messages.actBy')}>
                        {m.actionRequiredByDateTime ? <ActBy iso={m.actionRequiredByDateTime} /> : '—'}
                      </td>
                      <td data-label={t('console.messages.updated')}>{time.date(m.lastModifiedDateTime)}</td>
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
  const t = useT();
  const labels = useLabels();
  const act = useAction(async (action: Mark) => {
    await mark(action, [id]);
    message.reload();
  });
  const feedback = useAction(async (value: 'relevant' | 'notRelevant' | null) => {
    await api.put(`/api/me/messages/${id}/feedback`, { feedback: value });
    message.reload();
  }, t('console.messages.feedbackThanks'));

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
                {m.viewPoint.isRead ? t('console.messages.markUnread') : t('console.messages.markRead')}
              </button>
              <button
                className="btn"
                type="button"
                aria-pressed={m.viewPoint.isFavorited}
                disabled={act.busy}
                onClick={() => void act.run(m.viewPoint.isFavorited ? 'unfavorite' : 'favorite')}
              >
                {m.viewPoint.isFavorited ? '★' : '☆'} {t('console.messages.favorite')}
              </button>
              <button
                className="btn"
                type="button"
                disabled={act.busy}
                onClick={() => void act.run(m.viewPoint.isArchived ? 'unarchive' : 'archive')}
              >
                {m.viewPoint.isArchived ? t('console.messages.restore') : t('console.messages.archive')}
              </button>
            </>
          }
        >
          <p className="actions">
            <Badge tone="info">{labels.messageCategory(m.category)}</Badge>
            {m.isMajorChange ? <Badge tone="warn">{t('console.messages.majorChange')}</Badge> : null}
            {m.releaseStatus ? (
              <Badge tone="ok">{t('console.messages.releaseStatus', { value: m.releaseStatus })}</Badge>
            ) : null}
            {m.tags.map((tag) => (
              <Badge key={tag}>{tagLabel(t, tag)}</Badge>
            ))}
            <span className="muted">
              {m.viewPoint.isRead ? t('console.messages.stateRead') : t('console.messages.stateUnread')}
            </span>
          </p>
          <ProblemNote error={act.error} />
          <div className="two-cols">
            <article className="card">
              <TranslationNote post={m} />
              <RenderedHtml html={m.body.content} />
              {m.attachments.length ? (
                <>
                  <h2>{t('console.messages.attachments')}</h2>
                  <ul>
                    {m.attachments.map((a) => (
                      <li key={a.id}>
                        <a href={`/api/messages/${m.id}/attachments/${a.id}`}>{a.name}</a>{' '}
                        <span className="muted">
                          ({t('console.messages.kilobytes', { size: Math.ceil(a.size / 1024) })})
                        </span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </article>
            <aside>
              <dl className="facts card">
                <dt>{t('console.messages.messageId')}</dt>
                <dd>{m.id}</dd>
                <dt>{t('console.messages.services')}</dt>
                <dd>{t.list(m.services) || '—'}</dd>
                {m.actionRequiredByDateTime ? (
                  <>
                    <dt>{t('console.messages.actBy')}</dt>
                    <dd>
                      <ActBy iso={m.actionRequiredByDateTime} />{' '}
                      <span className="muted">{time.relative(m.actionRequiredByDateTime)}</span>
                    </dd>
                  </>
                ) : null}
                <dt>{t('console.messages.published')}</dt>
                <dd>{time.dateTime(m.startDateTime)}</dd>
                {m.endDateTime ? (
                  <>
                    <dt>{t('console.messages.until')}</dt>
                    <dd>{time.dateTime(m.endDateTime)}</dd>
                  </>
                ) : null}
                <dt>{t('console.messages.lastUpdated')}</dt>
                <dd>{time.dateTime(m.lastModifiedDateTime)}</dd>
              </dl>
              <section className="card" aria-labelledby="feedback-title">
                <h2 id="feedback-title">{t('console.messages.feedbackTitle')}</h2>
                <div className="actions">
                  <button
                    className="btn"
                    type="button"
                    aria-pressed={m.viewPoint.feedback === 'relevant'}
                    onClick={() => void feedback.run(m.viewPoint.feedback === 'relevant' ? null : 'relevant')}
                  >
                    {t('console.messages.yes')}
                  </button>
                  <button
                    className="btn"
                    type="button"
                    aria-pressed={m.viewPoint.feedback === 'notRelevant'}
                    onClick={() => void feedback.run(m.viewPoint.feedback === 'notRelevant' ? null : 'notRelevant')}
                  >
                    {t('console.messages.no')}
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
  const t = useT();
  const share = useAction(async () => {
    await api.post(`/api/me/messages/${id}/share`, {
      to: to.split(/[\s,;]+/).filter(Boolean),
      note: note || undefined,
    });
    setTo('');
    setNote('');
  }, t('console.messages.shared'));
  const submit = share.submit;
  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="share-title">
      <h2 id="share-title">{t('console.messages.shareTitle')}</h2>
      <Field label={t('console.messages.to')} name="to" error={share.error} hint={t('console.messages.toHint')}>
        {(p) => <input {...p} value={to} onChange={(e) => setTo(e.target.value)} />}
      </Field>
      <Field label={t('console.messages.note')} name="note" error={share.error}>
        {(p) => <textarea {...p} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <ProblemNote error={share.error} />
      <button className="btn" type="submit" disabled={share.busy || !to.trim()}>
        {t('console.messages.share')}
      </button>
    </form>
  );
}
