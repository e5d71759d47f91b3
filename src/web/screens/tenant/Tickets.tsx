// "Report an issue" and the reported issues with their status: a problem the dashboard does not
// show. One filed while a maintenance window is open says "Planned Maintenance Window" in its title.
// Each ticket opens as a conversation with support (screens/tickets/TicketPage.tsx). While the
// form is filled in, open tickets that look like the same problem are suggested.
import { useEffect, useState } from 'react';
import { Badge, Empty, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api, withQuery } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { Link, navigate } from '../../lib/router';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { Environment, Page as ListPage, Service, Ticket } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { TICKET_STATUS_TONE } from '../tickets/TicketPage';

export function TicketsScreen() {
  const { tenantId } = useTenant();
  const path = `/api/tenants/${tenantId}/tickets`;
  const list = useApi<ListPage<Ticket>>(`${path}?limit=200`, ['ticket', 'incident']);
  const time = useTime();
  const t = useT();
  return (
    <Page title={t('console.tenant.tickets.title')} intro={t('console.tenant.tickets.intro')}>
      <ReportIssue path={path} />
      <h2>{t('console.tenant.tickets.reported')}</h2>
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.tenant.tickets.empty')}</Empty>
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
                    <span>{time.dateTime(ticket.createdDateTime)}</span>
                    <span>{t('console.tenant.tickets.severityMeta', { severity: ticket.severity })}</span>
                    {ticket.incident ? (
                      <span>
                        {t.rich('console.tenant.tickets.about', {
                          title: ticket.incident.title,
                          link: (c) => <Link to={`/service-health/incidents/${ticket.incident!.id}`}>{c}</Link>,
                        })}
                      </span>
                    ) : null}
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

const EMPTY = {
  title: '',
  description: '',
  environmentId: '',
  serviceId: '',
  severity: 'C',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};

/** Open tickets that look like the one being written, asked for once the typing pauses. */
function useSimilar(tenantId: string, values: typeof EMPTY): Ticket[] {
  const [similar, setSimilar] = useState<Ticket[]>([]);
  const { title, serviceId, environmentId } = values;
  useEffect(() => {
    if (title.trim().length < 4) {
      setSimilar([]);
      return;
    }
    const timer = setTimeout(() => {
      api
        .get<{ items: Ticket[] }>(
          withQuery(`/api/tenants/${tenantId}/tickets/similar`, { title: title.trim(), serviceId, environmentId }),
        )
        .then((r) => setSimilar(r.items))
        .catch(() => setSimilar([]));
    }, 400);
    return () => clearTimeout(timer);
  }, [tenantId, title, serviceId, environmentId]);
  return similar;
}

function ReportIssue({ path }: { path: string }) {
  const { tenantId } = useTenant();
  const environments = useApi<ListPage<Environment>>(`/api/environments?tenantId=${tenantId}&limit=1000`, [
    'environment',
  ]);
  const services = useApi<Service[]>('/api/services', ['services']);
  const form = useFields(EMPTY);
  const similar = useSimilar(tenantId, form.values);
  const t = useT();
  const file = useAction(async () => {
    const body = Object.fromEntries(Object.entries(form.values).filter(([, v]) => v !== ''));
    const filed = await api.post<Ticket>(path, body);
    form.reset();
    navigate(`/tickets/${filed.id}`);
  }, t('console.tenant.tickets.filed'));
  const text =
    (name: keyof typeof EMPTY, type = 'text') =>
    (p: { id: string; name: string }) => (
      <input {...p} type={type} value={form.values[name]} onChange={(e) => form.set(name)(e.target.value)} />
    );
  return (
    <form noValidate className="card" onSubmit={file.submit} aria-labelledby="report-issue">
      <h2 id="report-issue">{t('console.tenant.tickets.report')}</h2>
      <div className="form-row">
        <Field label={t('console.tenant.tickets.whatIsWrong')} name="title" error={file.error}>
          {(p) => (
            <input {...p} required value={form.values.title} onChange={(e) => form.set('title')(e.target.value)} />
          )}
        </Field>
        <Field label={t('console.tenant.tickets.environment')} name="environmentId" error={file.error}>
          {(p) => (
            <select
              {...p}
              value={form.values.environmentId}
              onChange={(e) => form.set('environmentId')(e.target.value)}
            >
              <option value="">{t('console.tenant.tickets.notSpecific')}</option>
              {(environments.data?.items ?? []).map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name} ({e.region})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('console.tenant.tickets.service')} name="serviceId" error={file.error}>
          {(p) => (
            <select {...p} value={form.values.serviceId} onChange={(e) => form.set('serviceId')(e.target.value)}>
              <option value="">{t('console.tenant.tickets.notSpecific')}</option>
              {(services.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('console.tenant.tickets.severity')} name="severity" error={file.error}>
          {(p) => (
            <select {...p} value={form.values.severity} onChange={(e) => form.set('severity')(e.target.value)}>
              {(['A', 'B', 'C'] as const).map((level) => (
                <option key={level} value={level}>
                  {t('console.tenant.tickets.severityOption', { level })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {similar.length ? (
        <div className="note" role="status">
          <strong>{t('console.tenant.tickets.alreadyReported')}</strong> {t('console.tenant.tickets.similarNote')}
          <ul>
            {similar.map((ticket) => (
              <li key={ticket.id}>
                <Link to={`/tickets/${ticket.id}`}>{ticket.title}</Link>{' '}
                <span className="muted">({ticket.statusLabel})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Field
        label={t('console.tenant.tickets.details')}
        name="description"
        error={file.error}
        hint={t('console.tenant.tickets.detailsHint')}
      >
        {(p) => (
          <textarea
            {...p}
            rows={4}
            required
            value={form.values.description}
            onChange={(e) => form.set('description')(e.target.value)}
          />
        )}
      </Field>
      <div className="form-row">
        <Field
          label={t('console.tenant.tickets.contactName')}
          name="contactName"
          error={file.error}
          hint={t('console.tenant.tickets.contactNameHint')}
        >
          {text('contactName')}
        </Field>
        <Field label={t('console.tenant.tickets.contactEmail')} name="contactEmail" error={file.error}>
          {text('contactEmail', 'email')}
        </Field>
        <Field label={t('console.tenant.tickets.contactPhone')} name="contactPhone" error={file.error}>
          {text('contactPhone', 'tel')}
        </Field>
      </div>
      <ProblemNote error={file.error} />
      <button className="btn primary" type="submit" disabled={file.busy}>
        {t('console.tenant.tickets.file')}
      </button>
    </form>
  );
}
