// Work waiting for operators: service-credit claims to approve or reject, and tickets tenants
// filed that are not yet linked to the incident they are about.
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
import { useState } from 'react';
import { Badge, Empty, Field, Loaded, Page, ProblemNote, Tabs, useAction, useFields } from '../../components/ui';
import { api, withQuery } from '../../lib/api';
import { Link, setQueryParam, useLocation } from '../../lib/router';
import { useServiceNames } from '../../lib/services';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { Incident, Page as ListPage, SlaClaim, Ticket } from '../../lib/types';
import { TICKET_STATUS_TONE } from '../tickets/TicketPage';
import { useApi } from '../../lib/useApi';

/** A percentage the API gives as 0–100, in the reader's format (99.95 → "99.95 %" in French). */
const usePercent = () => {
  const t = useT();
  return (value: number) => t.number(value / 100, { style: 'percent', maximumFractionDigits: 3 });
};

export const CLAIM_TONE = { pending: 'warn', approved: 'ok', rejected: 'bad' } as const;

export function SlaClaimsScreen() {
  const { query } = useLocation();
  const status = query.get('status') ?? 'pending';
  const list = useApi<ListPage<SlaClaim>>(withQuery('/api/sla-claims', { status: status || undefined, limit: 200 }), [
    'sla',
  ]);
  const { nameOf } = useTenant();
  const serviceName = useServiceNames();
  const time = useTime();
  const t = useT();
  const labels = useLabels();
  const percent = usePercent();
  return (
    <Page title={t('console.operator.claims.title')} intro={t('console.operator.claims.intro')}>
      <Tabs
        label={t('console.operator.claims.which')}
        current={status}
        onChange={(v) => setQueryParam('status', v)}
        tabs={[
          { id: 'pending', label: t('console.operator.claims.waiting') },
          { id: 'approved', label: labels.value('approved') },
          { id: 'rejected', label: labels.value('rejected') },
          { id: '', label: t('console.operator.all') },
        ]}
      />
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.operator.claims.none')}</Empty>
          ) : (
            <ul className="list card">
              {items.map((c) => (
                <li key={c.id}>
                  <div className="actions">
                    <span className="item-title">
                      {nameOf(c.tenantId)} · {serviceName(c.serviceId)} · {c.month}
                    </span>
                    <Badge tone={CLAIM_TONE[c.status]}>{labels.value(c.status)}</Badge>
                  </div>
                  <div className="meta">
                    <span>{t('console.operator.claims.uptime', { uptime: percent(c.uptimePercent) })}</span>
                    <span>
                      {t('console.operator.claims.minutes', {
                        down: c.downtimeMinutes,
                        degraded: c.degradedMinutes,
                      })}
                    </span>
                    <span>{t('console.operator.claims.credit', { credit: percent(c.creditPercent) })}</span>
                    <span>{t('console.operator.claims.claimed', { time: time.dateTime(c.createdDateTime) })}</span>
                    {c.incidentIds.length ? (
                      <span>{t('console.operator.claims.incidents', { ids: t.list(c.incidentIds) })}</span>
                    ) : null}
                  </div>
                  {c.decisionReason ? (
                    <p className="muted">{t('console.operator.claims.reason', { reason: c.decisionReason })}</p>
                  ) : null}
                  {c.status === 'pending' ? <Decide claim={c} onDone={list.reload} /> : null}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </Page>
  );
}

function Decide({ claim, onDone }: { claim: SlaClaim; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const t = useT();
  const decide = useAction(async (decision: 'approved' | 'rejected') => {
    await api.post(`/api/sla-claims/${claim.id}/decision`, { decision, reason });
    onDone();
  }, t('console.operator.claims.decided'));
  return (
    <div className="toolbar" style={{ marginTop: '0.5rem' }}>
      <Field label={t('console.operator.claims.reasonLabel')} name="reason" error={decide.error}>
        {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <button className="btn primary" type="button" disabled={decide.busy} onClick={() => void decide.run('approved')}>
        {t('console.operator.claims.approve')}
      </button>
      <button className="btn danger" type="button" disabled={decide.busy} onClick={() => void decide.run('rejected')}>
        {t('console.operator.claims.reject')}
      </button>
      <ProblemNote error={decide.error} />
    </div>
  );
}

export function TicketsQueueScreen() {
  const { query } = useLocation();
  const linked = query.get('linked') ?? 'false';
  const list = useApi<ListPage<Ticket>>(
    withQuery('/api/tickets', { linked: linked === 'all' ? undefined : linked, limit: 200 }),
    ['ticket'],
  );
  const active = useApi<ListPage<Incident>>('/api/incidents?state=active&limit=200', ['incident']);
  const { nameOf } = useTenant();
  const time = useTime();
  const t = useT();
  return (
    <Page title={t('console.operator.tickets.title')} intro={t('console.operator.tickets.intro')}>
      <Tabs
        label={t('console.operator.tickets.which')}
        current={linked}
        onChange={(v) => setQueryParam('linked', v)}
        tabs={[
          { id: 'false', label: t('console.operator.tickets.notLinked') },
          { id: 'true', label: t('console.operator.tickets.linked') },
          { id: 'all', label: t('console.operator.all') },
        ]}
      />
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.operator.tickets.none')}</Empty>
          ) : (
            <ul className="list card">
              {items.map((ticket) => (
                <li key={ticket.id}>
                  <div className="actions">
                    <Link className="item-title" to={`/tickets/${ticket.id}`}>
                      {ticket.title}
                    </Link>
                    <Badge tone={TICKET_STATUS_TONE[ticket.status]}>{ticket.statusLabel}</Badge>
                  </div>
                  <div className="meta">
                    <span>{nameOf(ticket.tenantId)}</span>
                    <span>{time.dateTime(ticket.createdDateTime)}</span>
                    <span>{t('console.operator.tickets.severity', { severity: ticket.severity })}</span>
                    {ticket.incident ? (
                      <span>
                        {t.rich('console.operator.tickets.linkedTo', {
                          title: ticket.incident.title,
                          link: (c) => <Link to={`/incidents/${ticket.incident!.id}`}>{c}</Link>,
                        })}
                      </span>
                    ) : null}
                  </div>
                  <p className="pre">{ticket.description}</p>
                  {ticket.incident ? null : (
                    <LinkTicket ticket={ticket} incidents={active.data?.items ?? []} onDone={list.reload} />
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </Page>
  );
}

function LinkTicket({ ticket, incidents, onDone }: { ticket: Ticket; incidents: Incident[]; onDone: () => void }) {
  const form = useFields({ incidentId: '' });
  const t = useT();
  const link = useAction(async () => {
    await api.post(`/api/tickets/${ticket.id}/link`, form.values);
    onDone();
  }, t('console.operator.tickets.linkedToast'));
  const submit = link.submit;
  return (
    <form noValidate className="toolbar" onSubmit={submit}>
      <Field label={t('console.operator.tickets.about')} name="incidentId" error={link.error}>
        {(p) => (
          <select {...p} value={form.values.incidentId} onChange={(e) => form.set('incidentId')(e.target.value)}>
            <option value="">{t('console.operator.choose')}</option>
            {incidents.map((i) => (
              <option key={i.id} value={i.id}>
                {i.id} · {i.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button className="btn" type="submit" disabled={link.busy || !form.values.incidentId}>
        {t('console.operator.tickets.link')}
      </button>
      <ProblemNote error={link.error} />
    </form>
  );
}
