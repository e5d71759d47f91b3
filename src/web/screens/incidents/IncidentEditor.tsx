// The operators' incident editor: the timeline, a composer for the next update (which may move
// the status, only along the moves Herald allows), the severity with its reasons and override,
// the details, and the post-incident report once one is owed.
import { useState } from 'react';
import { IncidentBadges, IncidentFacts, IncidentTimeline } from '../../components/incidents';
import { Badge, Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api } from '../../lib/api';
import { plural, POST_TYPE_LABEL, STATUS_LABEL } from '../../lib/labels';
import { Link } from '../../lib/router';
import { useTenant } from '../../lib/tenant';
import { useTime } from '../../lib/time';
import type { Incident } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { ENDING_STATUSES, INCIDENT_STATUSES, statusMoveProblem } from '../../../shared/incidents';
import { FollowButton } from './FollowButton';
import { AudiencePreview, useAudiencePreview } from '../../components/AudiencePreview';
import { incidentHow, type IncidentAudience } from './audience';
import { useReadNotices } from '../../components/NotificationBell';
import { IncidentTranslations } from '../../components/Translations';

export function IncidentEditorScreen({ id }: { id: string }) {
  const incident = useApi<Incident>(`/api/incidents/${id}`, ['incident']);
  useReadNotices('incident', incident.data?.id);
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
              <h2>Timeline</h2>
              <IncidentTimeline incident={i} />
            </div>
            <aside>
              <ReportCard incident={i} />
              <section className="card" aria-labelledby="details-title">
                <h2 id="details-title">Details</h2>
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
  const tenants = [...new Set(incident.affectedEnvironments.map((e) => e.tenantId))];
  return (
    <>
      <dt>Affects</dt>
      <dd>
        {plural(incident.affectedEnvironments.length, 'environment')} of{' '}
        {plural(incident.scope?.tenantCount ?? tenants.length, 'tenant')}
        {tenants.length ? <div className="muted">{tenants.map(nameOf).join(', ')}</div> : null}
      </dd>
    </>
  );
}

