// The operators' incident editor: the timeline, a composer for the next update (which may move
// the status, only along the moves Herald allows), the severity with its reasons and override,
// the details, and the post-incident report once one is owed.
import { useState } from 'react';
import { IncidentBadges, IncidentFacts, IncidentTimeline } from '../../components/incidents';
import { Badge, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
import { Link } from '../../lib/router';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { Incident } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { ENDING_STATUSES, INCIDENT_STATUSES, POST_TYPES, statusMoveProblem } from '../../../shared/incidents';
import { FollowButton } from './FollowButton';
import { AudiencePreview, useAudiencePreview } from '../../components/AudiencePreview';
import { useIncidentHow, type IncidentAudience } from './audience';
import { useReadNotices } from '../../components/NotificationBell';
import { IncidentTranslations } from '../../components/Translations';

export function IncidentEditorScreen({ id }: { id: string }) {
  const incident = useApi<Incident>(`/api/incidents/${id}`, ['incident']);
  useReadNotices('incident', incident.data?.id);
  const t = useT();
  return (
    <Loaded state={incident}>
      {(i) => (
        <Page title={i.title} actions={<FollowButton incident={i} onChange={incident.reload} />}>
          <p>
            <IncidentBadges incident={i} />
          </p>
          <div className="two-cols">
            <div>
              {i.isResolved ? null : <PostComposer incident={i} onPosted={incident.reload} />}
              <h2>{t('console.incidents.editor.timeline')}</h2>
              <IncidentTimeline incident={i} />
            </div>
            <aside>
              <ReportCard incident={i} />
              <section className="card" aria-labelledby="details-title">
                <h2 id="details-title">{t('console.incidents.editor.details')}</h2>
                <IncidentFacts incident={i}>
                  <Scope incident={i} />
                </IncidentFacts>
                <EditDetails incident={i} onSaved={incident.reload} />
              </section>
              <SeverityCard incident={i} onSaved={incident.reload} />
              <IncidentTranslations incident={i} />
            </aside>
          </div>
        </Page>
      )}
    </Loaded>
  );
}

function Scope({ incident }: { incident: Incident }) {
  const { nameOf } = useTenant();
  const t = useT();
  const tenants = [...new Set(incident.affectedEnvironments.map((e) => e.tenantId))];
  return (
    <>
      <dt>{t('console.incidents.editor.affects')}</dt>
      <dd>
        {t('console.incidents.editor.scope', {
          environments: incident.affectedEnvironments.length,
          tenants: incident.scope?.tenantCount ?? tenants.length,
        })}
        {tenants.length ? <div className="muted">{t.list(tenants.map(nameOf))}</div> : null}
      </dd>
    </>
  );
}

function PostComposer({ incident, onPosted }: { incident: Incident; onPosted: () => void }) {
  const time = useTime();
  const t = useT();
  const labels = useLabels();
  const form = useFields({
    description: '',
    postType: 'regular',
    status: incident.status as string,
    endDateTime: '',
    notify: true,
  });
  const ending = (ENDING_STATUSES as readonly string[]).includes(form.values.status);
  const post = useAction(
    async () => {
      const { description, postType, status, endDateTime, notify } = form.values;
      await api.post(`/api/incidents/${incident.id}/posts`, {
        description,
        postType,
        ...(notify ? {} : { notify: false }),
        ...(status !== incident.status ? { status } : {}),
        ...(ending && endDateTime ? { endDateTime: time.toUtc(endDateTime) } : {}),
      });
      form.reset();
      onPosted();
    },
    t(form.values.notify ? 'console.incidents.editor.posted' : 'console.incidents.editor.correctionPosted'),
  );
  const submit = post.submit;
  const moves = INCIDENT_STATUSES.filter(
    (s) => s === incident.status || statusMoveProblem(incident.status, s) === null,
  );

  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="composer-title">
      <h2 id="composer-title">{t('console.incidents.editor.postAnUpdate')}</h2>
      <div className="form-row">
        <Field label={t('console.incidents.editor.statusAfter')} name="status" error={post.error}>
          {(p) => (
            <select {...p} value={form.values.status} onChange={(e) => form.set('status')(e.target.value)}>
              {moves.map((s) => (
                <option key={s} value={s}>
                  {s === incident.status
                    ? t('console.incidents.editor.unchanged', { status: labels.status(s) })
                    : labels.status(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('console.incidents.editor.postType')} name="postType" error={post.error}>
          {(p) => (
            <select {...p} value={form.values.postType} onChange={(e) => form.set('postType')(e.target.value)}>
              {POST_TYPES.map((v) => (
                <option key={v} value={v}>
                  {labels.postType(v)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {ending ? (
          <Field
            label={t('console.incidents.editor.endDateTime', { zone: time.zone })}
            name="endDateTime"
            error={post.error}
            hint={t('console.incidents.editor.endDateTimeHint')}
          >
            {(p) => (
              <input
                {...p}
                type="datetime-local"
                value={form.values.endDateTime}
                onChange={(e) => form.set('endDateTime')(e.target.value)}
              />
            )}
          </Field>
        ) : null}
      </div>
      <Field
        label={t('console.incidents.editor.update')}
        name="description"
        error={post.error}
        hint={
          form.values.notify ? t('console.incidents.editor.updateHint') : t('console.incidents.editor.updateHintSilent')
        }
      >
        {(p) => (
          <textarea
            {...p}
            rows={5}
            required
            value={form.values.description}
            onChange={(e) => form.set('description')(e.target.value)}
          />
        )}
      </Field>
      <label className="check">
        <input
          type="checkbox"
          name="notify"
          checked={!form.values.notify}
          onChange={(e) => form.set('notify')(!e.target.checked)}
        />
        {t('console.incidents.editor.silent')}
      </label>
      {form.values.description.trim() ? (
        <div className="preview-post" aria-label={t('console.incidents.editor.preview')}>
          <div className="actions">
            <strong>{time.dateTime(new Date().toISOString())}</strong>
            <Badge>{labels.status(form.values.status as Incident['status'])}</Badge>
            <span className="muted">{labels.postType(form.values.postType)}</span>
          </div>
          <p className="pre">{form.values.description}</p>
        </div>
      ) : null}
      <ProblemNote error={post.error} />
      <button className="btn primary" type="submit" disabled={post.busy || !form.values.description.trim()}>
        {ending
          ? t('console.incidents.editor.postAndMark', { status: form.values.status })
          : form.values.notify
            ? t('console.incidents.editor.postUpdate')
            : t('console.incidents.editor.postSilently')}
      </button>
    </form>
  );
}

function SeverityCard({ incident, onSaved }: { incident: Incident; onSaved: () => void }) {
  const t = useT();
  const labels = useLabels();
  const incidentHow = useIncidentHow();
  const form = useFields({ severity: incident.severityOverride?.severity ?? '', reason: '' });
  const save = useAction(async () => {
    await api.put(`/api/incidents/${incident.id}/severity`, {
      severity: form.values.severity || null,
      reason: form.values.reason,
    });
    form.setAll({ ...form.values, reason: '' });
    onSaved();
  }, t('console.incidents.editor.severitySaved'));
  const submit = save.submit;
  const changing = form.values.severity !== (incident.severityOverride?.severity ?? '');
  const audience = useAudiencePreview<IncidentAudience>(
    `/api/incidents/${incident.id}/audience-preview`,
    changing ? { severity: form.values.severity || null } : null,
  );
  return (
    <section className="card" aria-labelledby="severity-title">
      <h2 id="severity-title">
        {t.rich('console.incidents.editor.severityHeading', {
          severity: labels.value(incident.severity),
          badge: (c) => <Badge tone={incident.severity === 'major' ? 'bad' : 'neutral'}>{c}</Badge>,
        })}
      </h2>
      <ul>
        {incident.severityReasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {incident.severityOverride ? (
        <p className="note">
          {t('console.incidents.editor.overridden', {
            severity: labels.value(incident.severityOverride.severity),
            reason: incident.severityOverride.reason,
          })}
        </p>
      ) : null}
      <form noValidate onSubmit={submit}>
        <div className="form-row">
          <Field label={t('console.incidents.editor.override')} name="severity" error={save.error}>
            {(p) => (
              <select {...p} value={form.values.severity} onChange={(e) => form.set('severity')(e.target.value)}>
                <option value="">{t('console.incidents.editor.asDerived')}</option>
                <option value="minor">{labels.value('minor')}</option>
                <option value="major">{labels.value('major')}</option>
              </select>
            )}
          </Field>
          <Field label={t('console.incidents.editor.reason')} name="reason" error={save.error}>
            {(p) => <input {...p} value={form.values.reason} onChange={(e) => form.set('reason')(e.target.value)} />}
          </Field>
        </div>
        {changing ? <AudiencePreview state={audience} ready prompt={null} how={incidentHow} /> : null}
        <ProblemNote error={save.error} />
        <button className="btn" type="submit" disabled={save.busy}>
          {t('console.incidents.editor.setSeverity')}
        </button>
      </form>
    </section>
  );
}

function EditDetails({ incident, onSaved }: { incident: Incident; onSaved: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const form = useFields({
    title: incident.title,
    impactDescription: incident.impactDescription,
    userExperience: incident.userExperience,
    workaround: incident.workaround,
    isPublic: incident.isPublic,
  });
  const save = useAction(async () => {
    await api.patch(`/api/incidents/${incident.id}`, form.values);
    setOpen(false);
    onSaved();
  }, t('console.incidents.editor.detailsSaved'));
  if (!open) {
    return (
      <button className="btn" type="button" onClick={() => setOpen(true)}>
        {t('console.incidents.editor.editDetails')}
      </button>
    );
  }
  const submit = save.submit;
  return (
    <form noValidate onSubmit={submit} aria-label={t('console.incidents.editor.editDetails')}>
      <Field label={t('console.incidents.title')} name="title" error={save.error}>
        {(p) => <input {...p} value={form.values.title} onChange={(e) => form.set('title')(e.target.value)} />}
      </Field>
      <Field label={t('console.incidents.impact')} name="impactDescription" error={save.error}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={form.values.impactDescription}
            onChange={(e) => form.set('impactDescription')(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('console.incidents.userExperience')} name="userExperience" error={save.error}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={form.values.userExperience}
            onChange={(e) => form.set('userExperience')(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('console.incidents.workaround')} name="workaround" error={save.error}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={form.values.workaround}
            onChange={(e) => form.set('workaround')(e.target.value)}
          />
        )}
      </Field>
      <label className="check">
        <input
          type="checkbox"
          checked={form.values.isPublic}
          onChange={(e) => form.set('isPublic')(e.target.checked)}
        />
        {t('console.incidents.isPublic')}
      </label>
      <ProblemNote error={save.error} />
      <div className="actions" style={{ marginTop: '0.5rem' }}>
        <button className="btn primary" type="submit" disabled={save.busy}>
          {t('console.incidents.editor.saveDetails')}
        </button>
        <button className="btn" type="button" onClick={() => setOpen(false)}>
          {t('console.incidents.cancel')}
        </button>
      </div>
    </form>
  );
}

function ReportCard({ incident }: { incident: Incident }) {
  const time = useTime();
  const t = useT();
  const report = incident.postIncidentReport;
  if (!report) return null;
  const overdue = !report.publishedDateTime && report.dueDateTime && new Date(report.dueDateTime) < new Date();
  return (
    <section className="card" aria-labelledby="pir-title">
      <h2 id="pir-title">{t('console.incidents.report.heading')}</h2>
      <p>
        {report.publishedDateTime ? (
          <>{t('console.incidents.report.publishedAt', { time: time.dateTime(report.publishedDateTime) })}</>
        ) : (
          <>
            {t('console.incidents.report.dueAt', { time: time.dateTime(report.dueDateTime) })}{' '}
            {overdue ? (
              <Badge tone="bad">{t('console.incidents.report.overdue')}</Badge>
            ) : (
              <span className="muted">({time.relative(report.dueDateTime)})</span>
            )}
          </>
        )}
      </p>
      <Link className="btn" to={`/incidents/${incident.id}/report`}>
        {t(report.publishedDateTime ? 'console.incidents.report.open' : 'console.incidents.report.write')}
      </Link>
    </section>
  );
}
