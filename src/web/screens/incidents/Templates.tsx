// Operators' incident templates: the reusable starts of an incident (title, first post, kind,
// services) that "Use template" in the incident composer fills the form from.
import { CheckList, Empty, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api } from '../../lib/api';
import { Link } from '../../lib/router';
import type { IncidentTemplate, Service } from '../../lib/types';
import { useApi } from '../../lib/useApi';

export function IncidentTemplatesScreen() {
  const list = useApi<{ items: IncidentTemplate[] }>('/api/incident-templates', ['incident_templates']);
  const services = useApi<Service[]>('/api/services', ['services']);
  const nameOf = (id: string) => services.data?.find((s) => s.id === id)?.name ?? id;
  return (
    <Page
      title="Incident templates"
      intro={
        'Reusable starts for incidents you open often. In “Open an incident”, choose one under “Use template” ' +
        'to fill in the form, then adjust it.'
      }
      actions={
        <Link className="btn" to="/incidents/new">
          Open an incident
        </Link>
      }
    >
      <NewTemplate services={services.data ?? []} onCreated={list.reload} />
      <h2>Templates</h2>
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No templates yet.</Empty>
          ) : (
            <ul className="list card">
              {items.map((t) => (
                <TemplateItem key={t.id} template={t} services={t.services.map(nameOf)} onChange={list.reload} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </Page>
  );
}

interface TemplateItemProps {
  template: IncidentTemplate;
  services: string[];
  onChange: () => void;
}

function TemplateItem({ template, services, onChange }: TemplateItemProps) {
  const remove = useAction(async () => {
    await api.delete(`/api/incident-templates/${template.id}`);
    onChange();
  }, `Template “${template.name}” deleted`);
  return (
    <li>
      <div className="actions">
        <strong className="item-title">{template.name}</strong>
        <span className="muted">{template.classification === 'advisory' ? 'Advisory' : 'Incident'}</span>
      </div>
      <div>{template.title}</div>
      <p className="pre muted">{template.body}</p>
      <div className="meta">
        <span>{services.join(', ')}</span>
      </div>
      <div className="actions" style={{ marginTop: '0.4rem' }}>
        <Link className="btn small" to={`/incidents/new?template=${encodeURIComponent(template.id)}`}>
          Use template
        </Link>
        <button className="btn small danger" type="button" disabled={remove.busy} onClick={() => void remove.run()}>
          Delete
        </button>
      </div>
      <ProblemNote error={remove.error} />
    </li>
  );
}

function NewTemplate({ services, onCreated }: { services: Service[]; onCreated: () => void }) {
  const form = useFields({ name: '', title: '', body: '', classification: 'incident', services: [] as string[] });
  const create = useAction(async () => {
    await api.post('/api/incident-templates', form.values);
    form.reset();
    onCreated();
  }, 'Template saved');
  const submit = create.submit;
  const v = form.values;
  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="new-template">
      <h2 id="new-template">New template</h2>
      <div className="form-row">
        <Field
          label="Template name"
          name="name"
          error={create.error}
          hint="How you find it in the composer, e.g. “Sign-in outage”."
        >
          {(p) => <input {...p} required value={v.name} onChange={(e) => form.set('name')(e.target.value)} />}
        </Field>
        <Field label="Kind" name="classification" error={create.error}>
          {(p) => (
            <select {...p} value={v.classification} onChange={(e) => form.set('classification')(e.target.value)}>
              <option value="incident">Incident</option>
              <option value="advisory">Advisory</option>
            </select>
          )}
        </Field>
      </div>
      <Field label="Incident title" name="title" error={create.error}>
        {(p) => <input {...p} required value={v.title} onChange={(e) => form.set('title')(e.target.value)} />}
      </Field>
      <Field label="Impact and first update" name="body" error={create.error}>
        {(p) => <textarea {...p} rows={3} required value={v.body} onChange={(e) => form.set('body')(e.target.value)} />}
      </Field>
      <CheckList
        legend="Affected services"
        name="services"
        columns
        error={create.error}
        value={v.services}
        onChange={form.set('services')}
        options={services.map((s) => ({ value: s.id, label: s.name }))}
      />
      <ProblemNote error={create.error} />
      <button className="btn primary" type="submit" disabled={create.busy}>
        Save template
      </button>
    </form>
  );
}
