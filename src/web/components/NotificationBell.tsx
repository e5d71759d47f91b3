// The in-app notifications: a bell in the header with the unread count, opening the latest
// notices; following one marks it read and opens its screen.
import { useEffect, useRef } from 'react';
import { api } from '../lib/api';
import { useT } from '../lib/i18n';
import { navigate } from '../lib/router';
import { useTime } from '../lib/time';
import type { InAppNotification } from '../lib/types';
import { useApi } from '../lib/useApi';
import type { Inbox } from '../lib/types';

/** A notice's link as a path in this console (the server writes absolute URLs for email). */
function consolePath(url: string): string {
  try {
    const u = new URL(url, window.location.origin);
    return u.pathname + u.search;
  } catch {
    return '/';
  }
}

/** Told to the bell when a screen marked notifications read, so its count drops at once. */
const READ_EVENT = 'herald:notifications-read';

/**
 * Opening the thing a notice points to reads it, however the person got there (the bell, a
 * list, an email link): the screen of an incident, a post, a maintenance or a ticket calls this.
 */
export function useReadNotices(
  type: 'incident' | 'message' | 'maintenance' | 'support_ticket',
  id: string | undefined,
): void {
  useEffect(() => {
    if (!id) return;
    void api
      .post('/api/me/notifications/read', { subject: { type, id } })
      .then(() => window.dispatchEvent(new Event(READ_EVENT)))
      .catch(() => undefined);
  }, [type, id]);
}

export function NotificationBell() {
  // Any live notice may come with a notification for this person: the list is refetched on each.
  const inbox = useApi<Inbox>('/api/me/notifications?limit=8');
  const { reload } = inbox;
  useEffect(() => {
    window.addEventListener(READ_EVENT, reload);
    return () => window.removeEventListener(READ_EVENT, reload);
  }, [reload]);
  const time = useTime();
  const t = useT();
  const panel = useRef<HTMLDetailsElement>(null);
  const unread = inbox.data?.unreadCount ?? 0;

  const open = async (n: InAppNotification) => {
    panel.current?.removeAttribute('open');
    if (!n.readAt) await api.post('/api/me/notifications/read', { ids: [n.id] }).catch(() => undefined);
    inbox.reload();
    // A notice about something with no page of its own (url null) is only marked read.
    if (n.url) navigate(consolePath(n.url));
  };
  const readAll = async () => {
    await api.post('/api/me/notifications/read', { all: true }).catch(() => undefined);
    inbox.reload();
  };

  return (
    <details className="bell" ref={panel}>
      <summary aria-label={t('console.shell.bellLabel', { count: unread })}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            d="M12 3a6 6 0 0 0-6 6v3.5L4.5 16h15L18 12.5V9a6 6 0 0 0-6-6Zm-2.5 15a2.5 2.5 0 0 0 5 0"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinejoin="round"
          />
        </svg>
        {unread ? (
          <span className="count" aria-hidden="true">
            {unread > 99 ? t('console.shell.bellOverflow', { count: 99 }) : t.number(unread)}
          </span>
        ) : null}
      </summary>
      <div className="menu-panel notifications" role="region" aria-label={t('console.shell.notifications')}>
        <div className="actions">
          <strong className="spacer">{t('console.shell.notifications')}</strong>
          <button className="btn small" type="button" disabled={!unread} onClick={() => void readAll()}>
            {t('console.shell.markAllRead')}
          </button>
        </div>
        {inbox.data?.items.length ? (
          <ul className="list">
            {inbox.data.items.map((n) => (
              <li key={n.id} className={n.readAt ? '' : 'unread'}>
                <button type="button" className="link" onClick={() => void open(n)}>
                  <span className="item-title">{n.title}</span>
                  {n.readAt ? null : <span className="sr-only"> {t('console.shell.unreadMark')}</span>}
                </button>
                <div className="muted small">{n.summary}</div>
                <div className="meta">{time.relative(n.createdAt)}</div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('console.shell.noNotifications')}</p>
        )}
      </div>
    </details>
  );
}
