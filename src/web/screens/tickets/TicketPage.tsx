// One support ticket as a conversation, for the tenant's people and for operators alike: what was
// reported, the replies of both sides (each emailed to the other side), its status and the moves
// the reader may make, severity, contact, the incident or maintenance it is linked to, and files.
import { useRef, useState } from 'react';
import { useReadNotices } from '../../components/NotificationBell';
import { Badge, Empty, Field, Loaded, Page, ProblemNote, useAction, type Tone } from '../../components/ui';
import { api, RawBody } from '../../lib/api';
import { useT, type Translate } from '../../lib/i18n';
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

const ACCEPTED = '.png,.jpg,.jpeg,.pdf,.txt,.log,image/png,image/jpeg,application/pdf,text/plain';
/** The largest file the server takes (src/app's ticket attachments). */
const MAX_MEGABYTES = 5;

/** A file's size in the reader's units and digits: "12 KB", "1.4 MB" ("1,4 Mo" in French). */
function sizeOf(t: Translate, bytes: number): string {
  return bytes < 1024 * 1024
    ? t.number(Math.max(1, Math.round(bytes / 1024)), { style: 'unit', unit: 'kilobyte' })
    : t.number(bytes / 1024 / 1024, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
}

export function TicketScreen({ id }: { id: string }) {
  const ticket = useApi<TicketDetail>(`/api/tickets/${id}`, ['ticket']);
  useReadNotices('support_ticket', ticket.data?.id);
  return <Loaded state={ticket}>{(t) => <Ticket t={t} reload={ticket.reload} />}</Loaded>;
}

function Ticket({ t, reload }: { t: TicketDetail; reload: () => void }) {
  const time = useTime();
  const tr = useT();
  const move = useAction(async (status: TicketStatus) => {
    await api.post(`/api/tickets/${t.id}/status`, { status, from: t.status });
    reload();
  }, tr('console.tickets.statusChanged'));
  const status = tr('console.tickets.status', { status: t.status });
  return (
    <Page title={t.title} actions={<Badge tone={TICKET_STATUS_TONE[t.status]}>{status}</Badge>}>
      <p>
        <Link to="/tickets">{tr('console.tickets.all')}</Link>
      </p>
      <dl className="facts card">
        <dt>{tr('console.tickets.statusLabel')}</dt>
        <dd>{status}</dd>
        <dt>{tr('console.tickets.severityLabel')}</dt>
        <dd>{tr('console.tickets.severity', { severity: t.severity })}</dd>
        <dt>{tr('console.tickets.reportedBy')}</dt>
        <dd>
          {t.reporter
            ? tr('console.tickets.reporterAt', {
                name: t.reporter.name,
                email: t.reporter.email,
                time: time.dateTime(t.createdDateTime),
              })
            : tr('console.tickets.goneReporterAt', { time: time.dateTime(t.createdDateTime) })}
        </dd>
        <dt>{tr('console.tickets.contact')}</dt>
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
            <dt>{tr('console.tickets.aboutIncident')}</dt>
            <dd>
              <Link to={`/service-health/incidents/${t.incident.id}`}>
                {tr('console.tickets.incidentLink', { id: t.incident.id, title: t.incident.title })}
              </Link>
              {t.incident.isResolved ? <> {tr('console.tickets.incidentResolved')}</> : null}
            </dd>
          </>
        ) : null}
        {t.maintenance ? (
          <>
            <dt>{tr('console.tickets.duringMaintenance')}</dt>
            <dd>
              <Link to={`/maintenance/${t.maintenance.id}`}>{t.maintenance.title}</Link>
            </dd>
          </>
        ) : null}
      </dl>

      {t.moves.length ? (
        <div className="actions" role="group" aria-label={tr('console.tickets.changeStatus')}>
          {t.moves.map((s) => (
            <button
              key={s}
              type="button"
              className={s === 'resolved' ? 'btn primary' : 'btn'}
              disabled={move.busy}
              onClick={() => void move.run(s)}
            >
              {tr('console.tickets.move', { status: s })}
            </button>
          ))}
        </div>
      ) : null}
      <ProblemNote error={move.error} />

      <h2>{tr('console.tickets.conversation')}</h2>
      <ol className="list card conversation">
        <li>
          <div className="meta">
            <strong>{t.reporter?.name ?? tr('console.tickets.reporter')}</strong>
            <Badge>{tr('console.tickets.side', { side: 'tenant' })}</Badge>
            <span>{time.dateTime(t.createdDateTime)}</span>
          </div>
          <p className="pre">{t.description}</p>
        </li>
        {t.replies.map((r) => (
          <li key={r.id} className={r.side === 'operator' ? 'from-operator' : 'from-tenant'}>
            <div className="meta">
              <strong>{r.authorName}</strong>
              <Badge tone={r.side === 'operator' ? 'info' : 'neutral'}>
                {tr('console.tickets.side', { side: r.side === 'operator' ? 'operator' : 'tenant' })}
              </Badge>
              <span>{time.dateTime(r.createdDateTime)}</span>
            </div>
            <p className="pre">{r.body}</p>
          </li>
        ))}
      </ol>
      {t.status === 'closed' ? <Empty>{tr('console.tickets.closed')}</Empty> : <Reply t={t} onSent={reload} />}

      <h2>{tr('console.tickets.files')}</h2>
      {t.attachments.length ? (
        <ul className="list card">
          {t.attachments.map((a) => (
            <li key={a.id}>
              <a href={`/api/tickets/${t.id}/attachments/${a.id}`} download={a.fileName}>
                {a.fileName}
              </a>{' '}
              <span className="muted">
                {tr('console.tickets.fileFacts', { size: sizeOf(tr, a.size), time: time.dateTime(a.createdDateTime) })}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Empty>{tr('console.tickets.noFiles')}</Empty>
      )}
      {t.status === 'closed' ? null : <Attach ticketId={t.id} onAttached={reload} />}
    </Page>
  );
}

function Reply({ t, onSent }: { t: TicketDetail; onSent: () => void }) {
  const me = useMe();
  const tr = useT();
  const [body, setBody] = useState('');
  const send = useAction(async () => {
    await api.post(`/api/tickets/${t.id}/replies`, { body });
    setBody('');
    onSent();
  }, tr('console.tickets.replySent'));
  const who = tr(me.isOperator ? 'console.tickets.reporterEmailed' : 'console.tickets.supportEmailed');
  return (
    <form noValidate className="card" onSubmit={send.submit} aria-label={tr('console.tickets.reply')}>
      <Field label={tr('console.tickets.yourReply')} name="body" error={send.error} hint={who}>
        {(p) => <textarea {...p} rows={4} required value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <ProblemNote error={send.error?.about('body') ? undefined : send.error} />
      <button className="btn primary" type="submit" disabled={send.busy || !body.trim()}>
        {tr('console.tickets.sendReply')}
      </button>
    </form>
  );
}

function Attach({ ticketId, onAttached }: { ticketId: string; onAttached: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const tr = useT();
  const attach = useAction(async () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    await api.post(
      `/api/tickets/${ticketId}/attachments?fileName=${encodeURIComponent(file.name)}`,
      new RawBody(file, 'application/octet-stream'),
    );
    if (input.current) input.current.value = '';
    onAttached();
  }, tr('console.tickets.fileAttached'));
  return (
    <form noValidate className="card" onSubmit={attach.submit} aria-label={tr('console.tickets.addFile')}>
      <Field
        label={tr('console.tickets.fileToAttach')}
        name="file"
        hint={tr('console.tickets.fileHint', {
          max: tr.number(MAX_MEGABYTES, { style: 'unit', unit: 'megabyte' }),
        })}
      >
        {(p) => <input {...p} ref={input} type="file" accept={ACCEPTED} />}
      </Field>
      <ProblemNote error={attach.error} />
      <button className="btn" type="submit" disabled={attach.busy}>
        {tr('console.tickets.attach')}
      </button>
    </form>
  );
}
