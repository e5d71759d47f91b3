// Work waiting for operators: service-credit claims to approve or reject, and tickets tenants
// filed that are not yet linked to the incident they are about.
import { valueLabel } from '../../lib/labels';
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
  return (
    <Page
      title="SLA credit claims"
      intro="Each claim keeps the uptime measured when it was made and the credit tier it falls in. Oldest first."
    >
      <Tabs
        label="Which claims"
        current={status}
        onChange={(v) => setQueryParam('status', v)}
        tabs={[
          { id: 'pending', label: 'Waiting' },
          { id: 'approved', label: 'Approved' },
          { id: 'rejected', label: 'Rejected' },
          { id: '', label: 'All' },
        ]}
      />
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No claims here.</Empty>
          ) : (
            <ul className="list card">
              {items.map((c) => (
                <li key={c.id}>
                  <div className="actions">
                    <span className="item-title">
                      {nameOf(c.tenantId)} · {serviceName(c.serviceId)} · {c.month}
                    </span>
                    <Badge tone={CLAIM_TONE[c.status]}>{valueLabel(c.status)}</Badge>
                  </div>
                  <div className="meta">
                    <span>uptime {c.uptimePercent}%</span>
                    <span>
                      {c.downtimeMinutes} min down, {c.degradedMinutes} min degraded
                    </span>
                    <span>credit {c.creditPercent}%</span>
                    <span>claimed {time.dateTime(c.createdDateTime)}</span>
                    {c.incidentIds.length ? <span>incidents {c.incidentIds.join(', ')}</span> : null}
                  </div>
                  {c.decisionReason ? <p className="muted">Reason: {c.decisionReason}</p> : null}
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
  const decide = useAction(async (decision: 'approved' | 'rejected') => {
    await api.post(`/api/sla-claims/${claim.id}/decision`, { decision, reason });
    onDone();
  }, 'Decision sent to the claimant');
  return (
    <div className="toolbar" style={{ marginTop: '0.5rem' }}>
      <Field label="Reason" name="reason" error={decide.error}>
        {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <button className="btn primary" type="button" disabled={decide.busy} onClick={() => void decide.run('approved')}>
        Approve
      </button>
      <button className="btn danger" type="button" disabled={decide.busy} onClick={() => void decide.run('rejected')}>
        Reject
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
  return (
    <Page
      title="Support tickets"
      intro="Problems tenants reported. Link each to the incident it is about; the reporter is told."
    >
      <Tabs
        label="Which tickets"
        current={linked}
        onChange={(v) => setQueryParam('linked', v)}
        tabs={[
          { id: 'false', label: 'Not linked' },
          { id: 'true', label: 'Linked' },
          { id: 'all', label: 'All' },
        ]}
      />
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No tickets here.</Empty>
          ) : (
            <ul className="list card">
              {items.map((t) => (
                <li key={t.id}>
                  <div className="actions">
                    <Link className="item-title" to={`/tickets/${t.id}`}>
                      {t.title}
                    </Link>
                    <Badge tone={TICKET_STATUS_TONE[t.status]}>{t.statusLabel}</Badge>
                  </div>
                  <div className="meta">
                    <span>{nameOf(t.tenantId)}</span>
                    <span>{time.dateTime(t.createdDateTime)}</span>
                    <span>Severity {t.severity}</span>
                    {t.incident ? (
                      <span>
                        linked to <Link to={`/incidents/${t.incident.id}`}>{t.incident.title}</Link>
                      </span>
                    ) : null}
                  </div>
                  <p className="pre">{t.description}</p>
                  {t.incident ? null : (
                    <LinkTicket ticket={t} incidents={active.data?.items ?? []} onDone={list.reload} />
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
  const link = useAction(async () => {
    await api.post(`/api/tickets/${ticket.id}/link`, form.values);
    onDone();
  }, 'Ticket linked; the reporter is told');
  const submit = link.submit;
  return (
    <form noValidate className="toolbar" onSubmit={submit}>
      <Field label="About incident" name="incidentId" error={link.error}>
        {(p) => (
          <select {...p} value={form.values.incidentId} onChange={(e) => form.set('incidentId')(e.target.value)}>
            <option value="">Choose…</option>
            {incidents.map((i) => (
              <option key={i.id} value={i.id}>
                {i.id} · {i.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button className="btn" type="submit" disabled={link.busy || !form.values.incidentId}>
        Link
      </button>
      <ProblemNote error={link.error} />
    </form>
  );
}
