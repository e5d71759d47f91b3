// "Report an issue" and the reported issues with their status: a problem the dashboard does not
// show. One filed while a maintenance window is open says "Planned Maintenance Window" in its title.
// Each ticket opens as a conversation with support (screens/tickets/TicketPage.tsx). While the
// form is filled in, open tickets that look like the same problem are suggested.
import { useEffect, useState } from 'react';
import { Badge, Empty, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api, withQuery } from '../../lib/api';
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
  return (
    <Page
      title="Support tickets"
      intro="Something wrong that the service health dashboard does not show? Tell us here, and follow the conversation with support on the ticket."
    >
      <ReportIssue path={path} />
      <h2>Reported issues</h2>
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No tickets yet. Problems you report appear here with their status.</Empty>
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
                    <span>{time.dateTime(t.createdDateTime)}</span>
                    <span>Severity {t.severity}</span>
                    {t.incident ? (
                      <span>
                        about <Link to={`/service-health/incidents/${t.incident.id}`}>{t.incident.title}</Link>
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
  const file = useAction(async () => {
    const body = Object.fromEntries(Object.entries(form.values).filter(([, v]) => v !== ''));
    const filed = await api.post<Ticket>(path, body);
    form.reset();
    navigate(`/tickets/${filed.id}`);
  }, 'Ticket filed');
  const text =
    (name: keyof typeof EMPTY, type = 'text') =>
    (p: { id: string; name: string }) => (
      <input {...p} type={type} value={form.values[name]} onChange={(e) => form.set(name)(e.target.value)} />
    );
  return (
    <form noValidate className="card" onSubmit={file.submit} aria-labelledby="report-issue">
      <h2 id="report-issue">Report an issue</h2>
      <div className="form-row">
        <Field label="What is wrong" name="title" error={file.error}>
          {(p) => (
            <input {...p} required value={form.values.title} onChange={(e) => form.set('title')(e.target.value)} />
          )}
        </Field>
        <Field label="Environment" name="environmentId" error={file.error}>
          {(p) => (
            <select
              {...p}
              value={form.values.environmentId}
              onChange={(e) => form.set('environmentId')(e.target.value)}
            >
              <option value="">Not specific</option>
              {(environments.data?.items ?? []).map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name} ({e.region})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Service" name="serviceId" error={file.error}>
          {(p) => (
            <select {...p} value={form.values.serviceId} onChange={(e) => form.set('serviceId')(e.target.value)}>
              <option value="">Not specific</option>
              {(services.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Severity" name="severity" error={file.error}>
          {(p) => (
            <select {...p} value={form.values.severity} onChange={(e) => form.set('severity')(e.target.value)}>
              <option value="A">A: critical business impact</option>
              <option value="B">B: moderate impact</option>
              <option value="C">C: minimum impact</option>
            </select>
          )}
        </Field>
      </div>
      {similar.length ? (
        <div className="note" role="status">
          <strong>Already reported?</strong> These open tickets look like the same problem; adding to one of them may be
          quicker.
          <ul>
            {similar.map((t) => (
              <li key={t.id}>
                <Link to={`/tickets/${t.id}`}>{t.title}</Link> <span className="muted">({t.statusLabel})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Field
        label="Details"
        name="description"
        error={file.error}
        hint="What you did, what you expected, what happened, since when."
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
          label="Contact name"
          name="contactName"
          error={file.error}
          hint="Leave empty to be the contact yourself."
        >
          {text('contactName')}
        </Field>
        <Field label="Contact email" name="contactEmail" error={file.error}>
          {text('contactEmail', 'email')}
        </Field>
        <Field label="Contact phone" name="contactPhone" error={file.error}>
          {text('contactPhone', 'tel')}
        </Field>
      </div>
      <ProblemNote error={file.error} />
      <button className="btn primary" type="submit" disabled={file.busy}>
        File ticket
      </button>
    </form>
  );
}
