// One support ticket as a conversation, for the tenant's people and for operators alike: what was
// reported, the replies of both sides (each emailed to the other side), its status and the moves
// the reader may make, severity, contact, the incident or maintenance it is linked to, and files.
import { useRef, useState } from 'react';
import { useReadNotices } from '../../components/NotificationBell';
import { Badge, Empty, Field, Loaded, Page, ProblemNote, useAction, type Tone } from '../../components/ui';
import { api, RawBody } from '../../lib/api';
import { Link } from '../../lib/router';
import { useMe } from '../../lib/session';
import { useTime } from '../../lib/time';
import type { TicketDetail, TicketStatus } from '../../lib/types';
import { useApi } from '../../lib/useApi';

export const TICKET_STATUS_TONE: Record<TicketStatus, Tone> = {
  open: 'info',
  inProgress: 'info',
  waitingOnCustomer: 'warn',
  resolved: 'ok',
  closed: 'neutral',
};

/** What the button for each move says. */
const MOVE_WORDS: Record<TicketStatus, string> = {
  open: 'Reopen',
  inProgress: 'Mark in progress',
  waitingOnCustomer: 'Ask the customer',
  resolved: 'Mark resolved',
  closed: 'Close ticket',
};

const ACCEPTED = '.png,.jpg,.jpeg,.pdf,.txt,.log,image/png,image/jpeg,application/pdf,text/plain';

const sizeOf = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function TicketScreen({ id }: { id: string }) {
  const ticket = useApi<TicketDetail>(`/api/tickets/${id}`, ['ticket']);
  useReadNotices('support_ticket', ticket.data?.id);
  return <Loaded state={ticket}>{(t) => <Ticket t={t} reload={ticket.reload} />}</Loaded>;
}

function Ticket({ t, reload }: { t: TicketDetail; reload: () => void }) {
  const time = useTime();
  const move = useAction(async (status: TicketStatus) => {
    await api.post(`/api/tickets/${t.id}/status`, { status, from: t.status });
    reload();
  }, 'Status changed');
  return (
    <Page title={t.title} actions={<Badge tone={TICKET_STATUS_TONE[t.status]}>{t.statusLabel}</Badge>}>
      <p>
        <Link to="/tickets">All support tickets</Link>
      </p>
      <dl className="facts card">
        <dt>Status</dt>
        <dd>{t.statusLabel}</dd>
        <dt>Severity</dt>
        <dd>{t.severityLabel}</dd>
        <dt>Reported by</dt>
        <dd>
          {t.reporter ? `${t.reporter.name} (${t.reporter.email})` : 'Someone no longer here'},{' '}
          {time.dateTime(t.createdDateTime)}
        </dd>
        <dt>Contact</dt>
        <dd>
          {[t.contact.name].filter(Boolean).join('')}
          {t.contact.email ? (
            <>
              {' '}
              <a href={`mailto:${t.contact.email}`}>{t.contact.email}</a>
            </>
          ) : null}
          {t.contact.phone ? (
            <>
              {' '}
              <a href={`tel:${t.contact.phone.replace(/[^+0-9]/g, '')}`}>{t.contact.phone}</a>
            </>
          ) : null}
        </dd>
        {t.incident ? (
          <>
            <dt>About incident</dt>
            <dd>
              <Link to={`/service-health/incidents/${t.incident.id}`}>
                {t.incident.id}: {t.incident.title}
              </Link>
              {t.incident.isResolved ? ' (resolved)' : ''}
            </dd>
          </>
        ) : null}
        {t.maintenance ? (
          <>
            <dt>During maintenance</dt>
            <dd>
              <Link to={`/maintenance/${t.maintenance.id}`}>{t.maintenance.title}</Link>
            </dd>
          </>
        ) : null}
      </dl>

      {t.moves.length ? (
        <div className="actions" role="group" aria-label="Change the status">
          {t.moves.map((s) => (
            <button
              key={s}
              type="button"
              className={s === 'resolved' ? 'btn primary' : 'btn'}
              disabled={move.busy}
              onClick={() => void move.run(s)}
            >
              {MOVE_WORDS[s]}
            </button>
          ))}
        </div>
      ) : null}
      <ProblemNote error={move.error} />

      <h2>Conversation</h2>
      <ol className="list card conversation">
        <li>
          <div className="meta">
            <strong>{t.reporter?.name ?? 'Reporter'}</strong>
            <Badge>Customer</Badge>
            <span>{time.dateTime(t.createdDateTime)}</span>
          </div>
          <p className="pre">{t.description}</p>
        </li>
        {t.replies.map((r) => (
          <li key={r.id} className={r.side === 'operator' ? 'from-operator' : 'from-tenant'}>
            <div className="meta">
              <strong>{r.authorName}</strong>
              <Badge tone={r.side === 'operator' ? 'info' : 'neutral'}>
                {r.side === 'operator' ? 'Support' : 'Customer'}
              </Badge>
              <span>{time.dateTime(r.createdDateTime)}</span>
            </div>
            <p className="pre">{r.body}</p>
          </li>
        ))}
      </ol>
      {t.status === 'closed' ? (
        <Empty>This ticket is closed. File a new one if the problem is back.</Empty>
      ) : (
        <Reply t={t} onSent={reload} />
      )}

      <h2>Files</h2>
      {t.attachments.length ? (
        <ul className="list card">
          {t.attachments.map((a) => (
            <li key={a.id}>
              <a href={`/api/tickets/${t.id}/attachments/${a.id}`} download={a.fileName}>
                {a.fileName}
              </a>{' '}
              <span className="muted">
                {sizeOf(a.size)}, {time.dateTime(a.createdDateTime)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Empty>No files attached.</Empty>
      )}
      {t.status === 'closed' ? null : <Attach ticketId={t.id} onAttached={reload} />}
    </Page>
  );
}

function Reply({ t, onSent }: { t: TicketDetail; onSent: () => void }) {
  const me = useMe();
  const [body, setBody] = useState('');
  const send = useAction(async () => {
    await api.post(`/api/tickets/${t.id}/replies`, { body });
    setBody('');
    onSent();
  }, 'Reply sent');
  const who = me.isOperator ? 'The person who reported it is emailed.' : 'Support is emailed.';
  return (
    <form noValidate className="card" onSubmit={send.submit} aria-label="Reply">
      <Field label="Your reply" name="body" error={send.error} hint={who}>
        {(p) => <textarea {...p} rows={4} required value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <ProblemNote error={send.error?.about('body') ? undefined : send.error} />
      <button className="btn primary" type="submit" disabled={send.busy || !body.trim()}>
        Send reply
      </button>
    </form>
  );
}

function Attach({ ticketId, onAttached }: { ticketId: string; onAttached: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const attach = useAction(async () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    await api.post(
      `/api/tickets/${ticketId}/attachments?fileName=${encodeURIComponent(file.name)}`,
      new RawBody(file, 'application/octet-stream'),
    );
    if (input.current) input.current.value = '';
    onAttached();
  }, 'File attached');
  return (
    <form noValidate className="card" onSubmit={attach.submit} aria-label="Add a file">
      <Field
        label="File to attach"
        name="file"
        hint="A screenshot (PNG, JPEG), a PDF, or a .txt or .log file; at most 5 MB."
      >
        {(p) => <input {...p} ref={input} type="file" accept={ACCEPTED} />}
      </Field>
      <ProblemNote error={attach.error} />
      <button className="btn" type="submit" disabled={attach.busy}>
        Attach
      </button>
    </form>
  );
}
