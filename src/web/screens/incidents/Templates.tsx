// Operators' incident templates: the reusable starts of an incident (title, first post, kind,
// services) that "Use template" in the incident composer fills the form from.
import { CheckList, Empty, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
import { Link } from '../../lib/router';
import type { IncidentTemplate, Service } from '../../lib/types';
import { useApi } from '../../lib/useApi';

export function IncidentTemplatesScreen() {
  const list = useApi<{ items: IncidentTemplate[] }>('/api/incident-templates', ['incident_templates']);
  const services = useApi<Service[]>('/api/services', ['services']);
  const nameOf = (id: string) => services.data?.find((s) => s.id === id)?.name ?? id;
  const t = useT();
  return (
    <Page
      title={t('console.incidents.templates.title')}
      intro={t('console.incidents.templates.intro')}
      actions={
        <Link className="btn" to="/incidents/new">
          {t('console.incidents.openAnIncident')}
        </Link>
      }
    >
      <NewTemplate services={services.data ?? []} onCreated={list.reload} />
      <h2>{t('console.incidents.templates.heading')}</h2>
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.incidents.templates.none')}</Empty>
          ) : (
            <ul className="list card">
              {items.map((x) => (
                <TemplateItem key={x.id} template={x} services={x.services.map(nameOf)} onChange={list.reload} />
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
  const t = useT();
  const labels = useLabels();
  const remove = useAction(
    async () => {
      await api.delete(`/api/incident-templates/${template.id}`);
      onChange();
    },
    t('console.incidents.templates.deleted', { name: template.name }),
  );
  return (
    <li>
      <div className="actions">
        <strong className="item-title">{template.name}</strong>
        <span className="muted">{labels.value(template.classification === 'advisory' ? 'advisory' : 'incident')}</span>
      </div>
      <div>{template.title}</div>
      <p className="pre muted">{template.body}</p>
      <div className="meta">
        <span>{t.list(services)}</span>
      </div>
      <div className="actions" style={{ marginTop: '0.4rem' }}>
        <Link className="btn small" to={`/incidents/new?template=${encodeURIComponent(template.id)}`}>
          {t('console.incidents.useTemplate')}
        </Link>
        <button className="btn small danger" type="button" disabled={remove.busy} onClick={() => void remove.run()}>
          {t('console.incidents.templates.delete')}
        </button>
      </div>
      <ProblemNote error={remove.error} />
    </li>
  );
}

function NewTemplate({ services, onCreated }: { services: Service[]; onCreated: () => void }) {
  const t = useT();
  const labels = useLabels();
  const form = useFields({ name: '', title: '', body: '', classification: 'incident', services: [] as string[] });
  const create = useAction(async () => {
    await api.post('/api/incident-templates', form.values);
    form.reset();
    onCreated();
  }, t('console.incidents.templates.saved'));
  const submit = create.submit;
  const v = form.values;
  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="new-template">
      <h2 id="new-template">{t('console.incidents.templates.new')}</h2>
      <div className="form-row">
        <Field
          label={t('console.incidents.templates.name')}
          name="name"
          error={create.error}
          hint={t('console.incidents.templates.nameHint')}
        >
          {(p) => <input {...p} required value={v.name} onChange={(e) => form.set('name')(e.target.value)} />}
        </Field>
        <Field label={t('console.incidents.kind')} name="classification" error={create.error}>
          {(p) => (
            <select {...p} value={v.classification} onChange={(e) => form.set('classification')(e.target.value)}>
              <option value="incident">{labels.value('incident')}</option>
              <option value="advisory">{labels.value('advisory')}</option>
            </select>
          )}
        </Field>
      </div>
      <Field label={t('console.incidents.templates.incidentTitle')} name="title" error={create.error}>
        {(p) => <input {...p} required value={v.title} onChange={(e) => form.set('title')(e.target.value)} />}
      </Field>
      <Field label={t('console.incidents.templates.body')} name="body" error={create.error}>
        {(p) => <textarea {...p} rows={3} required value={v.body} onChange={(e) => form.set('body')(e.target.value)} />}
      </Field>
      <CheckList
        legend={t('console.incidents.templates.services')}
        name="services"
        columns
        error={create.error}
        value={v.services}
        onChange={form.set('services')}
        options={services.map((s) => ({ value: s.id, label: s.name }))}
      />
      <ProblemNote error={create.error} />
      <button className="btn primary" type="submit" disabled={create.busy}>
        {t('console.incidents.templates.save')}
      </button>
    </form>
  );
}