function PostComposer({ incident, onPosted }: { incident: Incident; onPosted: () => void }) {
  const time = useTime();
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
    form.values.notify ? 'Update posted' : 'Correction posted; no one was notified',
  );
  const submit = post.submit;
  const moves = INCIDENT_STATUSES.filter(
    (s) => s === incident.status || statusMoveProblem(incident.status, s) === null,
  );

  return (
    <form noValidate className="card" onSubmit={submit} aria-labelledby="composer-title">
      <h2 id="composer-title">Post an update</h2>
      <div className="form-row">
        <Field label="Status after this update" name="status" error={post.error}>
          {(p) => (
            <select {...p} value={form.values.status} onChange={(e) => form.set('status')(e.target.value)}>
              {moves.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                  {s === incident.status ? ' (unchanged)' : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Kind of update" name="postType" error={post.error}>
          {(p) => (
            <select {...p} value={form.values.postType} onChange={(e) => form.set('postType')(e.target.value)}>
              {Object.entries(POST_TYPE_LABEL).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          )}
        </Field>
        {ending ? (
          <Field
            label={`Service back at (${time.zone})`}
            name="endDateTime"
            error={post.error}
            hint="Leave empty for now."
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
        label="Update"
        name="description"
        error={post.error}
        hint={
          form.values.notify
            ? 'Sent to everyone told of this incident; plain text.'
            : 'Shown in the timeline only; plain text.'
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
        Post without notifying — for a correction: no email, push, chat or webhook is sent; the timeline and the
        delivery log say so
      </label>
      {form.values.description.trim() ? (
        <div className="preview-post" aria-label="Preview of the update">
          <div className="actions">
            <strong>{time.dateTime(new Date().toISOString())}</strong>
            <Badge>{STATUS_LABEL[form.values.status as Incident['status']]}</Badge>
            <span className="muted">{POST_TYPE_LABEL[form.values.postType]}</span>
          </div>
          <p className="pre">{form.values.description}</p>
        </div>
      ) : null}
      <ProblemNote error={post.error} />
      <button className="btn primary" type="submit" disabled={post.busy || !form.values.description.trim()}>
        {ending
          ? `Post and mark ${STATUS_LABEL[form.values.status as Incident['status']].toLowerCase()}`
          : form.values.notify
            ? 'Post update'
            : 'Post without notifying'}
      </button>
    </form>
  );
}

function SeverityCard({ incident, onSaved }: { incident: Incident; onSaved: () => void }) {
  const form = useFields({ severity: incident.severityOverride?.severity ?? '', reason: '' });
  const save = useAction(async () => {
    await api.put(`/api/incidents/${incident.id}/severity`, {
      severity: form.values.severity || null,
      reason: form.values.reason,
    });
    form.setAll({ ...form.values, reason: '' });
    onSaved();
  }, 'Severity saved');
  const submit = save.submit;
  const changing = form.values.severity !== (incident.severityOverride?.severity ?? '');
  const audience = useAudiencePreview<IncidentAudience>(
    `/api/incidents/${incident.id}/audience-preview`,
    changing ? { severity: form.values.severity || null } : null,
  );
  return (
    <section className="card" aria-labelledby="severity-title">
      <h2 id="severity-title">
        Severity: <Badge tone={incident.severity === 'major' ? 'bad' : 'neutral'}>{incident.severity}</Badge>
      </h2>
      <ul>
        {incident.severityReasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {incident.severityOverride ? (
        <p className="note">
          Overridden to {incident.severityOverride.severity}: {incident.severityOverride.reason}
        </p>
      ) : null}
      <form noValidate onSubmit={submit}>
        <div className="form-row">
          <Field label="Override" name="severity" error={save.error}>
            {(p) => (
              <select {...p} value={form.values.severity} onChange={(e) => form.set('severity')(e.target.value)}>
                <option value="">As derived</option>
                <option value="minor">Minor</option>
                <option value="major">Major</option>
              </select>
            )}
          </Field>
          <Field label="Reason" name="reason" error={save.error}>
            {(p) => <input {...p} value={form.values.reason} onChange={(e) => form.set('reason')(e.target.value)} />}
          </Field>
        </div>
        {changing ? <AudiencePreview state={audience} ready prompt={null} how={incidentHow} /> : null}
        <ProblemNote error={save.error} />
        <button className="btn" type="submit" disabled={save.busy}>
          Set severity
        </button>
      </form>
    </section>
  );
}

function EditDetails({ incident, onSaved }: { incident: Incident; onSaved: () => void }) {
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
  }, 'Details saved');
  if (!open) {
    return (
      <button className="btn" type="button" onClick={() => setOpen(true)}>
        Edit details
      </button>
    );
  }
  const submit = save.submit;
  return (
    <form noValidate onSubmit={submit} aria-label="Edit details">
      <Field label="Title" name="title" error={save.error}>
        {(p) => <input {...p} value={form.values.title} onChange={(e) => form.set('title')(e.target.value)} />}
      </Field>
      <Field label="Impact" name="impactDescription" error={save.error}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={form.values.impactDescription}
            onChange={(e) => form.set('impactDescription')(e.target.value)}
          />
        )}
      </Field>
      <Field label="User experience" name="userExperience" error={save.error}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={form.values.userExperience}
            onChange={(e) => form.set('userExperience')(e.target.value)}
          />
        )}
      </Field>
      <Field label="Workaround" name="workaround" error={save.error}>
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
        Show on the public status page even if minor (only incidents scoped to regions alone are ever public)
      </label>
      <ProblemNote error={save.error} />
      <div className="actions" style={{ marginTop: '0.5rem' }}>
        <button className="btn primary" type="submit" disabled={save.busy}>
          Save details
        </button>
        <button className="btn" type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ReportCard({ incident }: { incident: Incident }) {
  const time = useTime();
  const report = incident.postIncidentReport;
  if (!report) return null;
  const overdue = !report.publishedDateTime && report.dueDateTime && new Date(report.dueDateTime) < new Date();
  return (
    <section className="card" aria-labelledby="pir-title">
      <h2 id="pir-title">Post-incident report</h2>
      <p>
        {report.publishedDateTime ? (
          <>Published {time.dateTime(report.publishedDateTime)}.</>
        ) : (
          <>
            Due {time.dateTime(report.dueDateTime)}{' '}
            {overdue ? (
              <Badge tone="bad">overdue</Badge>
            ) : (
              <span className="muted">({time.relative(report.dueDateTime)})</span>
            )}
          </>
        )}
      </p>
      <Link className="btn" to={`/incidents/${incident.id}/report`}>
        {report.publishedDateTime ? 'Open the report' : 'Write the report'}
      </Link>
    </section>
  );
}
