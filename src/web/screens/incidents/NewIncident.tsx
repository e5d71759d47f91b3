// Opening an incident or advisory: what is wrong, where (regions, tenants, environments), what
// people see and can do meanwhile. The severity is derived by Herald from the scope and signals.
// "Use template" fills the form from an operator's incident template (Templates.tsx).
import { useEffect, useState } from 'react';
import { CheckList, Field, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
import { Link, navigate, useLocation } from '../../lib/router';
import { useTenant } from '../../lib/tenant';
import type { Environment, Incident, IncidentTemplate, Page as ListPage, Region, Service } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { OPENING_STATUSES, SYMPTOMS } from '../../../shared/incidents';
import { AudiencePreview, useAudiencePreview } from '../../components/AudiencePreview';
import { useIncidentHow, type IncidentAudience } from './audience';

export function NewIncidentScreen() {
  const { tenants } = useTenant();
  const t = useT();
  const labels = useLabels();
  const incidentHow = useIncidentHow();
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
    const chosen = templates.data?.items.find((x) => x.id === id);
    if (chosen)
      form.setAll((old) => ({
        ...old,
        title: chosen.title,
        classification: chosen.classification,
        services: chosen.services,
        impactDescription: chosen.body,
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
  }, t('console.incidents.new.opened'));
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
    <Page title={t('console.incidents.openAnIncident')}>
      <form className="card" onSubmit={submit} noValidate>
        <Field
          label={t('console.incidents.useTemplate')}
          name="template"
          hint={t.rich('console.incidents.new.templateHint', {
            link: (c) => <Link to="/incidents/templates">{c}</Link>,
          })}
        >
          {(p) => (
            <select {...p} value={templateId} onChange={(e) => applyTemplate(e.target.value)}>
              <option value="">{t('console.incidents.new.noTemplate')}</option>
              {(templates.data?.items ?? []).map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-row">
          <Field
            label={t('console.incidents.title')}
            name="title"
            error={open.error}
            hint={t('console.incidents.new.titleHint')}
          >
            {(p) => <input {...p} required value={v.title} onChange={(e) => form.set('title')(e.target.value)} />}
          </Field>
          <Field
            label={t('console.incidents.kind')}
            name="classification"
            error={open.error}
            hint={t('console.incidents.new.kindHint')}
          >
            {(p) => (
              <select {...p} value={v.classification} onChange={(e) => form.set('classification')(e.target.value)}>
                <option value="incident">{labels.value('incident')}</option>
                <option value="advisory">{labels.value('advisory')}</option>
              </select>
            )}
          </Field>
          <Field label={t('console.incidents.status')} name="status" error={open.error}>
            {(p) => (
              <select {...p} value={v.status} onChange={(e) => form.set('status')(e.target.value)}>
                {OPENING_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {labels.status(s)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <CheckList
          legend={t('console.incidents.services')}
          name="services"
          columns
          error={open.error}
          value={v.services}
          onChange={form.set('services')}
          options={(services.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
        <CheckList
          legend={t('console.incidents.new.regions')}
          name="scope.regions"
          columns
          error={open.error}
          value={v.regions}
          onChange={form.set('regions')}
          options={(regions.data ?? []).map((r) => ({ value: r.code, label: `${r.code} · ${r.name}` }))}
        />
        <CheckList
          legend={t('console.incidents.new.tenants')}
          name="scope.tenantIds"
          columns
          error={open.error}
          value={v.tenantIds}
          onChange={form.set('tenantIds')}
          options={tenants.map((x) => ({ value: x.id, label: x.name }))}
        />
        {tenantEnvironments.length ? (
          <CheckList
            legend={t('console.incidents.new.environments')}
            name="scope.environmentIds"
            columns
            error={open.error}
            value={v.environmentIds}
            onChange={form.set('environmentIds')}
            options={tenantEnvironments.map((e) => ({ value: e.id, label: `${e.name} (${e.region})` }))}
          />
        ) : null}
        <Field
          label={t('console.incidents.impact')}
          name="impactDescription"
          error={open.error}
          hint={t('console.incidents.new.impactHint')}
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
          <Field label={t('console.incidents.userExperience')} name="userExperience" error={open.error}>
            {(p) => (
              <textarea
                {...p}
                rows={3}
                value={v.userExperience}
                onChange={(e) => form.set('userExperience')(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('console.incidents.workaround')} name="workaround" error={open.error}>
            {(p) => (
              <textarea {...p} rows={3} value={v.workaround} onChange={(e) => form.set('workaround')(e.target.value)} />
            )}
          </Field>
        </div>
        <CheckList
          legend={t('console.incidents.new.symptoms')}
          name="symptoms"
          columns
          error={open.error}
          value={v.symptoms}
          onChange={form.set('symptoms')}
          options={SYMPTOMS.map((value) => ({ value, label: labels.symptom(value) }))}
        />
        <fieldset>
          <legend>{t('console.incidents.new.signals')}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={v.significantDegradation}
              onChange={(e) => form.set('significantDegradation')(e.target.checked)}
            />
            {t('console.incidents.new.significantDegradation')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={v.upstreamDegraded}
              onChange={(e) => form.set('upstreamDegraded')(e.target.checked)}
            />
            {t('console.incidents.new.upstreamDegraded')}
          </label>
          <label className="check">
            <input type="checkbox" checked={v.isPublic} onChange={(e) => form.set('isPublic')(e.target.checked)} />
            {t('console.incidents.isPublic')}
          </label>
        </fieldset>
        <AudiencePreview
          state={audience}
          ready={scoped}
          prompt={<p className="muted">{t('console.incidents.new.prompt')}</p>}
          warning={(p) =>
            p.environmentCount === 0 ? (
              <p className="problem" role="alert">
                {t('console.incidents.new.noEnvironment')}
              </p>
            ) : null
          }
          how={incidentHow}
        />
        <ProblemNote error={open.error} />
        <button className="btn primary" type="submit" disabled={open.busy}>
          {t('console.incidents.new.open', { classification: v.classification })}
        </button>
      </form>
    </Page>
  );
}
