// "Report an issue" and the reported issues with their status: a problem the dashboard does not
// show. One filed while a maintenance window is open says "Planned Maintenance Window" in its title.
import { Badge, Empty, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api } from '../../lib/api';
import { Link } from '../../lib/router';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { Environment, Page as ListPage, Service, Ticket } from '../../lib/types';
import { useApi } from '../../lib/useApi';

export function TicketsScreen() {
  const { tenantId } = useTenant();
  const path = `/api/tenants/${tenantId}/tickets`;
  const list = useApi<ListPage<Ticket>>(`${path}?limit=200`, ['ticket', 'incident']);
  const time = useTime();
  return (
    <Page title="Support tickets" intro="Something wrong that the service health dashboard does not show? Tell us here; when it turns out to be a known issue, the ticket links to it.">
      <ReportIssue path={path} onFiled={list.reload} />
      <h2>Reported issues</h2>
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No tickets.</Empty>
          ) : (
            <ul className="list card">
              {items.map((t) => (
                <li key={t.id}>
                  <div className="actions">
                    <span className="item-title">{t.title}</span>
                    <Badge tone={t.incident ? 'info' : 'neutral'}>{t.status}</Badge>
                  </div>
                  <div className="meta">
                    <span>{time.dateTime(t.createdDateTime)}</span>
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

function ReportIssue({ path, onFiled }: { path: string; onFiled: () => void }) {
  const { tenantId } = useTenant();
  const environments = useApi<ListPage<Environment>>(`/api/environments?tenantId=${tenantId}&limit=1000`, ['environment']);
  const services = useApi<Service[]>('/api/services', ['services']);
  const form = useFields({ title: '', description: '', environmentId: '', serviceId: '' });
  const file = useAction(async () => {
    const { environmentId, serviceId, ...rest } = form.values;
    await api.post(path, { ...rest, ...(environmentId ? { environmentId } : {}), ...(serviceId ? { serviceId } : {}) });
    form.reset();
    onFiled();
  }, 'Ticket filed');
  const submit = file.submit;
  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="report-issue">
      <h2 id="report-issue">Report an issue</h2>
      <div className="form-row">
        <Field label="What is wrong" name="title" error={file.error}>
          {(p) => <input {...p} required value={form.values.title} onChange={(e) => form.set('title')(e.target.value)} />}
        </Field>
        <Field label="Environment" name="environmentId" error={file.error}>
          {(p) => (
            <select {...p} value={form.values.environmentId} onChange={(e) => form.set('environmentId')(e.target.value)}>
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
      </div>
      <Field label="Details" name="description" error={file.error} hint="What you did, what you expected, what happened, since when.">
        {(p) => <textarea {...p} rows={4} required value={form.values.description} onChange={(e) => form.set('description')(e.target.value)} />}
      </Field>
      <ProblemNote error={file.error} />
      <button className="btn primary" type="submit" disabled={file.busy}>
        File ticket
      </button>
    </form>
  );
}
