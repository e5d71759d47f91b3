// Opening an incident or advisory: what is wrong, where (regions, tenants, environments), what
// people see and can do meanwhile. The severity is derived by Herald from the scope and signals.
// "Use template" fills the form from an operator's incident template (Templates.tsx).
import { useEffect, useState } from 'react';
import { CheckList, Field, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api } from '../../lib/api';
import { STATUS_LABEL, SYMPTOM_LABEL } from '../../lib/labels';
import { Link, navigate, useLocation } from '../../lib/router';
import { useTenant } from '../../lib/tenant';
import type { Environment, Incident, IncidentTemplate, Page as ListPage, Region, Service } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { OPENING_STATUSES } from '../../../shared/incidents';
import { AudiencePreview, useAudiencePreview } from '../../components/AudiencePreview';
import { incidentHow, type IncidentAudience } from './audience';

export function NewIncidentScreen() {
  const { tenants } = useTenant();
  const services = useApi<Service[]>('/api/services', ['services']);
  const regions = useApi<Region[]>('/api/regions', ['regions']);
  const form = useFields({
    title: '',
    classification: 'incident',
    services: [] as string[],
    regions: [] as string[],
    tenantIds: [] as string[],
    environmentIds: [] as string[],
    impactDescription: '',
    userExperience: '',
    workaround: '',
    status: 'investigating',
    symptoms: [] as string[],
    significantDegradation: false,
    upstreamDegraded: false,
    isPublic: false,
  });
  const v = form.values;
  const templates = useApi<{ items: IncidentTemplate[] }>('/api/incident-templates', ['incident_templates']);
  const { query } = useLocation();
  const [templateId, setTemplateId] = useState(query.get('template') ?? '');
  const applyTemplate = (id: string) => {
    setTemplateId(id);
    const t = templates.data?.items.find((x) => x.id === id);
    if (t)
      form.setAll((old) => ({
        ...old,
        title: t.title,
        classification: t.classification,
        services: t.services,
        impactDescription: t.body,
      }));
  };
  // A template named in the address (from the templates list) is applied once they have loaded.
  useEffect(() => {
    if (templateId && templates.data) applyTemplate(templateId);
  }, [templates.data]);
  const environments = useApi<ListPage<Environment>>(v.tenantIds.length ? '/api/environments?limit=1000' : null, [
    'environment',
  ]);
  const open = useAction(async () => {
    const { regions: regionCodes, tenantIds, environmentIds, ...rest } = v;
    const made = await api.post<Incident>('/api/incidents', {
      ...rest,
      scope: { regions: regionCodes, tenantIds, environmentIds },
    });
    navigate(`/incidents/${made.id}`);
  }, 'Incident opened');
  const submit = open.submit;
  const scoped = v.services.length > 0 && (v.regions.length || v.tenantIds.length || v.environmentIds.length) > 0;
  const audience = useAudiencePreview<IncidentAudience>(
    '/api/incidents/audience-preview',
    scoped
      ? {
          classification: v.classification,
          services: v.services,
          scope: { regions: v.regions, tenantIds: v.tenantIds, environmentIds: v.environmentIds },
          status: v.status,
          symptoms: v.symptoms,
          significantDegradation: v.significantDegradation,
          upstreamDegraded: v.upstreamDegraded,
        }
      : null,
  );
  const tenantEnvironments = (environments.data?.items ?? []).filter((e) => v.tenantIds.includes(e.tenantId));

  return (
    <Page title="Open an incident">
      <form className="card" onSubmit={submit} noValidate>
        <Field
          label="Use template"
          name="template"
          hint={
            <>
              Fills in the title, kind, services and impact; you can change them before opening.{' '}
              <Link to="/incidents/templates">Manage templates</Link>
            </>
          }
        >
          {(p) => (
            <select {...p} value={templateId} onChange={(e) => applyTemplate(e.target.value)}>
              <option value="">No template</option>
              {(templates.data?.items ?? []).map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-row">
          <Field
            label="Title"
            name="title"
            error={open.error}
            hint="What people see first, e.g. “Users can’t sign in to Sales in North America”."
          >
            {(p) => <input {...p} required value={v.title} onChange={(e) => form.set('title')(e.target.value)} />}
          </Field>
          <Field
            label="Kind"
            name="classification"
            error={open.error}
            hint="An advisory has limited impact, often with a workaround."
          >
            {(p) => (
              <select {...p} value={v.classification} onChange={(e) => form.set('classification')(e.target.value)}>
                <option value="incident">Incident</option>
                <option value="advisory">Advisory</option>
              </select>
            )}
          </Field>
          <Field label="Status" name="status" error={open.error}>
            {(p) => (
              <select {...p} value={v.status} onChange={(e) => form.set('status')(e.target.value)}>
                {OPENING_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABEL[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <CheckList
          legend="Services"
          name="services"
          columns
          error={open.error}
          value={v.services}
          onChange={form.set('services')}
          options={(services.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
        <CheckList
          legend="Regions (all their environments)"
          name="scope.regions"
          columns
          error={open.error}
          value={v.regions}
          onChange={form.set('regions')}
          options={(regions.data ?? []).map((r) => ({ value: r.code, label: `${r.code} · ${r.name}` }))}
        />
        <CheckList
          legend="Tenants"
          name="scope.tenantIds"
          columns
          error={open.error}
          value={v.tenantIds}
          onChange={form.set('tenantIds')}
          options={tenants.map((t) => ({ value: t.id, label: t.name }))}
        />
        {tenantEnvironments.length ? (
          <CheckList
            legend="Only these environments of those tenants (optional)"
            name="scope.environmentIds"
            columns
            error={open.error}
            value={v.environmentIds}
            onChange={form.set('environmentIds')}
            options={tenantEnvironments.map((e) => ({ value: e.id, label: `${e.name} (${e.region})` }))}
          />
        ) : null}
        <Field
          label="Impact"
          name="impactDescription"
          error={open.error}
          hint="Who is affected and how; the first post says this unless you write one."
        >
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={v.impactDescription}
              onChange={(e) => form.set('impactDescription')(e.target.value)}
            />
          )}
        </Field>
        <div className="form-row">
          <Field label="User experience" name="userExperience" error={open.error}>
            {(p) => (
              <textarea
                {...p}
                rows={3}
                value={v.userExperience}
                onChange={(e) => form.set('userExperience')(e.target.value)}
              />
            )}
          </Field>
          <Field label="Workaround" name="workaround" error={open.error}>
            {(p) => (
              <textarea {...p} rows={3} value={v.workaround} onChange={(e) => form.set('workaround')(e.target.value)} />
            )}
          </Field>
        </div>
        <CheckList
          legend="What users see"
          name="symptoms"
          columns
          error={open.error}
          value={v.symptoms}
          onChange={form.set('symptoms')}
          options={Object.entries(SYMPTOM_LABEL).map(([value, label]) => ({ value, label }))}
        />
        <fieldset>
          <legend>Signals for the severity</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={v.significantDegradation}
              onChange={(e) => form.set('significantDegradation')(e.target.checked)}
            />
            Significant degradation
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={v.upstreamDegraded}
              onChange={(e) => form.set('upstreamDegraded')(e.target.checked)}
            />
            Upstream cloud platform degraded
          </label>
          <label className="check">
            <input type="checkbox" checked={v.isPublic} onChange={(e) => form.set('isPublic')(e.target.checked)} />
            Show on the public status page even if minor (only incidents scoped to regions alone are ever public)
          </label>
        </fieldset>
        <AudiencePreview
          state={audience}
          ready={scoped}
          prompt={
            <p className="muted">Choose the services and where the incident is: regions, tenants or environments.</p>
          }
          warning={(p) =>
            p.environmentCount === 0 ? (
              <p className="problem" role="alert">
                No environment of this scope runs these services: nobody would be told, and Herald refuses to open it.
              </p>
            ) : null
          }
          how={incidentHow}
        />
        <ProblemNote error={open.error} />
        <button className="btn primary" type="submit" disabled={open.busy}>
          Open {v.classification}
        </button>
      </form>
    </Page>
  );
}
